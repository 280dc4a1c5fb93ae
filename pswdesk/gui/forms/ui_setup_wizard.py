# generated from ui/setup_wizard.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(620, 460)
        SetupWizard.setWizardStyle(QWizard.ModernStyle)
        SetupWizard.setOptions(QWizard.NoBackButtonOnStartPage)
        self.welcome_page = QWizardPage()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setSpacing(12)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_label = QLabel(self.welcome_page)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.welcome_label)

        self.database_label = QLabel(self.welcome_page)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setText(u"Database: ")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.database_label.setProperty(u"role", u"muted")

        self.welcome_layout.addWidget(self.database_label)

        self.welcome_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_spacer)

        self.demo_group = QGroupBox(self.welcome_page)
        self.demo_group.setObjectName(u"demo_group")
        self.demo_layout = QVBoxLayout(self.demo_group)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_label = QLabel(self.demo_group)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setWordWrap(True)

        self.demo_layout.addWidget(self.demo_label)

        self.demo_button_layout = QHBoxLayout()
        self.demo_button_layout.setObjectName(u"demo_button_layout")
        self.demo_button = QPushButton(self.demo_group)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setAutoDefault(False)

        self.demo_button_layout.addWidget(self.demo_button)

        self.demo_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demo_button_layout.addItem(self.demo_spacer)


        self.demo_layout.addLayout(self.demo_button_layout)


        self.welcome_layout.addWidget(self.demo_group)

        SetupWizard.addPage(self.welcome_page)
        self.agency_page = QWizardPage()
        self.agency_page.setObjectName(u"agency_page")
        self.agency_layout = QFormLayout(self.agency_page)
        self.agency_layout.setObjectName(u"agency_layout")
        self.agency_name_label = QLabel(self.agency_page)
        self.agency_name_label.setObjectName(u"agency_name_label")

        self.agency_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agency_name_label)

        self.agency_name_edit = QLineEdit(self.agency_page)
        self.agency_name_edit.setObjectName(u"agency_name_edit")
        self.agency_name_edit.setMaxLength(200)

        self.agency_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agency_name_edit)

        SetupWizard.addPage(self.agency_page)
        self.admin_page = QWizardPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_outer_layout = QVBoxLayout(self.admin_page)
        self.admin_outer_layout.setObjectName(u"admin_outer_layout")
        self.admin_layout = QFormLayout()
        self.admin_layout.setObjectName(u"admin_layout")
        self.full_name_label = QLabel(self.admin_page)
        self.full_name_label.setObjectName(u"full_name_label")

        self.admin_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(self.admin_page)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.admin_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.username_label = QLabel(self.admin_page)
        self.username_label.setObjectName(u"username_label")

        self.admin_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.admin_page)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(80)

        self.admin_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(self.admin_page)
        self.password_label.setObjectName(u"password_label")

        self.admin_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.admin_page)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.admin_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.confirm_label = QLabel(self.admin_page)
        self.confirm_label.setObjectName(u"confirm_label")

        self.admin_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(self.admin_page)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.admin_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.admin_outer_layout.addLayout(self.admin_layout)

        self.password_hint_label = QLabel(self.admin_page)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setWordWrap(True)
        self.password_hint_label.setProperty(u"role", u"muted")

        self.admin_outer_layout.addWidget(self.password_hint_label)

        self.error_label = QLabel(self.admin_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.admin_outer_layout.addWidget(self.error_label)

        self.admin_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.admin_outer_layout.addItem(self.admin_spacer)

        SetupWizard.addPage(self.admin_page)
        self.key_page = QWizardPage()
        self.key_page.setObjectName(u"key_page")
        self.key_layout = QVBoxLayout(self.key_page)
        self.key_layout.setSpacing(10)
        self.key_layout.setObjectName(u"key_layout")
        self.key_display = QLabel(self.key_page)
        self.key_display.setObjectName(u"key_display")
        self.key_display.setText(u"")
        self.key_display.setAlignment(Qt.AlignCenter)
        self.key_display.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.key_display.setProperty(u"role", u"placeholder")

        self.key_layout.addWidget(self.key_display)

        self.key_button_layout = QHBoxLayout()
        self.key_button_layout.setObjectName(u"key_button_layout")
        self.copy_button = QPushButton(self.key_page)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.key_button_layout.addWidget(self.copy_button)

        self.print_button = QPushButton(self.key_page)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.key_button_layout.addWidget(self.print_button)

        self.save_sheet_button = QPushButton(self.key_page)
        self.save_sheet_button.setObjectName(u"save_sheet_button")
        self.save_sheet_button.setAutoDefault(False)

        self.key_button_layout.addWidget(self.save_sheet_button)

        self.key_button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_button_layout.addItem(self.key_button_spacer)


        self.key_layout.addLayout(self.key_button_layout)

        self.sheet_status_label = QLabel(self.key_page)
        self.sheet_status_label.setObjectName(u"sheet_status_label")
        self.sheet_status_label.setVisible(False)
        self.sheet_status_label.setWordWrap(True)
        self.sheet_status_label.setProperty(u"role", u"muted")

        self.key_layout.addWidget(self.sheet_status_label)

        self.keep_safe_label = QLabel(self.key_page)
        self.keep_safe_label.setObjectName(u"keep_safe_label")
        self.keep_safe_label.setWordWrap(True)

        self.key_layout.addWidget(self.keep_safe_label)

        self.keyring_status_label = QLabel(self.key_page)
        self.keyring_status_label.setObjectName(u"keyring_status_label")
        self.keyring_status_label.setText(u"")
        self.keyring_status_label.setWordWrap(True)
        self.keyring_status_label.setProperty(u"role", u"info")

        self.key_layout.addWidget(self.keyring_status_label)

        self.stored_check = QCheckBox(self.key_page)
        self.stored_check.setObjectName(u"stored_check")

        self.key_layout.addWidget(self.stored_check)

        self.key_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.key_layout.addItem(self.key_spacer)

        SetupWizard.addPage(self.key_page)
#if QT_CONFIG(shortcut)
        self.agency_name_label.setBuddy(self.agency_name_edit)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agency_name_edit, self.full_name_edit)
        QWidget.setTabOrder(self.full_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_sheet_button)
        QWidget.setTabOrder(self.save_sheet_button, self.stored_check)

        self.retranslateUi(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up pswdesk", None))
#if QT_CONFIG(accessibility)
        SetupWizard.setAccessibleName(QCoreApplication.translate("SetupWizard", u"First-run setup", None))
#endif // QT_CONFIG(accessibility)
        self.welcome_page.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to pswdesk", None))
        self.welcome_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Case notes for your peer-support agency, kept on this computer or on your agency's server.", None))
        self.welcome_label.setText(QCoreApplication.translate("SetupWizard", u"This database is empty. In the next two steps you name your agency and create the first administrator account. The administrator then adds workers and supervisors from the Users page.", None))
        self.demo_group.setTitle(QCoreApplication.translate("SetupWizard", u"Just looking?", None))
        self.demo_label.setText(QCoreApplication.translate("SetupWizard", u"Open a separate demo database with fictional clients and notes, and one account for each role. Nothing is written to this database.", None))
        self.demo_button.setText(QCoreApplication.translate("SetupWizard", u"Open &demo data instead", None))
#if QT_CONFIG(accessibility)
        self.demo_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Open demo data instead", None))
#endif // QT_CONFIG(accessibility)
        self.agency_page.setTitle(QCoreApplication.translate("SetupWizard", u"Your agency", None))
        self.agency_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The name appears in the title bar and on every handover summary. You can change it later in Agency settings.", None))
        self.agency_name_label.setText(QCoreApplication.translate("SetupWizard", u"Agency &name", None))
#if QT_CONFIG(accessibility)
        self.agency_name_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Agency name", None))
#endif // QT_CONFIG(accessibility)
        self.agency_name_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Riverside Peer Support", None))
        self.admin_page.setTitle(QCoreApplication.translate("SetupWizard", u"First administrator", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The administrator manages accounts and settings. Administrators do not see client records unless they also hold the worker or supervisor role.", None))
        self.full_name_label.setText(QCoreApplication.translate("SetupWizard", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Administrator's full name", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("SetupWizard", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Administrator's user name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SetupWizard", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("SetupWizard", u"&Confirm password", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
        self.password_hint_label.setText(QCoreApplication.translate("SetupWizard", u"At least 8 characters. A short sentence is easier to remember and harder to guess.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Setup problem", None))
#endif // QT_CONFIG(accessibility)
        self.key_page.setTitle(QCoreApplication.translate("SetupWizard", u"Your recovery key", None))
        self.key_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The agency's records are encrypted on this computer. This key opens them; pswdesk shows it only now.", None))
#if QT_CONFIG(accessibility)
        self.key_display.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("SetupWizard", u"&Copy", None))
#if QT_CONFIG(accessibility)
        self.copy_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Copy the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("SetupWizard", u"&Print recovery sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Print the recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.save_sheet_button.setText(QCoreApplication.translate("SetupWizard", u"Save sheet as PD&F\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_sheet_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Save the recovery sheet as a PDF file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sheet_status_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Copy and print status", None))
#endif // QT_CONFIG(accessibility)
        self.keep_safe_label.setText(QCoreApplication.translate("SetupWizard", u"Keep the key somewhere safe and away from this computer: the printed sheet in a locked drawer, or the agency's password manager. You need it if this computer is replaced or its system reinstalled, and to restore a backup elsewhere. Without it nobody can open the records, not even pswdesk's makers.", None))
#if QT_CONFIG(accessibility)
        self.keyring_status_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Where the key is kept on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.stored_check.setText(QCoreApplication.translate("SetupWizard", u"I have &stored the recovery key somewhere safe", None))
#if QT_CONFIG(accessibility)
        self.stored_check.setAccessibleName(QCoreApplication.translate("SetupWizard", u"I have stored the recovery key somewhere safe", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

