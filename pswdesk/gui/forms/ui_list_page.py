# generated from ui/list_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
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

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(900, 600)
        self.main_layout = QVBoxLayout(ListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(ListPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"List")
        self.title_label.setProperty(u"role", u"heading")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.count_label = QLabel(ListPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(ListPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.option_layout = QHBoxLayout()
        self.option_layout.setObjectName(u"option_layout")
        self.option_check = QCheckBox(ListPage)
        self.option_check.setObjectName(u"option_check")
        self.option_check.setVisible(False)
        self.option_check.setText(u"Option")

        self.option_layout.addWidget(self.option_check)

        self.option_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.option_layout.addItem(self.option_spacer)


        self.main_layout.addLayout(self.option_layout)

        self.busy_bar = QProgressBar(ListPage)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(ListPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.table_view = QTableView(ListPage)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.setShowGrid(False)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setHighlightSections(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)

        self.empty_label = QLabel(ListPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.empty_label.sizePolicy().hasHeightForWidth())
        self.empty_label.setSizePolicy(sizePolicy)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.hint_label = QLabel(ListPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.open_button = QPushButton(ListPage)
        self.open_button.setObjectName(u"open_button")

        self.button_layout.addWidget(self.open_button)

        self.action_button = QPushButton(ListPage)
        self.action_button.setObjectName(u"action_button")
        self.action_button.setVisible(False)
        self.action_button.setText(u"Action")
        self.action_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.action_button)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.option_check, self.table_view)
        QWidget.setTabOrder(self.table_view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.action_button)

        self.retranslateUi(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("ListPage", u"Number of items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ListPage", u"Loading", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("ListPage", u"Nothing here.", None))
        self.open_button.setText(QCoreApplication.translate("ListPage", u"&Open", None))
        pass
    # retranslateUi

