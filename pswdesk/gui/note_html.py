"""A note rendered as HTML for the read-only view (review, approved notes).

Every piece of user text goes through ``html.escape``: a client called
``<b>Ann & Co`` shows exactly that, never bold. Layout and labels come from
``framework.STEPS`` so the view always matches the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pswdesk.framework import STEPS, RiskAction, Step
from pswdesk.gui.framework_text import framework_tr
from pswdesk.gui.theme import themed
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.vocabulary import ContactType, GoalStatus, ReferralStatus, RiskLevel, StrengthKind

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls

_FIELD_SOURCE = {
    "goals": "goal_items",
    "strengths": "strength_items",
    "referrals": "referral_items",
}
_SELF_CARE = {"impact", "boundaries", "plan", "debrief_requested"}

CSS = """
body { font-family: sans-serif; font-size: 10.5pt; color: #1f2933; }
h1 { font-size: 15pt; margin: 0 0 4px 0; }
h2 { font-size: 12pt; margin: 16px 0 4px 0; color: #1d4e89; border-bottom: 1px solid #d0d7e2; }
.meta { color: #52606d; }
.label { color: #52606d; font-weight: bold; }
.skipped { color: #7b8794; font-style: italic; }
.banner { padding: 6px; }
.urgent { background: #fde8e8; color: #8a1c1c; font-weight: bold; }
.returned { background: #fff4e0; color: #7a4b00; }
.approved { background: #e6f4ea; color: #1b5e20; }
.filed { background: #eef2f7; color: #334155; }
.private { background: #f3f0ff; }
.changed-before { color: #8a1c1c; text-decoration: line-through; }
.changed-after { color: #1b5e20; }
td, th { padding: 3px 6px; vertical-align: top; }
th { text-align: left; background: #eef2f7; }
"""


def _text(value: str) -> str:
    """Escaped, with line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _local(when: dt.datetime | None, fmt: str = "%a %d %b %Y, %H:%M") -> str:
    return when.astimezone().strftime(fmt) if when else ""


#: The items' fields that hold a vocabulary value, shown by its label in the windows' language.
_ITEM_VOCABULARY: dict[str, tuple[type[StrEnum], ...]] = {
    "status": (GoalStatus, ReferralStatus),
    "kind": (StrengthKind,),
}


def _cell(key: str, value: Any) -> str:
    text = str(value or "")
    for vocabulary in _ITEM_VOCABULARY.get(key, ()):
        if text in vocabulary._value2member_map_:
            return vocab_label(vocabulary(text))  # type: ignore[arg-type]
    return text


def _items_table(kind: str, items: Sequence[dict[str, Any]]) -> str:
    if not items:
        return ""
    columns = {
        "goal_items": (("text", translate("NoteHtml", "Goal")),
                       ("why", translate("NoteHtml", "Why it matters")),
                       ("target_date", translate("NoteHtml", "Target")),
                       ("progress", translate("NoteHtml", "Progress")),
                       ("status", translate("NoteHtml", "Status"))),
        "strength_items": (("kind", translate("NoteHtml", "Kind")),
                           ("text", translate("NoteHtml", "What"))),
        "referral_items": (("to_whom", translate("NoteHtml", "To")),
                           ("reason", translate("NoteHtml", "Reason")),
                           ("status", translate("NoteHtml", "Status"))),
    }[kind]  # fmt: skip
    head = "".join(f"<th>{escape(t)}</th>" for _k, t in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_text(_cell(k, i.get(k)))}</td>" for k, _t in columns) + "</tr>"
        for i in items
    )
    return f'<table cellspacing="0" border="1" width="100%"><tr>{head}</tr>{rows}</table>'


def _field_html(name: str, kind: str, content: Any) -> str:
    if name in _SELF_CARE:
        value = getattr(content.self_care, name)
    else:
        value = getattr(content, _FIELD_SOURCE.get(name, name))
    if kind == "items":
        return _items_table(_FIELD_SOURCE[name], value)
    if kind == "tags":
        return _text(", ".join(value))
    if kind == "risk":
        return (
            escape(vocab_label(RiskLevel(value)))
            if value
            else translate("NoteHtml", "Not assessed")
        )
    if kind == "actions":
        actions = "\n".join(framework_tr(RiskAction(a).label) for a in value)
        return _text(actions) or translate("NoteHtml", "None recorded")
    if kind == "date":
        return _day(value) if value else translate("NoteHtml", "Not set")
    if kind == "bool":
        return translate("NoteHtml", "Yes") if value else _no()
    return _text(value)


def _step_html(step: Step, content: Any) -> str:
    out = [f"<h2>{escape(f'{step.number}. {framework_tr(step.title)}')}</h2>"]
    if step.key in content.not_addressed:
        skipped = translate("NoteHtml", "Not addressed in this contact.")
        out.append(f'<p class="skipped">{escape(skipped)}</p>')
        return "".join(out)
    if step.private_to_staff:
        private = translate(
            "NoteHtml",
            "Private: seen only by the worker and their supervisors; "
            "never shared outside the agency.",
        )
        out.append(f'<p class="meta"><i>{escape(private)}</i></p>')
    for spec in step.fields:
        body = _field_html(spec.name, spec.kind, content)
        if body in ("", _no()) and spec.kind in ("text", "line", "tags", "items", "bool"):
            continue
        label = escape(framework_tr(spec.label))
        out.append(f'<p><span class="label">{label}:</span><br>{body}</p>')
    if len(out) == 1 or (step.private_to_staff and len(out) == 2):
        nothing = translate("NoteHtml", "Nothing written.")
        out.append(f'<p class="skipped">{escape(nothing)}</p>')
    return "".join(out)


def render_note(view: Any, changes: Iterable[Any] = ()) -> str:
    """The whole note as an HTML document. ``changes`` are review.FieldChange rows."""
    c = view.content
    known = {t.value for t in ContactType}
    ctype = vocab_label(ContactType(c.contact_type)) if c.contact_type in known else c.contact_type
    parts = [f"<html><head><style>{themed(CSS)}</style></head><body>"]  # printing keeps CSS
    parts.append(f"<h1>{escape(view.client_name)}</h1>")
    parts.append(
        f'<p class="meta">{escape(_local(c.contact_at))} · {escape(ctype)} · '
        f"{c.duration_minutes} min"
        + (f" · {escape(c.location)}" if c.location else "")
        + "<br>"
        + escape(translate("NoteHtml", "Written by {name}").format(name=view.author_name))
        + (
            escape(
                translate("NoteHtml", " · submitted {when}").format(when=_local(view.submitted_at))
            )
            if view.submitted_at
            else ""
        )
        + "</p>"
    )
    if view.urgent:
        level = vocab_label(RiskLevel(c.risk_level)) if c.risk_level else ""
        urgent = translate("NoteHtml", "{level} risk recorded — review this note first.")
        parts.append(f'<p class="banner urgent">{escape(urgent.format(level=level))}</p>')
    if view.late_entry:
        late = translate("NoteHtml", "Late entry: written well after the contact.")
        parts.append(f'<p class="banner returned">{escape(late)}</p>')
    if view.filed_without_review:
        parts.append(
            f'<p class="banner filed">{escape(view.filed_without_review)}<br>'
            f'<span class="meta">{escape(_hash(view.content_hash))}</span></p>'
        )
    elif view.status == "approved":
        signed = translate("NoteHtml", "Approved and signed by {name} on {when}.").format(
            name=view.signed_by_name, when=_local(view.signed_at)
        )
        parts.append(
            f'<p class="banner approved">{escape(signed)}<br>'
            f'<span class="meta">{escape(_hash(view.content_hash))}</span></p>'
        )
    returns = [r for r in view.reviews if r.decision == "returned"]
    if returns:
        items = "".join(
            f"<li><b>{escape(r.reviewer_name)}</b>, {escape(_local(r.created_at))}: "
            f"{_text(r.comment)}</li>"
            for r in returns
        )
        title = escape(translate("NoteHtml", "Returned with comments"))
        parts.append(f'<div class="banner returned"><b>{title}</b><ul>{items}</ul></div>')
    changes = list(changes)
    if changes:
        rows = "".join(
            f"<tr><td>{escape(ch.label)}</td>"
            f'<td class="changed-before">{_text(_plain(ch.before))}</td>'
            f'<td class="changed-after">{_text(_plain(ch.after))}</td></tr>'
            for ch in changes
        )
        title = escape(translate("NoteHtml", "Changed since the last submission"))
        field, before = translate("NoteHtml", "Field"), translate("NoteHtml", "Before")
        now = translate("NoteHtml", "Now")
        parts.append(
            f"<h2>{title}</h2>"
            '<table cellspacing="0" border="1" width="100%">'
            f"<tr><th>{escape(field)}</th><th>{escape(before)}</th>"
            f"<th>{escape(now)}</th></tr>{rows}</table>"
        )
    no_summary = "<i>" + escape(translate("NoteHtml", "No summary.")) + "</i>"
    summary = escape(translate("NoteHtml", "Summary"))
    parts.append(f"<h2>{summary}</h2><p>{_text(c.summary) or no_summary}</p>")
    for step in STEPS:
        if step.private_to_staff and c.self_care is None:
            continue
        parts.append(_step_html(step, c))
    if view.addenda:
        addenda = escape(translate("NoteHtml", "Addenda"))
        parts.append(f"<h2>{addenda}</h2>")
        for a in view.addenda:
            reason = escape(translate("NoteHtml", "reason:"))
            signed_hash = translate("NoteHtml", "Signed, hash {hash}").format(hash=a.content_hash)
            parts.append(
                f"<p><b>{escape(a.author_name)}</b>, {escape(_local(a.created_at))} — "
                f"{reason} {_text(a.reason)}<br>{_text(a.text)}<br>"
                f'<span class="meta">{escape(signed_hash)}</span></p>'
            )
    parts.append("</body></html>")
    return "".join(parts)


def _hash(content_hash: str | None) -> str:
    return translate("NoteHtml", "Content hash {hash}").format(hash=content_hash or "")


def _day(value: dt.date) -> str:
    """Wed 30 Sep 2026; in French "mer. 30 sept. 2026" (the locale's own names)."""
    locale = QLocale()
    if locale.language() != QLocale.Language.French:
        return value.strftime("%a %d %b %Y")
    return locale.toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def _no() -> str:
    return translate("NoteHtml", "No")


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return str(value)
