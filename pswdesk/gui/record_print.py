"""A client's record as printed (Ctrl+P on a record): the header, then the part in front.

The header is what the record keeps in view whatever tab is open (who the client is,
their risk, who carries them, the open alert, the safety plan, consents to check,
follow-ups); the part is the tab shown now, as its tables (the Overview: the details
and follow-ups; Notes: the notes listed; Goals, Referrals ...: their lists).
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextDocument

from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.printing import html_document, model_table, printed_on, visible_tables
from pswdesk.gui.table_model import local_time, short_date


def _row(label: str, value: str) -> str:
    return f'<tr><td class="label">{escape(label)}</td><td>{escape(value or "—")}</td></tr>'


def record_document(record: ClientRecord) -> QTextDocument | None:
    """None while the client's details are still being read."""
    d = record.detail
    if d is None:
        return None
    pronouns = f" ({d.pronouns})" if d.pronouns else ""
    workers = ", ".join(w.full_name for w in d.workers) or "nobody yet"
    since = f" since {local_time(d.risk_at)}" if d.risk_at else ""
    body = [
        f"<h1>{escape(d.preferred_name + pronouns)}</h1>",
        f'<p class="meta">Client {d.id} · {escape(printed_on())}</p>',
        '<table cellspacing="0">',
        _row("Risk", f"{d.risk.label}{since}"),
        _row("Assigned to", workers),
        _row("Status", d.status.capitalize()),
        _row("Legal name", d.legal_name),
        _row("Date of birth", short_date(d.date_of_birth)),
        _row("Phone", d.phone),
        _row("Email", d.email),
        _row("Address", d.address),
        _row("Emergency contact", d.emergency_contact),
        "</table>",
    ]
    header = record.alerts.header
    if header is not None:
        lines = []
        if header.alert is not None:
            a = header.alert
            lines.append(
                f"Open risk alert: {a.level.label}, raised {local_time(a.raised_at)} "
                f"by {a.raised_by_name}"
            )
        if header.plan_needed:
            plan = header.plan
            lines.append(
                f"Safety plan: version {plan.version_no} of {short_date(plan.created_at)}"
                if plan
                else "Safety plan: none on record"
            )
        for consent in header.consent_flags:
            lines.append(f"Consent to check: {consent.recipient} ({consent.state.label})")
        if header.open_follow_ups:
            overdue = f", {header.overdue_follow_ups} overdue" if header.overdue_follow_ups else ""
            lines.append(f"Follow-ups: {header.open_follow_ups} open{overdue}")
        if lines:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            body.append(f'<div class="banner returned"><ul>{items}</ul></div>')
    tabs = record.ui.record_tabs
    page = tabs.currentWidget()
    title = tabs.tabText(tabs.currentIndex()).replace("&", "")
    body.append(f"<h2>{escape(title)}</h2>")
    tables = visible_tables(page) if page is not None else []
    for view in tables:
        body.append(model_table(view.model()))
    if not tables:
        body.append('<p class="skipped">Nothing listed here.</p>')
    return html_document("".join(body), f"{d.preferred_name} — record")
