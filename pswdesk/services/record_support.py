"""Small rules shared by the services of the client record (goals, strengths, safety
plan, referrals, care team, consents, risk history).

They all follow the notes' rules (docs/ARCHITECTURE.md, "Roles"): a worker works
on the clients assigned to them, a supervisor on their team's, an administrator on
none; so every call starts from ``client_for`` with a worker or supervisor. Saving
an edit goes through ``versioning`` (optimistic locking).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.errors import ValidationError
from pswdesk.models import Client, User
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, client_for, load_user
from pswdesk.wording import words

SHORT_TEXT = 300
LONG_TEXT = 5_000


def today_local(today: dt.date | None) -> dt.date:
    """Dates on the record are the dates people read on their own calendar: local."""
    return today if today is not None else dt.date.today()


def local_date(value: dt.datetime) -> dt.date:
    return value.astimezone().date()


def at_local_date(day: dt.date) -> dt.datetime:
    """A stored time for something that happened on ``day``: now if today, else local noon."""
    now = dt.datetime.now().astimezone()
    if day == now.date():
        return now.astimezone(dt.UTC)
    return dt.datetime.combine(day, dt.time(12, 0)).astimezone().astimezone(dt.UTC)


def staff(s: Session, actor: Actor) -> User:
    """The acting user, who must be a worker or supervisor (administrators see no clients)."""
    return load_user(s, actor, WORKER, SUPERVISOR)


def client_of(
    s: Session, actor: Actor, client_id: int, *, for_write: bool = False
) -> tuple[User, Client]:
    """The acting user and the client; ``for_write`` refuses a closed file (``access``)."""
    me = staff(s, actor)
    return me, client_for(s, me, client_id, for_write=for_write)


def text_problem(value: str, label: str, *, required: bool = False, limit: int = LONG_TEXT) -> str:
    """What is wrong with a typed text, or "" when nothing is."""
    text = value.strip()
    if "\x00" in text:
        return words("the {label} contains a NUL character (\\0)", label=label)
    if required and not text:
        return words("the {label} cannot be empty", label=label)
    if len(text) > limit:
        return words("keep the {label} under {limit:,} characters", label=label, limit=limit)
    return ""


def check(problems: dict[str, str]) -> None:
    found = {k: v for k, v in problems.items() if v}
    if found:
        raise ValidationError(found)


@contextmanager
def item_of_note(field: str, label: str) -> Iterator[None]:
    """Approving a note makes its items with the tabs' rules; name the item one refuses.

    ``field`` is the note's field (``goal_items``), ``label`` the item ("goal 2").
    """
    try:
        yield
    except ValidationError as exc:
        problems = "; ".join(p for p in exc.problems.values() if p)
        raise ValidationError(
            {
                field: words(
                    "{label} in this note: {problems}; return the note so it can be changed",
                    label=label,
                    problems=problems,
                )
            }
        ) from exc


def names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())
