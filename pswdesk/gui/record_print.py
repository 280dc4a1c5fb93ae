"""A client's record as printed (Ctrl+P on a record): the header, then the part in front.

The header is what the record keeps in view whatever tab is open (who the client is,
their risk, who carries them, the open alert, the safety plan, consents to check,
follow-ups); the part is the tab shown now, as its tables (the Overview: the details
and follow-ups; Notes: the notes listed; Goals, Referrals ...: their lists).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextDocument

from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.printing import html_document, model_table, printed_on, visible_tables
from pswdesk.gui.table_model import local_time, short_date
from pswdesk.gui.vocabulary_text import translated, vocab_label

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls

#: The details' captions, listed for lupdate (shown through ``_row``).
CAPTIONS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("RecordPrint", "Risk"),
    QT_TRANSLATE_NOOP("RecordPrint", "Assigned to"),
    QT_TRANSLATE_NOOP("RecordPrint", "Status"),
    QT_TRANSLATE_NOOP("RecordPrint", "Legal name"),
    QT_TRANSLATE_NOOP("RecordPrint", "Date of birth"),
    QT_TRANSLATE_NOOP("RecordPrint", "Phone"),
    QT_TRANSLATE_NOOP("RecordPrint", "Email"),
    QT_TRANSLATE_NOOP("RecordPrint", "Address"),
    QT_TRANSLATE_NOOP("RecordPrint", "Emergency contact"),
)


def _row(english: str, value: str) -> str:
    label = translate("RecordPrint", english)
    return f'<tr><td class="label">{escape(label)}</td><td>{escape(value or "—")}</td></tr>'


def record_document(record: ClientRecord) -> QTextDocument | None:
    """None while the client's details are still being read."""
    d = record.detail
    if d is None:
        return None
    pronouns = f" ({d.pronouns})" if d.pronouns else ""
    workers = ", ".join(w.full_name for w in d.workers) or translate("RecordPrint", "nobody yet")
    since = (
        translate("RecordPrint", " since {when}").format(when=local_time(d.risk_at))
        if d.risk_at
        else ""
    )
    body = [
        f"<h1>{escape(d.preferred_name + pronouns)}</h1>",
        '<p class="meta">'
        + translate("RecordPrint", "Client {id} · {printed}").format(
            id=d.id, printed=escape(printed_on())
        )
        + "</p>",
        '<table cellspacing="0">',
        _row("Risk", f"{vocab_label(d.risk)}{since}"),
        _row("Assigned to", workers),
        _row("Status", translated(d.status.capitalize())),
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
                translate(
                    "RecordPrint", "Open risk alert: {level}, raised {when} by {name}"
                ).format(
                    level=vocab_label(a.level), when=local_time(a.raised_at), name=a.raised_by_name
                )
            )
        if header.plan_needed:
            plan = header.plan
            lines.append(
                translate("RecordPrint", "Safety plan: version {n} of {date}").format(
                    n=plan.version_no, date=short_date(plan.created_at)
                )
                if plan
                else translate("RecordPrint", "Safety plan: none on record")
            )
        for consent in header.consent_flags:
            state = translate("ConsentsTab", consent.state.label)  # the consents tab's words
            lines.append(
                translate("RecordPrint", "Consent to check: {name} ({state})").format(
                    name=consent.recipient, state=state
                )
            )
        if header.open_follow_ups:
            overdue = (
                translate("RecordPrint", ", {n} overdue").format(n=header.overdue_follow_ups)
                if header.overdue_follow_ups
                else ""
            )
            lines.append(
                translate("RecordPrint", "Follow-ups: {n} open{overdue}").format(
                    n=header.open_follow_ups, overdue=overdue
                )
            )
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
        nothing = translate("RecordPrint", "Nothing listed here.")
        body.append(f'<p class="skipped">{nothing}</p>')
    title = translate("RecordPrint", "{name} — record").format(name=d.preferred_name)
    return html_document("".join(body), title)
