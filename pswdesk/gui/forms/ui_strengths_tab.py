# generated from ui/strengths_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strengths_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StrengthsTab(object):
    def setupUi(self, StrengthsTab):
        if not StrengthsTab.objectName():
            StrengthsTab.setObjectName(u"StrengthsTab")
        StrengthsTab.resize(900, 560)
        self.main_layout = QVBoxLayout(StrengthsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(StrengthsTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(StrengthsTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.show_retired_check = QCheckBox(StrengthsTab)
        self.show_retired_check.setObjectName(u"show_retired_check")

        self.title_layout.addWidget(self.show_retired_check)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(StrengthsTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(StrengthsTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(StrengthsTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(StrengthsTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.strengths_tree = QTreeWidget(StrengthsTab)
        self.strengths_tree.setObjectName(u"strengths_tree")
        self.strengths_tree.setAlternatingRowColors(True)
        self.strengths_tree.setRootIsDecorated(False)
        self.strengths_tree.setUniformRowHeights(True)
        self.strengths_tree.setItemsExpandable(False)
        self.strengths_tree.setWordWrap(False)
        self.strengths_tree.header().setStretchLastSection(False)

        self.main_layout.addWidget(self.strengths_tree)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(StrengthsTab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.add_button)

        self.retire_button = QPushButton(StrengthsTab)
        self.retire_button.setObjectName(u"retire_button")

        self.button_layout.addWidget(self.retire_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(StrengthsTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(5, 1)

        self.retranslateUi(StrengthsTab)
    # setupUi

    def retranslateUi(self, StrengthsTab):
        self.title_label.setText(QCoreApplication.translate("StrengthsTab", u"Strengths and resources", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"Strengths and resources: summary", None))
#endif // QT_CONFIG(accessibility)
        self.show_retired_check.setText(QCoreApplication.translate("StrengthsTab", u"Sho&w retired items", None))
#if QT_CONFIG(accessibility)
        self.show_retired_check.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"Show retired items", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("StrengthsTab", u"What the client has going for them: strengths, past successes, the people who support them and community resources, each dated with the note that found it.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"Loading strengths and resources", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("StrengthsTab", u"Nothing recorded yet. Strengths found in step 4 of a note appear here once the note is signed, or add one now.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"No strengths or resources yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengths_tree.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"Strengths and resources", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("StrengthsTab", u"&Add item\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"Add a strength or resource", None))
#endif // QT_CONFIG(accessibility)
        self.retire_button.setText(QCoreApplication.translate("StrengthsTab", u"Retire ite&m\u2026", None))
#if QT_CONFIG(accessibility)
        self.retire_button.setAccessibleName(QCoreApplication.translate("StrengthsTab", u"Retire the selected item, with a reason", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("StrengthsTab", u"Retired items leave the list but stay on record.", None))
        pass
    # retranslateUi

