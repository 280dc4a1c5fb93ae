# generated from ui/key_prompt_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_prompt_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_KeyPromptDialog(object):
    def setupUi(self, KeyPromptDialog):
        if not KeyPromptDialog.objectName():
            KeyPromptDialog.setObjectName(u"KeyPromptDialog")
        KeyPromptDialog.resize(620, 360)
        self.main_layout = QVBoxLayout(KeyPromptDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 20, 20, 16)
        self.title_label = QLabel(KeyPromptDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(KeyPromptDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.intro_label)

        self.key_label = QLabel(KeyPromptDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setProperty(u"role", u"subheading")

        self.main_layout.addWidget(self.key_label)

        self.key_edit = QLineEdit(KeyPromptDialog)
        self.key_edit.setObjectName(u"key_edit")

        self.main_layout.addWidget(self.key_edit)

        self.error_label = QLabel(KeyPromptDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.remember_check = QCheckBox(KeyPromptDialog)
        self.remember_check.setObjectName(u"remember_check")
        self.remember_check.setChecked(True)

        self.main_layout.addWidget(self.remember_check)

        self.keyring_label = QLabel(KeyPromptDialog)
        self.keyring_label.setObjectName(u"keyring_label")
        self.keyring_label.setVisible(False)
        self.keyring_label.setText(u"")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setProperty(u"role", u"notice")

        self.main_layout.addWidget(self.keyring_label)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.busy_bar = QProgressBar(KeyPromptDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.quit_button = QPushButton(KeyPromptDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.button_layout.addWidget(self.quit_button)

        self.open_button = QPushButton(KeyPromptDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.key_label.setBuddy(self.key_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.key_edit, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.open_button)
        QWidget.setTabOrder(self.open_button, self.quit_button)

        self.retranslateUi(KeyPromptDialog)

        self.open_button.setDefault(True)

    # setupUi

    def retranslateUi(self, KeyPromptDialog):
        KeyPromptDialog.setWindowTitle(QCoreApplication.translate("KeyPromptDialog", u"pswdesk \u2014 recovery key", None))
#if QT_CONFIG(accessibility)
        KeyPromptDialog.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Type the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("KeyPromptDialog", u"This database is encrypted", None))
        self.key_label.setText(QCoreApplication.translate("KeyPromptDialog", u"&Recovery key", None))
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleDescription(QCoreApplication.translate("KeyPromptDialog", u"14 groups of 4 letters and digits; spaces and dashes do not matter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Problem with the key", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("KeyPromptDialog", u"Re&member this key on this computer (keyring)", None))
#if QT_CONFIG(accessibility)
        self.remember_check.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Remember this key on this computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyring_label.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"About the keyring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Opening the database", None))
#endif // QT_CONFIG(accessibility)
        self.quit_button.setText(QCoreApplication.translate("KeyPromptDialog", u"&Quit", None))
#if QT_CONFIG(accessibility)
        self.quit_button.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Quit pswdesk", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("KeyPromptDialog", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("KeyPromptDialog", u"Open the database with this key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

