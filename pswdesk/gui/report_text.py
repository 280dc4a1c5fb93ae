# ruff: noqa: E501
"""The reports' words (``pswdesk.services.reporting``) in the language of the windows.

The reports are built below the GUI, which has no Qt, so their titles, descriptions,
section titles, column labels, footnotes and period names are English; the Reports page
and its charts show them through ``report_tr``, which looks each up by its English wording
in the "Reports" context of the catalogue (then in the vocabulary's, for the risk levels
and statuses a column is named after). A text made with a date, a number or a name is
matched by one of ``PATTERNS`` and its template translated; a long date in it is written
the way the window's language writes dates. The tuple below is there for
``pyside6-lupdate``, which reads only string literals: a text added to a report is added
here too, or it shows in English.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from pswdesk.gui.vocabulary_text import CONTEXT as VOCABULARY
from pswdesk.reports.report_data import Cell, Column, NumberMarks, format_cell

CONTEXT = "Reports"

TEXTS: tuple[object, ...] = (  # QT_TRANSLATE_NOOP returns its text untyped
    QT_TRANSLATE_NOOP("Reports", "0–2 days"),
    QT_TRANSLATE_NOOP("Reports", "3–7 days"),
    QT_TRANSLATE_NOOP("Reports", "8–14 days"),
    QT_TRANSLATE_NOOP("Reports", "Over 14 days"),
    QT_TRANSLATE_NOOP("Reports", "No supervisor"),  # review-age: authors with none
    QT_TRANSLATE_NOOP(
        "Reports",
        "A brief contact that became a full note counts once, as the note; its minutes are the note's.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A client counts as served when anyone made a contact with them in the period: a full note submitted or signed, or a brief contact (one that became a full note counts as the note); drafts and returned notes do not.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A client counts as served when someone in the team made a contact with them in the period: a full note submitted or signed, or a brief contact (one that became a full note counts as the note); drafts and returned notes do not.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports", "A client seen by two workers counts for each of them, and once in the total."
    ),
    QT_TRANSLATE_NOOP(
        "Reports", "A client with two workers counts for each of them, and once in the total."
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A file counts under the reason chosen when it was closed, in the month of its closing date; one reopened since is not counted.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A follow-up counts in the period it was due in, for the worker who owns it; each is in one column only, so the columns add up to the number due.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A full note counts when it was submitted or signed (filed without review counts as signed); drafts and returned notes do not.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A new registration is a client record created in the period; a closure is a file closed in the period and still closed (one reopened since is not counted).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A note counts once it is final: signed by a supervisor, or filed without review (locked like a signed note, with no signer). Drafts, notes waiting for review and returned notes do not count.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A record merged into another is a duplicate of the same person, not a client of its own: its contacts count for the record kept, and it is neither a new registration nor a closure.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A referral counts in the period it was recorded in, for the worker who made it (or wrote the note it came from; one with neither counts for the client's workers).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A rescheduled follow-up was closed and replaced by one on a new date: it counts apart, as neither done nor overdue, and the new one counts on its own due date.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A session counts in the period by the day it was held, as its supervisor recorded it.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A snapshot taken now, because the period ends today or later: notes submitted and not yet signed, returned or filed.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Accepted"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Age is whole days from the day of a note's latest submission to the day of the snapshot, on the office clock; a note sent back and submitted again counts from its new submission.",
    ),
    QT_TRANSLATE_NOOP("Reports", "All clients"),
    QT_TRANSLATE_NOOP("Reports", "All contacts"),
    QT_TRANSLATE_NOOP("Reports", "Average days to outcome"),
    QT_TRANSLATE_NOOP("Reports", "Brief contacts"),
    QT_TRANSLATE_NOOP("Reports", "Brief minutes"),
    QT_TRANSLATE_NOOP("Reports", "By service"),
    QT_TRANSLATE_NOOP("Reports", "By status"),
    QT_TRANSLATE_NOOP("Reports", "Clients"),
    QT_TRANSLATE_NOOP("Reports", "Clients by highest risk level"),
    QT_TRANSLATE_NOOP("Reports", "Clients by the highest risk level recorded"),
    QT_TRANSLATE_NOOP("Reports", "Clients served"),
    QT_TRANSLATE_NOOP("Reports", "Clients served per month"),
    QT_TRANSLATE_NOOP("Reports", "Clients with a contact"),
    QT_TRANSLATE_NOOP("Reports", "Clients with a contact per worker"),
    QT_TRANSLATE_NOOP(
        "Reports", "Clients with a contact, new registrations, closures by reason, open caseloads"
    ),
    QT_TRANSLATE_NOOP("Reports", "Closures"),
    QT_TRANSLATE_NOOP("Reports", "Closures by reason"),
    QT_TRANSLATE_NOOP("Reports", "Completed"),
    QT_TRANSLATE_NOOP(
        "Reports", "Contacts are placed by the date and time of the contact, on the office clock."
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Contacts are placed by the date and time of the contact, on the office clock. A month only partly inside the period counts its days in the period.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Contacts per month"),
    QT_TRANSLATE_NOOP("Reports", "Contacts per worker"),
    QT_TRANSLATE_NOOP("Reports", "Custom dates"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Days to outcome run from the day the referral was made (or recorded, if made at once) to its first acceptance, decline or completion; the median is the middle value and referrals without an answer yet are left out.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Declined"),
    QT_TRANSLATE_NOOP("Reports", "Done late"),
    QT_TRANSLATE_NOOP("Reports", "Done on time"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Done on time means marked done on or before the day it was due, on the office clock.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Due"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Each client counts once per row however many contacts they had, so the total counts each client once and can be less than the sum of the rows.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Each client counts once, at the highest level any of their counted notes in the period recorded; “Not rated” when none of them recorded a level.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Each referral is counted once, at the status it has today."),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Every current worker in the agency is listed, with zeros when they had none; anyone else with counts in the period (someone who has left) is listed after them.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Every current worker in the team is listed, with zeros when they had none; anyone else with counts in the period (someone who has left) is listed after them.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Final notes per month by risk level"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups due"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups due, done on time, done late and still overdue"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups per worker"),
    QT_TRANSLATE_NOOP("Reports", "Full notes"),
    QT_TRANSLATE_NOOP(
        "Reports", "Full notes and brief contacts per worker and month, with minutes"
    ),
    QT_TRANSLATE_NOOP("Reports", "Highest level"),
    QT_TRANSLATE_NOOP("Reports", "Hours"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Hours are the sessions' minutes added up and divided by 60; a worker without a session in the period is listed with none.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Hours of supervision"),
    QT_TRANSLATE_NOOP("Reports", "Last fiscal year"),
    QT_TRANSLATE_NOOP("Reports", "Last month"),
    QT_TRANSLATE_NOOP("Reports", "Last quarter"),
    QT_TRANSLATE_NOOP("Reports", "Median days to outcome"),
    QT_TRANSLATE_NOOP("Reports", "Minutes"),
    QT_TRANSLATE_NOOP("Reports", "Month"),
    QT_TRANSLATE_NOOP("Reports", "New registrations"),
    QT_TRANSLATE_NOOP("Reports", "No client has a final note in this period."),
    QT_TRANSLATE_NOOP("Reports", "No final notes in this period."),
    QT_TRANSLATE_NOOP("Reports", "No notes were awaiting review."),
    QT_TRANSLATE_NOOP("Reports", "No referral was made in this period."),
    QT_TRANSLATE_NOOP("Reports", "No worker in scope."),
    QT_TRANSLATE_NOOP("Reports", "No workers to list."),
    QT_TRANSLATE_NOOP("Reports", "Not rated"),
    QT_TRANSLATE_NOOP("Reports", "Not yet due"),
    QT_TRANSLATE_NOOP("Reports", "Note minutes"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Notes are listed under their author's supervisor as the staff list stands today; authors with no supervisor under “No supervisor”.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Notes are placed by the date and time of the contact, on the office clock; a note signed after the period ends still counts in its contact's month.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Notes at moderate, high and imminent risk per month"),
    QT_TRANSLATE_NOOP("Reports", "Notes awaiting review"),
    QT_TRANSLATE_NOOP("Reports", "Notes awaiting review by age"),
    QT_TRANSLATE_NOOP("Reports", "Nothing to count in this period."),
    QT_TRANSLATE_NOOP("Reports", "Oldest (days)"),
    QT_TRANSLATE_NOOP("Reports", "Open caseload per worker"),
    QT_TRANSLATE_NOOP("Reports", "Open clients today"),
    QT_TRANSLATE_NOOP("Reports", "Overdue"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Overdue means still open and due before today; not yet due, still open and due today or later.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Reason"),
    QT_TRANSLATE_NOOP("Reports", "Referrals"),
    QT_TRANSLATE_NOOP("Reports", "Referrals by service"),
    QT_TRANSLATE_NOOP("Reports", "Referrals by status and by service, with the time to an outcome"),
    QT_TRANSLATE_NOOP("Reports", "Referrals by status today"),
    QT_TRANSLATE_NOOP("Reports", "Rescheduled"),
    QT_TRANSLATE_NOOP("Reports", "Risk levels over time"),
    QT_TRANSLATE_NOOP("Reports", "Service"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Services are grouped whatever the capitals and spaces typed, and shown as most often typed.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Sessions"),
    QT_TRANSLATE_NOOP("Reports", "Share of clients"),
    QT_TRANSLATE_NOOP("Reports", "Signed notes per month by the risk level they recorded"),
    QT_TRANSLATE_NOOP("Reports", "Status"),
    QT_TRANSLATE_NOOP("Reports", "Still open"),
    QT_TRANSLATE_NOOP(
        "Reports", "Still open: suggested or made, with no answer from the service yet."
    ),
    QT_TRANSLATE_NOOP("Reports", "Submitted notes not yet reviewed, by age and supervisor"),
    QT_TRANSLATE_NOOP("Reports", "Supervision hours"),
    QT_TRANSLATE_NOOP("Reports", "Supervision per worker"),
    QT_TRANSLATE_NOOP("Reports", "Supervision sessions and hours per worker"),
    QT_TRANSLATE_NOOP("Reports", "Supervisor"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "The team's registrations and closures are those of clients assigned to someone in the team today, or whom the team contacted in the period.",
    ),
    QT_TRANSLATE_NOOP("Reports", "This fiscal year"),
    QT_TRANSLATE_NOOP("Reports", "This month"),
    QT_TRANSLATE_NOOP("Reports", "This quarter"),
    QT_TRANSLATE_NOOP("Reports", "Total"),
    QT_TRANSLATE_NOOP("Reports", "Whole agency"),
    QT_TRANSLATE_NOOP("Reports", "Worker"),
    QT_TRANSLATE_NOOP("Reports", "“Not rated”: the note recorded no risk level."),
    QT_TRANSLATE_NOOP("Reports", "A follow-up is in the month it was due in."),
    QT_TRANSLATE_NOOP("Reports", "All contacts per worker per month"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups due by month"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups per month"),
    QT_TRANSLATE_NOOP("Reports", "Full notes and brief contacts together, counted as above."),
    QT_TRANSLATE_NOOP("Reports", "Months still to come are not listed."),
    QT_TRANSLATE_NOOP("Reports", "the fiscal year starts in a month from 1 to 12"),  # PeriodError
    QT_TRANSLATE_NOOP("Reports", "choose the first and last day of a custom period"),
    QT_TRANSLATE_NOOP("Reports", "the period ends before it starts"),
    QT_TRANSLATE_NOOP("Reports", "a report covers at most ten years"),
)

_DATE = r"\d{1,2} [A-Z][a-z]+ \d{4}"
#: A text built around a date, a number or a name -> the template translated.
PATTERNS: tuple[tuple[re.Pattern[str], object], ...] = (
    (re.compile(r"(.+)'s team"), QT_TRANSLATE_NOOP("Reports", "%1's team")),
    (re.compile(r"Q([1-4]) (\d{4})"), QT_TRANSLATE_NOOP("Reports", "Q%1 %2")),  # a quarter
    (re.compile(r"Fiscal year (\d{4}(?:–\d\d)?)"), QT_TRANSLATE_NOOP("Reports", "Fiscal year %1")),
    (
        re.compile(rf"Awaiting review now \(({_DATE})\), by supervisor"),
        QT_TRANSLATE_NOOP("Reports", "Awaiting review now (%1), by supervisor"),
    ),
    (
        re.compile(rf"Awaiting review now \(({_DATE})\), by worker"),
        QT_TRANSLATE_NOOP("Reports", "Awaiting review now (%1), by worker"),
    ),
    (
        re.compile(rf"Awaiting review on ({_DATE}), by supervisor"),
        QT_TRANSLATE_NOOP("Reports", "Awaiting review on %1, by supervisor"),
    ),
    (
        re.compile(rf"Awaiting review on ({_DATE}), by worker"),
        QT_TRANSLATE_NOOP("Reports", "Awaiting review on %1, by worker"),
    ),
    (
        re.compile(
            rf"As of today \(({_DATE})\), whatever the period: the open files each worker is assigned to now\."
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "As of today (%1), whatever the period: the open files each worker is assigned to now.",
        ),
    ),
    (
        re.compile(
            rf"A snapshot at the end of ({_DATE}), the period's last day: a note counts when its latest submission by then had not yet been signed, returned or filed; notes reviewed since still count here\."
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "A snapshot at the end of %1, the period's last day: a note counts when its latest submission by then had not yet been signed, returned or filed; notes reviewed since still count here.",
        ),
    ),
    (
        re.compile(
            r"(1) duplicate record merged into another in the period is left out: a merge is not a closure\."
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "1 duplicate record merged into another in the period is left out: a merge is not a closure.",
        ),
    ),
    (
        re.compile(
            r"([\d,]+) duplicate records merged into another in the period are left out: a merge is not a closure\."
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "%1 duplicate records merged into another in the period are left out: a merge is not a closure.",
        ),
    ),
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_SHORT_MONTHS = tuple(name[:3] for name in _MONTHS)
#: "Mar 2026", as a chart's axis and a table's month column write a month.
_SHORT_DATE = re.compile(rf"\b({'|'.join(_SHORT_MONTHS)}) (\d{{4}})\b")
_LONG_DATE = re.compile(rf"(\d{{1,2}} )?({'|'.join(_MONTHS)}) (\d{{4}})")


def local_dates(text: str) -> str:
    """ "30 November 2026", "November 2026" and "Nov 2026" as the window's language writes
    them."""
    if QLocale().language() == QLocale.Language.English:
        return text

    def local(match: re.Match[str]) -> str:
        day, month, year = match.group(1), _MONTHS.index(match.group(2)) + 1, int(match.group(3))
        if day is None:
            return f"{QLocale().standaloneMonthName(month)} {year}"
        date = dt.date(year, month, int(day))
        return QLocale().toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")

    def short(match: re.Match[str]) -> str:
        month = _SHORT_MONTHS.index(match.group(1)) + 1
        return f"{QLocale().monthName(month, QLocale.FormatType.ShortFormat)} {match.group(2)}"

    return _SHORT_DATE.sub(short, _LONG_DATE.sub(local, text))


def number_marks() -> NumberMarks:
    """The window's language's thousands and decimal marks (French Canada: 1 234,5)."""
    locale = QLocale()
    return NumberMarks(group=locale.groupSeparator(), decimal=locale.decimalPoint())


def local_cell(column: Column, value: Cell) -> str:
    """A report cell as the window's language writes it: ``format_cell`` with its marks."""
    return format_cell(column, value, number_marks())


_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


def _local_numbers(text: str) -> str:
    """Numbers written in English inside a report's sentence, with the window's marks."""
    marks = number_marks()
    if (marks.group, marks.decimal) == (",", "."):
        return text
    table = {ord(","): marks.group, ord("."): marks.decimal}
    return _ENGLISH_NUMBER.sub(lambda m: m.group(0).translate(table), text)


def report_tr(english: str) -> str:
    """A report's text in the window's language (the English itself when not translated)."""
    for context in (CONTEXT, VOCABULARY):
        french = QCoreApplication.translate(context, english)
        if french != english:
            return french
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(english)
        if match is not None:
            text = QCoreApplication.translate(CONTEXT, str(template))
            for n, part in enumerate(match.groups(), 1):
                text = text.replace(f"%{n}", _local_numbers(local_dates(part)))
            return text
    return local_dates(english)
