# generated from ui/users_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(900, 600)
        self.main_layout = QVBoxLayout(UsersPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(UsersPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.description_label = QLabel(UsersPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_button = QPushButton(UsersPage)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(UsersPage)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.active_button = QPushButton(UsersPage)
        self.active_button.setObjectName(u"active_button")

        self.button_layout.addWidget(self.active_button)

        self.password_button = QPushButton(UsersPage)
        self.password_button.setObjectName(u"password_button")

        self.button_layout.addWidget(self.password_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(UsersPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.error_label = QLabel(UsersPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.table_view = QTableView(UsersPage)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.setShowGrid(False)
        self.table_view.horizontalHeader().setHighlightSections(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)

        self.status_label = QLabel(UsersPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        self.status_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.status_label)

        QWidget.setTabOrder(self.table_view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.password_button)

        self.retranslateUi(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.title_label.setText(QCoreApplication.translate("UsersPage", u"Users", None))
        self.description_label.setText(QCoreApplication.translate("UsersPage", u"Staff accounts. Deactivating an account stops it working at once but keeps everything the person wrote.", None))
        self.new_button.setText(QCoreApplication.translate("UsersPage", u"&New user\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("UsersPage", u"New user", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("UsersPage", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("UsersPage", u"Edit the selected user", None))
#endif // QT_CONFIG(accessibility)
        self.active_button.setText(QCoreApplication.translate("UsersPage", u"&Deactivate", None))
#if QT_CONFIG(accessibility)
        self.active_button.setAccessibleName(QCoreApplication.translate("UsersPage", u"Deactivate or reactivate the selected user", None))
#endif // QT_CONFIG(accessibility)
        self.password_button.setText(QCoreApplication.translate("UsersPage", u"Reset &password\u2026", None))
#if QT_CONFIG(accessibility)
        self.password_button.setAccessibleName(QCoreApplication.translate("UsersPage", u"Reset the selected user's password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("UsersPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("UsersPage", u"Result of the last change", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

