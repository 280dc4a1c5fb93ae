# generated from ui/about_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(600, 340)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(20, 20, 20, 20)
        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.about_label = QLabel(AboutDialog)
        self.about_label.setObjectName(u"about_label")
        self.about_label.setWordWrap(True)

        self.main_layout.addWidget(self.about_label)

        self.facts_layout = QFormLayout()
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_layout.setHorizontalSpacing(16)
        self.facts_layout.setVerticalSpacing(8)
        self.facts_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.database_title = QLabel(AboutDialog)
        self.database_title.setObjectName(u"database_title")

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_title)

        self.database_value = QLabel(AboutDialog)
        self.database_value.setObjectName(u"database_value")
        self.database_value.setText(u"")
        self.database_value.setWordWrap(True)
        self.database_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_value)

        self.location_title = QLabel(AboutDialog)
        self.location_title.setObjectName(u"location_title")

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.location_title)

        self.location_value = QLabel(AboutDialog)
        self.location_value.setObjectName(u"location_value")
        self.location_value.setText(u"")
        self.location_value.setWordWrap(True)
        self.location_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.location_value)

        self.protection_title = QLabel(AboutDialog)
        self.protection_title.setObjectName(u"protection_title")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.protection_title)

        self.protection_value = QLabel(AboutDialog)
        self.protection_value.setObjectName(u"protection_value")
        self.protection_value.setText(u"")
        self.protection_value.setWordWrap(True)
        self.protection_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.protection_value)

        self.backup_title = QLabel(AboutDialog)
        self.backup_title.setObjectName(u"backup_title")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backup_title)

        self.backup_value = QLabel(AboutDialog)
        self.backup_value.setObjectName(u"backup_value")
        self.backup_value.setText(u"")
        self.backup_value.setWordWrap(True)
        self.backup_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backup_value)

        self.keyring_title = QLabel(AboutDialog)
        self.keyring_title.setObjectName(u"keyring_title")

        self.facts_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keyring_title)

        self.keyring_value = QLabel(AboutDialog)
        self.keyring_value.setObjectName(u"keyring_value")
        self.keyring_value.setText(u"")
        self.keyring_value.setWordWrap(True)
        self.keyring_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keyring_value)


        self.main_layout.addLayout(self.facts_layout)

        self.error_label = QLabel(AboutDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About pswdesk", None))
        self.title_label.setText(QCoreApplication.translate("AboutDialog", u"pswdesk", None))
        self.about_label.setText(QCoreApplication.translate("AboutDialog", u"Case notes for peer-support agencies, built around an eight-step framework for hard contacts.", None))
        self.database_title.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
#if QT_CONFIG(accessibility)
        self.database_value.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.location_title.setText(QCoreApplication.translate("AboutDialog", u"Location", None))
#if QT_CONFIG(accessibility)
        self.location_value.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.protection_title.setText(QCoreApplication.translate("AboutDialog", u"Protection", None))
#if QT_CONFIG(accessibility)
        self.protection_value.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Protection", None))
#endif // QT_CONFIG(accessibility)
        self.backup_title.setText(QCoreApplication.translate("AboutDialog", u"Last good backup", None))
#if QT_CONFIG(accessibility)
        self.backup_value.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Last good backup", None))
#endif // QT_CONFIG(accessibility)
        self.keyring_title.setText(QCoreApplication.translate("AboutDialog", u"Keyring", None))
#if QT_CONFIG(accessibility)
        self.keyring_value.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Keyring", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

