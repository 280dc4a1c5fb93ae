# generated from ui/main_window.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setWindowTitle(u"pswdesk")
        self.action_lock = QAction(MainWindow)
        self.action_lock.setObjectName(u"action_lock")
        self.action_logout = QAction(MainWindow)
        self.action_logout.setObjectName(u"action_logout")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_find = QAction(MainWindow)
        self.action_find.setObjectName(u"action_find")
        self.action_refresh = QAction(MainWindow)
        self.action_refresh.setObjectName(u"action_refresh")
        self.action_next_tab = QAction(MainWindow)
        self.action_next_tab.setObjectName(u"action_next_tab")
        self.action_previous_tab = QAction(MainWindow)
        self.action_previous_tab.setObjectName(u"action_previous_tab")
        self.action_close_tab = QAction(MainWindow)
        self.action_close_tab.setObjectName(u"action_close_tab")
        self.action_new_note = QAction(MainWindow)
        self.action_new_note.setObjectName(u"action_new_note")
        self.action_new_note_from_last = QAction(MainWindow)
        self.action_new_note_from_last.setObjectName(u"action_new_note_from_last")
        self.action_handover = QAction(MainWindow)
        self.action_handover.setObjectName(u"action_handover")
        self.action_shortcuts = QAction(MainWindow)
        self.action_shortcuts.setObjectName(u"action_shortcuts")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = QLabel(self.central_widget)
        self.demo_banner.setObjectName(u"demo_banner")
        self.demo_banner.setVisible(False)
        self.demo_banner.setAlignment(Qt.AlignCenter)
        self.demo_banner.setWordWrap(True)

        self.central_layout.addWidget(self.demo_banner)

        self.root_stack = QStackedWidget(self.central_widget)
        self.root_stack.setObjectName(u"root_stack")
        self.work_page = QWidget()
        self.work_page.setObjectName(u"work_page")
        self.work_layout = QHBoxLayout(self.work_page)
        self.work_layout.setSpacing(0)
        self.work_layout.setObjectName(u"work_layout")
        self.work_layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QFrame(self.work_page)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(220, 0))
        self.sidebar.setMaximumSize(QSize(260, 16777215))
        self.sidebar_layout = QVBoxLayout(self.sidebar)
        self.sidebar_layout.setSpacing(6)
        self.sidebar_layout.setObjectName(u"sidebar_layout")
        self.sidebar_layout.setContentsMargins(0, 14, 0, 12)
        self.sidebar_title = QLabel(self.sidebar)
        self.sidebar_title.setObjectName(u"sidebar_title")
        self.sidebar_title.setText(u"pswdesk")
        self.sidebar_title.setWordWrap(True)
        self.sidebar_title.setMargin(0)
        self.sidebar_title.setIndent(14)

        self.sidebar_layout.addWidget(self.sidebar_title)

        self.sidebar_user = QLabel(self.sidebar)
        self.sidebar_user.setObjectName(u"sidebar_user")
        self.sidebar_user.setText(u"")
        self.sidebar_user.setWordWrap(True)
        self.sidebar_user.setIndent(14)

        self.sidebar_layout.addWidget(self.sidebar_user)

        self.nav_list = QListWidget(self.sidebar)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setIconSize(QSize(20, 20))
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.sidebar_layout.addWidget(self.nav_list)

        self.sidebar_button_layout = QVBoxLayout()
        self.sidebar_button_layout.setObjectName(u"sidebar_button_layout")
        self.sidebar_button_layout.setContentsMargins(12, -1, 12, -1)
        self.lock_button = QPushButton(self.sidebar)
        self.lock_button.setObjectName(u"lock_button")

        self.sidebar_button_layout.addWidget(self.lock_button)

        self.logout_button = QPushButton(self.sidebar)
        self.logout_button.setObjectName(u"logout_button")

        self.sidebar_button_layout.addWidget(self.logout_button)


        self.sidebar_layout.addLayout(self.sidebar_button_layout)


        self.work_layout.addWidget(self.sidebar)

        self.content_tabs = QTabWidget(self.work_page)
        self.content_tabs.setObjectName(u"content_tabs")
        self.content_tabs.setDocumentMode(True)
        self.content_tabs.setTabsClosable(True)
        self.content_tabs.setMovable(False)
        self.view_tab = QWidget()
        self.view_tab.setObjectName(u"view_tab")
        self.view_tab_layout = QVBoxLayout(self.view_tab)
        self.view_tab_layout.setObjectName(u"view_tab_layout")
        self.view_tab_layout.setContentsMargins(16, 12, 16, 8)
        self.view_stack = QStackedWidget(self.view_tab)
        self.view_stack.setObjectName(u"view_stack")

        self.view_tab_layout.addWidget(self.view_stack)

        self.content_tabs.addTab(self.view_tab, "")
        self.content_tabs.setTabText(self.content_tabs.indexOf(self.view_tab), u"View")

        self.work_layout.addWidget(self.content_tabs)

        self.root_stack.addWidget(self.work_page)
        self.lock_page = QWidget()
        self.lock_page.setObjectName(u"lock_page")
        self.lock_layout = QVBoxLayout(self.lock_page)
        self.lock_layout.setObjectName(u"lock_layout")
        self.lock_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lock_layout.addItem(self.lock_top_spacer)

        self.lock_title_label = QLabel(self.lock_page)
        self.lock_title_label.setObjectName(u"lock_title_label")
        self.lock_title_label.setAlignment(Qt.AlignCenter)
        self.lock_title_label.setProperty(u"role", u"heading")

        self.lock_layout.addWidget(self.lock_title_label)

        self.lock_message_label = QLabel(self.lock_page)
        self.lock_message_label.setObjectName(u"lock_message_label")
        self.lock_message_label.setAlignment(Qt.AlignCenter)
        self.lock_message_label.setWordWrap(True)

        self.lock_layout.addWidget(self.lock_message_label)

        self.unlock_layout = QHBoxLayout()
        self.unlock_layout.setObjectName(u"unlock_layout")
        self.unlock_left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlock_layout.addItem(self.unlock_left_spacer)

        self.unlock_button = QPushButton(self.lock_page)
        self.unlock_button.setObjectName(u"unlock_button")
        self.unlock_button.setProperty(u"primary", True)

        self.unlock_layout.addWidget(self.unlock_button)

        self.unlock_right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlock_layout.addItem(self.unlock_right_spacer)


        self.lock_layout.addLayout(self.unlock_layout)

        self.lock_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lock_layout.addItem(self.lock_bottom_spacer)

        self.root_stack.addWidget(self.lock_page)

        self.central_layout.addWidget(self.root_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.view_menu = QMenu(self.menu_bar)
        self.view_menu.setObjectName(u"view_menu")
        self.client_menu = QMenu(self.menu_bar)
        self.client_menu.setObjectName(u"client_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.view_menu.menuAction())
        self.menu_bar.addAction(self.client_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.action_lock)
        self.file_menu.addAction(self.action_logout)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.view_menu.addAction(self.action_find)
        self.view_menu.addAction(self.action_refresh)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.action_next_tab)
        self.view_menu.addAction(self.action_previous_tab)
        self.view_menu.addAction(self.action_close_tab)
        self.view_menu.addSeparator()
        self.client_menu.addAction(self.action_new_note)
        self.client_menu.addAction(self.action_new_note_from_last)
        self.client_menu.addSeparator()
        self.client_menu.addAction(self.action_handover)
        self.help_menu.addAction(self.action_shortcuts)
        self.help_menu.addAction(self.action_about)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
#if QT_CONFIG(accessibility)
        MainWindow.setAccessibleName(QCoreApplication.translate("MainWindow", u"pswdesk main window", None))
#endif // QT_CONFIG(accessibility)
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Lock screen", None))
#if QT_CONFIG(tooltip)
        self.action_lock.setToolTip(QCoreApplication.translate("MainWindow", u"Hide client records until you log in again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.action_logout.setText(QCoreApplication.translate("MainWindow", u"Log &out", None))
#if QT_CONFIG(shortcut)
        self.action_logout.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_find.setToolTip(QCoreApplication.translate("MainWindow", u"Move to the search box of the current view", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_find.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.action_refresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.action_refresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.action_next_tab.setText(QCoreApplication.translate("MainWindow", u"&Next tab", None))
#if QT_CONFIG(shortcut)
        self.action_next_tab.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.action_previous_tab.setText(QCoreApplication.translate("MainWindow", u"&Previous tab", None))
#if QT_CONFIG(shortcut)
        self.action_previous_tab.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.action_close_tab.setText(QCoreApplication.translate("MainWindow", u"&Close client record", None))
#if QT_CONFIG(shortcut)
        self.action_close_tab.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.action_new_note.setText(QCoreApplication.translate("MainWindow", u"&New note\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_new_note.setToolTip(QCoreApplication.translate("MainWindow", u"Write a note for the client whose record is open", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_new_note.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.action_new_note_from_last.setText(QCoreApplication.translate("MainWindow", u"New note from &last\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_new_note_from_last.setToolTip(QCoreApplication.translate("MainWindow", u"Start a note that carries forward the open goals and risk indicators of the last one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_new_note_from_last.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.action_handover.setText(QCoreApplication.translate("MainWindow", u"&Handover summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_handover.setToolTip(QCoreApplication.translate("MainWindow", u"Prepare a summary of the open client's record for another provider, under the client's consent", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_handover.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+H", None))
#endif // QT_CONFIG(shortcut)
        self.action_shortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.action_shortcuts.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About pswdesk", None))
        self.demo_banner.setText(QCoreApplication.translate("MainWindow", u"DEMO DATA \u2014 every client and note here is fictional. Do not enter real client information.", None))
#if QT_CONFIG(accessibility)
        self.demo_banner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Demo data banner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sidebar_user.setAccessibleName(QCoreApplication.translate("MainWindow", u"Logged-in user", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Views", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Choose a view; Control and a number jump straight to it", None))
#endif // QT_CONFIG(accessibility)
        self.lock_button.setText(QCoreApplication.translate("MainWindow", u"Lock screen   Ctrl+L", None))
#if QT_CONFIG(accessibility)
        self.lock_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Lock the screen", None))
#endif // QT_CONFIG(accessibility)
        self.logout_button.setText(QCoreApplication.translate("MainWindow", u"Log out   Ctrl+Shift+L", None))
#if QT_CONFIG(accessibility)
        self.logout_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Log out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.content_tabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Open views and client records", None))
#endif // QT_CONFIG(accessibility)
        self.lock_title_label.setText(QCoreApplication.translate("MainWindow", u"pswdesk is locked", None))
        self.lock_message_label.setText(QCoreApplication.translate("MainWindow", u"Client records are hidden. Your open work is kept; log in again to carry on.", None))
        self.unlock_button.setText(QCoreApplication.translate("MainWindow", u"&Unlock\u2026", None))
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.client_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Client", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

