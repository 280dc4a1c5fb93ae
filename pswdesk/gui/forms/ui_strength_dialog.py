# generated from ui/strength_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strength_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StrengthDialog(object):
    def setupUi(self, StrengthDialog):
        if not StrengthDialog.objectName():
            StrengthDialog.setObjectName(u"StrengthDialog")
        StrengthDialog.resize(520, 220)
        StrengthDialog.setModal(True)
        self.main_layout = QVBoxLayout(StrengthDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kind_label = QLabel(StrengthDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_layout = QVBoxLayout()
        self.kind_layout.setSpacing(2)
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_combo = QComboBox(StrengthDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.kind_layout.addWidget(self.kind_combo)

        self.kind_error = QLabel(StrengthDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setVisible(False)
        self.kind_error.setText(u"")
        self.kind_error.setWordWrap(True)
        self.kind_error.setProperty(u"role", u"error")

        self.kind_layout.addWidget(self.kind_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kind_layout)

        self.text_label = QLabel(StrengthDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_layout = QVBoxLayout()
        self.text_layout.setSpacing(2)
        self.text_layout.setObjectName(u"text_layout")
        self.text_edit = QLineEdit(StrengthDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMaxLength(1000)

        self.text_layout.addWidget(self.text_edit)

        self.text_error = QLabel(StrengthDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setVisible(False)
        self.text_error.setText(u"")
        self.text_error.setWordWrap(True)
        self.text_error.setProperty(u"role", u"error")

        self.text_layout.addWidget(self.text_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.text_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(StrengthDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(StrengthDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StrengthDialog)
    # setupUi

    def retranslateUi(self, StrengthDialog):
        StrengthDialog.setWindowTitle(QCoreApplication.translate("StrengthDialog", u"Strength or resource", None))
        self.kind_label.setText(QCoreApplication.translate("StrengthDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("StrengthDialog", u"Kind of item", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("StrengthDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("StrengthDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("StrengthDialog", u"e.g. \u201cKeeps going to the Tuesday walking group\u201d", None))
    # retranslateUi

