"""A note rendered as HTML for the read-only view (review, approved notes).

Every piece of user text goes through ``html.escape``: a client called
``<b>Ann & Co`` shows exactly that, never bold. Layout and labels come from
``framework.STEPS`` so the view always matches the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from pswdesk.framework import STEPS, RiskAction, Step
from pswdesk.vocabulary import ContactType, RiskLevel

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


def _items_table(kind: str, items: Sequence[dict[str, Any]]) -> str:
    if not items:
        return ""
    columns = {
        "goal_items": (("text", "Goal"), ("why", "Why it matters"), ("target_date", "Target"),
                       ("progress", "Progress"), ("status", "Status")),
        "strength_items": (("kind", "Kind"), ("text", "What")),
        "referral_items": (("to_whom", "To"), ("reason", "Reason"), ("status", "Status")),
    }[kind]  # fmt: skip
    head = "".join(f"<th>{escape(t)}</th>" for _k, t in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_text(str(i.get(k) or ''))}</td>" for k, _t in columns) + "</tr>"
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
        return escape(RiskLevel(value).label) if value else "Not assessed"
    if kind == "actions":
        return _text("\n".join(RiskAction(a).label for a in value)) or "None recorded"
    if kind == "date":
        return value.strftime("%a %d %b %Y") if value else "Not set"
    if kind == "bool":
        return "Yes" if value else "No"
    return _text(value)


def _step_html(step: Step, content: Any) -> str:
    out = [f"<h2>{escape(step.heading)}</h2>"]
    if step.key in content.not_addressed:
        out.append('<p class="skipped">Not addressed in this contact.</p>')
        return "".join(out)
    if step.private_to_staff:
        out.append(
            '<p class="meta"><i>Private: seen only by the worker and their supervisors; '
            "never shared outside the agency.</i></p>"
        )
    for spec in step.fields:
        body = _field_html(spec.name, spec.kind, content)
        if body in ("", "No") and spec.kind in ("text", "line", "tags", "items", "bool"):
            continue
        out.append(f'<p><span class="label">{escape(spec.label)}:</span><br>{body}</p>')
    if len(out) == 1 or (step.private_to_staff and len(out) == 2):
        out.append('<p class="skipped">Nothing written.</p>')
    return "".join(out)


def render_note(view: Any, changes: Iterable[Any] = ()) -> str:
    """The whole note as an HTML document. ``changes`` are review.FieldChange rows."""
    c = view.content
    known = {t.value for t in ContactType}
    ctype = ContactType(c.contact_type).label if c.contact_type in known else c.contact_type
    parts = [f"<html><head><style>{CSS}</style></head><body>"]
    parts.append(f"<h1>{escape(view.client_name)}</h1>")
    parts.append(
        f'<p class="meta">{escape(_local(c.contact_at))} · {escape(ctype)} · '
        f"{c.duration_minutes} min"
        + (f" · {escape(c.location)}" if c.location else "")
        + f"<br>Written by {escape(view.author_name)}"
        + (f" · submitted {escape(_local(view.submitted_at))}" if view.submitted_at else "")
        + "</p>"
    )
    if view.urgent:
        level = RiskLevel(c.risk_level).label if c.risk_level else ""
        parts.append(
            f'<p class="banner urgent">{escape(level)} risk recorded — review this note first.</p>'
        )
    if view.late_entry:
        parts.append('<p class="banner returned">Late entry: written well after the contact.</p>')
    if view.filed_without_review:
        parts.append(
            f'<p class="banner filed">{escape(view.filed_without_review)}<br>'
            f'<span class="meta">Content hash {escape(view.content_hash or "")}</span></p>'
        )
    elif view.status == "approved":
        parts.append(
            f'<p class="banner approved">Approved and signed by {escape(view.signed_by_name)} '
            f"on {escape(_local(view.signed_at))}.<br>"
            f'<span class="meta">Content hash {escape(view.content_hash or "")}</span></p>'
        )
    returns = [r for r in view.reviews if r.decision == "returned"]
    if returns:
        items = "".join(
            f"<li><b>{escape(r.reviewer_name)}</b>, {escape(_local(r.created_at))}: "
            f"{_text(r.comment)}</li>"
            for r in returns
        )
        parts.append(
            f'<div class="banner returned"><b>Returned with comments</b><ul>{items}</ul></div>'
        )
    changes = list(changes)
    if changes:
        rows = "".join(
            f"<tr><td>{escape(ch.label)}</td>"
            f'<td class="changed-before">{_text(_plain(ch.before))}</td>'
            f'<td class="changed-after">{_text(_plain(ch.after))}</td></tr>'
            for ch in changes
        )
        parts.append(
            "<h2>Changed since the last submission</h2>"
            '<table cellspacing="0" border="1" width="100%">'
            f"<tr><th>Field</th><th>Before</th><th>Now</th></tr>{rows}</table>"
        )
    parts.append(f"<h2>Summary</h2><p>{_text(c.summary) or '<i>No summary.</i>'}</p>")
    for step in STEPS:
        if step.private_to_staff and c.self_care is None:
            continue
        parts.append(_step_html(step, c))
    if view.addenda:
        parts.append("<h2>Addenda</h2>")
        for a in view.addenda:
            parts.append(
                f"<p><b>{escape(a.author_name)}</b>, {escape(_local(a.created_at))} — "
                f"reason: {_text(a.reason)}<br>{_text(a.text)}<br>"
                f'<span class="meta">Signed, hash {escape(a.content_hash)}</span></p>'
            )
    parts.append("</body></html>")
    return "".join(parts)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return str(value)
