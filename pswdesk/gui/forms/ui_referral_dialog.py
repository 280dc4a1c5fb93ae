# generated from ui/referral_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(540, 360)
        ReferralDialog.setModal(True)
        self.main_layout = QVBoxLayout(ReferralDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.to_whom_label = QLabel(ReferralDialog)
        self.to_whom_label.setObjectName(u"to_whom_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.to_whom_label)

        self.to_whom_layout = QVBoxLayout()
        self.to_whom_layout.setSpacing(2)
        self.to_whom_layout.setObjectName(u"to_whom_layout")
        self.to_whom_edit = QLineEdit(ReferralDialog)
        self.to_whom_edit.setObjectName(u"to_whom_edit")
        self.to_whom_edit.setMaxLength(300)

        self.to_whom_layout.addWidget(self.to_whom_edit)

        self.to_whom_error = QLabel(ReferralDialog)
        self.to_whom_error.setObjectName(u"to_whom_error")
        self.to_whom_error.setVisible(False)
        self.to_whom_error.setText(u"")
        self.to_whom_error.setWordWrap(True)
        self.to_whom_error.setProperty(u"role", u"error")

        self.to_whom_layout.addWidget(self.to_whom_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.to_whom_layout)

        self.reason_label = QLabel(ReferralDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_layout = QVBoxLayout()
        self.reason_layout.setSpacing(2)
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_edit = QPlainTextEdit(ReferralDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumSize(QSize(0, 60))

        self.reason_layout.addWidget(self.reason_edit)

        self.reason_error = QLabel(ReferralDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setVisible(False)
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setProperty(u"role", u"error")

        self.reason_layout.addWidget(self.reason_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reason_layout)

        self.status_label = QLabel(ReferralDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_layout = QVBoxLayout()
        self.status_layout.setSpacing(2)
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(ReferralDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.status_layout.addWidget(self.status_combo)

        self.status_error = QLabel(ReferralDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setVisible(False)
        self.status_error.setText(u"")
        self.status_error.setWordWrap(True)
        self.status_error.setProperty(u"role", u"error")

        self.status_layout.addWidget(self.status_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.status_layout)

        self.on_label = QLabel(ReferralDialog)
        self.on_label.setObjectName(u"on_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_layout = QVBoxLayout()
        self.on_layout.setSpacing(2)
        self.on_layout.setObjectName(u"on_layout")
        self.on_edit = QDateEdit(ReferralDialog)
        self.on_edit.setObjectName(u"on_edit")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat(u"dd MMM yyyy")

        self.on_layout.addWidget(self.on_edit)

        self.on_error = QLabel(ReferralDialog)
        self.on_error.setObjectName(u"on_error")
        self.on_error.setVisible(False)
        self.on_error.setText(u"")
        self.on_error.setWordWrap(True)
        self.on_error.setProperty(u"role", u"error")

        self.on_layout.addWidget(self.on_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.on_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReferralDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ReferralDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.to_whom_label.setBuddy(self.to_whom_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.status_label.setBuddy(self.status_combo)
        self.on_label.setBuddy(self.on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"New referral", None))
        self.to_whom_label.setText(QCoreApplication.translate("ReferralDialog", u"&Referred to", None))
#if QT_CONFIG(accessibility)
        self.to_whom_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Service or person referred to", None))
#endif // QT_CONFIG(accessibility)
        self.to_whom_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"Service or person, e.g. Harbour Housing Office", None))
        self.reason_label.setText(QCoreApplication.translate("ReferralDialog", u"Rea&son", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Reason for the referral", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ReferralDialog", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Status of the referral", None))
#endif // QT_CONFIG(accessibility)
        self.on_label.setText(QCoreApplication.translate("ReferralDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Date of the referral", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

