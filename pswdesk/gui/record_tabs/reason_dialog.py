"""A dialog that asks why (retiring a strength, clearing a risk alert) and calls a service
with the answer (off the GUI thread); a refusal is shown under the reason, which stays
as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from pswdesk.gui.forms.ui_reason_dialog import Ui_ReasonDialog
from pswdesk.gui.record_tabs.common import RecordDialog


class ReasonDialog(RecordDialog):
    def __init__(
        self,
        title: str,
        intro: str,
        action: Callable[[str], Any],
        save_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_ReasonDialog())
        self.action = action
        self.setWindowTitle(title)
        self.ui.intro_label.setText(intro)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(save_text if save_text is not None else self.tr("Save"))
        self.ui.reason_edit.setFocus()

    def submit(self) -> Callable[[], Any]:
        action, reason = self.action, self.ui.reason_edit.toPlainText()
        return lambda: action(reason)
