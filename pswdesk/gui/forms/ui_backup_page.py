# generated from ui/backup_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(900, 640)
        self.main_layout = QVBoxLayout(BackupPage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(BackupPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.description_label = QLabel(BackupPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.overdue_banner = QLabel(BackupPage)
        self.overdue_banner.setObjectName(u"overdue_banner")
        self.overdue_banner.setText(u"")
        self.overdue_banner.setVisible(False)
        self.overdue_banner.setWordWrap(True)
        self.overdue_banner.setProperty(u"role", u"notice")

        self.main_layout.addWidget(self.overdue_banner)

        self.server_label = QLabel(BackupPage)
        self.server_label.setObjectName(u"server_label")
        self.server_label.setText(u"")
        self.server_label.setVisible(False)
        self.server_label.setWordWrap(True)
        self.server_label.setProperty(u"role", u"info")

        self.main_layout.addWidget(self.server_label)

        self.backup_group = QGroupBox(BackupPage)
        self.backup_group.setObjectName(u"backup_group")
        self.backup_layout = QVBoxLayout(self.backup_group)
        self.backup_layout.setSpacing(8)
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_layout.setContentsMargins(12, 12, 12, 12)
        self.folder_row = QHBoxLayout()
        self.folder_row.setSpacing(8)
        self.folder_row.setObjectName(u"folder_row")
        self.folder_label = QLabel(self.backup_group)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_row.addWidget(self.folder_label)

        self.folder_edit = QLineEdit(self.backup_group)
        self.folder_edit.setObjectName(u"folder_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folder_edit.sizePolicy().hasHeightForWidth())
        self.folder_edit.setSizePolicy(sizePolicy)

        self.folder_row.addWidget(self.folder_edit)

        self.browse_button = QPushButton(self.backup_group)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.folder_row.addWidget(self.browse_button)


        self.backup_layout.addLayout(self.folder_row)

        self.keep_row = QHBoxLayout()
        self.keep_row.setSpacing(8)
        self.keep_row.setObjectName(u"keep_row")
        self.keep_label = QLabel(self.backup_group)
        self.keep_label.setObjectName(u"keep_label")

        self.keep_row.addWidget(self.keep_label)

        self.keep_spin = QSpinBox(self.backup_group)
        self.keep_spin.setObjectName(u"keep_spin")
        self.keep_spin.setMinimum(1)
        self.keep_spin.setMaximum(365)
        self.keep_spin.setValue(14)

        self.keep_row.addWidget(self.keep_spin)

        self.keep_hint = QLabel(self.backup_group)
        self.keep_hint.setObjectName(u"keep_hint")
        self.keep_hint.setWordWrap(True)
        self.keep_hint.setProperty(u"role", u"muted")

        self.keep_row.addWidget(self.keep_hint)

        self.keep_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keep_row.addItem(self.keep_spacer)

        self.save_button = QPushButton(self.backup_group)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.keep_row.addWidget(self.save_button)


        self.backup_layout.addLayout(self.keep_row)

        self.settings_error = QLabel(self.backup_group)
        self.settings_error.setObjectName(u"settings_error")
        self.settings_error.setText(u"")
        self.settings_error.setVisible(False)
        self.settings_error.setWordWrap(True)
        self.settings_error.setProperty(u"role", u"error")

        self.backup_layout.addWidget(self.settings_error)

        self.settings_status = QLabel(self.backup_group)
        self.settings_status.setObjectName(u"settings_status")
        self.settings_status.setText(u"")
        self.settings_status.setVisible(False)
        self.settings_status.setWordWrap(True)
        self.settings_status.setProperty(u"role", u"muted")

        self.backup_layout.addWidget(self.settings_status)

        self.now_row = QHBoxLayout()
        self.now_row.setSpacing(8)
        self.now_row.setObjectName(u"now_row")
        self.backup_button = QPushButton(self.backup_group)
        self.backup_button.setObjectName(u"backup_button")
        self.backup_button.setAutoDefault(False)
        self.backup_button.setProperty(u"primary", True)

        self.now_row.addWidget(self.backup_button)

        self.busy_bar = QProgressBar(self.backup_group)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(QSize(160, 16777215))

        self.now_row.addWidget(self.busy_bar)

        self.last_good_label = QLabel(self.backup_group)
        self.last_good_label.setObjectName(u"last_good_label")
        self.last_good_label.setText(u"")
        self.last_good_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.last_good_label.setProperty(u"role", u"muted")

        self.now_row.addWidget(self.last_good_label)

        self.now_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.now_row.addItem(self.now_spacer)


        self.backup_layout.addLayout(self.now_row)

        self.backup_result = QLabel(self.backup_group)
        self.backup_result.setObjectName(u"backup_result")
        self.backup_result.setText(u"")
        self.backup_result.setVisible(False)
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backup_result.setProperty(u"role", u"info")

        self.backup_layout.addWidget(self.backup_result)

        self.backup_error = QLabel(self.backup_group)
        self.backup_error.setObjectName(u"backup_error")
        self.backup_error.setText(u"")
        self.backup_error.setVisible(False)
        self.backup_error.setWordWrap(True)
        self.backup_error.setProperty(u"role", u"error")

        self.backup_layout.addWidget(self.backup_error)


        self.main_layout.addWidget(self.backup_group)

        self.list_group = QGroupBox(BackupPage)
        self.list_group.setObjectName(u"list_group")
        self.list_layout = QVBoxLayout(self.list_group)
        self.list_layout.setSpacing(8)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(12, 12, 12, 12)
        self.backups_view = QTableView(self.list_group)
        self.backups_view.setObjectName(u"backups_view")
        self.backups_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backups_view.setAlternatingRowColors(True)
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backups_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backups_view.setMinimumSize(QSize(0, 140))
        self.backups_view.horizontalHeader().setStretchLastSection(True)
        self.backups_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.backups_view)


        self.main_layout.addWidget(self.list_group)

        self.restore_group = QGroupBox(BackupPage)
        self.restore_group.setObjectName(u"restore_group")
        self.restore_layout = QVBoxLayout(self.restore_group)
        self.restore_layout.setSpacing(8)
        self.restore_layout.setObjectName(u"restore_layout")
        self.restore_layout.setContentsMargins(12, 12, 12, 12)
        self.restore_intro = QLabel(self.restore_group)
        self.restore_intro.setObjectName(u"restore_intro")
        self.restore_intro.setWordWrap(True)

        self.restore_layout.addWidget(self.restore_intro)

        self.restore_row = QHBoxLayout()
        self.restore_row.setSpacing(8)
        self.restore_row.setObjectName(u"restore_row")
        self.restore_button = QPushButton(self.restore_group)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setAutoDefault(False)

        self.restore_row.addWidget(self.restore_button)

        self.restore_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restore_row.addItem(self.restore_spacer)


        self.restore_layout.addLayout(self.restore_row)

        self.restore_error = QLabel(self.restore_group)
        self.restore_error.setObjectName(u"restore_error")
        self.restore_error.setText(u"")
        self.restore_error.setVisible(False)
        self.restore_error.setWordWrap(True)
        self.restore_error.setProperty(u"role", u"error")

        self.restore_layout.addWidget(self.restore_error)


        self.main_layout.addWidget(self.restore_group)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
        self.keep_label.setBuddy(self.keep_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.keep_spin)
        QWidget.setTabOrder(self.keep_spin, self.save_button)
        QWidget.setTabOrder(self.save_button, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.backups_view)
        QWidget.setTabOrder(self.backups_view, self.restore_button)

        self.retranslateUi(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.title_label.setText(QCoreApplication.translate("BackupPage", u"Backup and restore", None))
        self.description_label.setText(QCoreApplication.translate("BackupPage", u"A backup is a whole copy of the agency's database, encrypted with the same key, and checked after it is written. While pswdesk runs it makes one each day into the folder below.", None))
#if QT_CONFIG(accessibility)
        self.overdue_banner.setAccessibleName(QCoreApplication.translate("BackupPage", u"Backup warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.server_label.setAccessibleName(QCoreApplication.translate("BackupPage", u"Backups of a server database", None))
#endif // QT_CONFIG(accessibility)
        self.backup_group.setTitle(QCoreApplication.translate("BackupPage", u"Back up", None))
        self.folder_label.setText(QCoreApplication.translate("BackupPage", u"&Folder", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("BackupPage", u"Folder for the backups", None))
#endif // QT_CONFIG(accessibility)
        self.folder_edit.setPlaceholderText(QCoreApplication.translate("BackupPage", u"A folder on another drive, if you have one", None))
        self.browse_button.setText(QCoreApplication.translate("BackupPage", u"Bro&wse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("BackupPage", u"Choose the folder for the backups", None))
#endif // QT_CONFIG(accessibility)
        self.keep_label.setText(QCoreApplication.translate("BackupPage", u"&Keep the newest", None))
#if QT_CONFIG(accessibility)
        self.keep_spin.setAccessibleName(QCoreApplication.translate("BackupPage", u"How many daily backups to keep", None))
#endif // QT_CONFIG(accessibility)
        self.keep_hint.setText(QCoreApplication.translate("BackupPage", u"backups in the folder (older ones that pswdesk made are deleted)", None))
        self.save_button.setText(QCoreApplication.translate("BackupPage", u"&Save folder and number", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("BackupPage", u"Save the backup folder and how many to keep", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settings_error.setAccessibleName(QCoreApplication.translate("BackupPage", u"Problem with the backup settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settings_status.setAccessibleName(QCoreApplication.translate("BackupPage", u"Backup settings saved", None))
#endif // QT_CONFIG(accessibility)
        self.backup_button.setText(QCoreApplication.translate("BackupPage", u"&Back up now", None))
#if QT_CONFIG(accessibility)
        self.backup_button.setAccessibleName(QCoreApplication.translate("BackupPage", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("BackupPage", u"Backing up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.last_good_label.setAccessibleName(QCoreApplication.translate("BackupPage", u"The last good backup", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_result.setAccessibleName(QCoreApplication.translate("BackupPage", u"The backup just made", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_error.setAccessibleName(QCoreApplication.translate("BackupPage", u"Why the backup was not made", None))
#endif // QT_CONFIG(accessibility)
        self.list_group.setTitle(QCoreApplication.translate("BackupPage", u"Recent backups", None))
#if QT_CONFIG(accessibility)
        self.backups_view.setAccessibleName(QCoreApplication.translate("BackupPage", u"Recent backups", None))
#endif // QT_CONFIG(accessibility)
        self.restore_group.setTitle(QCoreApplication.translate("BackupPage", u"Restore", None))
        self.restore_intro.setText(QCoreApplication.translate("BackupPage", u"Restoring replaces the agency's database with a backup. The backup is checked first; the current database is kept beside it under a dated name, and everyone logs in again afterwards.", None))
        self.restore_button.setText(QCoreApplication.translate("BackupPage", u"&Restore from a backup\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_button.setAccessibleName(QCoreApplication.translate("BackupPage", u"Restore from a backup", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restore_error.setAccessibleName(QCoreApplication.translate("BackupPage", u"Why the backup cannot be restored", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

