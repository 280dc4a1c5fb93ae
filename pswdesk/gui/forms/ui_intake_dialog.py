# generated from ui/intake_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(960, 600)
        IntakeDialog.setModal(True)
        self.main_layout = QVBoxLayout(IntakeDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setSpacing(8)
        self.left_layout.setObjectName(u"left_layout")
        self.intro_label = QLabel(IntakeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setProperty(u"role", u"muted")

        self.left_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(6)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTop|Qt.AlignTrailing)
        self.preferred_name_label = QLabel(IntakeDialog)
        self.preferred_name_label.setObjectName(u"preferred_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preferred_name_label)

        self.preferred_name_layout = QVBoxLayout()
        self.preferred_name_layout.setSpacing(2)
        self.preferred_name_layout.setObjectName(u"preferred_name_layout")
        self.preferred_name_edit = QLineEdit(IntakeDialog)
        self.preferred_name_edit.setObjectName(u"preferred_name_edit")
        self.preferred_name_edit.setMaxLength(200)

        self.preferred_name_layout.addWidget(self.preferred_name_edit)

        self.preferred_name_error = QLabel(IntakeDialog)
        self.preferred_name_error.setObjectName(u"preferred_name_error")
        self.preferred_name_error.setVisible(False)
        self.preferred_name_error.setText(u"")
        self.preferred_name_error.setWordWrap(True)
        self.preferred_name_error.setProperty(u"role", u"error")

        self.preferred_name_layout.addWidget(self.preferred_name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.preferred_name_layout)

        self.legal_name_label = QLabel(IntakeDialog)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name_layout = QVBoxLayout()
        self.legal_name_layout.setSpacing(2)
        self.legal_name_layout.setObjectName(u"legal_name_layout")
        self.legal_name_edit = QLineEdit(IntakeDialog)
        self.legal_name_edit.setObjectName(u"legal_name_edit")
        self.legal_name_edit.setMaxLength(200)

        self.legal_name_layout.addWidget(self.legal_name_edit)

        self.legal_name_error = QLabel(IntakeDialog)
        self.legal_name_error.setObjectName(u"legal_name_error")
        self.legal_name_error.setVisible(False)
        self.legal_name_error.setText(u"")
        self.legal_name_error.setWordWrap(True)
        self.legal_name_error.setProperty(u"role", u"error")

        self.legal_name_layout.addWidget(self.legal_name_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.legal_name_layout)

        self.pronouns_label = QLabel(IntakeDialog)
        self.pronouns_label.setObjectName(u"pronouns_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pronouns_label)

        self.pronouns_layout = QVBoxLayout()
        self.pronouns_layout.setSpacing(2)
        self.pronouns_layout.setObjectName(u"pronouns_layout")
        self.pronouns_edit = QLineEdit(IntakeDialog)
        self.pronouns_edit.setObjectName(u"pronouns_edit")
        self.pronouns_edit.setMaxLength(40)

        self.pronouns_layout.addWidget(self.pronouns_edit)

        self.pronouns_error = QLabel(IntakeDialog)
        self.pronouns_error.setObjectName(u"pronouns_error")
        self.pronouns_error.setVisible(False)
        self.pronouns_error.setText(u"")
        self.pronouns_error.setWordWrap(True)
        self.pronouns_error.setProperty(u"role", u"error")

        self.pronouns_layout.addWidget(self.pronouns_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pronouns_layout)

        self.date_of_birth_label = QLabel(IntakeDialog)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth_layout = QVBoxLayout()
        self.date_of_birth_layout.setSpacing(2)
        self.date_of_birth_layout.setObjectName(u"date_of_birth_layout")
        self.date_of_birth_edit = QLineEdit(IntakeDialog)
        self.date_of_birth_edit.setObjectName(u"date_of_birth_edit")
        self.date_of_birth_edit.setMaxLength(10)

        self.date_of_birth_layout.addWidget(self.date_of_birth_edit)

        self.date_of_birth_error = QLabel(IntakeDialog)
        self.date_of_birth_error.setObjectName(u"date_of_birth_error")
        self.date_of_birth_error.setVisible(False)
        self.date_of_birth_error.setText(u"")
        self.date_of_birth_error.setWordWrap(True)
        self.date_of_birth_error.setProperty(u"role", u"error")

        self.date_of_birth_layout.addWidget(self.date_of_birth_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.date_of_birth_layout)

        self.phone_label = QLabel(IntakeDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_layout = QVBoxLayout()
        self.phone_layout.setSpacing(2)
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone_row_layout = QHBoxLayout()
        self.phone_row_layout.setSpacing(10)
        self.phone_row_layout.setObjectName(u"phone_row_layout")
        self.phone_edit = QLineEdit(IntakeDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(60)

        self.phone_row_layout.addWidget(self.phone_edit)

        self.phone_ok_check = QCheckBox(IntakeDialog)
        self.phone_ok_check.setObjectName(u"phone_ok_check")

        self.phone_row_layout.addWidget(self.phone_ok_check)


        self.phone_layout.addLayout(self.phone_row_layout)

        self.phone_error = QLabel(IntakeDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setVisible(False)
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)
        self.phone_error.setProperty(u"role", u"error")

        self.phone_layout.addWidget(self.phone_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phone_layout)

        self.email_label = QLabel(IntakeDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_layout = QVBoxLayout()
        self.email_layout.setSpacing(2)
        self.email_layout.setObjectName(u"email_layout")
        self.email_row_layout = QHBoxLayout()
        self.email_row_layout.setSpacing(10)
        self.email_row_layout.setObjectName(u"email_row_layout")
        self.email_edit = QLineEdit(IntakeDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(200)

        self.email_row_layout.addWidget(self.email_edit)

        self.email_ok_check = QCheckBox(IntakeDialog)
        self.email_ok_check.setObjectName(u"email_ok_check")

        self.email_row_layout.addWidget(self.email_ok_check)


        self.email_layout.addLayout(self.email_row_layout)

        self.email_error = QLabel(IntakeDialog)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setVisible(False)
        self.email_error.setText(u"")
        self.email_error.setWordWrap(True)
        self.email_error.setProperty(u"role", u"error")

        self.email_layout.addWidget(self.email_error)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.email_layout)

        self.address_label = QLabel(IntakeDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_layout = QVBoxLayout()
        self.address_layout.setSpacing(2)
        self.address_layout.setObjectName(u"address_layout")
        self.address_edit = QPlainTextEdit(IntakeDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMinimumSize(QSize(0, 50))
        self.address_edit.setMaximumSize(QSize(16777215, 56))

        self.address_layout.addWidget(self.address_edit)

        self.address_error = QLabel(IntakeDialog)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setVisible(False)
        self.address_error.setText(u"")
        self.address_error.setWordWrap(True)
        self.address_error.setProperty(u"role", u"error")

        self.address_layout.addWidget(self.address_error)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.address_layout)

        self.emergency_contact_label = QLabel(IntakeDialog)
        self.emergency_contact_label.setObjectName(u"emergency_contact_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emergency_contact_label)

        self.emergency_contact_layout = QVBoxLayout()
        self.emergency_contact_layout.setSpacing(2)
        self.emergency_contact_layout.setObjectName(u"emergency_contact_layout")
        self.emergency_contact_edit = QPlainTextEdit(IntakeDialog)
        self.emergency_contact_edit.setObjectName(u"emergency_contact_edit")
        self.emergency_contact_edit.setTabChangesFocus(True)
        self.emergency_contact_edit.setMinimumSize(QSize(0, 50))
        self.emergency_contact_edit.setMaximumSize(QSize(16777215, 56))

        self.emergency_contact_layout.addWidget(self.emergency_contact_edit)

        self.emergency_contact_error = QLabel(IntakeDialog)
        self.emergency_contact_error.setObjectName(u"emergency_contact_error")
        self.emergency_contact_error.setVisible(False)
        self.emergency_contact_error.setText(u"")
        self.emergency_contact_error.setWordWrap(True)
        self.emergency_contact_error.setProperty(u"role", u"error")

        self.emergency_contact_layout.addWidget(self.emergency_contact_error)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.emergency_contact_layout)

        self.safety_layout = QVBoxLayout()
        self.safety_layout.setSpacing(0)
        self.safety_layout.setObjectName(u"safety_layout")
        self.safety_check = QCheckBox(IntakeDialog)
        self.safety_check.setObjectName(u"safety_check")

        self.safety_layout.addWidget(self.safety_check)

        self.safety_hint = QLabel(IntakeDialog)
        self.safety_hint.setObjectName(u"safety_hint")
        self.safety_hint.setIndent(22)
        self.safety_hint.setProperty(u"role", u"muted")

        self.safety_layout.addWidget(self.safety_hint)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.safety_layout)

        self.preferred_language_label = QLabel(IntakeDialog)
        self.preferred_language_label.setObjectName(u"preferred_language_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.preferred_language_label)

        self.preferred_language_layout = QVBoxLayout()
        self.preferred_language_layout.setSpacing(2)
        self.preferred_language_layout.setObjectName(u"preferred_language_layout")
        self.preferred_language_edit = QLineEdit(IntakeDialog)
        self.preferred_language_edit.setObjectName(u"preferred_language_edit")
        self.preferred_language_edit.setMaxLength(60)

        self.preferred_language_layout.addWidget(self.preferred_language_edit)

        self.preferred_language_error = QLabel(IntakeDialog)
        self.preferred_language_error.setObjectName(u"preferred_language_error")
        self.preferred_language_error.setVisible(False)
        self.preferred_language_error.setText(u"")
        self.preferred_language_error.setWordWrap(True)
        self.preferred_language_error.setProperty(u"role", u"error")

        self.preferred_language_layout.addWidget(self.preferred_language_error)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.preferred_language_layout)

        self.referral_source_label = QLabel(IntakeDialog)
        self.referral_source_label.setObjectName(u"referral_source_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.referral_source_label)

        self.referral_source_layout = QVBoxLayout()
        self.referral_source_layout.setSpacing(2)
        self.referral_source_layout.setObjectName(u"referral_source_layout")
        self.referral_source_edit = QLineEdit(IntakeDialog)
        self.referral_source_edit.setObjectName(u"referral_source_edit")
        self.referral_source_edit.setMaxLength(200)

        self.referral_source_layout.addWidget(self.referral_source_edit)

        self.referral_source_error = QLabel(IntakeDialog)
        self.referral_source_error.setObjectName(u"referral_source_error")
        self.referral_source_error.setVisible(False)
        self.referral_source_error.setText(u"")
        self.referral_source_error.setWordWrap(True)
        self.referral_source_error.setProperty(u"role", u"error")

        self.referral_source_layout.addWidget(self.referral_source_error)


        self.form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.referral_source_layout)

        self.workers_label = QLabel(IntakeDialog)
        self.workers_label.setObjectName(u"workers_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.workers_label)

        self.workers_layout = QVBoxLayout()
        self.workers_layout.setSpacing(2)
        self.workers_layout.setObjectName(u"workers_layout")
        self.workers_list = QListWidget(IntakeDialog)
        self.workers_list.setObjectName(u"workers_list")
        self.workers_list.setMaximumSize(QSize(16777215, 84))
        self.workers_list.setAlternatingRowColors(True)

        self.workers_layout.addWidget(self.workers_list)

        self.workers_value = QLabel(IntakeDialog)
        self.workers_value.setObjectName(u"workers_value")
        self.workers_value.setText(u"")
        self.workers_value.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.workers_value.sizePolicy().hasHeightForWidth())
        self.workers_value.setSizePolicy(sizePolicy)
        self.workers_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.workers_layout.addWidget(self.workers_value)

        self.workers_error = QLabel(IntakeDialog)
        self.workers_error.setObjectName(u"workers_error")
        self.workers_error.setVisible(False)
        self.workers_error.setText(u"")
        self.workers_error.setWordWrap(True)
        self.workers_error.setProperty(u"role", u"error")

        self.workers_layout.addWidget(self.workers_error)


        self.form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.workers_layout)


        self.left_layout.addLayout(self.form_layout)

        self.left_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.duplicate_panel = QFrame(IntakeDialog)
        self.duplicate_panel.setObjectName(u"duplicate_panel")
        self.duplicate_panel.setMinimumSize(QSize(300, 0))
        self.duplicate_panel.setMaximumSize(QSize(360, 16777215))
        self.duplicate_layout = QVBoxLayout(self.duplicate_panel)
        self.duplicate_layout.setSpacing(6)
        self.duplicate_layout.setObjectName(u"duplicate_layout")
        self.duplicate_layout.setContentsMargins(12, 12, 12, 12)
        self.duplicate_title = QLabel(self.duplicate_panel)
        self.duplicate_title.setObjectName(u"duplicate_title")
        self.duplicate_title.setProperty(u"role", u"subheading")

        self.duplicate_layout.addWidget(self.duplicate_title)

        self.duplicate_status = QLabel(self.duplicate_panel)
        self.duplicate_status.setObjectName(u"duplicate_status")
        self.duplicate_status.setWordWrap(True)
        self.duplicate_status.setProperty(u"role", u"muted")

        self.duplicate_layout.addWidget(self.duplicate_status)

        self.duplicate_scroll = QScrollArea(self.duplicate_panel)
        self.duplicate_scroll.setObjectName(u"duplicate_scroll")
        self.duplicate_scroll.setWidgetResizable(True)
        self.duplicate_scroll.setFrameShape(QFrame.NoFrame)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.duplicate_scroll.sizePolicy().hasHeightForWidth())
        self.duplicate_scroll.setSizePolicy(sizePolicy1)
        self.duplicate_rows = QWidget()
        self.duplicate_rows.setObjectName(u"duplicate_rows")
        self.duplicate_rows_layout = QVBoxLayout(self.duplicate_rows)
        self.duplicate_rows_layout.setSpacing(6)
        self.duplicate_rows_layout.setObjectName(u"duplicate_rows_layout")
        self.duplicate_rows_layout.setContentsMargins(0, 0, 0, 0)
        self.duplicate_rows_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.duplicate_rows_layout.addItem(self.duplicate_rows_spacer)

        self.duplicate_scroll.setWidget(self.duplicate_rows)

        self.duplicate_layout.addWidget(self.duplicate_scroll)

        self.hidden_label = QLabel(self.duplicate_panel)
        self.hidden_label.setObjectName(u"hidden_label")
        self.hidden_label.setVisible(False)
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setProperty(u"role", u"notice")

        self.duplicate_layout.addWidget(self.hidden_label)

        self.different_check = QCheckBox(self.duplicate_panel)
        self.different_check.setObjectName(u"different_check")
        self.different_check.setVisible(False)

        self.duplicate_layout.addWidget(self.different_check)

        self.duplicates_error = QLabel(self.duplicate_panel)
        self.duplicates_error.setObjectName(u"duplicates_error")
        self.duplicates_error.setVisible(False)
        self.duplicates_error.setText(u"")
        self.duplicates_error.setWordWrap(True)
        self.duplicates_error.setProperty(u"role", u"error")

        self.duplicate_layout.addWidget(self.duplicates_error)

        self.duplicate_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.duplicate_layout.addItem(self.duplicate_spacer)


        self.columns_layout.addWidget(self.duplicate_panel)


        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(IntakeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(IntakeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.preferred_name_label.setBuddy(self.preferred_name_edit)
        self.legal_name_label.setBuddy(self.legal_name_edit)
        self.pronouns_label.setBuddy(self.pronouns_edit)
        self.date_of_birth_label.setBuddy(self.date_of_birth_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.address_label.setBuddy(self.address_edit)
        self.emergency_contact_label.setBuddy(self.emergency_contact_edit)
        self.preferred_language_label.setBuddy(self.preferred_language_edit)
        self.referral_source_label.setBuddy(self.referral_source_edit)
        self.workers_label.setBuddy(self.workers_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preferred_name_edit, self.legal_name_edit)
        QWidget.setTabOrder(self.legal_name_edit, self.pronouns_edit)
        QWidget.setTabOrder(self.pronouns_edit, self.date_of_birth_edit)
        QWidget.setTabOrder(self.date_of_birth_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.phone_ok_check)
        QWidget.setTabOrder(self.phone_ok_check, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.email_ok_check)
        QWidget.setTabOrder(self.email_ok_check, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.emergency_contact_edit)
        QWidget.setTabOrder(self.emergency_contact_edit, self.safety_check)
        QWidget.setTabOrder(self.safety_check, self.preferred_language_edit)
        QWidget.setTabOrder(self.preferred_language_edit, self.referral_source_edit)
        QWidget.setTabOrder(self.referral_source_edit, self.workers_list)
        QWidget.setTabOrder(self.workers_list, self.duplicate_scroll)
        QWidget.setTabOrder(self.duplicate_scroll, self.different_check)

        self.retranslateUi(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"New client", None))
        self.intro_label.setText(QCoreApplication.translate("IntakeDialog", u"Only the preferred name is needed now; the rest can be added later.", None))
        self.preferred_name_label.setText(QCoreApplication.translate("IntakeDialog", u"&Preferred name *", None))
#if QT_CONFIG(accessibility)
        self.preferred_name_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Preferred name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"The name they want to be called", None))
        self.legal_name_label.setText(QCoreApplication.translate("IntakeDialog", u"&Legal name", None))
#if QT_CONFIG(accessibility)
        self.legal_name_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Legal name", None))
#endif // QT_CONFIG(accessibility)
        self.legal_name_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"If different, or needed for referrals", None))
        self.pronouns_label.setText(QCoreApplication.translate("IntakeDialog", u"Pro&nouns", None))
#if QT_CONFIG(accessibility)
        self.pronouns_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Pronouns", None))
#endif // QT_CONFIG(accessibility)
        self.pronouns_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"For example she/her, they/them", None))
        self.date_of_birth_label.setText(QCoreApplication.translate("IntakeDialog", u"&Date of birth", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Date of birth, year-month-day", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"YYYY-MM-DD", None))
        self.phone_label.setText(QCoreApplication.translate("IntakeDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone_ok_check.setText(QCoreApplication.translate("IntakeDialog", u"OK to leave a &message", None))
#if QT_CONFIG(accessibility)
        self.phone_ok_check.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"OK to leave a message on this phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("IntakeDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.email_ok_check.setText(QCoreApplication.translate("IntakeDialog", u"OK to leave a messa&ge", None))
#if QT_CONFIG(accessibility)
        self.email_ok_check.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"OK to send a message to this email", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("IntakeDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.emergency_contact_label.setText(QCoreApplication.translate("IntakeDialog", u"Emergency &contact", None))
#if QT_CONFIG(accessibility)
        self.emergency_contact_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Emergency contact", None))
#endif // QT_CONFIG(accessibility)
        self.emergency_contact_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Name and phone of someone to call in an emergency", None))
        self.safety_check.setText(QCoreApplication.translate("IntakeDialog", u"&Safety-sensitive contact details", None))
#if QT_CONFIG(accessibility)
        self.safety_check.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Safety-sensitive contact details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.safety_check.setToolTip(QCoreApplication.translate("IntakeDialog", u"For someone leaving violence, for example: their phone, email and address are then left out of every handover and export unless a person includes them on purpose, and that choice is recorded.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.safety_check.setAccessibleDescription(QCoreApplication.translate("IntakeDialog", u"Leave the contact details out of handovers and exports unless included on purpose", None))
#endif // QT_CONFIG(accessibility)
        self.safety_hint.setText(QCoreApplication.translate("IntakeDialog", u"Left out of handovers and exports unless included on purpose.", None))
        self.preferred_language_label.setText(QCoreApplication.translate("IntakeDialog", u"Preferred lang&uage", None))
#if QT_CONFIG(accessibility)
        self.preferred_language_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.referral_source_label.setText(QCoreApplication.translate("IntakeDialog", u"Ho&w they came", None))
#if QT_CONFIG(accessibility)
        self.referral_source_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"How they came to the agency (referral source)", None))
#endif // QT_CONFIG(accessibility)
        self.referral_source_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Referral source: self, a hospital, a friend\u2026", None))
        self.workers_label.setText(QCoreApplication.translate("IntakeDialog", u"Wor&kers", None))
#if QT_CONFIG(accessibility)
        self.workers_list.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Assigned workers: tick one or more", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workers_value.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Assigned worker", None))
#endif // QT_CONFIG(accessibility)
        self.duplicate_title.setText(QCoreApplication.translate("IntakeDialog", u"Already registered?", None))
        self.duplicate_status.setText(QCoreApplication.translate("IntakeDialog", u"Clients with a close name and the same date of birth, or the same phone or email, show here as you type.", None))
#if QT_CONFIG(accessibility)
        self.duplicate_status.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Duplicate check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplicate_scroll.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Clients who may be the same person", None))
#endif // QT_CONFIG(accessibility)
        self.hidden_label.setText(QCoreApplication.translate("IntakeDialog", u"A client with these details may already be registered \u2014 ask your supervisor.", None))
        self.different_check.setText(QCoreApplication.translate("IntakeDialog", u"&This is a different person", None))
#if QT_CONFIG(accessibility)
        self.different_check.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"This is a different person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.different_check.setAccessibleDescription(QCoreApplication.translate("IntakeDialog", u"Register anyway: the client is not one of the records listed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

