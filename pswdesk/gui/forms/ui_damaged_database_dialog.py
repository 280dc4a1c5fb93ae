# generated from ui/damaged_database_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'damaged_database_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DamagedDatabaseDialog(object):
    def setupUi(self, DamagedDatabaseDialog):
        if not DamagedDatabaseDialog.objectName():
            DamagedDatabaseDialog.setObjectName(u"DamagedDatabaseDialog")
        DamagedDatabaseDialog.resize(620, 360)
        self.main_layout = QVBoxLayout(DamagedDatabaseDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 20, 20, 16)
        self.title_label = QLabel(DamagedDatabaseDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(DamagedDatabaseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.intro_label)

        self.key_label = QLabel(DamagedDatabaseDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setVisible(False)
        self.key_label.setProperty(u"role", u"subheading")

        self.main_layout.addWidget(self.key_label)

        self.key_edit = QLineEdit(DamagedDatabaseDialog)
        self.key_edit.setObjectName(u"key_edit")
        self.key_edit.setVisible(False)

        self.main_layout.addWidget(self.key_edit)

        self.error_label = QLabel(DamagedDatabaseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.backup_label = QLabel(DamagedDatabaseDialog)
        self.backup_label.setObjectName(u"backup_label")
        self.backup_label.setVisible(False)
        self.backup_label.setText(u"")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backup_label.setProperty(u"role", u"info")

        self.main_layout.addWidget(self.backup_label)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.busy_bar = QProgressBar(DamagedDatabaseDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.quit_button = QPushButton(DamagedDatabaseDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.button_layout.addWidget(self.quit_button)

        self.choose_button = QPushButton(DamagedDatabaseDialog)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.button_layout.addWidget(self.choose_button)

        self.restore_button = QPushButton(DamagedDatabaseDialog)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.restore_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.key_label.setBuddy(self.key_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.key_edit, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.quit_button)

        self.retranslateUi(DamagedDatabaseDialog)

        self.restore_button.setDefault(True)

    # setupUi

    def retranslateUi(self, DamagedDatabaseDialog):
        DamagedDatabaseDialog.setWindowTitle(QCoreApplication.translate("DamagedDatabaseDialog", u"pswdesk \u2014 the database cannot be read", None))
#if QT_CONFIG(accessibility)
        DamagedDatabaseDialog.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Type the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"The database cannot be read", None))
        self.key_label.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Recovery key", None))
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleDescription(QCoreApplication.translate("DamagedDatabaseDialog", u"14 groups of 4 letters and digits; spaces and dashes do not matter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Problem with the key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_label.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"The backup found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.quit_button.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Quit", None))
#if QT_CONFIG(accessibility)
        self.quit_button.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Quit pswdesk", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Choose a backup file\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Choose a backup file", None))
#endif // QT_CONFIG(accessibility)
        self.restore_button.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Restore this backup", None))
#if QT_CONFIG(accessibility)
        self.restore_button.setAccessibleName(QCoreApplication.translate("DamagedDatabaseDialog", u"Restore the backup shown", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

