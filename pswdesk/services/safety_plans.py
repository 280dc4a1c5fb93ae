"""The client's safety plan (step 5), in the Stanley–Brown sections plus reasons for living.

Versioned: every save is a new version N+1 and earlier versions stay readable
exactly as they were. Nothing here updates or deletes a version, and the model
refuses it too (a ``before_update``/``before_delete`` guard in ``models``), so
the plan that was in force on a given day can always be shown.

Two people editing at once: a save names the version it was based on, and is
refused with who saved in between (the client row is locked while numbering, and
the unique (client, version) constraint backs that up). This is the plan's form
of optimistic locking: the version number is the version (see ``versioning``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, NotFound, ValidationError
from pswdesk.models import Client, Note, SafetyPlan, utcnow
from pswdesk.services import audit
from pswdesk.services.access import Actor
from pswdesk.services.record_support import check, client_of, names, text_problem
from pswdesk.services.versioning import when
from pswdesk.wording import words

#: (field, heading, what belongs there) in the plan's own order.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("warning_signs", "Warning signs",
     "Thoughts, feelings, situations or behaviours that tell the client a crisis may be coming."),
    ("coping_strategies", "Things I can do on my own to cope",
     "What the client can do alone to take their mind off things, without contacting anyone."),
    ("distractions", "People and places that take my mind off things",
     "People to be with and social settings that help, not necessarily to talk about the crisis."),
    ("people_to_ask", "People I can ask for help",
     "Family members or friends the client can ask for help, with phone numbers."),
    ("professionals", "Professionals and services, crisis lines included",
     "Clinicians, the agency, emergency services and crisis lines, with numbers and hours."),
    ("safe_environment", "Making my surroundings safer",
     "How the client will make the means they might use less available."),
    ("reasons_for_living", "Reasons for living",
     "What matters most to the client and is worth living for, in their words."),
)  # fmt: skip
SECTION_KEYS = tuple(key for key, _h, _w in SECTIONS)
MAX_SECTION = 10_000


@dataclass(frozen=True, slots=True)
class SafetyPlanContent:
    """The seven sections as typed."""

    warning_signs: str = ""
    coping_strategies: str = ""
    distractions: str = ""
    people_to_ask: str = ""
    professionals: str = ""
    safe_environment: str = ""
    reasons_for_living: str = ""

    def cleaned(self) -> SafetyPlanContent:
        return SafetyPlanContent(**{k: getattr(self, k).strip() for k in SECTION_KEYS})

    def validate(self) -> None:
        check(
            {
                key: text_problem(getattr(self, key), heading.lower(), limit=MAX_SECTION)
                for key, heading, _what in SECTIONS
            }
        )
        if not any(getattr(self, k).strip() for k in SECTION_KEYS):
            raise ValidationError({"": words("write at least one section of the plan")})


@dataclass(frozen=True, slots=True)
class SafetyPlanRow:
    id: int
    client_id: int
    version_no: int
    latest_version_no: int
    created_at: dt.datetime
    created_by_name: str
    note_id: int | None
    content: SafetyPlanContent

    @property
    def is_current(self) -> bool:
        return self.version_no == self.latest_version_no

    def sections(self) -> list[tuple[str, str, str]]:
        """(field, heading, text) in the plan's order."""
        return [(k, h, getattr(self.content, k)) for k, h, _w in SECTIONS]


@dataclass(frozen=True, slots=True)
class SafetyPlanVersion:
    """One line of the version list."""

    version_no: int
    created_at: dt.datetime
    created_by_name: str
    note_id: int | None


def _content(plan: SafetyPlan) -> SafetyPlanContent:
    return SafetyPlanContent(**{k: getattr(plan, k) or "" for k in SECTION_KEYS})


def _latest_no(s: Session, client_id: int) -> int:
    return (
        s.scalar(
            select(func.coalesce(func.max(SafetyPlan.version_no), 0)).where(
                SafetyPlan.client_id == client_id
            )
        )
        or 0
    )


def _row(s: Session, plan: SafetyPlan, latest: int | None = None) -> SafetyPlanRow:
    who = names(s, [plan.created_by_id]).get(plan.created_by_id, "")
    latest = latest if latest is not None else _latest_no(s, plan.client_id)
    return SafetyPlanRow(
        plan.id, plan.client_id, plan.version_no, latest, plan.created_at, who, plan.note_id,
        _content(plan),
    )  # fmt: skip


def current_safety_plan(db: Database, actor: Actor, client_id: int) -> SafetyPlanRow | None:
    """The newest version, or None when the client has no plan yet."""
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        plan = _latest(s, client.id)
        return _row(s, plan, plan.version_no) if plan is not None else None


def safety_plan_versions(db: Database, actor: Actor, client_id: int) -> list[SafetyPlanVersion]:
    """Every version, newest first."""
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        plans = s.execute(
            select(SafetyPlan.version_no, SafetyPlan.created_at, SafetyPlan.created_by_id,
                   SafetyPlan.note_id)
            .where(SafetyPlan.client_id == client.id)
            .order_by(SafetyPlan.version_no.desc())
        ).all()  # fmt: skip
        people = names(s, [p.created_by_id for p in plans])
        return [
            SafetyPlanVersion(
                p.version_no, p.created_at, people.get(p.created_by_id, ""), p.note_id
            )
            for p in plans
        ]


def get_safety_plan(db: Database, actor: Actor, client_id: int, version_no: int) -> SafetyPlanRow:
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        plan = s.scalars(
            select(SafetyPlan).where(
                SafetyPlan.client_id == client.id, SafetyPlan.version_no == version_no
            )
        ).first()
        if plan is None:
            raise NotFound(
                words(
                    "{preferred_name} has no safety plan version {version_no}",
                    preferred_name=client.preferred_name,
                    version_no=version_no,
                )
            )
        return _row(s, plan)


def save_new_version(
    db: Database,
    actor: Actor,
    client_id: int,
    content: SafetyPlanContent,
    based_on: int | None,
    *,
    note_id: int | None = None,
) -> SafetyPlanRow:
    """Save the plan as version N+1; the versions before it are left exactly as they were.

    ``based_on`` is the version the user was editing (None for a first plan); if
    someone has saved another version since, the save is refused so that their
    changes are not silently replaced.
    """
    content = content.cleaned()
    content.validate()
    try:
        with db.write() as s:
            me, client = client_of(s, actor, client_id, for_write=True)
            # Serialise numbering per client (SQLite's write lock already does).
            s.execute(select(Client.id).where(Client.id == client.id).with_for_update())
            latest = _latest(s, client.id)
            latest_no = latest.version_no if latest is not None else 0
            if latest_no != (based_on or 0):
                raise _saved_meanwhile(s, latest)
            if latest is not None and _content(latest) == content:
                raise ValidationError({"": words("nothing has changed since the current version")})
            if note_id is not None:
                note = s.get(Note, note_id)
                if note is None or note.client_id != client.id:
                    raise NotFound(words("no note {note_id} for this client", note_id=note_id))
            plan = SafetyPlan(
                client_id=client.id, version_no=latest_no + 1, note_id=note_id,
                created_by_id=me.id, created_at=utcnow(),
                **{f.name: getattr(content, f.name) for f in fields(content)},
            )  # fmt: skip
            s.add(plan)
            s.flush()
            before = _content(latest) if latest is not None else SafetyPlanContent()
            audit.record(
                s, me, "safety_plan.saved", "safety_plan", plan.id,
                client_id=client.id, version_no=plan.version_no, based_on=based_on,
                fields=audit.changed_fields(
                    {k: getattr(before, k) for k in SECTION_KEYS},
                    {k: getattr(content, k) for k in SECTION_KEYS},
                ),
            )  # fmt: skip
            return _row(s, plan, plan.version_no)
    except IntegrityError as exc:  # another PC numbered the same version first
        with db.read() as s:
            raise _saved_meanwhile(s, _latest(s, client_id)) from exc


def _latest(s: Session, client_id: int) -> SafetyPlan | None:
    return s.scalars(
        select(SafetyPlan)
        .where(SafetyPlan.client_id == client_id)
        .order_by(SafetyPlan.version_no.desc())
        .limit(1)
    ).first()


def _saved_meanwhile(s: Session, latest: SafetyPlan | None) -> ConflictError:
    """The save was based on an older version: say who saved the newest, and when."""
    if latest is None:  # based on a version this client never had
        return ConflictError(words("this client has no safety plan yet; reload it and start one"))
    who = names(s, [latest.created_by_id]).get(latest.created_by_id, "") or "someone"
    return ConflictError(
        words(
            "{who} saved version {version_no} of the safety plan at {created_at} while you were "
            "editing; reload it, then make your changes again",
            who=who,
            version_no=latest.version_no,
            created_at=when(latest.created_at),
        )
    )
