# generated from ui/reassign_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reassign_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReassignDialog(object):
    def setupUi(self, ReassignDialog):
        if not ReassignDialog.objectName():
            ReassignDialog.setObjectName(u"ReassignDialog")
        ReassignDialog.resize(480, 280)
        ReassignDialog.setModal(True)
        self.main_layout = QVBoxLayout(ReassignDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(ReassignDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(6)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.from_label = QLabel(ReassignDialog)
        self.from_label.setObjectName(u"from_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.from_label)

        self.from_layout = QVBoxLayout()
        self.from_layout.setSpacing(2)
        self.from_layout.setObjectName(u"from_layout")
        self.from_combo = QComboBox(ReassignDialog)
        self.from_combo.setObjectName(u"from_combo")

        self.from_layout.addWidget(self.from_combo)

        self.from_error = QLabel(ReassignDialog)
        self.from_error.setObjectName(u"from_error")
        self.from_error.setVisible(False)
        self.from_error.setText(u"")
        self.from_error.setWordWrap(True)
        self.from_error.setProperty(u"role", u"error")

        self.from_layout.addWidget(self.from_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.from_layout)

        self.to_label = QLabel(ReassignDialog)
        self.to_label.setObjectName(u"to_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_layout = QVBoxLayout()
        self.to_layout.setSpacing(2)
        self.to_layout.setObjectName(u"to_layout")
        self.to_combo = QComboBox(ReassignDialog)
        self.to_combo.setObjectName(u"to_combo")

        self.to_layout.addWidget(self.to_combo)

        self.to_error = QLabel(ReassignDialog)
        self.to_error.setObjectName(u"to_error")
        self.to_error.setVisible(False)
        self.to_error.setText(u"")
        self.to_error.setWordWrap(True)
        self.to_error.setProperty(u"role", u"error")

        self.to_layout.addWidget(self.to_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.to_layout)


        self.main_layout.addLayout(self.form_layout)

        self.workers_error = QLabel(ReassignDialog)
        self.workers_error.setObjectName(u"workers_error")
        self.workers_error.setVisible(False)
        self.workers_error.setText(u"")
        self.workers_error.setWordWrap(True)
        self.workers_error.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.workers_error)

        self.clients_error = QLabel(ReassignDialog)
        self.clients_error.setObjectName(u"clients_error")
        self.clients_error.setVisible(False)
        self.clients_error.setText(u"")
        self.clients_error.setWordWrap(True)
        self.clients_error.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.clients_error)

        self.error_label = QLabel(ReassignDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.result_label = QLabel(ReassignDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setVisible(False)
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setProperty(u"role", u"info")

        self.main_layout.addWidget(self.result_label)

        self.bottom_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ReassignDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_combo)
        self.to_label.setBuddy(self.to_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_combo, self.to_combo)

        self.retranslateUi(ReassignDialog)
    # setupUi

    def retranslateUi(self, ReassignDialog):
        ReassignDialog.setWindowTitle(QCoreApplication.translate("ReassignDialog", u"Reassign a caseload", None))
        self.intro_label.setText(QCoreApplication.translate("ReassignDialog", u"When a worker leaves or is away for long, move every client they carry to another worker of your team. Their open follow-ups on those clients move too. Closed files move as well, so whoever reopens one finds a current worker.", None))
        self.from_label.setText(QCoreApplication.translate("ReassignDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_combo.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"Worker whose clients move", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("ReassignDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"Worker who takes the clients", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

