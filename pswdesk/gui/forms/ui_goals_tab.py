# generated from ui/goals_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goals_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_GoalsTab(object):
    def setupUi(self, GoalsTab):
        if not GoalsTab.objectName():
            GoalsTab.setObjectName(u"GoalsTab")
        GoalsTab.resize(900, 560)
        self.main_layout = QVBoxLayout(GoalsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(GoalsTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(GoalsTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.show_closed_check = QCheckBox(GoalsTab)
        self.show_closed_check.setObjectName(u"show_closed_check")
        self.show_closed_check.setChecked(True)

        self.title_layout.addWidget(self.show_closed_check)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(GoalsTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(GoalsTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(GoalsTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(GoalsTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.splitter = QSplitter(GoalsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.goals_table = QTableView(self.splitter)
        self.goals_table.setObjectName(u"goals_table")
        self.goals_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.goals_table.setAlternatingRowColors(True)
        self.goals_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.goals_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.goals_table.setShowGrid(False)
        self.goals_table.setWordWrap(False)
        self.splitter.addWidget(self.goals_table)
        self.goals_table.horizontalHeader().setHighlightSections(False)
        self.goals_table.horizontalHeader().setStretchLastSection(True)
        self.goals_table.verticalHeader().setVisible(False)
        self.goal_browser = QTextBrowser(self.splitter)
        self.goal_browser.setObjectName(u"goal_browser")
        self.goal_browser.setOpenLinks(False)
        self.goal_browser.setOpenExternalLinks(False)
        self.splitter.addWidget(self.goal_browser)

        self.main_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(GoalsTab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(GoalsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.progress_button = QPushButton(GoalsTab)
        self.progress_button.setObjectName(u"progress_button")

        self.button_layout.addWidget(self.progress_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(GoalsTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(5, 1)

        self.retranslateUi(GoalsTab)
    # setupUi

    def retranslateUi(self, GoalsTab):
        self.title_label.setText(QCoreApplication.translate("GoalsTab", u"Goals", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Goals: summary", None))
#endif // QT_CONFIG(accessibility)
        self.show_closed_check.setText(QCoreApplication.translate("GoalsTab", u"Sho&w achieved, paused and dropped", None))
#if QT_CONFIG(accessibility)
        self.show_closed_check.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Show goals that are no longer active", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("GoalsTab", u"Goals in the client's own words. Active goals come first; each one's progress, from notes and added here, is shown beside the list.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Loading goals", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("GoalsTab", u"No goals yet. Goals set in step 3 of a note appear here once the note is signed, or add one now.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("GoalsTab", u"No goals yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goals_table.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goal_browser.setAccessibleName(QCoreApplication.translate("GoalsTab", u"The selected goal and its progress", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("GoalsTab", u"&Add goal\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Add a goal", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("GoalsTab", u"Edit goa&l\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Edit the selected goal", None))
#endif // QT_CONFIG(accessibility)
        self.progress_button.setText(QCoreApplication.translate("GoalsTab", u"Add progress &update\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress_button.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Add a progress entry to the selected goal", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("GoalsTab", u"Enter edits the selected goal.", None))
        pass
    # retranslateUi

