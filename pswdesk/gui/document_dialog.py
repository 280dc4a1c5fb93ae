"""A read-only document window (a note's text, the keyboard shortcuts).

Non-modal and deleted on close, so several can be open beside the main window.
"""

from __future__ import annotations

import html
from dataclasses import fields, is_dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from pswdesk.framework import STEPS, ContactType, RiskLevel
from pswdesk.gui.forms.ui_document_dialog import Ui_DocumentDialog
from pswdesk.gui.table_model import local_time


class DocumentDialog(QDialog):
    def __init__(
        self, title: str, meta: str, body_html: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{title} — pswdesk")
        self.ui.title_label.setText(title)
        self.ui.meta_label.setText(meta)
        self.ui.meta_label.setVisible(bool(meta))
        self.ui.content_browser.setHtml(body_html)
        self.ui.content_browser.setAccessibleName(title)
        self.ui.button_box.rejected.connect(self.close)
        self.ui.button_box.accepted.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)


def _value_html(value: Any) -> str:
    if value in (None, "", (), []):
        return ""
    if isinstance(value, RiskLevel):
        return html.escape(value.label)
    if isinstance(value, tuple | list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                text = (
                    item.get("text")
                    or item.get("to")
                    or ", ".join(str(v) for v in item.values() if v)
                )
                parts.append(f"<li>{html.escape(str(text))}</li>")
            else:
                parts.append(f"<li>{html.escape(str(item))}</li>")
        return f"<ul>{''.join(parts)}</ul>"
    text = html.escape(str(value)).replace("\n", "<br>")
    return f"<p>{text}</p>"


def note_preview_html(view: Any) -> str:
    """A plain read-only rendering of a ``notes.NoteView``, step by step."""
    content = view.content
    values: dict[str, Any] = (
        {f.name: getattr(content, f.name) for f in fields(content)} if is_dataclass(content) else {}
    )
    aliases = {"goals": "goal_items", "strengths": "strength_items", "referrals": "referral_items"}
    self_care = values.get("self_care")
    out = []
    summary = values.get("summary")
    if summary:
        out.append(f"<h3>Summary</h3>{_value_html(summary)}")
    skipped = set(values.get("not_addressed") or ())
    for step in STEPS:
        out.append(f"<h3>{html.escape(step.heading)}</h3>")
        if step.key in skipped:
            out.append("<p><i>Not addressed in this contact.</i></p>")
            continue
        if step.private_to_staff and self_care is None:
            out.append("<p><i>Private to the worker and their supervisors.</i></p>")
            continue
        shown = False
        for spec in step.fields:
            source = self_care if step.private_to_staff else None
            if source is not None:
                value = getattr(source, spec.name, None)
            else:
                value = values.get(aliases.get(spec.name, spec.name))
            if spec.kind == "bool":
                value = "Yes" if value else ""
            body = _value_html(value)
            if body:
                shown = True
                out.append(f"<p><b>{html.escape(spec.label)}</b></p>{body}")
        if not shown:
            out.append("<p><i>Nothing written.</i></p>")
    return "".join(out)


def note_preview_meta(view: Any) -> str:
    content = view.content
    try:
        ctype = ContactType(content.contact_type).label
    except ValueError:
        ctype = content.contact_type
    status = {"draft": "Draft", "submitted": "Awaiting review", "returned": "Returned",
              "approved": "Approved"}.get(view.status, view.status)  # fmt: skip
    return f"{local_time(content.contact_at)} · {ctype} · written by {view.author_name} · {status}"
