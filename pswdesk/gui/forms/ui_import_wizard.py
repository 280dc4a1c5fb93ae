# generated from ui/import_wizard.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 620)
        ImportWizard.setWizardStyle(QWizard.ModernStyle)
        ImportWizard.setOptions(QWizard.NoBackButtonOnLastPage|QWizard.NoCancelButtonOnLastPage)
        ImportWizard.setModal(True)
        self.file_page = QWizardPage()
        self.file_page.setObjectName(u"file_page")
        self.file_layout = QVBoxLayout(self.file_page)
        self.file_layout.setSpacing(10)
        self.file_layout.setObjectName(u"file_layout")
        self.format_label = QLabel(self.file_page)
        self.format_label.setObjectName(u"format_label")
        self.format_label.setText(u"")
        self.format_label.setWordWrap(True)
        self.format_label.setTextFormat(Qt.RichText)
        self.format_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.file_layout.addWidget(self.format_label)

        self.file_row = QHBoxLayout()
        self.file_row.setSpacing(8)
        self.file_row.setObjectName(u"file_row")
        self.file_label = QLabel(self.file_page)
        self.file_label.setObjectName(u"file_label")

        self.file_row.addWidget(self.file_label)

        self.file_edit = QLineEdit(self.file_page)
        self.file_edit.setObjectName(u"file_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.file_edit.sizePolicy().hasHeightForWidth())
        self.file_edit.setSizePolicy(sizePolicy)

        self.file_row.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.file_layout.addLayout(self.file_row)

        self.file_error = QLabel(self.file_page)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setVisible(False)
        self.file_error.setText(u"")
        self.file_error.setWordWrap(True)
        self.file_error.setProperty(u"role", u"error")

        self.file_layout.addWidget(self.file_error)

        self.file_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_spacer)

        ImportWizard.addPage(self.file_page)
        self.preview_page = QWizardPage()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setSpacing(8)
        self.preview_layout.setObjectName(u"preview_layout")
        self.summary_label = QLabel(self.preview_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.preview_layout.addWidget(self.summary_label)

        self.file_problems_label = QLabel(self.preview_page)
        self.file_problems_label.setObjectName(u"file_problems_label")
        self.file_problems_label.setVisible(False)
        self.file_problems_label.setText(u"")
        self.file_problems_label.setWordWrap(True)
        self.file_problems_label.setProperty(u"role", u"error")

        self.preview_layout.addWidget(self.file_problems_label)

        self.preview_view = QTableView(self.preview_page)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_view.setShowGrid(False)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.preview_view)

        self.allow_check = QCheckBox(self.preview_page)
        self.allow_check.setObjectName(u"allow_check")
        self.allow_check.setVisible(False)

        self.preview_layout.addWidget(self.allow_check)

        self.preview_error = QLabel(self.preview_page)
        self.preview_error.setObjectName(u"preview_error")
        self.preview_error.setVisible(False)
        self.preview_error.setText(u"")
        self.preview_error.setWordWrap(True)
        self.preview_error.setProperty(u"role", u"error")

        self.preview_layout.addWidget(self.preview_error)

        ImportWizard.addPage(self.preview_page)
        self.done_page = QWizardPage()
        self.done_page.setObjectName(u"done_page")
        self.done_page.setSubTitle(u"")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.done_label = QLabel(self.done_page)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setText(u"")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.done_layout.addWidget(self.done_label)

        self.done_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_spacer)

        ImportWizard.addPage(self.done_page)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.allow_check)

        self.retranslateUi(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import clients from CSV", None))
        self.file_page.setTitle(QCoreApplication.translate("ImportWizard", u"Import clients from a spreadsheet", None))
        self.file_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Save the spreadsheet as CSV (UTF-8). Nothing is imported until you have seen the preview.", None))
        self.file_label.setText(QCoreApplication.translate("ImportWizard", u"CSV &file", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"CSV file to import", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"clients.csv", None))
        self.browse_button.setText(QCoreApplication.translate("ImportWizard", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Choose the CSV file", None))
#endif // QT_CONFIG(accessibility)
        self.preview_page.setTitle(QCoreApplication.translate("ImportWizard", u"Check the clients", None))
        self.preview_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Every line is checked as if it were typed into New client. One problem, and nothing is imported.", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What the file holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_view.setAccessibleName(QCoreApplication.translate("ImportWizard", u"The clients in the file, line by line", None))
#endif // QT_CONFIG(accessibility)
        self.allow_check.setText(QCoreApplication.translate("ImportWizard", u"&Import the likely duplicates too: I checked they are different people", None))
#if QT_CONFIG(accessibility)
        self.allow_check.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Import the likely duplicates too", None))
#endif // QT_CONFIG(accessibility)
        self.done_page.setTitle(QCoreApplication.translate("ImportWizard", u"Imported", None))
    # retranslateUi

