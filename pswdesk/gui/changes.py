"""The change notice: one app-wide signal that says what kind of record has just changed.

Why: a write in one window (a note approved, a goal added, a user saved) must show in
every other open page that displays that kind of record, without each writer knowing
who is listening. Writers announce through ``Op.changes(...)`` (pswdesk/gui/operations.py);
pages subscribe with :meth:`ChangeNotice.subscribe` and reload what they show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot


class Change(StrEnum):
    """Kinds of record a page may show; one write may announce several."""

    CLIENT = "client"
    NOTE = "note"
    REVIEW = "review"  # a note submitted, approved or returned: the review queue moved
    RECORD = "record"  # goals, strengths, safety plan, referrals, care team, consents
    FOLLOW_UP = "follow_up"
    USER = "user"
    SETTINGS = "settings"
    HANDOVER = "handover"
    AUDIT = "audit"


class Changes(frozenset[Change]):
    """What changed: a frozenset of kinds, plus the client it concerns (if one) and the
    object whose operation made the change (so a page can skip its own writes)."""

    client_id: int | None
    origin: QObject | None

    def __new__(
        cls,
        kinds: Iterable[Change] = (),
        client_id: int | None = None,
        origin: QObject | None = None,
    ) -> Changes:
        self = super().__new__(cls, kinds)
        self.client_id = client_id
        self.origin = origin
        return self

    def concerns(self, client_id: int) -> bool:
        """True when the change may touch this client (a change naming no client may)."""
        return self.client_id is None or self.client_id == client_id

    def __repr__(self) -> str:
        kinds = ", ".join(sorted(self))
        return f"Changes({{{kinds}}}, client_id={self.client_id})"


class _Relay(QObject):
    """A child of the subscriber: Qt drops the connection when the subscriber is deleted."""

    def __init__(
        self, receiver: QObject, kinds: frozenset[Change], fn: Callable[[Changes], None]
    ) -> None:
        super().__init__(receiver)
        self._receiver = receiver
        self._kinds = kinds
        self._fn = fn

    @Slot(object)
    def deliver(self, changes: Changes) -> None:
        receiver = self._receiver
        if not shiboken6.isValid(receiver) or getattr(receiver, "_closing", False):
            return
        if self._kinds and not (self._kinds & changes):
            return
        self._fn(changes)


class ChangeNotice(QObject):
    """Carries :class:`Changes` (a ``frozenset[Change]``) to every subscriber, on the GUI thread."""

    changed = Signal(object)

    def announce(
        self, *kinds: Change, client_id: int | None = None, origin: QObject | None = None
    ) -> None:
        if kinds:
            self.changed.emit(Changes(kinds, client_id, origin))

    def subscribe(
        self, receiver: QObject, kinds: Iterable[Change], fn: Callable[[Changes], None]
    ) -> None:
        """Call ``fn(changes)`` when any of ``kinds`` changes (all kinds if empty), for as
        long as ``receiver`` lives and is not closing."""
        relay = _Relay(receiver, frozenset(kinds), fn)
        self.changed.connect(relay.deliver)


_notice: ChangeNotice | None = None


def change_notice() -> ChangeNotice:
    """The app's one change notice."""
    global _notice
    if _notice is None or not shiboken6.isValid(_notice):
        _notice = ChangeNotice()
    return _notice
