# generated from ui/user_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(460, 420)
        self.main_layout = QVBoxLayout(UserDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.full_name_label = QLabel(UserDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(UserDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.username_label = QLabel(UserDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(UserDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(80)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.roles_label = QLabel(UserDialog)
        self.roles_label.setObjectName(u"roles_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roles_label)

        self.roles_layout = QHBoxLayout()
        self.roles_layout.setObjectName(u"roles_layout")
        self.worker_check = QCheckBox(UserDialog)
        self.worker_check.setObjectName(u"worker_check")

        self.roles_layout.addWidget(self.worker_check)

        self.supervisor_check = QCheckBox(UserDialog)
        self.supervisor_check.setObjectName(u"supervisor_check")

        self.roles_layout.addWidget(self.supervisor_check)

        self.admin_check = QCheckBox(UserDialog)
        self.admin_check.setObjectName(u"admin_check")

        self.roles_layout.addWidget(self.admin_check)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.roles_layout)

        self.supervisor_label = QLabel(UserDialog)
        self.supervisor_label.setObjectName(u"supervisor_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.supervisor_label)

        self.supervisor_combo = QComboBox(UserDialog)
        self.supervisor_combo.setObjectName(u"supervisor_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.supervisor_combo)

        self.password_label = QLabel(UserDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(UserDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.confirm_label = QLabel(UserDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(UserDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(UserDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(UserDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(UserDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.supervisor_label.setBuddy(self.supervisor_combo)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.worker_check)
        QWidget.setTabOrder(self.worker_check, self.supervisor_check)
        QWidget.setTabOrder(self.supervisor_check, self.admin_check)
        QWidget.setTabOrder(self.admin_check, self.supervisor_combo)
        QWidget.setTabOrder(self.supervisor_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.confirm_edit)

        self.retranslateUi(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"New user", None))
        self.full_name_label.setText(QCoreApplication.translate("UserDialog", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("UserDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("UserDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.roles_label.setText(QCoreApplication.translate("UserDialog", u"Roles", None))
        self.worker_check.setText(QCoreApplication.translate("UserDialog", u"&Worker", None))
#if QT_CONFIG(accessibility)
        self.worker_check.setAccessibleName(QCoreApplication.translate("UserDialog", u"Worker role", None))
#endif // QT_CONFIG(accessibility)
        self.supervisor_check.setText(QCoreApplication.translate("UserDialog", u"&Supervisor", None))
#if QT_CONFIG(accessibility)
        self.supervisor_check.setAccessibleName(QCoreApplication.translate("UserDialog", u"Supervisor role", None))
#endif // QT_CONFIG(accessibility)
        self.admin_check.setText(QCoreApplication.translate("UserDialog", u"&Administrator", None))
#if QT_CONFIG(accessibility)
        self.admin_check.setAccessibleName(QCoreApplication.translate("UserDialog", u"Administrator role", None))
#endif // QT_CONFIG(accessibility)
        self.supervisor_label.setText(QCoreApplication.translate("UserDialog", u"Su&pervised by", None))
#if QT_CONFIG(accessibility)
        self.supervisor_combo.setAccessibleName(QCoreApplication.translate("UserDialog", u"Supervisor", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("UserDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("UserDialog", u"&Confirm password", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("UserDialog", u"A worker's supervisor reviews their notes and receives their debrief requests.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("UserDialog", u"Problem with this account", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

