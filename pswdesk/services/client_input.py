"""What a person types about a client at intake or when editing, and its limits.

One input dataclass serves registering, editing and the CSV import, so every way
in keeps the same rules: each text field has a length limit checked here, with a
message naming the field, before the database sees it; NUL and the other control
characters are refused (tab and line breaks only in the fields that take several
lines); a character that cannot be stored (a lone surrogate) is refused too.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from pswdesk.errors import ValidationError
from pswdesk.wording import words

MAX_NAME = 200
#: The longest each text field may be, as the columns of ``models.Client`` allow.
LIMITS: dict[str, int] = {
    "preferred_name": MAX_NAME,
    "legal_name": MAX_NAME,
    "pronouns": 40,
    "phone": 60,
    "email": 200,
    "address": 2_000,
    "emergency_contact": 2_000,
    "preferred_language": 60,
    "referral_source": 200,
}
#: Fields where a person may press Enter (and paste a tab).
MULTILINE = frozenset({"address", "emergency_contact"})
LABELS: dict[str, str] = {
    "preferred_name": words("preferred name"),
    "legal_name": words("legal name"),
    "pronouns": words("pronouns"),
    "phone": words("phone number"),
    "email": words("email address"),
    "address": words("address"),
    "emergency_contact": words("emergency contact"),
    "preferred_language": words("preferred language"),
    "referral_source": words("referral source"),
    "date_of_birth": words("date of birth"),
}
EARLIEST_BIRTH = dt.date(1900, 1, 1)


def text_problem(name: str, value: str, *, limit: int, multiline: bool = False) -> str:
    """What is wrong with one typed text ("" when nothing is); ``name`` is its label."""
    allowed = "\t\n\r" if multiline else ""
    for ch in value:
        category = unicodedata.category(ch)
        if ch == "\x00":
            return words(
                "the {name} contains a NUL character (\\0), which cannot be stored", name=name
            )
        if category == "Cc" and ch not in allowed:
            what = (
                words("a line break")
                if ch in "\n\r"
                else words("a control character (U+{ch:04X})", ch=ord(ch))
            )
            return words("the {name} contains {what}; remove it", name=name, what=what)
        if category == "Cs":
            return words(
                "the {name} contains a character that cannot be stored (U+{ch:04X})",
                name=name,
                ch=ord(ch),
            )
    if len(value.strip()) > limit:
        return words(
            "the {name} is at most {limit:,} characters (this one has {count:,})",
            name=name,
            limit=limit,
            count=len(value.strip()),
        )
    return ""


@dataclass(slots=True)
class ClientInput:
    """A client's details as typed; ``validate`` says what is wrong, field by field."""

    preferred_name: str
    legal_name: str = ""
    pronouns: str = ""
    date_of_birth: dt.date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact: str = ""
    phone_ok_message: bool = False
    email_ok_message: bool = False
    preferred_language: str = ""
    referral_source: str = ""
    #: Someone leaving violence, for example: contact details stay out of handovers
    #: and exports unless the user includes them explicitly.
    safety_sensitive: bool = False

    def problems(self, today: dt.date | None = None) -> dict[str, str]:
        """Each field's problem, in words a person can act on (empty when all is well)."""
        found: dict[str, str] = {}
        for key, limit in LIMITS.items():
            value = getattr(self, key)
            if not isinstance(value, str):
                found[key] = words("the {field} must be text", field=LABELS[key])
                continue
            problem = text_problem(LABELS[key], value, limit=limit, multiline=key in MULTILINE)
            if problem:
                found[key] = problem
        if "preferred_name" not in found and not self.preferred_name.strip():
            found["preferred_name"] = words("the client needs a name they want to be called")
        dob = self.date_of_birth
        if dob is not None:
            if not isinstance(dob, dt.date) or isinstance(dob, dt.datetime):
                found["date_of_birth"] = words("the date of birth must be a date (YYYY-MM-DD)")
            elif dob > (today or dt.date.today()):
                found["date_of_birth"] = words("the date of birth is in the future")
            elif dob < EARLIEST_BIRTH:
                found["date_of_birth"] = words(
                    "the date of birth is before {year}", year=EARLIEST_BIRTH.year
                )
        if "email" not in found and self.email.strip() and not _looks_like_email(self.email):
            found["email"] = words("this does not look like an email address")
        if "phone" not in found and self.phone.strip() and not any(c.isdigit() for c in self.phone):
            found["phone"] = words("the phone number has no digits")
        for key in ("phone_ok_message", "email_ok_message", "safety_sensitive"):
            if not isinstance(getattr(self, key), bool):
                found[key] = words("{field} is yes or no", field=key.replace("_", " "))
        return found

    def validate(self, today: dt.date | None = None) -> None:
        problems = self.problems(today)
        if problems:
            raise ValidationError(problems)

    def cleaned(self) -> dict[str, Any]:
        """The column values to store: texts without surrounding spaces."""
        return {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(self).items()}

    def with_changes(self, **changes: Any) -> ClientInput:
        """A copy with some fields changed (an edit of a few fields)."""
        unknown = set(changes) - set(FIELD_NAMES)
        if unknown:
            raise ValidationError(
                words("unknown client field(s): {unknown}", unknown=", ".join(sorted(unknown)))
            )
        return replace(self, **changes)

    @classmethod
    def from_record(cls, record: Any) -> ClientInput:
        """The input that reproduces a record (a ``ClientDetail``), to edit a few fields."""
        return cls(**{name: getattr(record, name) for name in FIELD_NAMES})


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ClientInput))


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.strip().rpartition("@")
    return bool(at and local and domain) and not any(c.isspace() for c in text.strip())
