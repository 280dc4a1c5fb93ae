# generated from ui/assign_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog):
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.resize(520, 460)
        AssignDialog.setModal(True)
        self.main_layout = QVBoxLayout(AssignDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(AssignDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.carried_group = QGroupBox(AssignDialog)
        self.carried_group.setObjectName(u"carried_group")
        self.carried_layout = QVBoxLayout(self.carried_group)
        self.carried_layout.setSpacing(6)
        self.carried_layout.setObjectName(u"carried_layout")
        self.carried_layout.setContentsMargins(10, 10, 10, 10)
        self.workers_list = QListWidget(self.carried_group)
        self.workers_list.setObjectName(u"workers_list")
        self.workers_list.setAlternatingRowColors(True)
        self.workers_list.setMaximumSize(QSize(16777215, 110))

        self.carried_layout.addWidget(self.workers_list)

        self.carried_buttons = QHBoxLayout()
        self.carried_buttons.setObjectName(u"carried_buttons")
        self.remove_button = QPushButton(self.carried_group)
        self.remove_button.setObjectName(u"remove_button")

        self.carried_buttons.addWidget(self.remove_button)

        self.carried_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carried_buttons.addItem(self.carried_spacer)


        self.carried_layout.addLayout(self.carried_buttons)

        self.add_label = QLabel(self.carried_group)
        self.add_label.setObjectName(u"add_label")

        self.carried_layout.addWidget(self.add_label)

        self.add_layout = QHBoxLayout()
        self.add_layout.setSpacing(8)
        self.add_layout.setObjectName(u"add_layout")
        self.add_combo = QComboBox(self.carried_group)
        self.add_combo.setObjectName(u"add_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.add_combo.sizePolicy().hasHeightForWidth())
        self.add_combo.setSizePolicy(sizePolicy)

        self.add_layout.addWidget(self.add_combo)

        self.add_button = QPushButton(self.carried_group)
        self.add_button.setObjectName(u"add_button")

        self.add_layout.addWidget(self.add_button)


        self.carried_layout.addLayout(self.add_layout)

        self.workers_error = QLabel(self.carried_group)
        self.workers_error.setObjectName(u"workers_error")
        self.workers_error.setVisible(False)
        self.workers_error.setText(u"")
        self.workers_error.setWordWrap(True)
        self.workers_error.setProperty(u"role", u"error")

        self.carried_layout.addWidget(self.workers_error)


        self.main_layout.addWidget(self.carried_group)

        self.transfer_group = QGroupBox(AssignDialog)
        self.transfer_group.setObjectName(u"transfer_group")
        self.transfer_layout = QVBoxLayout(self.transfer_group)
        self.transfer_layout.setSpacing(6)
        self.transfer_layout.setObjectName(u"transfer_layout")
        self.transfer_layout.setContentsMargins(10, 10, 10, 10)
        self.transfer_hint = QLabel(self.transfer_group)
        self.transfer_hint.setObjectName(u"transfer_hint")
        self.transfer_hint.setWordWrap(True)
        self.transfer_hint.setProperty(u"role", u"muted")

        self.transfer_layout.addWidget(self.transfer_hint)

        self.transfer_row = QHBoxLayout()
        self.transfer_row.setSpacing(8)
        self.transfer_row.setObjectName(u"transfer_row")
        self.transfer_combo = QComboBox(self.transfer_group)
        self.transfer_combo.setObjectName(u"transfer_combo")
        sizePolicy.setHeightForWidth(self.transfer_combo.sizePolicy().hasHeightForWidth())
        self.transfer_combo.setSizePolicy(sizePolicy)

        self.transfer_row.addWidget(self.transfer_combo)

        self.transfer_button = QPushButton(self.transfer_group)
        self.transfer_button.setObjectName(u"transfer_button")

        self.transfer_row.addWidget(self.transfer_button)


        self.transfer_layout.addLayout(self.transfer_row)

        self.transfer_error = QLabel(self.transfer_group)
        self.transfer_error.setObjectName(u"transfer_error")
        self.transfer_error.setVisible(False)
        self.transfer_error.setText(u"")
        self.transfer_error.setWordWrap(True)
        self.transfer_error.setProperty(u"role", u"error")

        self.transfer_layout.addWidget(self.transfer_error)


        self.main_layout.addWidget(self.transfer_group)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.error_label = QLabel(AssignDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.busy_bar = QProgressBar(AssignDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.button_box = QDialogButtonBox(AssignDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.add_label.setBuddy(self.add_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workers_list, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.add_combo)
        QWidget.setTabOrder(self.add_combo, self.add_button)
        QWidget.setTabOrder(self.add_button, self.transfer_combo)
        QWidget.setTabOrder(self.transfer_combo, self.transfer_button)

        self.retranslateUi(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog):
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"Assign or transfer", None))
        self.carried_group.setTitle(QCoreApplication.translate("AssignDialog", u"Carried by", None))
#if QT_CONFIG(accessibility)
        self.workers_list.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Workers who carry this client", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("AssignDialog", u"&Remove from this client", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Remove the selected worker from this client", None))
#endif // QT_CONFIG(accessibility)
        self.add_label.setText(QCoreApplication.translate("AssignDialog", u"A&dd a worker of your team", None))
#if QT_CONFIG(accessibility)
        self.add_combo.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Worker of your team to add", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("AssignDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Add the chosen worker", None))
#endif // QT_CONFIG(accessibility)
        self.transfer_group.setTitle(QCoreApplication.translate("AssignDialog", u"Transfer to another team", None))
        self.transfer_hint.setText(QCoreApplication.translate("AssignDialog", u"The chosen worker carries the client instead of everyone above; their supervisor sees the record from then on, and you may no longer.", None))
#if QT_CONFIG(accessibility)
        self.transfer_combo.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Worker of another team to transfer to", None))
#endif // QT_CONFIG(accessibility)
        self.transfer_button.setText(QCoreApplication.translate("AssignDialog", u"&Transfer\u2026", None))
#if QT_CONFIG(accessibility)
        self.transfer_button.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Transfer the client to the chosen worker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

