# generated from ui/revoke_consent_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revoke_consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RevokeConsentDialog(object):
    def setupUi(self, RevokeConsentDialog):
        if not RevokeConsentDialog.objectName():
            RevokeConsentDialog.setObjectName(u"RevokeConsentDialog")
        RevokeConsentDialog.resize(480, 220)
        RevokeConsentDialog.setModal(True)
        self.main_layout = QVBoxLayout(RevokeConsentDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(RevokeConsentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.revoked_on_label = QLabel(RevokeConsentDialog)
        self.revoked_on_label.setObjectName(u"revoked_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.revoked_on_label)

        self.revoked_on_layout = QVBoxLayout()
        self.revoked_on_layout.setSpacing(2)
        self.revoked_on_layout.setObjectName(u"revoked_on_layout")
        self.revoked_on_edit = QDateEdit(RevokeConsentDialog)
        self.revoked_on_edit.setObjectName(u"revoked_on_edit")
        self.revoked_on_edit.setCalendarPopup(True)
        self.revoked_on_edit.setDisplayFormat(u"dd MMM yyyy")

        self.revoked_on_layout.addWidget(self.revoked_on_edit)

        self.revoked_on_error = QLabel(RevokeConsentDialog)
        self.revoked_on_error.setObjectName(u"revoked_on_error")
        self.revoked_on_error.setVisible(False)
        self.revoked_on_error.setText(u"")
        self.revoked_on_error.setWordWrap(True)
        self.revoked_on_error.setProperty(u"role", u"error")

        self.revoked_on_layout.addWidget(self.revoked_on_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.revoked_on_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(RevokeConsentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(RevokeConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.revoked_on_label.setBuddy(self.revoked_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RevokeConsentDialog)
    # setupUi

    def retranslateUi(self, RevokeConsentDialog):
        RevokeConsentDialog.setWindowTitle(QCoreApplication.translate("RevokeConsentDialog", u"Revoke consent", None))
        self.revoked_on_label.setText(QCoreApplication.translate("RevokeConsentDialog", u"&Revoked on", None))
#if QT_CONFIG(accessibility)
        self.revoked_on_edit.setAccessibleName(QCoreApplication.translate("RevokeConsentDialog", u"Date the client withdrew consent", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

