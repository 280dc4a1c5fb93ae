# generated from ui/client_notes.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_notes.ui'
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
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ClientNotes(object):
    def setupUi(self, ClientNotes):
        if not ClientNotes.objectName():
            ClientNotes.setObjectName(u"ClientNotes")
        ClientNotes.resize(900, 600)
        self.main_layout = QVBoxLayout(ClientNotes)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 8)
        self.count_label = QLabel(ClientNotes)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.count_label)

        self.busy_bar = QProgressBar(ClientNotes)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(ClientNotes)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.table_view = QTableView(ClientNotes)
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

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.hint_label = QLabel(ClientNotes)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.bottom_layout.addWidget(self.hint_label)

        self.bottom_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.delete_button = QPushButton(ClientNotes)
        self.delete_button.setObjectName(u"delete_button")

        self.bottom_layout.addWidget(self.delete_button)


        self.main_layout.addLayout(self.bottom_layout)

        QWidget.setTabOrder(self.table_view, self.delete_button)

        self.retranslateUi(ClientNotes)
    # setupUi

    def retranslateUi(self, ClientNotes):
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ClientNotes", u"Loading notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("ClientNotes", u"Notes about this client", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("ClientNotes", u"Double-click a note, or select it and press Enter, to read it.", None))
        self.delete_button.setText(QCoreApplication.translate("ClientNotes", u"Delete draft\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("ClientNotes", u"Delete the selected draft of yours that was never submitted (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleName(QCoreApplication.translate("ClientNotes", u"Delete the selected draft", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

