# generated from ui/login_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 330)
        LoginDialog.setMinimumSize(QSize(440, 0))
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 18)
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setSpacing(14)
        self.heading_layout.setObjectName(u"heading_layout")
        self.logo_label = QLabel(LoginDialog)
        self.logo_label.setObjectName(u"logo_label")
        self.logo_label.setMinimumSize(QSize(48, 48))
        self.logo_label.setMaximumSize(QSize(48, 48))

        self.heading_layout.addWidget(self.logo_label)

        self.agency_label = QLabel(LoginDialog)
        self.agency_label.setObjectName(u"agency_label")
        self.agency_label.setText(u"pswdesk")
        self.agency_label.setWordWrap(True)
        self.agency_label.setProperty(u"role", u"heading")

        self.heading_layout.addWidget(self.agency_label)


        self.main_layout.addLayout(self.heading_layout)

        self.intro_label = QLabel(LoginDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.username_label = QLabel(LoginDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(LoginDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(80)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(LoginDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(LoginDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.demo_group = QGroupBox(LoginDialog)
        self.demo_group.setObjectName(u"demo_group")
        self.demo_group.setVisible(False)
        self.demo_layout = QVBoxLayout(self.demo_group)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_hint_label = QLabel(self.demo_group)
        self.demo_hint_label.setObjectName(u"demo_hint_label")
        self.demo_hint_label.setWordWrap(True)
        self.demo_hint_label.setProperty(u"role", u"muted")

        self.demo_layout.addWidget(self.demo_hint_label)

        self.demo_table = QTableWidget(self.demo_group)
        if (self.demo_table.columnCount() < 3):
            self.demo_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.demo_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.demo_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.demo_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.demo_table.setObjectName(u"demo_table")
        self.demo_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.demo_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.demo_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.demo_table.setAlternatingRowColors(True)
        self.demo_table.setColumnCount(3)
        self.demo_table.horizontalHeader().setStretchLastSection(True)
        self.demo_table.verticalHeader().setVisible(False)

        self.demo_layout.addWidget(self.demo_table)


        self.main_layout.addWidget(self.demo_group)

        self.bottom_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.logout_button = QPushButton(LoginDialog)
        self.logout_button.setObjectName(u"logout_button")
        self.logout_button.setVisible(False)
        self.logout_button.setAutoDefault(False)

        self.button_layout.addWidget(self.logout_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.quit_button = QPushButton(LoginDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.button_layout.addWidget(self.quit_button)

        self.login_button = QPushButton(LoginDialog)
        self.login_button.setObjectName(u"login_button")
        self.login_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.login_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.login_button)
        QWidget.setTabOrder(self.login_button, self.quit_button)
        QWidget.setTabOrder(self.quit_button, self.demo_table)
        QWidget.setTabOrder(self.demo_table, self.logout_button)

        self.retranslateUi(LoginDialog)

        self.login_button.setDefault(True)

    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in \u2014 pswdesk", None))
#if QT_CONFIG(accessibility)
        LoginDialog.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Log in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.logo_label.setAccessibleName(QCoreApplication.translate("LoginDialog", u"pswdesk logo", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("LoginDialog", u"Log in with your pswdesk account.", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Login problem", None))
#endif // QT_CONFIG(accessibility)
        self.demo_group.setTitle(QCoreApplication.translate("LoginDialog", u"Demo accounts (fictional data)", None))
        self.demo_hint_label.setText(QCoreApplication.translate("LoginDialog", u"This is a demo database. Double-click an account to fill in its user name and password.", None))
        ___qtablewidgetitem = self.demo_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LoginDialog", u"User name", None))
        ___qtablewidgetitem1 = self.demo_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LoginDialog", u"Role", None))
        ___qtablewidgetitem2 = self.demo_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LoginDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.demo_table.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Demo accounts", None))
#endif // QT_CONFIG(accessibility)
        self.logout_button.setText(QCoreApplication.translate("LoginDialog", u"Log &out instead", None))
#if QT_CONFIG(accessibility)
        self.logout_button.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Log out instead of unlocking", None))
#endif // QT_CONFIG(accessibility)
        self.quit_button.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
#if QT_CONFIG(accessibility)
        self.quit_button.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Quit pswdesk", None))
#endif // QT_CONFIG(accessibility)
        self.login_button.setText(QCoreApplication.translate("LoginDialog", u"&Log in", None))
#if QT_CONFIG(accessibility)
        self.login_button.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Log in", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

