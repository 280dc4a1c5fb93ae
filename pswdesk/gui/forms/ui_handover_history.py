# generated from ui/handover_history.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_history.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HandoverHistory(object):
    def setupUi(self, HandoverHistory):
        if not HandoverHistory.objectName():
            HandoverHistory.setObjectName(u"HandoverHistory")
        HandoverHistory.resize(640, 600)
        self.main_layout = QVBoxLayout(HandoverHistory)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(10, 10, 10, 10)
        self.history_label = QLabel(HandoverHistory)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setText(u"")
        self.history_label.setWordWrap(True)
        self.history_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.history_label)

        self.history_table = QTableWidget(HandoverHistory)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.history_table.setShowGrid(False)
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setHighlightSections(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.history_table)

        self.history_details = QLabel(HandoverHistory)
        self.history_details.setObjectName(u"history_details")
        self.history_details.setText(u"")
        self.history_details.setTextFormat(Qt.PlainText)
        self.history_details.setWordWrap(True)
        self.history_details.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.history_details)


        self.retranslateUi(HandoverHistory)
    # setupUi

    def retranslateUi(self, HandoverHistory):
#if QT_CONFIG(accessibility)
        self.history_table.setAccessibleName(QCoreApplication.translate("HandoverHistory", u"Handovers already sent for this client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.history_details.setAccessibleName(QCoreApplication.translate("HandoverHistory", u"The selected handover in full", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

