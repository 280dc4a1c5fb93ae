"""What a page of the main window can do, declared as small protocols.

The main window builds each view and then wires only what the view offers: a page
that emits ``open_client`` is a ``ClientOpener``, one with ``refresh`` is
``Refreshable``, and so on. A page declares a capability by having the member; the
window asks with ``isinstance`` (the protocols are runtime-checkable), never by
looking names up with ``getattr``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance


@runtime_checkable
class ClientOpener(Protocol):
    """Asks for a client's record: ``open_client.emit(client_id)``."""

    @property
    def open_client(self) -> SignalInstance: ...


@runtime_checkable
class ClientTabOpener(Protocol):
    """Asks for one part of a client's record: ``open_client_tab.emit(client_id, "referrals")``."""

    @property
    def open_client_tab(self) -> SignalInstance: ...


@runtime_checkable
class NoteOpener(Protocol):
    """Asks for a note's window: ``open_note.emit(client_id, note_id)``."""

    @property
    def open_note(self) -> SignalInstance: ...


@runtime_checkable
class Refreshable(Protocol):
    """Reads what it shows again (View > Refresh, F5)."""

    def refresh(self) -> None: ...


@runtime_checkable
class Searchable(Protocol):
    """Takes Ctrl+F: puts the keyboard in its search box (True) or its table (False)."""

    def focus_search(self) -> bool: ...
