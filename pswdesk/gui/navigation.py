"""The main window's navigation: which views each role sees, where a user starts, the title
and the keyboard-shortcuts table.

A worker sees their caseload, drafts, returned notes and follow-ups; a supervisor
also their review queue, team caseload, debrief requests, stale referrals, the
files with no recent contact, their team's audit log and emergency disclosures; an
administrator the users, agency settings, the whole audit log, every emergency
disclosure, the export and import of the agency's records, and backup and restore.
Supervisors and administrators see Reports (their team's counts, or the agency's).
Everyone sees Supervision (the session log, hours and review levels, each as
their role may). Several roles see the union. The services enforce all of this;
the navigation only leaves out what would be refused.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from pswdesk.gui.vocabulary_text import roles_label
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor
from pswdesk.services.users import AgencyRow

if TYPE_CHECKING:  # PySide6 types the mark as returning object; it returns its text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    title: str
    roles: tuple[str, ...]  # any one of these roles shows the item
    icon: str
    description: str


# Titles and descriptions are marked for pyside6-lupdate where they are written (the mark
# returns the English text); the window shows them through ``nav_title`` and
# ``nav_description``, in its language.
NAV_ITEMS: tuple[NavItem, ...] = (
    NavItem(
        "caseload",
        QT_TRANSLATE_NOOP("Navigation", "My caseload"),
        (WORKER, SUPERVISOR),
        "caseload",
        QT_TRANSLATE_NOOP("Navigation", "Clients assigned to you, most at risk first"),
    ),
    NavItem(
        "drafts",
        QT_TRANSLATE_NOOP("Navigation", "My drafts"),
        (WORKER, SUPERVISOR),
        "drafts",
        QT_TRANSLATE_NOOP("Navigation", "Notes you have not submitted yet"),
    ),
    NavItem(
        "returned",
        QT_TRANSLATE_NOOP("Navigation", "Returned to me"),
        (WORKER, SUPERVISOR),
        "returned",
        QT_TRANSLATE_NOOP("Navigation", "Notes your supervisor sent back with a comment"),
    ),
    NavItem(
        "followups",
        QT_TRANSLATE_NOOP("Navigation", "Follow-ups due"),
        (WORKER, SUPERVISOR),
        "followups",
        QT_TRANSLATE_NOOP("Navigation", "Check-ins due in the next week"),
    ),
    NavItem(
        "review",
        QT_TRANSLATE_NOOP("Navigation", "Review queue"),
        (SUPERVISOR,),
        "review",
        QT_TRANSLATE_NOOP("Navigation", "Notes waiting for your sign-off, urgent first"),
    ),
    NavItem(
        "team",
        QT_TRANSLATE_NOOP("Navigation", "Team caseload"),
        (SUPERVISOR,),
        "team",
        QT_TRANSLATE_NOOP("Navigation", "Every client of your team"),
    ),
    NavItem(
        "debriefs",
        QT_TRANSLATE_NOOP("Navigation", "Debrief requests"),
        (SUPERVISOR,),
        "debriefs",
        QT_TRANSLATE_NOOP("Navigation", "Workers who asked to talk a contact through"),
    ),
    NavItem(
        "stale_referrals",
        QT_TRANSLATE_NOOP("Navigation", "Stale referrals"),
        (SUPERVISOR,),
        "referrals",
        QT_TRANSLATE_NOOP("Navigation", "The team's referrals with no answer for too long"),
    ),
    NavItem(
        "no_contact",
        QT_TRANSLATE_NOOP("Navigation", "No recent contact"),
        (SUPERVISOR,),
        "no-contact",
        QT_TRANSLATE_NOOP("Navigation", "Open files nobody has been in contact with for a while"),
    ),
    NavItem(
        "supervision",
        QT_TRANSLATE_NOOP("Navigation", "Supervision"),
        (WORKER, SUPERVISOR, ADMIN),
        "team",
        QT_TRANSLATE_NOOP(
            "Navigation", "Supervision sessions, hours per worker, and how many notes are reviewed"
        ),
    ),
    NavItem(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        (SUPERVISOR, ADMIN),
        "review",
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Counts for funders and supervisors, with charts; save as CSV or PDF, or print",
        ),
    ),
    NavItem(
        "users",
        QT_TRANSLATE_NOOP("Navigation", "Users"),
        (ADMIN,),
        "users",
        QT_TRANSLATE_NOOP("Navigation", "Staff accounts and roles"),
    ),
    NavItem(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Agency settings"),
        (ADMIN,),
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Agency details and rules"),
    ),
    NavItem(
        "audit",
        QT_TRANSLATE_NOOP("Navigation", "Audit log"),
        (ADMIN, SUPERVISOR),
        "audit",
        QT_TRANSLATE_NOOP(
            "Navigation", "Who did what, and when: every change, sign-off and sign-in"
        ),
    ),
    NavItem(
        "emergencies",
        QT_TRANSLATE_NOOP("Navigation", "Emergency disclosures"),
        (SUPERVISOR, ADMIN),
        "alert",
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Handovers made without consent: who, when, to whom, why; acknowledge them",
        ),
    ),
    NavItem(
        "exchange",
        QT_TRANSLATE_NOOP("Navigation", "Export / Import"),
        (ADMIN,),
        "exchange",
        QT_TRANSLATE_NOOP(
            "Navigation", "The agency's records out to a folder, or into an empty agency"
        ),
    ),
    NavItem(
        "backup",
        QT_TRANSLATE_NOOP("Navigation", "Backup and restore"),
        (ADMIN,),
        "backup",
        QT_TRANSLATE_NOOP("Navigation", "Daily backups, Back up now, and restoring a backup"),
    ),
)


def nav_title(item: NavItem) -> str:
    return QCoreApplication.translate("Navigation", item.title)


def nav_description(item: NavItem) -> str:
    return QCoreApplication.translate("Navigation", item.description)


def nav_items_for(actor: Actor) -> list[NavItem]:
    return [item for item in NAV_ITEMS if any(actor.has(r) for r in item.roles)]


def default_view(actor: Actor) -> str:
    if actor.has(SUPERVISOR):
        return "review"
    if actor.has(WORKER):
        return "caseload"
    return "users"


def window_title(agency: AgencyRow, actor: Actor) -> str:
    demo = QCoreApplication.translate("Navigation", "  [DEMO DATA]") if agency.is_demo else ""
    return f"{agency.name} — {actor.full_name} ({roles_label(actor.roles)}) — pswdesk{demo}"


@dataclass(frozen=True, slots=True)
class KeyRow:
    """Keys that work in one place but are no window action (the editor's, a list's)."""

    # QKeySequence portable text ("Ctrl+PgDown"), or a standard key, whose keys the platform picks
    keys: tuple[str | QKeySequence.StandardKey, ...]
    # The texts are QT_TRANSLATE_NOOP's results: str at run time, typed object by PySide6.
    what: object
    shown: object = ""  # how to write a long run of keys ("Alt+1 to Alt+8"); else the keys


# Where each key works, in the order a user meets the places. The note editor's and the
# note view's keys are QShortcuts made in note_editor.py and note_viewer.py;
# tests/gui/test_help.py checks that every QShortcut and QAction with keys is listed here.
# The texts are marked for pyside6-lupdate and translated as the list is shown.
PLACE_KEYS: tuple[tuple[object, tuple[KeyRow, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "In a list (caseload, queue, drafts, search results)"), (
        KeyRow(("Return",),
               QT_TRANSLATE_NOOP("Shortcuts", "Open the selected client or note"),
               QT_TRANSLATE_NOOP("Shortcuts", "Enter")),
        KeyRow(("Ctrl+N",),
               QT_TRANSLATE_NOOP("Shortcuts", "In a caseload: start a note for the selected "
                                              "client")),
        KeyRow(("Del",),
               QT_TRANSLATE_NOOP("Shortcuts", "In My drafts: delete the selected draft (it "
                                              "asks first)"),
               QT_TRANSLATE_NOOP("Shortcuts", "Delete")),
    )),
    (QT_TRANSLATE_NOOP("Shortcuts", "In a client's record"), (
        KeyRow(("Ctrl+F",),
               QT_TRANSLATE_NOOP("Shortcuts", "On the Notes tab: search this client's notes")),
        KeyRow(("Return",),
               QT_TRANSLATE_NOOP("Shortcuts", "On a tab's list: open the selected row"),
               QT_TRANSLATE_NOOP("Shortcuts", "Enter")),
    )),
    (QT_TRANSLATE_NOOP("Shortcuts", "In the note editor"), (
        KeyRow(("Ctrl+S",),
               QT_TRANSLATE_NOOP("Shortcuts", "Save the draft now (it also saves by itself)")),
        KeyRow(("Ctrl+PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Next step")),
        KeyRow(("Ctrl+PgUp",), QT_TRANSLATE_NOOP("Shortcuts", "Previous step")),
        KeyRow(tuple(f"Alt+{n}" for n in range(1, 9)),
               QT_TRANSLATE_NOOP("Shortcuts", "Go to step 1 to 8"),
               QT_TRANSLATE_NOOP("Shortcuts", "Alt+1 to Alt+8")),
        KeyRow(("Ctrl+Return", "Ctrl+Enter"),
               QT_TRANSLATE_NOOP("Shortcuts", "Check the note and submit it"),
               QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Enter")),
    )),
    (QT_TRANSLATE_NOOP("Shortcuts", "Reading a note"), (
        KeyRow(("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "Print the note")),
        KeyRow(("Alt+N",),
               QT_TRANSLATE_NOOP("Shortcuts", "After you approve or return a note: Next in "
                                              "queue")),
        KeyRow(("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Close the note")),
    )),
    (QT_TRANSLATE_NOOP("Shortcuts", "Anywhere"), (
        KeyRow(("Tab", "Shift+Tab"),
               QT_TRANSLATE_NOOP("Shortcuts", "Move between fields and lists")),
        KeyRow(("Left", "Right"),
               QT_TRANSLATE_NOOP("Shortcuts", "In a date field: move between day, month, "
                                              "year and time with the arrow keys (Up and Down "
                                              "change them); Tab moves on")),
        KeyRow((),
               QT_TRANSLATE_NOOP("Shortcuts", "Press a button or go to a field: Alt and its "
                                              "underlined letter"),
               QT_TRANSLATE_NOOP("Shortcuts", "Alt+letter")),
        KeyRow((QKeySequence.StandardKey.Close,),
               QT_TRANSLATE_NOOP("Shortcuts", "Close a help window, such as this one")),
    )),
)  # fmt: skip


def _tr(text: object) -> str:
    """A text of PLACE_KEYS in the user's language."""
    return QCoreApplication.translate("Shortcuts", str(text))


def _native(keys: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _row(keys: str, what: str) -> str:
    return f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"


def _heading(text: str) -> str:
    return f"<tr><td colspan='2'><h3>{html.escape(text)}</h3></td></tr>"


def documented_keys(actions: Iterable[QAction]) -> set[str]:
    """Every key the shortcuts list names, in portable text (what the completeness test reads)."""
    keys = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in actions}
    for _place, rows in PLACE_KEYS:
        for row in rows:
            keys.update(QKeySequence(k).toString() for k in row.keys)
    return keys - {""}


def shortcuts_table(actions: Iterable[QAction]) -> str:
    """Every window action with a shortcut, then the keys of each place, as an HTML table."""
    rows = [_heading(QCoreApplication.translate("Shortcuts", "In the main window"))]
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append(_row(keys, action.text().replace("&", "").rstrip("…")))
    for place, place_rows in PLACE_KEYS:
        rows.append(_heading(_tr(place)))
        for row in place_rows:
            keys = _tr(row.shown) if row.shown else " / ".join(_native(k) for k in row.keys)
            rows.append(_row(keys, _tr(row.what)))
    return "<table cellpadding='6'>" + "".join(rows) + "</table>"
