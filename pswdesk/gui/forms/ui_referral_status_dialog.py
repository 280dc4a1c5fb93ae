# generated from ui/referral_status_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_status_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReferralStatusDialog(object):
    def setupUi(self, ReferralStatusDialog):
        if not ReferralStatusDialog.objectName():
            ReferralStatusDialog.setObjectName(u"ReferralStatusDialog")
        ReferralStatusDialog.resize(520, 300)
        ReferralStatusDialog.setModal(True)
        self.main_layout = QVBoxLayout(ReferralStatusDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(ReferralStatusDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.status_label = QLabel(ReferralStatusDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_layout = QVBoxLayout()
        self.status_layout.setSpacing(2)
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(ReferralStatusDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.status_layout.addWidget(self.status_combo)

        self.status_error = QLabel(ReferralStatusDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setVisible(False)
        self.status_error.setText(u"")
        self.status_error.setWordWrap(True)
        self.status_error.setProperty(u"role", u"error")

        self.status_layout.addWidget(self.status_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_layout)

        self.on_label = QLabel(ReferralStatusDialog)
        self.on_label.setObjectName(u"on_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_layout = QVBoxLayout()
        self.on_layout.setSpacing(2)
        self.on_layout.setObjectName(u"on_layout")
        self.on_edit = QDateEdit(ReferralStatusDialog)
        self.on_edit.setObjectName(u"on_edit")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat(u"dd MMM yyyy")

        self.on_layout.addWidget(self.on_edit)

        self.on_error = QLabel(ReferralStatusDialog)
        self.on_error.setObjectName(u"on_error")
        self.on_error.setVisible(False)
        self.on_error.setText(u"")
        self.on_error.setWordWrap(True)
        self.on_error.setProperty(u"role", u"error")

        self.on_layout.addWidget(self.on_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.on_layout)

        self.comment_label = QLabel(ReferralStatusDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_layout = QVBoxLayout()
        self.comment_layout.setSpacing(2)
        self.comment_layout.setObjectName(u"comment_layout")
        self.comment_edit = QLineEdit(ReferralStatusDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setMaxLength(5000)

        self.comment_layout.addWidget(self.comment_edit)

        self.comment_error = QLabel(ReferralStatusDialog)
        self.comment_error.setObjectName(u"comment_error")
        self.comment_error.setVisible(False)
        self.comment_error.setText(u"")
        self.comment_error.setWordWrap(True)
        self.comment_error.setProperty(u"role", u"error")

        self.comment_layout.addWidget(self.comment_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.comment_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReferralStatusDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ReferralStatusDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.on_label.setBuddy(self.on_edit)
        self.comment_label.setBuddy(self.comment_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralStatusDialog)
    # setupUi

    def retranslateUi(self, ReferralStatusDialog):
        ReferralStatusDialog.setWindowTitle(QCoreApplication.translate("ReferralStatusDialog", u"Change status", None))
        self.status_label.setText(QCoreApplication.translate("ReferralStatusDialog", u"&New status", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"New status", None))
#endif // QT_CONFIG(accessibility)
        self.on_label.setText(QCoreApplication.translate("ReferralStatusDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"Date of the change", None))
#endif // QT_CONFIG(accessibility)
        self.comment_label.setText(QCoreApplication.translate("ReferralStatusDialog", u"&Comment", None))
#if QT_CONFIG(accessibility)
        self.comment_edit.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"Comment (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.comment_edit.setPlaceholderText(QCoreApplication.translate("ReferralStatusDialog", u"Optional, e.g. \u201cfirst appointment on the 12th\u201d", None))
    # retranslateUi

