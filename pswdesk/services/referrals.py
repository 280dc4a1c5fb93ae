"""Referrals (step 7): to which service or person, why, and where each one stands.

A referral moves through suggested, made, accepted, declined and completed; each
change is kept with the date it happened (``ReferralStatusChange``), so the
record shows the whole path. Referrals come from step 7 of approved notes or are
added on the record, both through ``new_referral``; a change of status uses
optimistic locking (``versioning``).

A referral still *suggested* or *made* has had no answer from the other side.
When one has waited longer than the agency's ``referral_stale_days`` since its
last change, it is *stale*: supervisors get a list of those across their team so
that none is forgotten. Accepted, declined and completed are outcomes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound, ValidationError
from pswdesk.models import Client, Note, Referral, ReferralStatusChange, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import (
    SUPERVISOR,
    Actor,
    client_for,
    load_user,
    settings,
    visible_client_filter,
)
from pswdesk.services.record_support import (
    SHORT_TEXT,
    at_local_date,
    check,
    client_of,
    local_date,
    names,
    staff,
    text_problem,
    today_local,
)
from pswdesk.services.versioning import Lock, saving
from pswdesk.vocabulary import AWAITING_REFERRALS, OPEN_REFERRALS, ClientStatus, ReferralStatus
from pswdesk.wording import words

#: Status -> label, in the order of a referral's life.
STATUSES: dict[str, str] = {s.value: s.label for s in ReferralStatus}
#: Still going somewhere; the handover lists these as open too.
OPEN = OPEN_REFERRALS
#: No answer yet from the service or person referred to.
AWAITING = AWAITING_REFERRALS
# A status as the refusals name it, translatable where they are shown.
_STATUS_WORDS: dict[str, str] = {
    ReferralStatus.SUGGESTED: words("suggested"),
    ReferralStatus.MADE: words("made"),
    ReferralStatus.ACCEPTED: words("accepted"),
    ReferralStatus.DECLINED: words("declined"),
    ReferralStatus.COMPLETED: words("completed"),
}
REFERRAL_LOCK: Lock[Referral] = Lock(Referral, "referral", lambda _r: "this referral")


@dataclass(slots=True)
class ReferralInput:
    """What a person types about a new referral."""

    to_whom: str
    reason: str = ""
    status: str = ReferralStatus.SUGGESTED

    def validate(self) -> None:
        check(
            {
                "to_whom": text_problem(
                    self.to_whom, words("service or person"), required=True, limit=SHORT_TEXT
                ),
                "reason": text_problem(self.reason, words("reason")),
                "status": "" if self.status in STATUSES else words("choose a status from the list"),
            }
        )


@dataclass(frozen=True, slots=True)
class ReferralEvent:
    status: str
    on: dt.date
    by_name: str
    comment: str = ""

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class ReferralRow:
    id: int
    client_id: int
    client_name: str
    to_whom: str
    reason: str
    status: str
    created_on: dt.date
    note_id: int | None
    created_by_name: str
    status_since: dt.date
    #: Oldest first: how it started, then each change.
    history: tuple[ReferralEvent, ...]
    version: int
    stale: bool
    days_waiting: int

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def open(self) -> bool:
        return self.status in OPEN

    @property
    def source(self) -> str:
        by = f" by {self.created_by_name}" if self.created_by_name else ""
        where = f"in note #{self.note_id}" if self.note_id else "on the record"
        return f"Recorded {where}{by}, {self.created_on:%d %b %Y}"


def _rows(s: Session, refs: list[Referral], today: dt.date) -> list[ReferralRow]:
    if not refs:
        return []
    stale_days = settings(s).referral_stale_days
    ids = [r.id for r in refs]
    changes: dict[int, list[ReferralStatusChange]] = defaultdict(list)
    for c in s.scalars(
        select(ReferralStatusChange)
        .where(ReferralStatusChange.referral_id.in_(ids))
        .order_by(ReferralStatusChange.changed_on, ReferralStatusChange.id)
    ):
        changes[c.referral_id].append(c)
    note_ids = {r.note_id for r in refs if r.note_id}
    authors = (
        dict(s.execute(select(Note.id, Note.author_id).where(Note.id.in_(note_ids))).all())
        if note_ids
        else {}
    )
    client_names = dict(
        s.execute(
            select(Client.id, Client.preferred_name).where(
                Client.id.in_({r.client_id for r in refs})
            )
        ).all()
    )
    people = names(
        s,
        [
            *authors.values(),
            *(r.created_by_id for r in refs),
            *(c.recorded_by_id for cs in changes.values() for c in cs),
        ],
    )
    out = []
    for r in refs:
        steps = changes[r.id]
        created_on = local_date(r.created_at)
        by = authors.get(r.note_id) if r.note_id else r.created_by_id
        first = steps[0].from_status if steps else r.status
        history = [ReferralEvent(first, created_on, people.get(by or 0, ""))]
        history += [
            ReferralEvent(
                c.to_status, c.changed_on, people.get(c.recorded_by_id or 0, ""), c.comment
            )
            for c in steps
        ]
        since = steps[-1].changed_on if steps else local_date(r.status_changed_at)
        waiting = (today - since).days
        out.append(
            ReferralRow(
                r.id,
                r.client_id,
                client_names.get(r.client_id, ""),
                r.to_whom,
                r.reason,
                r.status,
                created_on,
                r.note_id,
                people.get(by or 0, ""),
                since,
                tuple(history),
                r.version,
                r.status in AWAITING and waiting > stale_days,
                max(waiting, 0),
            )
        )
    return out


def _open_first():  # type: ignore[no-untyped-def]
    return case({k: i for i, k in enumerate(STATUSES)}, value=Referral.status, else_=9)


def list_referrals(
    db: Database,
    actor: Actor,
    client_id: int,
    *,
    open_only: bool = False,
    today: dt.date | None = None,
) -> list[ReferralRow]:
    """Open referrals first (suggested, made, accepted), then the closed; newest first."""
    today = today_local(today)
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        q = select(Referral).where(Referral.client_id == client.id)
        if open_only:
            q = q.where(Referral.status.in_(OPEN))
        q = q.order_by(
            Referral.status.in_(OPEN).desc(), Referral.status_changed_at.desc(), Referral.id.desc()
        )
        return _rows(s, list(s.scalars(q)), today)


def _check_on(on: dt.date, today: dt.date, not_before: dt.date, what: str) -> None:
    if on > today:
        raise ValidationError(
            {"on": words("the date of {what} cannot be in the future", what=what)}
        )
    if on < not_before:
        raise ValidationError(
            {
                "on": words(
                    "the date of {what} is before {not_before:%d %b %Y}, the referral's last step",
                    what=what,
                    not_before=not_before,
                )
            }
        )


def new_referral(
    s: Session,
    by: User,
    client: Client,
    data: ReferralInput,
    *,
    note: Note | None = None,
    at: dt.datetime | None = None,
) -> Referral:
    """A new referral on the client's record, typed by ``by`` on the record or in ``note``.

    The one way a referral is made, for the referrals tab and for an approved note alike.
    """
    data.validate()
    at = at or utcnow()
    ref = Referral(
        client_id=client.id, note_id=note.id if note is not None else None,
        to_whom=data.to_whom.strip(), reason=data.reason.strip(), status=data.status,
        created_at=at, status_changed_at=at, created_by_id=by.id,
    )  # fmt: skip
    s.add(ref)
    s.flush()
    return ref


def add_referral(
    db: Database,
    actor: Actor,
    client_id: int,
    to_whom: str,
    reason: str = "",
    status: str = ReferralStatus.SUGGESTED,
    *,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> ReferralRow:
    """A referral typed on the record (step 7 of a note adds its own when approved)."""
    today = today_local(today)
    on = on or today
    data = ReferralInput(to_whom, reason, status)
    data.validate()
    _check_on(on, today, dt.date.min, words("the referral"))
    with db.write() as s:
        me, client = client_of(s, actor, client_id, for_write=True)
        ref = new_referral(s, me, client, data, at=at_local_date(on))
        audit.record(
            s, me, "referral.created", "referral", ref.id,
            client_id=client.id, status=status, on=on,
        )  # fmt: skip
        return _rows(s, [ref], today)[0]


def change_status(
    db: Database,
    actor: Actor,
    referral_id: int,
    expected_version: int,
    status: str,
    on: dt.date,
    comment: str = "",
    *,
    today: dt.date | None = None,
) -> ReferralRow:
    """Move the referral on (say, made -> accepted) as of ``on``; the step is kept."""
    today = today_local(today)
    check(
        {
            "status": "" if status in STATUSES else words("choose a status from the list"),
            "comment": text_problem(comment, words("comment")),
        }
    )
    with saving(db) as s:
        me = staff(s, actor)
        ref = s.get(Referral, referral_id)
        if ref is None:
            raise NotFound(words("no referral {referral_id}", referral_id=referral_id))
        client_for(s, me, ref.client_id, for_write=True)
        REFERRAL_LOCK.check(s, ref, expected_version)
        if status == ref.status:
            raise ValidationError(
                {
                    "status": words(
                        "the referral is already {status}",
                        status=_STATUS_WORDS.get(status, status),
                    )
                }
            )
        last = s.scalar(
            select(ReferralStatusChange.changed_on)
            .where(ReferralStatusChange.referral_id == ref.id)
            .order_by(ReferralStatusChange.changed_on.desc())
            .limit(1)
        )
        _check_on(on, today, last or local_date(ref.created_at), words("this step"))
        before = ref.status
        s.add(
            ReferralStatusChange(
                referral_id=ref.id,
                from_status=before,
                to_status=status,
                changed_on=on,
                comment=comment.strip(),
                recorded_by_id=me.id,
                recorded_at=utcnow(),
            )
        )
        ref.status = status
        ref.status_changed_at = at_local_date(on)
        s.flush()
        audit.record(
            s, me, "referral.status", "referral", ref.id,
            client_id=ref.client_id, on=on, comment_given=bool(comment.strip()),
            changes=audit.changes({"status": before}, {"status": status}),
        )  # fmt: skip
        return _rows(s, [ref], today)[0]


def stale_referrals(
    db: Database, actor: Actor, *, today: dt.date | None = None
) -> list[ReferralRow]:
    """Supervisor's list: referrals on the team's clients with no answer for too long.

    No answer means still suggested or made; too long means more than the agency's
    ``referral_stale_days`` since the last change. Longest waiting first.
    """
    today = today_local(today)
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        cutoff = today - dt.timedelta(days=settings(s).referral_stale_days)
        # Compare in UTC against the end of the cutoff day, then let ``_rows`` decide by
        # local dates (it also sees status changes dated by hand).
        limit = dt.datetime.combine(cutoff, dt.time.max).astimezone().astimezone(dt.UTC)
        q = (
            select(Referral)
            .join(Client, Client.id == Referral.client_id)
            .where(
                and_(
                    Referral.status.in_(AWAITING),
                    Referral.status_changed_at <= limit,
                    Client.status == ClientStatus.ACTIVE,
                    visible_client_filter(s, me),
                )
            )
            .order_by(Referral.status_changed_at, Referral.id)
        )
        return [r for r in _rows(s, list(s.scalars(q)), today) if r.stale]
