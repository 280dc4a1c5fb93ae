# generated from ui/follow_ups_panel.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_ups_panel.ui'
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

class Ui_FollowUpsPanel(object):
    def setupUi(self, FollowUpsPanel):
        if not FollowUpsPanel.objectName():
            FollowUpsPanel.setObjectName(u"FollowUpsPanel")
        FollowUpsPanel.resize(700, 300)
        self.main_layout = QVBoxLayout(FollowUpsPanel)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(FollowUpsPanel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(FollowUpsPanel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.show_done_check = QCheckBox(FollowUpsPanel)
        self.show_done_check.setObjectName(u"show_done_check")

        self.title_layout.addWidget(self.show_done_check)


        self.main_layout.addLayout(self.title_layout)

        self.busy_bar = QProgressBar(FollowUpsPanel)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(FollowUpsPanel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(FollowUpsPanel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.follow_ups_table = QTableView(FollowUpsPanel)
        self.follow_ups_table.setObjectName(u"follow_ups_table")
        self.follow_ups_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.follow_ups_table.setAlternatingRowColors(True)
        self.follow_ups_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.follow_ups_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.follow_ups_table.setShowGrid(False)
        self.follow_ups_table.setWordWrap(False)
        self.follow_ups_table.horizontalHeader().setHighlightSections(False)
        self.follow_ups_table.horizontalHeader().setStretchLastSection(True)
        self.follow_ups_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.follow_ups_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(FollowUpsPanel)
        self.add_button.setObjectName(u"add_button")

        self.button_layout.addWidget(self.add_button)

        self.done_button = QPushButton(FollowUpsPanel)
        self.done_button.setObjectName(u"done_button")

        self.button_layout.addWidget(self.done_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(FollowUpsPanel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(3, 1)
        self.main_layout.setStretch(4, 1)

        self.retranslateUi(FollowUpsPanel)
    # setupUi

    def retranslateUi(self, FollowUpsPanel):
        self.title_label.setText(QCoreApplication.translate("FollowUpsPanel", u"Follow-ups", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Follow-ups: summary", None))
#endif // QT_CONFIG(accessibility)
        self.show_done_check.setText(QCoreApplication.translate("FollowUpsPanel", u"Sho&w done", None))
#if QT_CONFIG(accessibility)
        self.show_done_check.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Show follow-ups already done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Loading follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("FollowUpsPanel", u"No open follow-ups for this client.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"No follow-ups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.follow_ups_table.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Follow-ups for this client", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Add follow-up\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Plan a follow-up for this client", None))
#endif // QT_CONFIG(accessibility)
        self.done_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Mark done", None))
#if QT_CONFIG(accessibility)
        self.done_button.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Mark the selected follow-up done", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("FollowUpsPanel", u"Overdue follow-ups are marked in red.", None))
        pass
    # retranslateUi

