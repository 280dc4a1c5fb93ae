# generated from ui/care_team_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_team_tab.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CareTeamTab(object):
    def setupUi(self, CareTeamTab):
        if not CareTeamTab.objectName():
            CareTeamTab.setObjectName(u"CareTeamTab")
        CareTeamTab.resize(900, 560)
        self.main_layout = QVBoxLayout(CareTeamTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(CareTeamTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(CareTeamTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.show_former_check = QCheckBox(CareTeamTab)
        self.show_former_check.setObjectName(u"show_former_check")

        self.title_layout.addWidget(self.show_former_check)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(CareTeamTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(CareTeamTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(CareTeamTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(CareTeamTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.members_table = QTableView(CareTeamTab)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.members_table.setAlternatingRowColors(True)
        self.members_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.members_table.setShowGrid(False)
        self.members_table.setWordWrap(False)
        self.members_table.horizontalHeader().setHighlightSections(False)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.members_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(CareTeamTab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(CareTeamTab)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.active_button = QPushButton(CareTeamTab)
        self.active_button.setObjectName(u"active_button")

        self.button_layout.addWidget(self.active_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(CareTeamTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(5, 1)

        self.retranslateUi(CareTeamTab)
    # setupUi

    def retranslateUi(self, CareTeamTab):
        self.title_label.setText(QCoreApplication.translate("CareTeamTab", u"Care team", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Care team: summary", None))
#endif // QT_CONFIG(accessibility)
        self.show_former_check.setText(QCoreApplication.translate("CareTeamTab", u"Sho&w former members", None))
#if QT_CONFIG(accessibility)
        self.show_former_check.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Show former care-team members", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("CareTeamTab", u"The client's other providers and supports. Consents and handovers name them; someone who no longer works with the client is marked as a former member, not deleted.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Loading care team", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("CareTeamTab", u"Nobody on the care team yet. Add the client's GP, counsellor, housing worker or anyone else who supports them.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"No care team yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.members_table.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Care team members", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("CareTeamTab", u"&Add member\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Add someone to the care team", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("CareTeamTab", u"Edit me&mber\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Edit the selected member's details", None))
#endif // QT_CONFIG(accessibility)
        self.active_button.setText(QCoreApplication.translate("CareTeamTab", u"Mark as former member", None))
#if QT_CONFIG(accessibility)
        self.active_button.setAccessibleName(QCoreApplication.translate("CareTeamTab", u"Mark the selected member as former or current", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("CareTeamTab", u"Enter edits the selected member.", None))
        pass
    # retranslateUi

