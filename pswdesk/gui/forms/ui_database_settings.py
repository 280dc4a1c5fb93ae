# generated from ui/database_settings.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_settings.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DatabaseSettings(object):
    def setupUi(self, DatabaseSettings):
        if not DatabaseSettings.objectName():
            DatabaseSettings.setObjectName(u"DatabaseSettings")
        DatabaseSettings.resize(700, 160)
        self.main_layout = QVBoxLayout(DatabaseSettings)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DatabaseSettings)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.password_row = QHBoxLayout()
        self.password_row.setSpacing(8)
        self.password_row.setObjectName(u"password_row")
        self.password_label = QLabel(DatabaseSettings)
        self.password_label.setObjectName(u"password_label")

        self.password_row.addWidget(self.password_label)

        self.password_edit = QLineEdit(DatabaseSettings)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.password_row.addWidget(self.password_edit)

        self.store_button = QPushButton(DatabaseSettings)
        self.store_button.setObjectName(u"store_button")
        self.store_button.setAutoDefault(False)

        self.password_row.addWidget(self.store_button)


        self.main_layout.addLayout(self.password_row)

        self.error_label = QLabel(DatabaseSettings)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.status_label = QLabel(DatabaseSettings)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setVisible(False)
        self.status_label.setWordWrap(True)
        self.status_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DatabaseSettings)
    # setupUi

    def retranslateUi(self, DatabaseSettings):
        DatabaseSettings.setTitle(QCoreApplication.translate("DatabaseSettings", u"Database server", None))
        self.password_label.setText(QCoreApplication.translate("DatabaseSettings", u"Server &password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("DatabaseSettings", u"The database server's password", None))
#endif // QT_CONFIG(accessibility)
        self.store_button.setText(QCoreApplication.translate("DatabaseSettings", u"&Keep in this computer's keyring", None))
#if QT_CONFIG(accessibility)
        self.store_button.setAccessibleName(QCoreApplication.translate("DatabaseSettings", u"Check the password with the server and keep it in this computer's keyring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("DatabaseSettings", u"Problem with the server password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("DatabaseSettings", u"Server password kept", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

