"""Every fixed word of a handover summary, in English and in Canadian French.

A handover is written in the recipient's language, whatever the language of the
screen it was made on (docs/ARCHITECTURE.md, Handover), so its words cannot go
through Qt's translation: they live here, below the GUI, as two plain
dictionaries with the same keys. ``HandoverWording`` hands them out with the
dates, times and vocabulary labels of the chosen language; the service uses it
to word what it gathers (section names, contact types, risk levels ...) and the
renderer for the headings, labels and notices. What the client and staff typed
is never translated: it is printed as it was written.

The English entries are the words the summary always had; the vocabulary's own
English labels (``pswdesk/vocabulary.py``) are used as they are, so the English
summary stays what it was. French follows the Office québécois de la langue
française: a no-break space before a colon, none before a semicolon, "14 h 05",
"1er décembre 2026", inclusive forms with the middle dot (intervenant·e pair·e).
Month and weekday names are spelt out here rather than taken from the C
library, which follows the computer's locale.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pswdesk.framework import RiskAction
from pswdesk.vocabulary import (
    ConsentForm,
    ContactType,
    DocumentLanguage,
    GoalStatus,
    HandoverSection,
    ReferralStatus,
    RiskLevel,
    StrengthKind,
)

DASH = "—"
NBSP = "\u00a0"

ENGLISH: dict[str, str] = {
    # page furniture and the document's metadata
    "title": "Handover summary",
    "end": "End of handover summary",
    "confidential": "CONFIDENTIAL",
    "emergency_mark": "EMERGENCY DISCLOSURE",
    "unreviewed_mark": "NOT YET REVIEWED",
    "emergency_banner": "{mark} — shared without the client's consent",
    "running_mark": "{confidential} · {title}",
    "footer_who": "{name} · record {id}",
    "generated": "Generated {time}",
    "page_of": "Page {page} of {total}",
    "pdf_title": "{title} — {name}",
    "pdf_subject": "{title} for {recipient}",
    # masthead and notices
    "subtitle": "{client} — for {recipient}",
    "emergency_notice": (
        "<b>{mark}.</b> This information is shared without the client's consent because the "
        "person sharing it judged that there was a serious and immediate risk. The reason they "
        "gave is set out below. The agency's supervisors have been told about this disclosure."
    ),
    "call": " call {phone} and",
    "confidential_notice": (
        "<b>{confidential}.</b> This summary holds personal health information about the "
        "person named below. It is shared with you only for the purpose stated here. Keep it "
        "secure, do not pass it on to anyone else, and destroy it when you no longer need it "
        "for that purpose. If it reached you by mistake, please{call} destroy it without "
        "reading further."
    ),
    # recipient and basis
    "h_basis": "Recipient and basis for sharing",
    "recipient": "Recipient",
    "basis": "Basis",
    "basis_consent": "The client's {how} consent (reference C-{id})",
    "purpose": "Purpose",
    "consent_given": "Consent given",
    "consent_expires": "Consent expires",
    "no_expiry": "No expiry date set",
    "consent_covers": "Consent covers",
    "nothing": "nothing",
    "basis_emergency": "<b>{mark}</b> without consent",
    "reason_given": "Reason given",
    "period": "{start} to {end}",
    "notes_with_unreviewed": (
        "Signed (supervisor-approved) notes, and submitted notes not yet reviewed, which are "
        "marked {mark}"
    ),
    "notes_signed_only": "Signed (supervisor-approved) notes only",
    "period_covered": "Period covered",
    "based_on": "Based on",
    "prepared_by": "Prepared by",
    # the client
    "h_client": "Client",
    "preferred_name": "Preferred name",
    "legal_name": "Legal name",
    "pronouns": "Pronouns",
    "date_of_birth": "Date of birth",
    "born_age": "{date} (age {age})",
    "agency_record": "Agency record",
    # risk and safety plan
    "unreviewed_note": (
        "<b>{mark}</b> — from a note a supervisor has not yet signed; it may still change."
    ),
    "no_risk": "No risk level has been recorded in a note yet.",
    "risk_level": "Risk level",
    "recorded": "Recorded",
    "recorded_by": "{time}, by {who}",
    "risk_indicators": "Risk indicators",
    "actions_taken": "Actions taken",
    "no_indicators": "None noted",
    "no_actions": "None recorded",
    "no_safety_plan": "No safety plan is on record.",
    "safety_plan_made": (
        "Version {version}, made {time} by {who}. In the client's own words where possible."
    ),
    # goals, strengths, referrals, care team
    "no_goals": "No active goals.",
    "goal_set": "set {date}",
    "goal_target": "target {date}",
    "why_it_matters": "Why it matters",
    "progress": "Progress",
    "dated": "{date}: {text}",
    "reviewed": "Reviewed",
    "no_strengths": "None recorded.",
    "col_kind": "Kind",
    "col_strength": "Strength or resource",
    "col_noted": "Noted",
    "no_referrals": "No referrals.",
    "since": "since {date}",
    "referrals_intro": "Open referrals, and those closed since {date}; open ones first.",
    "col_to": "To",
    "col_reason": "Reason",
    "col_status": "Status",
    "col_referred": "Referred",
    "no_care_team": "No care team members recorded.",
    "col_name": "Name",
    "col_role_org": "Role and organisation",
    "col_phone": "Phone",
    "col_email": "Email",
    # contacts
    "contacts_period": "between {start} and {end}",
    "no_contacts": "No contacts {period}.",
    "contacts_one": "{n} contact {period}, newest first.",
    "contacts_many": "{n} contacts {period}, newest first.",
    "unreviewed_one": "{n} of them not yet reviewed, marked {mark}.",
    "unreviewed_many": "{n} of them not yet reviewed, marked {mark}.",
    "minutes": "{n} min",
    "contact_risk": "risk: {level}",
    "summary": "Summary",
    "addendum": "Addendum",
    "addendum_text": "{time}, {author}. Reason: {reason}\n{text}",
    # follow-ups
    "no_follow_ups": "No follow-ups planned.",
    "overdue": "overdue",
    "col_due": "Due",
    "col_what": "What",
    "col_who": "Who",
    # closing blocks
    "h_questions": "Questions about this summary",
    "questions_intro": "Please contact the people below through the agency.",
    "the_agency": "The agency",
    "questions_nobody": "Please contact the agency that wrote this summary.",
    "h_withheld": "Not included in this summary",
    "not_covered": (
        "Not covered by the client's consent, so left out: {sections}. Passages of the contact "
        "summaries about these topics are left out too."
    ),
    "not_chosen": "Not chosen by the sender: {sections}.",
    "nothing_withheld": "Nothing was withheld: the consent covers every section.",
    "nothing_left_out": "Nothing was left out.",
    "staff_notes": (
        "Notes staff keep about their own wellbeing and supervision are never part of a handover."
    ),
    # what the service words as it gathers
    "role_worker": "Peer support worker",
    "role_supervisor": "Supervisor",
    "point_listening": "Listening",
    "point_exploring": "Exploring",
    "point_goals": "Goals",
    "point_strengths": "Strengths",
    "point_safety": "Safety",
    "point_follow_up": "Follow-up",
    "point_referrals": "Referrals",
    "feelings_named": "Feelings named: {feelings}",
    "goal_reviewed": "Goal reviewed: {progress}",
    "new_goal": "New goal: {text}",
    "strength_item": "{kind}: {text}",
    "risk_level_line": "Risk level: {level}",
    "risk_indicators_line": "Risk indicators: {items}",
    "actions_taken_line": "Actions taken: {items}",
    "next_check_in": "Next check-in: {date}",
    "care_team_contacted": "Care team contacted: {who}",
    "referral_item": "Referral {status}: {to}",
}

_C = NBSP + ":"  # « : » with the no-break space French puts before it

FRENCH: dict[str, str] = {
    "title": "Sommaire de transfert",
    "end": "Fin du sommaire de transfert",
    "confidential": "CONFIDENTIEL",
    "emergency_mark": "DIVULGATION D’URGENCE",
    "unreviewed_mark": "PAS ENCORE RÉVISÉ",
    "emergency_banner": "{mark} — communiquée sans le consentement de la personne",
    "running_mark": "{confidential} · {title}",
    "footer_who": "{name} · dossier {id}",
    "generated": "Produit le {time}",
    "page_of": "Page {page} de {total}",
    "pdf_title": "{title} — {name}",
    "pdf_subject": "{title} destiné à {recipient}",
    "subtitle": "{client} — à l’intention de {recipient}",
    "emergency_notice": (
        "<b>{mark}.</b> Ces renseignements sont communiqués sans le consentement de la "
        "personne, parce que l’intervenant·e qui les communique a jugé qu’il y avait un risque "
        "grave et immédiat. Le motif invoqué figure ci-dessous. La supervision de l’organisme "
        "a été informée de cette divulgation."
    ),
    "call": " composer le {phone} et",
    "confidential_notice": (
        "<b>{confidential}.</b> Ce sommaire contient des renseignements personnels sur la "
        "santé de la personne nommée ci-dessous. Il vous est communiqué uniquement aux fins "
        "indiquées ici. Conservez-le en lieu sûr, ne le transmettez à personne d’autre et "
        "détruisez-le lorsque vous n’en avez plus besoin à ces fins. Si vous l’avez reçu par "
        "erreur, veuillez{call} le détruire sans le lire davantage."
    ),
    "h_basis": "Destinataire et fondement de la communication",
    "recipient": "Destinataire",
    "basis": "Fondement",
    "basis_consent": "Consentement {how} de la personne (référence C-{id})",
    "purpose": "But",
    "consent_given": "Consentement donné le",
    "consent_expires": "Fin du consentement",
    "no_expiry": "Aucune date de fin",
    "consent_covers": "Portée du consentement",
    "nothing": "rien",
    "basis_emergency": "<b>{mark}</b> sans consentement",
    "reason_given": "Motif invoqué",
    "period": "du {start} au {end}",
    "notes_with_unreviewed": (
        "Notes signées (approuvées par la supervision) et notes soumises pas encore révisées, "
        "marquées {mark}"
    ),
    "notes_signed_only": "Notes signées (approuvées par la supervision) seulement",
    "period_covered": "Période visée",
    "based_on": "Sources",
    "prepared_by": "Préparé par",
    "h_client": "Client·e",
    "preferred_name": "Nom d’usage",
    "legal_name": "Nom légal",
    "pronouns": "Pronoms",
    "date_of_birth": "Date de naissance",
    "born_age": "{date} ({age} ans)",
    "agency_record": "Dossier à l’organisme",
    "unreviewed_note": (
        "<b>{mark}</b> — contenu tiré d’une note que la supervision n’a pas encore signée; "
        "il peut encore changer."
    ),
    "no_risk": "Aucun niveau de risque n’a encore été consigné dans une note.",
    "risk_level": "Niveau de risque",
    "recorded": "Consigné le",
    "recorded_by": "{time}, par {who}",
    "risk_indicators": "Indicateurs de risque",
    "actions_taken": "Mesures prises",
    "no_indicators": "Aucun indicateur noté",
    "no_actions": "Aucune mesure consignée",
    "no_safety_plan": "Aucun plan de sécurité au dossier.",
    "safety_plan_made": (
        "Version {version}, faite le {time} par {who}. Dans les mots de la personne, "
        "autant que possible."
    ),
    "no_goals": "Aucun objectif actif.",
    "goal_set": "fixé le {date}",
    "goal_target": "visé pour le {date}",
    "why_it_matters": "Importance",
    "progress": "Progrès",
    "dated": f"{{date}}{_C} {{text}}",
    "reviewed": "Revu",
    "no_strengths": "Rien de consigné.",
    "col_kind": "Type",
    "col_strength": "Force ou ressource",
    "col_noted": "Notée le",
    "no_referrals": "Aucune référence.",
    "since": "depuis le {date}",
    "referrals_intro": (
        "Références en cours, et celles terminées depuis le {date}; celles en cours d’abord."
    ),
    "col_to": "Vers",
    "col_reason": "Motif",
    "col_status": "Statut",
    "col_referred": "Faite le",
    "no_care_team": "Aucun membre de l’équipe de soins consigné.",
    "col_name": "Nom",
    "col_role_org": "Rôle et organisme",
    "col_phone": "Téléphone",
    "col_email": "Courriel",
    "contacts_period": "entre le {start} et le {end}",
    "no_contacts": "Aucun contact {period}.",
    "contacts_one": "{n} contact {period}, du plus récent au plus ancien.",
    "contacts_many": "{n} contacts {period}, du plus récent au plus ancien.",
    "unreviewed_one": "Dont {n} pas encore révisé, marqué {mark}.",
    "unreviewed_many": "Dont {n} pas encore révisés, marqués {mark}.",
    "minutes": "{n} min",
    "contact_risk": f"risque{_C} {{level}}",
    "summary": "Sommaire",
    "addendum": "Addenda",
    "addendum_text": f"{{time}}, {{author}}. Motif{_C} {{reason}}\n{{text}}",
    "no_follow_ups": "Aucun suivi prévu.",
    "overdue": "en retard",
    "col_due": "Échéance",
    "col_what": "Quoi",
    "col_who": "Qui",
    "h_questions": "Questions sur ce sommaire",
    "questions_intro": (
        "Veuillez joindre les personnes ci-dessous par l’entremise de l’organisme."
    ),
    "the_agency": "L’organisme",
    "questions_nobody": "Veuillez communiquer avec l’organisme qui a rédigé ce sommaire.",
    "h_withheld": "Non inclus dans ce sommaire",
    "not_covered": (
        f"Sections non couvertes par le consentement de la personne, donc omises{_C} "
        "{sections}. Les passages des sommaires de contact qui portent sur ces sujets sont "
        "omis aussi."
    ),
    "not_chosen": f"Sections écartées par la personne qui envoie ce sommaire{_C} {{sections}}.",
    "nothing_withheld": f"Rien n’a été omis{_C} le consentement couvre toutes les sections.",
    "nothing_left_out": "Rien n’a été omis.",
    "staff_notes": (
        "Les notes que le personnel tient sur son propre bien-être et sur la supervision ne "
        "font jamais partie d’un transfert."
    ),
    "role_worker": "Intervenant·e pair·e",
    "role_supervisor": "Superviseur·e",
    "point_listening": "Écoute",
    "point_exploring": "Exploration",
    "point_goals": "Objectifs",
    "point_strengths": "Forces",
    "point_safety": "Sécurité",
    "point_follow_up": "Suivi",
    "point_referrals": "Références",
    "feelings_named": f"Émotions nommées{_C} {{feelings}}",
    "goal_reviewed": f"Objectif revu{_C} {{progress}}",
    "new_goal": f"Nouvel objectif{_C} {{text}}",
    "strength_item": f"{{kind}}{_C} {{text}}",
    "risk_level_line": f"Niveau de risque{_C} {{level}}",
    "risk_indicators_line": f"Indicateurs de risque{_C} {{items}}",
    "actions_taken_line": f"Mesures prises{_C} {{items}}",
    "next_check_in": f"Prochain suivi{_C} {{date}}",
    "care_team_contacted": f"Équipe de soins jointe{_C} {{who}}",
    "referral_item": f"Référence {{status}}{_C} {{to}}",
}

CATALOGUES: dict[DocumentLanguage, dict[str, str]] = {
    DocumentLanguage.ENGLISH: ENGLISH,
    DocumentLanguage.FRENCH: FRENCH,
}

#: French labels of the vocabulary a handover prints; English ones are the enums' own.
FRENCH_LABELS: dict[type[StrEnum], dict[str, str]] = {
    HandoverSection: {
        "risk": "Niveau de risque actuel",
        "safety_plan": "Plan de sécurité",
        "goals": "Objectifs et progrès",
        "strengths": "Forces et ressources",
        "referrals": "Références",
        "care_team": "Équipe de soins",
        "contacts": "Sommaires des contacts",
        "follow_ups": "Suivis prévus",
    },
    RiskLevel: {
        "none": "Aucun",
        "low": "Faible",
        "moderate": "Modéré",
        "high": "Élevé",
        "imminent": "Imminent",
    },
    ContactType: {
        "in_person": "En personne",
        "phone": "Téléphone",
        "video": "Appel vidéo",
        "text": "Texto / clavardage",
        "outreach": "Intervention de proximité",
        "group": "Groupe",
    },
    GoalStatus: {
        "active": "Actif",
        "achieved": "Atteint",
        "paused": "En pause",
        "dropped": "Abandonné",
    },
    StrengthKind: {
        "strength": "Force",
        "success": "Réussite passée",
        "support": "Soutien",
        "community": "Ressource communautaire",
    },
    # Agreeing with « une référence ».
    ReferralStatus: {
        "suggested": "Suggérée",
        "made": "Faite",
        "accepted": "Acceptée",
        "declined": "Refusée",
        "completed": "Terminée",
    },
    # As in « consentement écrit ».
    ConsentForm: {"written": "écrit", "verbal": "verbal"},
    RiskAction: {
        "safety_plan_reviewed": "Plan de sécurité fait ou revu avec la personne",
        "support_system_told": "Les personnes de soutien de la personne ont été jointes",
        "crisis_protocol": "Protocole de crise de l’organisme suivi",
        "emergency_services": "Services d’urgence mis à contribution",
    },
}

#: French headings of the safety plan's sections (``services/safety_plans.py`` holds the
#: English ones), by field.
FRENCH_SAFETY_PLAN: dict[str, str] = {
    "warning_signs": "Signes avant-coureurs",
    "coping_strategies": "Ce que je peux faire seul·e pour y faire face",
    "distractions": "Personnes et lieux qui me changent les idées",
    "people_to_ask": "Personnes à qui je peux demander de l’aide",
    "professionals": "Professionnel·les et services, lignes de crise comprises",
    "safe_environment": "Rendre mon environnement plus sécuritaire",
    "reasons_for_living": "Raisons de vivre",
}

_MONTHS = {
    DocumentLanguage.ENGLISH: (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ),
    DocumentLanguage.FRENCH: (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
_WEEKDAYS = {
    DocumentLanguage.ENGLISH: ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    DocumentLanguage.FRENCH: ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}


def document_language(value: str | None) -> DocumentLanguage:
    """The language asked for (a code such as "fr"); English when none is given.

    Raises ``ValueError`` for a language the summary is not written in.
    """
    return DocumentLanguage(value) if value else DocumentLanguage.ENGLISH


class HandoverWording:
    """The words, dates and labels of a handover in one language."""

    def __init__(self, language: str = DocumentLanguage.ENGLISH) -> None:
        self.language = document_language(language)
        self.words = CATALOGUES[self.language]
        self.french = self.language is DocumentLanguage.FRENCH

    def __call__(self, key: str, **values: Any) -> str:
        """The entry ``key``, its ``{placeholders}`` filled with ``values``."""
        text = self.words[key]
        return text.format(**values) if values else text

    # -- vocabulary -------------------------------------------------------------------------

    def label(self, member: StrEnum) -> str:
        """The display label of a vocabulary value (a section, a risk level, a kind ...)."""
        if self.french:
            return FRENCH_LABELS[type(member)][member.value]
        return str(getattr(member, "label"))  # noqa: B009 (every vocabulary enum has one)

    def label_of(self, kind: type[StrEnum], value: str, default: str | None = None) -> str:
        """The label of a stored ``value`` of ``kind``; ``default`` (or the value) if unknown."""
        try:
            return self.label(kind(value))
        except ValueError:
            return value if default is None else default

    def section(self, key: str) -> str:
        return self.label(HandoverSection(key))

    def safety_plan_heading(self, field: str, english: str) -> str:
        return FRENCH_SAFETY_PLAN[field] if self.french else english

    # -- dates and times --------------------------------------------------------------------

    def date(self, d: dt.date | None) -> str:
        """ "2 Dec 2026" in English, « 2 décembre 2026 » (« 1er » on the first) in French."""
        if d is None:
            return DASH
        day = "1er" if self.french and d.day == 1 else str(d.day)
        return f"{day} {_MONTHS[self.language][d.month - 1]} {d.year}"

    def clock(self, t: dt.datetime) -> str:
        """ "14:05" in English, « 14 h 05 » in French."""
        return f"{t:%H} h {t:%M}" if self.french else f"{t:%H:%M}"

    def time(self, t: dt.datetime) -> str:
        """Date and time on the clock of the PC producing the document."""
        local = t.astimezone()
        return f"{self.date(local.date())}, {self.clock(local)}"

    def contact_time(self, t: dt.datetime) -> str:
        """A contact's time with its weekday: "Wed 2 Dec 2026, 14:05"."""
        local = t.astimezone()
        return f"{_WEEKDAYS[self.language][local.weekday()]} {self.time(local)}"
