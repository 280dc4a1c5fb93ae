# generated from ui/consent_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(600, 480)
        ConsentDialog.setModal(True)
        self.main_layout = QVBoxLayout(ConsentDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.recipient_label = QLabel(ConsentDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_layout = QVBoxLayout()
        self.recipient_layout.setSpacing(4)
        self.recipient_layout.setObjectName(u"recipient_layout")
        self.member_layout = QHBoxLayout()
        self.member_layout.setSpacing(8)
        self.member_layout.setObjectName(u"member_layout")
        self.member_radio = QRadioButton(ConsentDialog)
        self.member_radio.setObjectName(u"member_radio")
        self.member_radio.setChecked(True)

        self.member_layout.addWidget(self.member_radio)

        self.member_combo = QComboBox(ConsentDialog)
        self.member_combo.setObjectName(u"member_combo")

        self.member_layout.addWidget(self.member_combo)


        self.recipient_layout.addLayout(self.member_layout)

        self.other_layout = QHBoxLayout()
        self.other_layout.setSpacing(8)
        self.other_layout.setObjectName(u"other_layout")
        self.other_radio = QRadioButton(ConsentDialog)
        self.other_radio.setObjectName(u"other_radio")

        self.other_layout.addWidget(self.other_radio)

        self.recipient_edit = QLineEdit(ConsentDialog)
        self.recipient_edit.setObjectName(u"recipient_edit")
        self.recipient_edit.setMaxLength(300)

        self.other_layout.addWidget(self.recipient_edit)


        self.recipient_layout.addLayout(self.other_layout)

        self.recipient_error = QLabel(ConsentDialog)
        self.recipient_error.setObjectName(u"recipient_error")
        self.recipient_error.setVisible(False)
        self.recipient_error.setText(u"")
        self.recipient_error.setWordWrap(True)
        self.recipient_error.setProperty(u"role", u"error")

        self.recipient_layout.addWidget(self.recipient_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.recipient_layout)

        self.purpose_label = QLabel(ConsentDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_layout = QVBoxLayout()
        self.purpose_layout.setSpacing(2)
        self.purpose_layout.setObjectName(u"purpose_layout")
        self.purpose_edit = QLineEdit(ConsentDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMaxLength(5000)

        self.purpose_layout.addWidget(self.purpose_edit)

        self.purpose_error = QLabel(ConsentDialog)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setVisible(False)
        self.purpose_error.setText(u"")
        self.purpose_error.setWordWrap(True)
        self.purpose_error.setProperty(u"role", u"error")

        self.purpose_layout.addWidget(self.purpose_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.purpose_layout)

        self.scope_label = QLabel(ConsentDialog)
        self.scope_label.setObjectName(u"scope_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope_outer_layout = QVBoxLayout()
        self.scope_outer_layout.setSpacing(2)
        self.scope_outer_layout.setObjectName(u"scope_outer_layout")
        self.scope_layout = QGridLayout()
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_layout.setHorizontalSpacing(18)
        self.scope_layout.setVerticalSpacing(4)
        self.scope_risk_check = QCheckBox(ConsentDialog)
        self.scope_risk_check.setObjectName(u"scope_risk_check")

        self.scope_layout.addWidget(self.scope_risk_check, 0, 0, 1, 1)

        self.scope_safety_plan_check = QCheckBox(ConsentDialog)
        self.scope_safety_plan_check.setObjectName(u"scope_safety_plan_check")

        self.scope_layout.addWidget(self.scope_safety_plan_check, 0, 1, 1, 1)

        self.scope_goals_check = QCheckBox(ConsentDialog)
        self.scope_goals_check.setObjectName(u"scope_goals_check")

        self.scope_layout.addWidget(self.scope_goals_check, 1, 0, 1, 1)

        self.scope_strengths_check = QCheckBox(ConsentDialog)
        self.scope_strengths_check.setObjectName(u"scope_strengths_check")

        self.scope_layout.addWidget(self.scope_strengths_check, 1, 1, 1, 1)

        self.scope_referrals_check = QCheckBox(ConsentDialog)
        self.scope_referrals_check.setObjectName(u"scope_referrals_check")

        self.scope_layout.addWidget(self.scope_referrals_check, 2, 0, 1, 1)

        self.scope_care_team_check = QCheckBox(ConsentDialog)
        self.scope_care_team_check.setObjectName(u"scope_care_team_check")

        self.scope_layout.addWidget(self.scope_care_team_check, 2, 1, 1, 1)

        self.scope_contacts_check = QCheckBox(ConsentDialog)
        self.scope_contacts_check.setObjectName(u"scope_contacts_check")

        self.scope_layout.addWidget(self.scope_contacts_check, 3, 0, 1, 1)

        self.scope_follow_ups_check = QCheckBox(ConsentDialog)
        self.scope_follow_ups_check.setObjectName(u"scope_follow_ups_check")

        self.scope_layout.addWidget(self.scope_follow_ups_check, 3, 1, 1, 1)


        self.scope_outer_layout.addLayout(self.scope_layout)

        self.scope_error = QLabel(ConsentDialog)
        self.scope_error.setObjectName(u"scope_error")
        self.scope_error.setVisible(False)
        self.scope_error.setText(u"")
        self.scope_error.setWordWrap(True)
        self.scope_error.setProperty(u"role", u"error")

        self.scope_outer_layout.addWidget(self.scope_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scope_outer_layout)

        self.how_label = QLabel(ConsentDialog)
        self.how_label.setObjectName(u"how_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.how_label)

        self.how_layout = QVBoxLayout()
        self.how_layout.setSpacing(2)
        self.how_layout.setObjectName(u"how_layout")
        self.how_buttons = QHBoxLayout()
        self.how_buttons.setSpacing(12)
        self.how_buttons.setObjectName(u"how_buttons")
        self.written_radio = QRadioButton(ConsentDialog)
        self.written_radio.setObjectName(u"written_radio")
        self.written_radio.setChecked(True)

        self.how_buttons.addWidget(self.written_radio)

        self.verbal_radio = QRadioButton(ConsentDialog)
        self.verbal_radio.setObjectName(u"verbal_radio")

        self.how_buttons.addWidget(self.verbal_radio)

        self.how_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.how_buttons.addItem(self.how_spacer)


        self.how_layout.addLayout(self.how_buttons)

        self.how_given_error = QLabel(ConsentDialog)
        self.how_given_error.setObjectName(u"how_given_error")
        self.how_given_error.setVisible(False)
        self.how_given_error.setText(u"")
        self.how_given_error.setWordWrap(True)
        self.how_given_error.setProperty(u"role", u"error")

        self.how_layout.addWidget(self.how_given_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.how_layout)

        self.given_on_label = QLabel(ConsentDialog)
        self.given_on_label.setObjectName(u"given_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.given_on_label)

        self.given_on_layout = QVBoxLayout()
        self.given_on_layout.setSpacing(2)
        self.given_on_layout.setObjectName(u"given_on_layout")
        self.given_on_edit = QDateEdit(ConsentDialog)
        self.given_on_edit.setObjectName(u"given_on_edit")
        self.given_on_edit.setCalendarPopup(True)
        self.given_on_edit.setDisplayFormat(u"dd MMM yyyy")

        self.given_on_layout.addWidget(self.given_on_edit)

        self.given_on_error = QLabel(ConsentDialog)
        self.given_on_error.setObjectName(u"given_on_error")
        self.given_on_error.setVisible(False)
        self.given_on_error.setText(u"")
        self.given_on_error.setWordWrap(True)
        self.given_on_error.setProperty(u"role", u"error")

        self.given_on_layout.addWidget(self.given_on_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.given_on_layout)

        self.expires_check = QCheckBox(ConsentDialog)
        self.expires_check.setObjectName(u"expires_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expires_check)

        self.expires_layout = QVBoxLayout()
        self.expires_layout.setSpacing(2)
        self.expires_layout.setObjectName(u"expires_layout")
        self.expires_on_edit = QDateEdit(ConsentDialog)
        self.expires_on_edit.setObjectName(u"expires_on_edit")
        self.expires_on_edit.setCalendarPopup(True)
        self.expires_on_edit.setDisplayFormat(u"dd MMM yyyy")

        self.expires_layout.addWidget(self.expires_on_edit)

        self.expires_on_error = QLabel(ConsentDialog)
        self.expires_on_error.setObjectName(u"expires_on_error")
        self.expires_on_error.setVisible(False)
        self.expires_on_error.setText(u"")
        self.expires_on_error.setWordWrap(True)
        self.expires_on_error.setProperty(u"role", u"error")

        self.expires_layout.addWidget(self.expires_on_error)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.expires_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ConsentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.given_on_label.setBuddy(self.given_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Record a consent", None))
        self.recipient_label.setText(QCoreApplication.translate("ConsentDialog", u"Shared with", None))
        self.member_radio.setText(QCoreApplication.translate("ConsentDialog", u"&Care-team member", None))
#if QT_CONFIG(accessibility)
        self.member_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Care-team member", None))
#endif // QT_CONFIG(accessibility)
        self.other_radio.setText(QCoreApplication.translate("ConsentDialog", u"&Another organisation", None))
#if QT_CONFIG(accessibility)
        self.recipient_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Organisation or person", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"Name of the organisation or person", None))
        self.purpose_label.setText(QCoreApplication.translate("ConsentDialog", u"P&urpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"e.g. Coordinated care with the GP", None))
        self.scope_label.setText(QCoreApplication.translate("ConsentDialog", u"It covers", None))
        self.scope_risk_check.setText(QCoreApplication.translate("ConsentDialog", u"&Risk level", None))
        self.scope_safety_plan_check.setText(QCoreApplication.translate("ConsentDialog", u"Safety &plan", None))
        self.scope_goals_check.setText(QCoreApplication.translate("ConsentDialog", u"&Goals and progress", None))
        self.scope_strengths_check.setText(QCoreApplication.translate("ConsentDialog", u"S&trengths and resources", None))
        self.scope_referrals_check.setText(QCoreApplication.translate("ConsentDialog", u"Re&ferrals", None))
        self.scope_care_team_check.setText(QCoreApplication.translate("ConsentDialog", u"&Care team", None))
        self.scope_contacts_check.setText(QCoreApplication.translate("ConsentDialog", u"Co&ntact summaries", None))
        self.scope_follow_ups_check.setText(QCoreApplication.translate("ConsentDialog", u"Planned &follow-ups", None))
        self.how_label.setText(QCoreApplication.translate("ConsentDialog", u"Given", None))
        self.written_radio.setText(QCoreApplication.translate("ConsentDialog", u"&Written", None))
        self.verbal_radio.setText(QCoreApplication.translate("ConsentDialog", u"&Verbally", None))
        self.given_on_label.setText(QCoreApplication.translate("ConsentDialog", u"&Date given", None))
#if QT_CONFIG(accessibility)
        self.given_on_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date the consent was given", None))
#endif // QT_CONFIG(accessibility)
        self.expires_check.setText(QCoreApplication.translate("ConsentDialog", u"&Expires", None))
#if QT_CONFIG(accessibility)
        self.expires_check.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"The consent has an expiry date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.expires_on_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Expiry date (the last day it holds)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

