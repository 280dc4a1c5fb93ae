"""A handover in the recipient's language, English or French, on SQLite and PostgreSQL.

The PDFs are read back with pypdf. A French summary must carry the French words
of the catalogue and none of the English ones (the English catalogue's entries,
the vocabulary's English labels, the safety plan's English headings); what was
typed stays as typed. The disclosure and its audit entry record the language,
and the append-only machinery covers the new column.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from pswdesk.errors import ValidationError
from pswdesk.framework import RiskAction
from pswdesk.models import AuditEntry, Disclosure
from pswdesk.reports.handover_wording import (
    CATALOGUES,
    ENGLISH,
    FRENCH,
    FRENCH_LABELS,
    FRENCH_SAFETY_PLAN,
    HandoverWording,
)
from pswdesk.services import handover, safety_plans
from pswdesk.services.consent_rules import SECTION_KEYS
from pswdesk.vocabulary import (
    ContactType,
    DocumentLanguage,
    GoalStatus,
    HandoverSection,
    ReferralStatus,
    RiskLevel,
    StrengthKind,
)
from tests import test_cli_handover, test_handover
from tests.test_cli import ok, run
from tests.test_cli_handover import PERIOD, Record
from tests.test_handover import World, make, today

#: The fixtures of the handover and command-line tests: their client, consents and notes.
world = test_handover.world
sqlite_record = test_cli_handover.sqlite_record

FR = HandoverWording(DocumentLanguage.FRENCH)
EN = HandoverWording(DocumentLanguage.ENGLISH)


def flat(text_: str) -> str:
    """The PDF's text with its line breaks as spaces: a wrapped phrase reads whole."""
    return " ".join(text_.split())


def _literal_parts(template: str) -> list[str]:
    """The fixed words of a catalogue entry, without its placeholders and markup."""
    parts: list[str] = []
    for literal, _field, _spec, _conv in string.Formatter().parse(template):
        for piece in re.split(r"<[^>]+>|\n", literal):
            piece = " ".join(piece.split()).strip(" .,;:—·()")
            if piece:
                parts.append(piece)
    return parts


def english_words() -> set[str]:
    """Every English fixed string a summary may print, where French says something else."""
    found: set[str] = set()
    for key, english in ENGLISH.items():
        if english != FRENCH[key]:
            found.update(p for p in _literal_parts(english) if p not in _literal_parts(FRENCH[key]))
    for kind in (HandoverSection, RiskLevel, ContactType, GoalStatus, StrengthKind,
                 ReferralStatus, RiskAction):  # fmt: skip
        found.update(m.label for m in kind if m.label != FRENCH_LABELS[kind][m.value])
    found.update(heading for _f, heading, _w in safety_plans.SECTIONS)
    # Single short words ("To", "Who", "min"...) are checked as whole words only, below.
    return found


def assert_no_english(pdf: str) -> None:
    """No English fixed string in the PDF: a phrase anywhere, a single word as a line of its own.

    A single word ("What", "of") may well be in what someone typed, so it counts only
    where the summary puts its own words alone: a label, a table heading.
    """
    body = flat(pdf)
    own_lines = {" ".join(line.split()) for line in pdf.splitlines()}
    leaks = sorted(
        w
        for w in english_words()
        if (
            w in own_lines
            if " " not in w
            else re.search(rf"(?<![\w·]){re.escape(w)}(?![\w·])", body)
        )
    )
    assert leaks == []


def french_pdf(world: World, **kwargs: Any) -> tuple[handover.HandoverResult, str]:
    return make(world, language="fr", include_unreviewed=True, **kwargs)


# -- the catalogue ----------------------------------------------------------------------------


def test_both_catalogues_have_the_same_entries_and_placeholders() -> None:
    assert set(ENGLISH) == set(FRENCH)
    for key in ENGLISH:
        fields = {f for _l, f, _s, _c in string.Formatter().parse(ENGLISH[key]) if f}
        assert fields == {f for _l, f, _s, _c in string.Formatter().parse(FRENCH[key]) if f}, key
    for kind, labels in FRENCH_LABELS.items():
        assert set(labels) == {m.value for m in kind}, kind
    assert set(FRENCH_SAFETY_PLAN) == set(safety_plans.SECTION_KEYS)
    assert set(CATALOGUES) == set(DocumentLanguage)


def test_french_dates_and_times_are_spelt_out() -> None:
    assert FR.date(dt.date(2026, 12, 2)) == "2 décembre 2026"
    assert FR.date(dt.date(2026, 8, 1)) == "1er août 2026"
    assert EN.date(dt.date(2026, 12, 2)) == "2 Dec 2026"
    moment = dt.datetime(2026, 12, 2, 14, 5).astimezone()
    assert FR.time(moment) == "2 décembre 2026, 14 h 05"
    assert FR.contact_time(moment) == "mer. 2 décembre 2026, 14 h 05"
    assert EN.contact_time(moment) == "Wed 2 Dec 2026, 14:05"


# -- a French summary --------------------------------------------------------------------------


def test_a_french_summary_has_the_french_words_and_no_english_ones(world: World) -> None:
    result, pdf = french_pdf(world, consent_id=world.consents["full"])
    assert result.language is DocumentLanguage.FRENCH
    body = flat(pdf)
    for words in ("Sommaire de transfert", "CONFIDENTIEL · Sommaire de transfert",
                  "Destinataire et fondement de la communication", "Client·e",
                  "Questions sur ce sommaire", "Non inclus dans ce sommaire",
                  "Fin du sommaire de transfert", "Intervenant·e pair·e", "Page 1 de",
                  "Consentement écrit de la personne", "PAS ENCORE RÉVISÉ",
                  "Plan de sécurité",
                  "Rien n’a été omis : le consentement couvre toutes les sections."):  # fmt: skip
        assert words in body, words
    for key in SECTION_KEYS:
        assert FR.section(key) in body, key
    assert f"Produit le {FR.date(today())}" in body
    assert FRENCH_SAFETY_PLAN["warning_signs"] in body
    # What was typed is printed as typed.
    assert "SAFETYPLAN-WARN stays in bed" in body and "LISTEN-A1 said things were hard" in body
    assert_no_english(pdf)


def test_a_french_emergency_disclosure_is_marked_in_french(world: World) -> None:
    result, pdf = french_pdf(
        world, emergency_reason="REASON-overdose", recipient_name="Urgence Hôpital"
    )
    assert result.emergency
    body = flat(pdf)
    assert "DIVULGATION D’URGENCE — communiquée sans le consentement de la personne" in body
    assert "REASON-overdose" in body and "Rien n’a été omis." in body
    assert_no_english(pdf)


def test_the_disclosure_and_its_audit_entry_record_the_language(world: World) -> None:
    french, _ = french_pdf(world, consent_id=world.consents["narrow"])
    english, pdf = make(world, consent_id=world.consents["full"])
    assert english.language is DocumentLanguage.ENGLISH
    with world.agency.db.read() as s:
        rows = {d.id: d.language for d in s.scalars(select(Disclosure))}
        logged = {
            e.entity_id: e.details.get("language")
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "disclosure"))
        }
    assert rows == {french.disclosure_id: "fr", english.disclosure_id: "en"}
    assert logged == rows
    listed = handover.client_disclosures(world.agency.db, world.agency.wendy, world.client_id)
    assert {r.id: r.language for r in listed} == rows
    # The English summary is the one it always was.
    body = flat(pdf)
    assert "Handover summary" in body and "Page 1 of" in body and "Sommaire" not in body


def test_the_plan_suggests_the_language_last_used_for_that_recipient(world: World) -> None:
    db, wendy, cid = world.agency.db, world.agency.wendy, world.client_id

    def suggested(name: str) -> DocumentLanguage:
        return handover.plan_handover(
            db, wendy, cid, world.consents[name], today(), today()
        ).language

    assert suggested("narrow") is DocumentLanguage.ENGLISH
    french_pdf(world, consent_id=world.consents["narrow"])
    assert suggested("narrow") is DocumentLanguage.FRENCH
    assert suggested("full") is DocumentLanguage.ENGLISH  # another recipient
    make(world, consent_id=world.consents["narrow"], language="en")
    assert suggested("narrow") is DocumentLanguage.ENGLISH


def test_an_unknown_language_is_refused_and_nothing_is_recorded(world: World) -> None:
    with pytest.raises(ValidationError) as refused:
        make(world, consent_id=world.consents["narrow"], language="de")
    assert "language" in refused.value.problems
    with world.agency.db.read() as s:
        assert s.scalars(select(Disclosure)).first() is None


def test_the_language_is_checked_and_append_only_in_the_database(world: World) -> None:
    result, _ = french_pdf(world, consent_id=world.consents["narrow"])
    engine = world.agency.db.engine
    for sql in (
        "UPDATE disclosures SET language = 'en'",  # the append-only trigger
        "INSERT INTO disclosures (client_id, user_id, recipient, sections, emergency_reason, "
        "created_at, language) SELECT client_id, user_id, recipient, sections, "
        "emergency_reason, created_at, 'de' FROM disclosures",  # the CHECK
    ):
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(sql))
    with world.agency.db.read() as s:
        assert [d.language for d in s.scalars(select(Disclosure))] == ["fr"]
        assert s.get(Disclosure, result.disclosure_id) is not None


# -- the command line --------------------------------------------------------------------------


def test_the_command_line_writes_french_with_language_fr(
    sqlite_record: Record,
    tmp_path: Path,
) -> None:
    rec, out = sqlite_record, tmp_path / "transfert.pdf"
    args = (str(rec.client_id), "--recipient", str(rec.narrow), *PERIOD, "-o", str(out))
    ok(run("handover", *args, "--language", "fr", "--user", "wendy", db=rec.url))
    pdf = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "Sommaire de transfert" in flat(pdf) and "Page 1 de" in flat(pdf)
    assert_no_english(pdf)
    bad = run("handover", *args, "--language", "de", "--user", "wendy", db=rec.url)
    assert bad.returncode != 0 and "--language" in bad.stderr
    with rec.agency.db.read() as s:
        assert [d.language for d in s.scalars(select(Disclosure))] == ["fr"]


def test_french_labels_fit_their_gutters_uncut() -> None:
    """The labels hung in a gutter are cut with an ellipsis when too long: none is, in French."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pswdesk.reports.layout import FONT_BOLD, register_fonts

    register_fonts()
    gutters = {  # as handover_pdf sets them: contact notes 20 mm, goals 24 mm
        20 * mm: ("summary", "addendum", *(k for k in FRENCH if k.startswith("point_"))),
        24 * mm: ("why_it_matters", "progress"),
    }
    for gutter, keys in gutters.items():
        for key in keys:
            for words in (ENGLISH, FRENCH):
                assert stringWidth(words[key], FONT_BOLD, 7.5) <= gutter - 4, words[key]
