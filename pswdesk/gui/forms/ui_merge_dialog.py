# generated from ui/merge_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QRadioButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(820, 640)
        MergeDialog.setModal(True)
        self.main_layout = QVBoxLayout(MergeDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(MergeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.find_layout = QHBoxLayout()
        self.find_layout.setSpacing(8)
        self.find_layout.setObjectName(u"find_layout")
        self.search_label = QLabel(MergeDialog)
        self.search_label.setObjectName(u"search_label")

        self.find_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(MergeDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.find_layout.addWidget(self.search_edit)


        self.main_layout.addLayout(self.find_layout)

        self.results_view = QTableView(MergeDialog)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results_view.setShowGrid(False)
        self.results_view.setMinimumSize(QSize(0, 120))
        self.results_view.setMaximumSize(QSize(16777215, 170))
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.results_view)

        self.results_label = QLabel(MergeDialog)
        self.results_label.setObjectName(u"results_label")
        self.results_label.setText(u"")
        self.results_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.results_label)

        self.sides_layout = QHBoxLayout()
        self.sides_layout.setSpacing(12)
        self.sides_layout.setObjectName(u"sides_layout")
        self.this_group = QGroupBox(MergeDialog)
        self.this_group.setObjectName(u"this_group")
        self.this_layout = QVBoxLayout(self.this_group)
        self.this_layout.setSpacing(6)
        self.this_layout.setObjectName(u"this_layout")
        self.this_layout.setContentsMargins(10, 10, 10, 10)
        self.this_view = QLabel(self.this_group)
        self.this_view.setObjectName(u"this_view")
        self.this_view.setText(u"")
        self.this_view.setWordWrap(True)
        self.this_view.setAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.this_view.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.this_view.sizePolicy().hasHeightForWidth())
        self.this_view.setSizePolicy(sizePolicy)

        self.this_layout.addWidget(self.this_view)

        self.keep_this_radio = QRadioButton(self.this_group)
        self.keep_this_radio.setObjectName(u"keep_this_radio")

        self.this_layout.addWidget(self.keep_this_radio)


        self.sides_layout.addWidget(self.this_group)

        self.other_group = QGroupBox(MergeDialog)
        self.other_group.setObjectName(u"other_group")
        self.other_layout = QVBoxLayout(self.other_group)
        self.other_layout.setSpacing(6)
        self.other_layout.setObjectName(u"other_layout")
        self.other_layout.setContentsMargins(10, 10, 10, 10)
        self.other_view = QLabel(self.other_group)
        self.other_view.setObjectName(u"other_view")
        self.other_view.setText(u"")
        self.other_view.setWordWrap(True)
        self.other_view.setAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.other_view.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.other_view.sizePolicy().hasHeightForWidth())
        self.other_view.setSizePolicy(sizePolicy)

        self.other_layout.addWidget(self.other_view)

        self.keep_other_radio = QRadioButton(self.other_group)
        self.keep_other_radio.setObjectName(u"keep_other_radio")

        self.other_layout.addWidget(self.keep_other_radio)


        self.sides_layout.addWidget(self.other_group)


        self.main_layout.addLayout(self.sides_layout)

        self.same_check = QCheckBox(MergeDialog)
        self.same_check.setObjectName(u"same_check")

        self.main_layout.addWidget(self.same_check)

        self.error_label = QLabel(MergeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(MergeDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.button_box = QDialogButtonBox(MergeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.results_view)
        QWidget.setTabOrder(self.results_view, self.keep_this_radio)
        QWidget.setTabOrder(self.keep_this_radio, self.keep_other_radio)
        QWidget.setTabOrder(self.keep_other_radio, self.same_check)

        self.retranslateUi(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge two records", None))
        self.intro_label.setText(QCoreApplication.translate("MergeDialog", u"Two records of one person become one: every note, goal, plan, referral, consent and disclosure moves to the record kept, and the other is closed as merged into it. Signed notes stay valid. A merge cannot be undone.", None))
        self.search_label.setText(QCoreApplication.translate("MergeDialog", u"&Find the other record", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Search clients by name", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MergeDialog", u"Name, preferred or legal", None))
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Clients found", None))
#endif // QT_CONFIG(accessibility)
        self.this_group.setTitle(QCoreApplication.translate("MergeDialog", u"This record", None))
#if QT_CONFIG(accessibility)
        self.this_view.setAccessibleName(QCoreApplication.translate("MergeDialog", u"This record", None))
#endif // QT_CONFIG(accessibility)
        self.keep_this_radio.setText(QCoreApplication.translate("MergeDialog", u"&Keep this record", None))
#if QT_CONFIG(accessibility)
        self.keep_this_radio.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Keep the record open now", None))
#endif // QT_CONFIG(accessibility)
        self.other_group.setTitle(QCoreApplication.translate("MergeDialog", u"The other record", None))
#if QT_CONFIG(accessibility)
        self.other_view.setAccessibleName(QCoreApplication.translate("MergeDialog", u"The other record", None))
#endif // QT_CONFIG(accessibility)
        self.keep_other_radio.setText(QCoreApplication.translate("MergeDialog", u"Kee&p this record", None))
#if QT_CONFIG(accessibility)
        self.keep_other_radio.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Keep the other record", None))
#endif // QT_CONFIG(accessibility)
        self.same_check.setText(QCoreApplication.translate("MergeDialog", u"I have checked: these two records are the &same person", None))
#if QT_CONFIG(accessibility)
        self.same_check.setAccessibleName(QCoreApplication.translate("MergeDialog", u"These two records are the same person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

