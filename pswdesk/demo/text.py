# ruff: noqa: E501 - a sentence reads better on one line than split to fit
"""Phrase banks for the demo data: names, situations and note sentences.

Every sentence here is written for pswdesk; notes are assembled from several
banks per field, so a demo agency of 100,000 notes still reads as varied,
plausible peer-support writing. Nothing here is about a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# -- people -----------------------------------------------------------------------------

#: (first name, pronouns). Several cultures and scripts on purpose: the handover and
#: the GUI must show accented, Cyrillic and syllabic names correctly.
FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Zoë", "she/her"), ("José", "he/him"), ("Siobhán", "she/her"), ("Mateus", "he/him"),
    ("Amara", "she/her"), ("Kwame", "he/him"), ("Ngozi", "she/her"), ("Tomás", "he/him"),
    ("Renée", "she/her"), ("François", "he/him"), ("Aroha", "she/her"), ("Tane", "he/him"),
    ("Олена", "she/her"), ("Дмитро", "he/him"), ("Наталья", "she/her"), ("Сергій", "he/him"),
    ("ᓯᓚ", "she/her"), ("ᐸᐅᓗᓯ", "he/him"), ("ᓄᑲ", "they/them"), ("Priya", "she/her"),
    ("Arjun", "he/him"), ("Mei", "she/her"), ("Wei", "he/him"), ("Linh", "she/her"),
    ("Minh", "he/him"), ("Fatima", "she/her"), ("Yusuf", "he/him"), ("Leila", "she/her"),
    ("Omar", "he/him"), ("Björn", "he/him"), ("Ingrid", "she/her"), ("Søren", "he/him"),
    ("Ana", "she/her"), ("Joaquín", "he/him"), ("Maëlle", "she/her"), ("Jamie", "they/them"),
    ("Alex", "they/them"), ("Rowan", "they/them"), ("Sam", "they/them"), ("Kai", "they/them"),
    ("Darnell", "he/him"), ("Keisha", "she/her"), ("Marcus", "he/him"), ("Tanya", "she/her"),
    ("Brendan", "he/him"), ("Colleen", "she/her"), ("Dawn", "she/her"), ("Gary", "he/him"),
    ("Hemi", "he/him"), ("Moana", "she/her"), ("Łukasz", "he/him"), ("Agnieszka", "she/her"),
    ("Chidi", "he/him"), ("Adaeze", "she/her"), ("Mihai", "he/him"), ("Ioana", "she/her"),
)  # fmt: skip

SURNAMES: tuple[str, ...] = (
    "Tremblay", "Álvarez", "Ní Bhriain", "Gonçalves", "Okafor", "Mensah", "Adeyemi",
    "Ruiz", "Lefèvre", "Côté", "Ngata", "Parata", "Коваль", "Шевченко", "Иванова",
    "Бондаренко", "ᕿᓚᐳᒃ", "ᐊᑯᓗᒃᔪᒃ", "Raman", "Sharma", "Chen", "Zhang", "Nguyễn",
    "Trần", "Haddad", "Yılmaz", "Rahimi", "Andersson", "Østergaard", "Müller", "Jäger",
    "García", "Peña", "Dubois", "MacLeod", "O'Connor", "Campbell", "Williams", "Brown",
    "Bear", "Cardinal", "Whitehorse", "Kowalski", "Wiśniewska", "Popescu", "Nwosu",
    "Mbeki", "Da Silva", "Fitzgerald", "Lindqvist",
)  # fmt: skip

STAFF_FIRST: tuple[str, ...] = (
    "Maria", "Tom", "Aisha", "Daniel", "Grace", "Hiro", "Lucía", "Patrick", "Noor",
    "Ben", "Chloé", "Kofi", "Rebecca", "Ivan", "Sunita", "Liam", "Hana", "Oscar",
    "Eleni", "Raúl", "Megan", "Tariq", "Anneke", "Joel", "Yara", "Connor", "Mariam",
    "Pedro", "Freya", "Jun", "Beatriz", "Emeka", "Ruth", "Stefan", "Inés", "Wiremu",
)  # fmt: skip

PRONOUNS = {
    "she/her": ("she", "her", "her"),
    "he/him": ("he", "him", "his"),
    "they/them": ("they", "them", "their"),
}


@dataclass(frozen=True, slots=True)
class Who:
    """A client as the sentences need them: a name and pronoun forms."""

    name: str
    pronouns: str

    @property
    def they(self) -> str:
        return PRONOUNS[self.pronouns][0]

    @property
    def them(self) -> str:
        return PRONOUNS[self.pronouns][1]

    @property
    def their(self) -> str:
        return PRONOUNS[self.pronouns][2]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- places, people around the client, services ------------------------------------------

LOCATIONS: tuple[str, ...] = (
    "drop-in centre", "client's home", "community library", "coffee shop on Main St",
    "agency office, room 2", "park bench by the river", "hospital waiting room",
    "food bank", "shelter common room", "walk around the block", "court house lobby",
    "youth hub", "",
)  # fmt: skip

CARE_TEAM: tuple[tuple[str, str, str], ...] = (
    ("Dr. Priya Raman", "GP", "Eastside Family Practice"),
    ("Marcus Bell", "housing case manager", "Harbour Housing"),
    ("Anneliese Vogt", "therapist", "Bridgeview Counselling"),
    ("Sgt. Dana Moore", "community liaison officer", "City Police"),
    ("Olu Bankole", "addictions counsellor", "New Roots Recovery"),
    ("Catherine Roy", "psychiatric nurse", "Community Mental Health Team"),
    ("Mohammed Saleh", "social worker", "Family Services"),
    ("Ruth Okonkwo", "pharmacist", "Kingsway Pharmacy"),
    ("Jean-Marc Aubin", "probation officer", "Probation Services"),
    ("Lena Petrov", "employment coach", "WorkStart"),
    ("Dr. Samuel Ito", "psychiatrist", "St. Brigid's Hospital"),
    ("Teresa Flores", "shelter key worker", "Safe Harbour Women's Shelter"),
)  # fmt: skip

FAMILY: tuple[tuple[str, str], ...] = (
    ("sister", "sister"), ("brother", "brother"), ("mum", "mother"), ("dad", "father"),
    ("partner", "partner"), ("best friend", "friend"), ("aunt", "aunt"),
    ("cousin", "cousin"), ("neighbour", "neighbour"), ("sponsor", "sponsor"),
)  # fmt: skip

SERVICES: tuple[tuple[str, str], ...] = (
    ("Riverside Community Legal Clinic", "help with the eviction notice"),
    ("Northside Food Bank", "food until the benefit payment arrives"),
    ("Harbour Housing help desk", "a housing application"),
    ("24/7 crisis line", "support outside office hours"),
    ("Bridgeview Counselling", "longer-term counselling for trauma"),
    ("SMART Recovery group, Tuesdays", "peer support around drinking"),
    ("Hearing Voices group", "a group with others who hear voices"),
    ("WorkStart employment support", "getting back into work"),
    ("Debt advice service", "sorting out the rent arrears and loans"),
    ("Eastside Family Practice", "a medication review with the GP"),
    ("Safe Harbour Women's Shelter", "a safe place to stay"),
    ("Men's Shed", "company and something to do with their hands"),
    ("Grief support circle", "support after the bereavement"),
    ("Community Mental Health Team", "an assessment for ongoing care"),
    ("Friendship centre", "connection with their community and culture"),
    ("Dental outreach clinic", "the tooth pain that keeps them awake"),
)  # fmt: skip

# -- step 1: what the client brought ----------------------------------------------------

TOPICS: tuple[str, ...] = (
    "the eviction notice that came last week",
    "a falling-out with {their} {family}",
    "a hard first week back at work",
    "missing {their} kids since the custody hearing",
    "a relapse after months of staying sober",
    "the anniversary of {their} brother's death",
    "not being able to get out of bed most mornings",
    "money running out days before payday",
    "feeling judged by staff at the clinic",
    "loneliness since moving into the new flat",
    "panic attacks on the bus",
    "a letter from the benefits office {they} could not make sense of",
    "the noise and fights in the shelter",
    "being let go from the warehouse job",
    "an upcoming court date",
    "a breakup that still hurts",
    "voices that have been louder this week",
    "worry about {their} {family}'s health",
    "being turned away from the walk-in clinic",
    "memories from childhood coming back",
    "pressure from old friends to start using again",
    "not sleeping since the break-in",
    "feeling like a burden to everyone",
    "starting a new medication and feeling flat",
)  # fmt: skip

QUOTES: tuple[str, ...] = (
    "I keep thinking I've blown it",
    "nobody would notice if I stopped showing up",
    "I'm so tired of starting over",
    "I just want one week where nothing goes wrong",
    "I don't even know who to call anymore",
    "I'm trying, I really am",
    "everyone expects me to be fine by now",
    "it's like I'm watching my life from outside",
    "I can handle it, I just need someone to listen",
    "some days it's too much",
    "I feel like I'm letting my kids down",
    "I'm scared of going back to how it was",
)  # fmt: skip

S1_EXPRESSED: tuple[str, ...] = (
    "{Name} wanted to talk about {topic}. {They_cap} said, \"{quote}.\"",
    "{Name} came in upset about {topic}. {They_cap} kept coming back to it and said \"{quote}.\"",
    "Most of the time went on {topic}. {Name} described it in detail and said \"{quote}.\"",
    "{Name} started quietly, then opened up about {topic}.",
    "{Name} called about {topic}. {They_cap} sounded {tone} and told me \"{quote}.\"",
    "We talked about {topic}; {Name} also mentioned {topic2}.",
    "{Name} said the week had been dominated by {topic}. Near the end {they} added \"{quote}.\"",
)  # fmt: skip

TONES: tuple[str, ...] = (
    "tired", "flat", "shaky", "angry", "tearful", "calmer than last time", "rushed",
    "guarded at first", "hopeful", "worn out",
)  # fmt: skip

S1_VALIDATION: tuple[str, ...] = (
    "I reflected back how {adj} this sounded and said it made sense to feel {feeling} after all that.",
    "Told {Name} that anyone in {their} shoes could feel {feeling}, and that reaching out was a strong step.",
    "Mostly listened. Named what I heard ({feeling}) and checked I had it right; {they} said I did.",
    "Acknowledged how much {they} had been carrying and that {their} reaction was understandable.",
    "Shared, briefly and with permission, that I have had weeks like that too; {Name} said it helped not to feel alone.",
    "Let the silences be. Said back the main points so {Name} could hear them, and validated the {feeling}.",
)  # fmt: skip

ADJECTIVES: tuple[str, ...] = (
    "exhausting", "frightening", "unfair", "lonely", "heavy", "confusing", "frustrating",
)  # fmt: skip

# -- step 2: questions and insights -----------------------------------------------------

QUESTIONS: tuple[str, ...] = (
    "What would a good day look like right now?",
    "When did things start to feel this heavy?",
    "What has helped before when it got like this?",
    "Who do you feel most yourself around?",
    "What would you like to be different by next month?",
    "What was going on just before the last time you used?",
    "What does your body tell you when a panic is coming?",
    "If a friend were in your place, what would you say to them?",
    "What part of this feels most in your control?",
    "What matters most to you about getting your own place?",
)  # fmt: skip

INSIGHTS: tuple[str, ...] = (
    "{Name} noticed the bad nights follow days when {they} skipped meals.",
    "{Name} linked the urge to use with Sunday evenings alone.",
    "{They_cap} realised the panic started around the time of the job loss, not out of nowhere.",
    "{Name} saw a pattern of pushing people away when ashamed.",
    "{They_cap} said talking it through made the problem feel smaller and more concrete.",
    "{Name} recognised that {their} {family} is a safe person to call.",
    "{Name} thought the real worry underneath was being alone again.",
    "No big insight today; {Name} mostly needed to be heard.",
    "{Name} named being the one who holds everyone together, with nobody holding {them}.",
)  # fmt: skip

# -- step 3: goals in the client's words ------------------------------------------------

GOALS: tuple[tuple[str, str], ...] = (
    ("I want to get my own place again", "so my kids can stay over"),
    ("Walk the dog every morning", "it gets me out of the house and my head"),
    ("Find a GP who listens to me", "I want to sort out my medication properly"),
    ("Sort out the rent arrears with the housing office", "I can't sleep with it hanging over me"),
    ("Call my mum once a week", "I miss her and she worries"),
    ("Go to one recovery meeting a week", "I don't want to go back to how it was"),
    ("Finish the college application", "I want to train as a chef"),
    ("Be asleep before midnight on weeknights", "everything is worse when I'm tired"),
    ("Cook a proper meal three times a week", "I feel better when I eat"),
    ("Get through the court date without drinking", "I need to show I've changed"),
    ("Open a bank account", "so my money stops disappearing"),
    ("Join the Tuesday art group", "I used to love drawing"),
    ("Get my ID documents replaced", "I can't apply for anything without them"),
    ("Spend one afternoon a week outside the flat", "I'm getting too used to hiding"),
    ("Ask for help before things get bad", "last time I waited too long"),
)  # fmt: skip

S3_NEW: tuple[str, ...] = (
    "{Name} chose a new goal: \"{goal}\". We broke it into a first step for this week: {step}.",
    "We set a goal together in {their} words: \"{goal}\" ({why}). First step: {step}.",
    "{Name} wants to work on \"{goal}\" because, in {their} words, \"{why}\". Agreed the first small step is to {step}.",
)  # fmt: skip

S3_REVIEW: tuple[str, ...] = (
    "Reviewed \"{goal}\": {progress}",
    "Checked in on \"{goal}\". {progress}",
    "Looked back at the goal \"{goal}\"; {progress}",
)  # fmt: skip

FIRST_STEPS: tuple[str, ...] = (
    "make one phone call", "write a list of what is needed", "ask {their} {family} to come along",
    "book the appointment from our office phone", "try it once and tell me how it went",
    "look at two options online at the library", "put a reminder in {their} phone",
)  # fmt: skip

PROGRESS: dict[str, tuple[str, ...]] = {
    "active": (
        "some progress; {they} managed it twice this week.",
        "not much movement, but {Name} still wants it and we made the step smaller.",
        "a good week: {they} did more than planned.",
        "stuck because of {topic}; we'll come back to it.",
        "halfway there, and {they} sounded proud of that.",
    ),
    "achieved": (
        "done! {Name} said it felt like a real win.",
        "achieved, and {Name} wants to set the next goal soon.",
    ),
    "paused": ("paused for now while {Name} deals with {topic}.",),
    "dropped": ("{Name} decided this no longer matters to {them}, which is fine.",),
}

# -- step 4: strengths and resources ----------------------------------------------------

STRENGTHS: dict[str, tuple[str, ...]] = {
    "strength": (
        "Good sense of humour, even on hard days", "Very organised with paperwork",
        "Cares deeply for animals", "Honest about what is and isn't working",
        "Keeps appointments when they are written down", "Creative: draws and writes songs",
        "Knows the bus routes inside out", "Good cook, likes feeding people",
    ),
    "success": (
        "Stayed sober for eight months last year", "Kept a job for three years while caring for a parent",
        "Got through the last court date calmly", "Finished an online course during lockdown",
        "Moved out of a violent relationship", "Rebuilt contact with an estranged child",
    ),
    "support": (
        "Sister who checks in every evening", "Sponsor available by phone",
        "Neighbour who looks after the dog", "Friend from the recovery group",
        "Grandmother, visits on Sundays", "Church community",
    ),
    "community": (
        "Uses the library's free computers", "Drop-in centre lunch on Wednesdays",
        "Free swim sessions at the leisure centre", "Friendship centre events",
        "Community garden plot", "Food bank on Fridays",
    ),
}  # fmt: skip

S4_TEXT: tuple[str, ...] = (
    "Talked about what {Name} has already got through. {They_cap} named: {strength}.",
    "Reminded {Name} of {strength_lower} - {they} had forgotten about it. Also talked about {resource}.",
    "We listed supports: {strength_lower}. {Name} agreed to try {resource} this week.",
    "{Name} was hard on {them}self today, so we spent time on {strength_lower}.",
    "Looked at community options; {Name} is interested in {resource}.",
)  # fmt: skip

# -- step 5: risk -------------------------------------------------------------------------

S5_TEXT: dict[str, tuple[str, ...]] = {
    "none": (
        "Checked in about safety; {Name} said {they} felt settled and no concerns came up.",
        "No risk indicators today. {Name} knows how to reach the crisis line if needed.",
        "Asked directly about safety; nothing of concern.",
    ),
    "low": (
        "{Name} mentioned {indicator} in passing. Explored it; no plan or intent. Will keep an eye on it.",
        "Some {indicator}, which {they} linked to {topic}. {Name} has coping strategies and used them this week.",
        "Low risk: {indicator}, but {Name} is engaged and future-focused.",
    ),
    "moderate": (
        "{Name} talked about {indicator}. No immediate plan. Went through the safety plan together and updated the people to call.",
        "Risk is up from last time: {indicator}. We reviewed warning signs and coping steps; {they} agreed to call the crisis line if it gets worse.",
        "{Indicator} came up. Talked through what keeps {them} safe; {their} {family} will be told with {their} agreement.",
    ),
    "high": (
        "{Name} disclosed {indicator} and has thought about how. Followed the crisis protocol, stayed with {them}, and contacted {their} {family}. Safety plan reviewed line by line.",
        "Serious concern: {indicator}. Called the on-call supervisor, agreed a same-day appointment with the mental health team and removed access to means with {their} agreement.",
    ),
    "imminent": (
        "{Name} said {they} intended to act on it tonight and had the means with {them}. Called emergency services, stayed until they arrived, and informed the on-call supervisor.",
        "Immediate danger: {indicator} with a clear plan. Emergency services called from the office; {Name} went to hospital by ambulance. Family informed.",
    ),
}

INDICATORS_BY_RISK: dict[str, tuple[str, ...]] = {
    "low": ("not eating or sleeping", "substance use escalating", "unsafe housing"),
    "moderate": (
        "thoughts of suicide", "self-harm", "substance use escalating", "violence at home",
        "not eating or sleeping",
    ),
    "high": ("thoughts of suicide", "suicide plan or means", "self-harm", "violence at home",
             "harm to others"),
    "imminent": ("suicide plan or means", "thoughts of suicide", "harm to others"),
}  # fmt: skip

# -- step 6 and 7 -----------------------------------------------------------------------

S6_TEXT: tuple[str, ...] = (
    "Agreed to meet again at the {location} next {weekday}. I'll text the day before to confirm.",
    "Phone check-in on {weekday}; {Name} prefers mornings.",
    "Next contact in a week; sooner if {Name} calls. {Name} has the office number.",
    "Will check in after the appointment on {weekday} to hear how it went.",
    "Weekly meetings as usual. {Name} asked to keep the same time.",
)  # fmt: skip

FOLLOW_UP_TASKS: tuple[str, ...] = (
    "Check in by phone", "Meet at the drop-in", "Ask how the appointment went",
    "Confirm the housing office reply", "Safety check-in", "Bring the referral forms",
    "Go over the budget together", "Check the new medication is settling",
)  # fmt: skip

S7_TEXT: tuple[str, ...] = (
    "Suggested {service} for {reason}; {Name} agreed to a referral and I sent it today.",
    "Talked about {service} ({reason}). {Name} wants to think about it first.",
    "{Name} asked about {reason}. Gave the details for {service} and offered to go along.",
    "Referral to {service} followed up; an appointment is now booked.",
)  # fmt: skip

SUMMARIES: tuple[str, ...] = (
    "Check-in about {topic}",
    "Support around {topic}",
    "{Contact} contact: {topic}",
    "Follow-up on {topic}",
    "Talked through {topic}",
)  # fmt: skip

# -- step 8: the worker's own -----------------------------------------------------------

IMPACT: tuple[str, ...] = (
    "Felt heavy afterwards; the story stayed with me on the drive home.",
    "Fine. A good conversation, left feeling useful.",
    "Tired. Third hard contact today.",
    "It brought up some of my own history; noticed it and grounded myself.",
    "Shaken by how close it came. Took a break before the next client.",
    "Frustrated with the system on the client's behalf.",
)  # fmt: skip

BOUNDARIES: tuple[str, ...] = (
    "",
    "Asked for my personal number; explained how to reach the office instead.",
    "Wanted me to lend money; said no kindly and pointed to the emergency fund.",
    "Invited me to a family event; explained why I can't come.",
    "Stayed 30 minutes past the end; need to hold the time better.",
)  # fmt: skip

SELF_CARE_PLAN: tuple[str, ...] = (
    "Walk at lunch and talk it over at supervision.",
    "Early night, phone off.",
    "Debrief with my supervisor before the next high-risk contact.",
    "Nothing extra needed today.",
    "Journal tonight, gym tomorrow.",
)  # fmt: skip

# -- reviews and addenda ----------------------------------------------------------------

RETURN_COMMENTS: tuple[str, ...] = (
    "Please add what was done about the risk indicators in step 5.",
    "Step 3 reads as your goal rather than the client's. Can you put it in their words?",
    "The follow-up date is missing for a moderate risk contact.",
    "Please name who in the care team you spoke to.",
    "Summary is too vague for a handover; one more sentence on what happened, please.",
    "Check the contact date, it does not match the calendar.",
)  # fmt: skip

ADDENDUM_REASONS: tuple[tuple[str, str], ...] = (
    ("Late information", "The client's sister called the next day to say they got home safely."),
    ("Correction", "The appointment mentioned in step 6 is on Thursday, not Tuesday."),
    ("Clarification", "\"Family\" in step 5 refers to the client's aunt, who is the emergency contact."),
    ("Outcome", "The referral in step 7 was accepted; first appointment booked for next month."),
    ("Late information", "GP confirmed the medication change discussed in this contact."),
)  # fmt: skip

CLEAR_REASONS: tuple[str, ...] = (
    "Risk reviewed at supervision; safety plan in place and later contacts show it has eased.",
    "Client seen twice since, settled; crisis team discharged back to us.",
    "Reviewed with the worker; risk now moderate and managed by the updated safety plan.",
)  # fmt: skip

DEBRIEF_HELD: tuple[str, ...] = (
    "Talked it through at the end of the day; planned lighter contacts tomorrow.",
    "Debrief held. Worker okay; agreed to use the EAP line if it comes back.",
    "Held in supervision; discussed boundaries and when to call on-call.",
)  # fmt: skip

# -- safety plan --------------------------------------------------------------------------

SAFETY_PLAN: dict[str, tuple[str, ...]] = {
    "warning_signs": (
        "Not answering the phone; staying in bed past noon; giving things away",
        "Drinking alone; thinking 'what's the point'; not eating",
        "Can't sleep for two nights; voices louder; avoiding the kids",
    ),
    "coping_strategies": (
        "Cold water on my face; music loud in headphones; walk to the shop and back",
        "Breathing exercise from the app; draw; take the dog out",
        "Shower, change clothes, write it down",
    ),
    "distractions": (
        "Drop-in centre lunch; Friday football at the park; the library",
        "Coffee at my cousin's; the community garden; online chess",
    ),
    "people_to_ask": (
        "My sister (mobile in my phone); sponsor; my peer support worker during office hours",
        "Best friend; Mum; the neighbour downstairs",
    ),
    "professionals": (
        "24/7 crisis line; GP at Eastside Family Practice; emergency 911",
        "Community mental health team duty line; crisis line; nearest emergency department",
    ),
    "safe_environment": (
        "Medication kept by my sister and given weekly; no alcohol in the flat",
        "Razors out of the bathroom; car keys with my partner when I'm low",
    ),
    "reasons_for_living": (
        "My kids; the dog; seeing my nephew grow up",
        "Music; my grandmother; I want to finish the chef course",
    ),
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def pick(rng: random.Random, bank: tuple[str, ...]) -> str:
    return bank[rng.randrange(len(bank))]
