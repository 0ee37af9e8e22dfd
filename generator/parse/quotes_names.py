"""Who a speaker phrase names: full names as first introduced, titles dropped, pronouns resolved.

A `NameBook` is built once per article from the text outside quotation marks (and the entities,
when the entity stage found some). It turns "Vik" into "Lars Vik", "President Donald Trump" into
"Donald Trump", "the official Korean Central News Agency (KCNA)" into "KCNA" (an organisation
defined with an acronym is named by the acronym the articles then use), and "she" into the most
recent earlier person the pronoun can refer to (a gender cue such as Ms or Mr is used when the
text gives one; otherwise the most recent person wins).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from generator.models import Entity
from generator.parse.entity_runs import lowercase_vocabulary
from generator.parse.quotes_cues import LEADING_VERBS

TITLES = frozenset(
    "president vice prime minister chancellor secretary senator sen sen. rep rep. representative"
    " gov gov. governor mayor judge justice dr dr. mr mr. mrs mrs. ms ms. miss prof prof. professor"
    " general gen gen. col col. colonel lt lt. sgt sgt. captain capt capt. king queen prince princess"
    " pope chairman chairwoman chair ceo leader spokesman spokeswoman spokesperson ambassador"
    " commissioner director sheriff chief officer minister premier sheikh lord lady sir dame"
    " coach candidate nominee speaker rev rev. reverend father bishop cardinal emperor sultan"
    " administrator cmdr cmdr. commander adm adm. admiral attorney".split()
)
# Titles that are part of how one is named when only a first name follows: "Prince Andrew",
# "Pope Francis", "King Charles", not "Andrew", "Francis", "Charles".
NAMING_TITLES = frozenset("king queen prince princess pope emperor sultan sheikh emir".split())
FEMALE_CUES = frozenset("mrs mrs. ms ms. miss queen princess chairwoman spokeswoman lady dame".split())
MALE_CUES = frozenset("mr mr. king prince chairman spokesman lord sir father".split())
ORG_WORDS = frozenset(
    "agency ministry kremlin council party university committee department police government"
    " office court bank inc inc. corp corp. co. ltd association union army navy administration"
    " campaign commission board institute foundation organisation organization company group"
    " news times post press tv radio network service services bureau house senate congress"
    " parliament assembly authority authorities league federation fund center centre"
    " press agency reuters afp ap bbc cnn kcna xinhua yonhap tass interfax".split()
)
PLACE_WORDS = frozenset(
    "north south east west united states republic kingdom city county province new san los las"
    " saint fort port lake mount river island islands street avenue"
    " monday tuesday wednesday thursday friday saturday sunday january february march april june"
    " july august september october november december embassy command consulate".split()
)
STOPWORDS = frozenset(
    "the a an and but or if should when while after before as in on at for from by with this that"
    " to of into during despite amid following without unless until whether once would could"
    " maybe perhaps"
    " these those it he she they we i his her their its our my there here then so yet also"
    " according said says however meanwhile still even though although because"
    " stated states added adds wrote writes asked".split()  # "Stated Stone:" opens with its verb
)
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "org", "it": "org"}
NAME_RUN = re.compile(
    r"(?:[A-Z][\w’'.-]*|\([A-Z]{2,}\))(?:\s+(?:(?:of|de|da|van|von|bin|al|del|la|le)\s+)?"
    r"(?:[A-Z][\w’'.-]*|\([A-Z]{2,}\)))*"
)
ACRONYM_DEF = re.compile(r"((?:[A-Z][\w-]*\s+){1,8}?(?:[A-Z][\w-]*))\s*\(([A-Z]{2,})\)")
SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.\s+")
UP_TO_LAST_BREAK = re.compile(r".*[.!?][’”\"')\]]*\s+", re.S)  # where the last sentence begins
OPENING_ONLY = re.compile(r"^(?:[A-Z][^,]{0,100},\s*|(?:But|And|So|Yet)\s+)$")
ABBREVIATED_END = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|St|Corp|Inc|Co|Ltd|Bros)|\.[A-Z])\.$")  # "Jr.", "U.S."
POSSESSOR_END = re.compile(r"[’']s?$")
AND = re.compile(r"\s+and\s+")
ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,})\)")
POSSESSIVE = re.compile(r"^.*?[’']s\s+")
# "his wife", "another waitress", "some residents": a role or a group, never a name
QUANTIFIERS = ("another", "each", "every", "some", "several", "many", "both", "few", "other")
ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?i:" + "|".join(QUANTIFIERS) + r"))\s+")
AFFILIATION = re.compile(r"\s+(?:from|in|at|of)\s+(?:the\s+)?(?P<name>[A-Z][^,]*)$")
PLACED_IN = re.compile(r"\s+in\s+(?!Chief\b)(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")  # "Democrats in Congress": where, not who
PARTY_AND_STATE = re.compile(r"\s*\((?![A-Z]{2,}\))[^)]*\)")


class Mention(NamedTuple):
    """A name seen outside quotes: where, which canonical name, and what it can be (a named
    tuple, not a dataclass: an article makes hundreds, and only its own NameBook sees them)."""

    paragraph: int
    offset: int
    name: str
    kind: str  # "person" or "org"
    gender: str | None = None
    subject: bool | None = False  # opens its sentence (or is a speaker): the likeliest antecedent;
    # None: not read yet (NameBook.is_subject reads it from the paragraph when a pronoun asks)


def opens_sentence(before: str) -> bool:
    """Nothing but an opening adverbial stands between the sentence start and this point."""
    last_break = UP_TO_LAST_BREAK.match(before)
    tail = before[last_break.end() :] if last_break else before
    return not tail.strip() or bool(OPENING_ONLY.match(tail))


def is_headline(text: str) -> bool:
    """A Title Case line (a headline) names people with its verbs capitalised: learn nothing."""
    initials = [word[0] for word in text.split() if word[0].isalpha()]  # first letters of the words
    if len(initials) < 4:
        return False
    return sum(map(str.isupper, initials)) / len(initials) >= 0.7


def words_of(name: str) -> list[str]:
    return name.replace("(", " ").replace(")", " ").split()


@lru_cache(maxsize=8192)  # a pure function of one name, asked again for every mention of it
def strip_titles(name: str) -> tuple[str, str | None]:
    """Drop leading titles ("U.S. President", "Secretary of State"); return name and gender cue."""
    name = name.strip()
    if "'" in name or "’" in name:
        name = POSSESSIVE.sub("", name)
    if name.endswith(".") and not ABBREVIATED_END.search(name):
        name = name[:-1]
    tokens = name.split()
    while tokens and (tokens[0].lower() in STOPWORDS or is_leading_verb(tokens)):
        tokens = tokens[1:]
    gender = None
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        low = token.lower().rstrip(",")
        if low in TITLES:
            last_title = i
            gender = "f" if low in FEMALE_CUES else "m" if low in MALE_CUES else gender
    rest = tokens[last_title + 1 :]
    if len(rest) > 2 and rest[0] == "of":
        rest = rest[2:]
    if len(rest) == 1 and last_title == 0 and tokens[0].lower() in NAMING_TITLES and rest[0][:1].isupper():
        rest = tokens  # "Prince Andrew": the title is part of the name (not "King" of "Martin Luther King Jr.")
    return " ".join(rest), gender


def is_leading_verb(tokens: list[str]) -> bool:
    """"Explained Stone": a speech verb capitalised at the start of a sentence is not a name."""
    return len(tokens) > 1 and tokens[0].lower() in LEADING_VERBS


@lru_cache(maxsize=8192)  # asked for every entity alias of every article
def without_leading_verb(name: str) -> str:
    tokens = name.split()
    while is_leading_verb(tokens):
        tokens = tokens[1:]
    return " ".join(tokens)


@lru_cache(maxsize=8192)
def is_org_name(name: str) -> bool:
    """Organisations: an acronym, or a name holding an organisation word."""
    tokens = words_of(name)
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2:
        return True
    return any(t.lower().strip(".,") in ORG_WORDS for t in tokens)


@lru_cache(maxsize=8192)
def looks_like_person(name: str) -> bool:
    """Two to four capitalised words with no organisation, place or nationality word."""
    tokens = words_of(name)
    if not 2 <= len(tokens) <= 4 or is_org_name(name):
        return False
    return not any(
        t.lower() in PLACE_WORDS or t.lower() in STOPWORDS or t.endswith(("ian", "ese", "ean", "ish"))
        for t in tokens
    )


@lru_cache(maxsize=16384)  # "The", "But", "Mr. Trump": the same runs come back in every article
def names_in_run(run: str) -> tuple[tuple[str, str | None], ...] | None:
    """The names (with gender cues) a capitalised run holds; None when it crosses a full stop
    and must be read as two runs. A possessor ("Mr. Trump's wealth") names nobody who speaks next,
    nor does a lone capitalised word such as "The" or "But"."""
    if SENTENCE_STOP.search(run):
        return None
    if POSSESSOR_END.search(run):
        return ()
    parts = AND.split(run) if "and" in run else (run,)
    return tuple((name, gender) for name, gender in map(strip_titles, parts) if name)


class NameBook:
    """The names of one article, in order of appearance, for turning phrases into speakers."""

    def __init__(self, masked: tuple[str, ...], entities: tuple[Entity, ...] = ()) -> None:
        self.acronyms: dict[str, str] = {}
        self.mentions: list[Mention] = []
        self.full_names: list[str] = []
        self.seen: dict[str, int] = {}  # mentions per name, kept with `mentions`
        self.full_tokens: dict[str, tuple[frozenset[str], int]] = {}
        self.holding: dict[str, list[str]] = {}  # a word -> the full names holding it, in order
        self.kinds = {alias: e.kind for e in entities for alias in (e.name, *e.aliases)}
        self.genders: dict[str, set[str]] = {}
        self.texts = masked
        self.lowercase: frozenset[str] | None = None  # read when a lone word needs checking
        self.people = {
            without_leading_verb(a): without_leading_verb(e.name)
            for e in entities
            if e.kind == "person"
            for a in (e.name, *e.aliases)
        }
        for index, text in enumerate(masked):
            self._learn_acronyms(text)
            if not is_headline(text):
                self._learn_mentions(index, text)

    def _learn_acronyms(self, text: str) -> None:
        if "(" not in text:
            return  # every definition has its acronym in brackets; most paragraphs have none
        for match in ACRONYM_DEF.finditer(text):
            full, _ = strip_titles(match.group(1))
            self.acronyms.setdefault(full, match.group(2))

    def _learn_mentions(self, index: int, text: str, padded: bool = False) -> None:
        """Every name outside quotes; whether one opens its sentence is read later, and only for
        the few a pronoun may point to, except in a run cut at a full stop (`padded` text)."""
        for match in NAME_RUN.finditer(text):
            names = names_in_run(match.group(0))
            if names is None:
                self._learn_mentions_split(index, text, match)
                continue
            if not names:
                continue
            subject = opens_sentence(text[max(match.start() - 200, 0) : match.start()]) if padded else None
            for name, gender in names:
                self._add(index, match.start(), name, gender, subject)

    def _learn_mentions_split(self, index: int, text: str, match: re.Match) -> None:
        """"Paris. John Podesta": a name run across a full stop is two runs."""
        stop = SENTENCE_STOP.search(match.group(0))
        first_end, cut = match.start() + stop.start(), match.start() + stop.end()
        self._learn_mentions(index, " " * match.start() + text[match.start() : first_end], True)
        self._learn_mentions(index, " " * cut + text[cut : match.end()], True)

    def _add(self, index: int, offset: int, name: str, gender: str | None, subject: bool | None = False) -> None:
        kind = self.kinds.get(name)
        if kind == "place":
            return
        name = self.people.get(name, name)
        if kind == "person" or (kind is None and looks_like_person(name)):
            if name not in self.full_tokens:
                self._learn_full_name(name)
            self._remember(Mention(index, offset, name, "person", gender, subject))
            return
        known = self.full_name_for(name)
        if known is not None:
            self._remember(Mention(index, offset, known, "person", gender, subject))
        elif kind == "organisation" or is_org_name(name):
            self._remember(Mention(index, offset, self.canonical_org(name), "org"))

    def _learn_full_name(self, name: str) -> None:
        self.full_names.append(name)
        tokens = frozenset(name.replace("-", " ").split() + name.split())
        self.full_tokens[name] = (tokens, len(name.split()))
        for token in tokens:
            self.holding.setdefault(token, []).append(name)

    def full_name_for(self, short: str) -> str | None:
        """"Vik" -> "Lars Vik": the most mentioned (then first) full name holding the short one
        ("Prince Alwaleed" -> "Alwaleed Bin Talal": a naming title is not part of the match)."""
        tokens = short.split()
        if len(tokens) == 2 and tokens[0].lower() in NAMING_TITLES:
            tokens = tokens[1:]
        best, count = None, 0
        for full in self.holding.get(tokens[0], ()) if tokens else self.full_names:
            full_tokens, length = self.full_tokens[full]
            if len(tokens) < length and all(t in full_tokens for t in tokens):
                seen = self.seen.get(full, 0)
                if seen > count:
                    best, count = full, seen
        return best

    def canonical_org(self, name: str) -> str:
        match = ACRONYM_IN_BRACKETS.search(name)
        if match:
            return match.group(1)
        return self.acronyms.get(name.strip(), name.strip())

    def _remember(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.seen[mention.name] = self.seen.get(mention.name, 0) + 1
        if mention.gender:
            self.genders.setdefault(mention.name, set()).add(mention.gender)

    def gender_of(self, name: str) -> str | None:
        genders = self.genders.get(name, set())
        return next(iter(genders)) if len(genders) == 1 else None

    def add_speaker(self, paragraph: int, offset: int, name: str, kind: str) -> None:
        """Record a resolved speaker so a later pronoun can refer back to it."""
        self._remember(Mention(paragraph, offset, name, kind, self.gender_of(name), True))

    def resolve_pronoun(self, pronoun: str, paragraph: int, offset: int) -> str | None:
        """The most recent earlier person (or organisation, for "it"/"they") that fits."""
        wanted = PRONOUNS.get(pronoun.lower())
        if wanted is None:
            return None
        before = [m for m in self.mentions if m.paragraph < paragraph or (m.paragraph == paragraph and m.offset < offset)]
        before.sort(key=lambda m: (m.paragraph, m.offset))
        if wanted == "org":
            return next((m.name for m in reversed(before) if m.kind == "org"), None)
        people = [(m, m.gender or self.gender_of(m.name)) for m in before if m.kind == "person"]
        fitting = [(m, g) for m, g in people if g in (None, wanted)]
        if not fitting:
            return None
        latest = fitting[-1][0]
        same_paragraph = [m for m, g in fitting if g == wanted and m.paragraph == latest.paragraph]
        if same_paragraph:
            return same_paragraph[-1].name
        near = [m for m, _ in fitting if m.paragraph >= paragraph - 1 and self.is_subject(m)]
        return (near[-1] if near else latest).name

    def is_subject(self, mention: Mention) -> bool:
        """Whether the mention opens its sentence (read from its paragraph on first ask)."""
        if mention.subject is not None:
            return mention.subject
        start = mention.offset
        return opens_sentence(self.texts[mention.paragraph][max(start - 200, 0) : start])

    def resolve_common_noun(self, phrase: str) -> str:
        """"the agency" -> the latest organisation whose name holds "agency", else the phrase."""
        noun = phrase.split()[-1].lower()
        for mention in reversed(self.mentions):
            if mention.kind == "org" and any(word in (noun, noun + "s") for word in mention.name.lower().split()):
                return mention.name
        return phrase

    def without_place(self, phrase: str) -> str:
        """The phrase before "from/in/at ... <a place>": a place never speaks. An organisation stays
        ("a spokesman for the Home Office" speaks for the Home Office)."""
        match = AFFILIATION.search(phrase)
        place = match.group("name") if match else ""
        return phrase[: match.start()] if match and self.kinds.get(place) == "place" else phrase

    def is_common_word(self, name: str) -> bool:
        """A lone capitalised word the article also writes in lowercase ("Consider this 2014
        entry", "Dressed in black, McDonald ..."), or a number or a month: no name."""
        if " " in name or name.isupper() or not name[:1].isupper() or name.endswith("s"):
            return False  # a group in the plural ("Officials said") is a speaker, if not a name
        word = name.lower()
        if word.split("-")[0] in NUMBER_AND_DATE_WORDS:
            return True
        if self.lowercase is None:
            self.lowercase = lowercase_vocabulary(self.texts)
        return word in self.lowercase

    def resolve(self, phrase: str, paragraph: int, offset: int) -> str | None:
        """Turn a speaker phrase from an attribution into the name to show."""
        phrase = PLACED_IN.sub("", phrase.strip(" ,.;:"))
        if not phrase:
            return None
        if phrase.lower() in PRONOUNS:
            return self.resolve_pronoun(phrase, paragraph, offset)
        if phrase.lower() in {"i", "we", "you"}:
            return None
        head = self.without_place(phrase)  # "the senator from Vermont" is a senator, not Vermont
        bare = ARTICLE.sub("", phrase)
        determined = bare != phrase and (phrase.split()[-1][:1].islower() or head.split()[-1][:1].islower())
        if not any(c.isupper() for c in ARTICLE.sub("", head)) or determined:  # "the independent Vermont senator"
            role = head[0].lower() + head[1:]
            known = self.resolve_common_noun(role)  # an organisation, or the role as written
            return known if known != role else phrase[0].lower() + phrase[1:]
        name, _ = strip_titles(trailing_name(phrase))
        name = PARTY_AND_STATE.sub("", name)  # "(R-Wis.)", "(D-Nev.)"
        name = person_before_of(name)
        if not name:
            return None
        if is_org_name(name) or "(" in name:
            return self.canonical_org(name)
        known = self.people.get(name) or self.full_name_for(name)
        if known is None and name not in self.kinds and self.is_common_word(name):
            return None  # "Consider this 2014 entry: ⟦⟧" (but "May said" finds Theresa May first)
        return known or name


CONNECTORS = frozenset("of de da van von bin al del la le the for and".split())
OUTLET_WORD = re.compile(r"\b(?:Times|Post|News|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Reuters|Press)\b")
NUMBER_AND_DATE_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty"
    " seventy eighty ninety hundred thousand million january february march april june july august"
    " september october november december monday tuesday wednesday thursday friday saturday sunday".split()
)  # "Fifty-one percent say ⟦⟧", "a March 2019 study ⟦⟧"; not "may" (Theresa May)


def trailing_name(phrase: str) -> str:
    """"Democratic strategist David Axelrod" -> "David Axelrod": the name after the role words."""
    tokens = phrase.split()
    cut = max((i for i, t in enumerate(tokens) if t[:1].islower() and t not in CONNECTORS), default=-1)
    rest = tokens[cut + 1 :]
    while rest and rest[0] in CONNECTORS:  # "the majority of Americans" -> "Americans", not "of Americans"
        rest = rest[1:]
    return " ".join(rest) if any(t[:1].isupper() for t in rest) else phrase


def person_before_of(name: str) -> str:
    """"Joel Pollak of Breitbart California" -> "Joel Pollak" (a person's affiliation dropped)."""
    head, sep, tail = name.partition(" of ")
    if sep and (looks_like_person(head) or is_surname_at_outlet(head, tail)):
        return head
    return name


def is_surname_at_outlet(head: str, tail: str) -> bool:
    """ "Wee of the Times": a lone surname, then a news outlet it writes for."""
    return " " not in head and head.lower() not in ORG_WORDS and bool(OUTLET_WORD.search(tail))
