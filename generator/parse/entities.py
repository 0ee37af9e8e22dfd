"""People, organisations and places, found by capitalisation and small word lists, not a model.

1. (entity_runs.py) Every sentence is cut into runs of capitalised words ("University of North Korean Studies"),
   breaking at punctuation, possessives ("Russia's Vladimir Putin") and titles ("U.S. | President
   | Donald Trump"). Sentence-initial function words and words the text also uses in lowercase
   are not names. Each run keeps cues from its neighbourhood: a title or role word before it, a
   place preposition or place noun, a bracketed acronym after it, a speech verb.
2. Runs with the same normalised spelling are grouped (hyphens, dots and case do not count:
   Kim Jong-un = Kim Jong Un, U.S. = US); a bracketed acronym, an acronym made of a name's
   initials, and a lone first or last name of a person join that person's or body's group.
3. Each group gets a kind from its strongest cue: organisation words and known bodies, then the
   gazetteer, then titles and roles, then place cues; a group with no evidence is dropped.
Groups come out in order of first mention; `mentions` counts the body and the headline.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import itemgetter
from typing import NamedTuple
from functools import lru_cache

from generator.models import Entity
from generator.parse import lexicon as lx
from generator.parse.entity_runs import (
    ACRONYM,
    Candidate,
    is_title_case,
    lowercase_vocabulary,
    sentence_candidates,
)
from generator.parse.sentences import split_sentences


def find_entities(title: str, paragraphs: tuple[str, ...]) -> tuple[Entity, ...]:
    """People, organisations and places of one article, by first mention."""
    lowercase = lowercase_vocabulary(paragraphs)
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    headline = "" if is_title_case(title) else title  # a sentence-case headline is read as a sentence
    if headline:
        sentences.insert(0, headline)
    candidates = [c for i, s in enumerate(sentences) for c in sentence_candidates(s, i, lowercase)]
    groups = merge_aliases(group_candidates(candidates))
    entities = [to_entity(group, title if not headline else "") for group in groups]
    return tuple(e for e in entities if e is not None)


# --- 2. groups and aliases -----------------------------------------------------------------------


class Group(NamedTuple):
    """Candidates that name one thing (a tuple, made with tuple.__new__ by make_group: one per
    distinct name of every article)."""

    key: str
    members: tuple[Candidate, ...]
    words: tuple[str, ...]  # the key's words, asked for in every pair of groups

    @property
    def order(self) -> int:
        return self.members[0].order

    @property
    def cues(self) -> frozenset[str]:
        members = self.members
        return members[0].cues if len(members) == 1 else frozenset(c for m in members for c in m.cues)


def make_group(key: str, members: tuple[Candidate, ...]) -> Group:
    """A Group with its key's words."""
    return _new_tuple(Group, (key, members, tuple(key.split())))


@lru_cache(maxsize=1 << 14)
def normal_key(name: str) -> str:
    """Spelling-insensitive key: case, dots, hyphens and a leading "the" do not count."""
    key = " ".join(name.lower().replace("‐", " ").replace("-", " ").replace("’", "'").split())
    key = key[4:] if key.startswith("the ") else key
    dotted = key.replace(".", "")
    return lx.PLACE_ALIASES.get(key) or lx.PLACE_ALIASES.get(dotted) or dotted


_order = itemgetter(1)  # Candidate.order
_new_tuple = tuple.__new__


def _first_order(group: Group) -> int:
    return group.members[0].order


def group_candidates(candidates: list[Candidate]) -> list[Group]:
    """Candidates with the same key, by first mention."""
    by_key: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_key.setdefault(normal_key(candidate.name), []).append(candidate)
    return sorted([make_group(k, tuple(v)) for k, v in by_key.items()], key=_first_order)


def merge_aliases(groups: list[Group]) -> list[Group]:
    """Join acronyms to the names they abbreviate and lone first/last names to full names."""
    absorbed_by: dict[str, list[Group]] = {}  # a full form is never itself absorbed (see alias_pairs)
    for absorbed, into in alias_pairs(groups):
        absorbed_by.setdefault(into.key, []).append(absorbed)
    gone = {a.key for short_forms in absorbed_by.values() for a in short_forms}
    return [
        absorb(g, absorbed_by[g.key]) if g.key in absorbed_by else g
        for g in groups
        if g.key not in gone
    ]  # fmt: skip


def absorb(group: Group, short_forms: list[Group]) -> Group:
    """The group with the short forms' mentions, in reading order (ties keep pair order)."""
    members = group.members + tuple(m for short in short_forms for m in short.members)
    return make_group(group.key, tuple(sorted(members, key=_order)))


def alias_pairs(groups: list[Group]) -> list[tuple[Group, Group]]:
    """(short form, full form) pairs; each short form joins one full form at most."""
    pairs: list[tuple[Group, Group]] = []
    full = [g for g in groups if len(g.words) > 1]
    longer = longer_names(full)
    for group in groups:
        target = acronym_target(group, full) or surname_target(group, longer)
        if target is not None and target.key != group.key:
            pairs.append((group, target))
    taken = {p[1].key for p in pairs}
    return [p for p in pairs if p[0].key not in taken]


def acronym_target(group: Group, full: list[Group]) -> Group | None:
    """ "KCNA" joins "Korean Central News Agency" when bracketed after it or made of its initials."""
    if not ACRONYM.match(group.members[0].name):
        return None
    acronym = group.members[0].name.replace(".", "")
    for candidate in full:
        if any((m.acronym or "").replace(".", "") == acronym for m in candidate.members):
            return candidate
    for candidate in full:
        initials = "".join(w[0] for w in candidate.words if w not in lx.NAME_CONNECTORS and w != "the")
        if initials.upper() == acronym.upper():
            return candidate
    return None


def longer_names(full: list[Group]) -> dict[tuple[str, ...], list[Group]]:
    """Multi-word names under each shorter tail of their words and under their first word, in order.

    Looking a short form up here replaces comparing it with every full name of the article."""
    index: dict[tuple[str, ...], list[Group]] = {}
    for group in full:
        words = group.words
        for short in dict.fromkeys([*(words[-k:] for k in range(1, len(words))), words[:1]]):
            index.setdefault(short, []).append(group)
    return index


def surname_target(group: Group, longer: dict[tuple[str, ...], list[Group]]) -> Group | None:
    """ "Putin" joins "Vladimir Putin", "Kim" joins "Kim Jong Un" (first mention wins ties)."""
    if ACRONYM.match(group.members[0].name):
        return None
    words = group.words
    if words[0] in lx.PLACES and len(words) == 1:
        return None  # "Ireland" does not join "Athletics Ireland"
    return next((g for g in longer.get(words, ()) if kind_of(g) == "person"), None)


# --- 3. kinds and output -------------------------------------------------------------------------


def kind_of(group: Group) -> str | None:
    """Organisation, place or person from the strongest evidence; None when there is none."""
    words, cues = group.words, group.cues
    if group.key in lx.PLACE_BUT_ORGANISATION:
        return "organisation"
    if group.key in lx.PLACES or group.key in lx.PLACE_ALIASES.values():
        return "place"  # the gazetteer's "Kansas City" before the club-like "Manchester City"
    if is_organisation_name(words, group.key):
        return "organisation"
    if is_named_after_place(words):
        return "organisation"
    if has_acronym(group):
        return "organisation"
    if "title" in cues:
        return "person"
    if "place" in cues or (len(words) > 1 and words[-1] in lx.PLACE_NAME_ENDINGS):
        return "place"
    if looks_like_person_name(group):
        return "person"
    if "place-prep" in cues and sum("place-prep" in m.cues for m in group.members) * 2 >= len(group.members):
        return "place"
    return None


def is_named_after_place(words: tuple[str, ...]) -> bool:
    """ "Los Angeles Lakers", "New York Philharmonic": a city of several words, then a word that
    is no place noun, is a team or a body (never a person; single-word places are also given
    names, as in "Paris Hilton", so they are not read this way)."""
    if len(words) < 3 or words[-1] in lx.PLACE_NAME_ENDINGS or words[-1] in lx.DIRECTIONS:
        return False
    return any(" ".join(words[:k]) in lx.PLACES for k in range(2, len(words)))


def has_acronym(group: Group) -> bool:
    """A spelling in capitals that is an acronym ("NASA", "UN" beside "United Nations"), not a
    written name in capitals (a dateline's "LARGO" beside "Largo")."""
    spellings = {m.name for m in group.members}
    written = {s.upper() for s in spellings if not s.isupper()}
    return any(ACRONYM.match(s) and s not in written for s in spellings)


def looks_like_person_name(group: Group) -> bool:
    """Two to four plain capitalised words: no function word, acronym, place or "of"."""
    words = group.words
    if not 1 < len(words) <= 4 or set(words) & {"of", "for", "the", "and"}:
        return False
    if any((w in lx.STOPWORDS and w not in lx.MONTHS) or w in lx.PLACES for w in words):
        return False  # ("Theresa May" is a name, "Reporters Without Borders" is not)
    if all("common" in m.cues for m in group.members):
        return False
    return not any(ACRONYM.match(part) for m in group.members for part in m.name.split())


def is_organisation_name(words: tuple[str, ...], key: str) -> bool:
    """Ends in (or is headed by) an organisation word, or is a body we know."""
    if key in lx.KNOWN_ORGANISATIONS or key in lx.KNOWN_ORGANISATION_PHRASES:
        return True
    if words[-1] in lx.ORGANISATION_WORDS and (len(words) > 1 or words[-1] in {"police", "army", "navy", "parliament", "congress", "senate"}):
        return True
    return len(words) > 2 and words[0] in lx.ORGANISATION_WORDS and words[1] in {"of", "for"}


def to_entity(group: Group, title: str) -> Entity | None:
    """The public Entity: the most used full spelling as name, the other spellings as aliases."""
    kind = kind_of(group)
    if kind is None:
        return None
    names = [m.name for m in group.members]
    firsts = list(dict.fromkeys(names))
    name, aliases = pick_name(names, firsts) if len(firsts) > 1 else (firsts[0], ())
    mentions = len(names) + title_mentions(title, name, aliases)
    if kind == "place" and is_shouted(name) and group.key in lx.PLACES:
        name, aliases = capwords(name), (name, *aliases)  # "WASHINGTON (AP) —": a dateline's place
    return Entity(name=name, kind=kind, aliases=aliases, mentions=mentions)


def pick_name(names: list[str], firsts: list[str]) -> tuple[str, tuple[str, ...]]:
    """Of several spellings: the most used of the longest, a written one before one in capitals
    (a dateline's "WASHINGTON"), first mention breaking ties; the rest are aliases."""
    spellings = Counter(names)
    longest = max(len(normal_key(s).split()) for s in firsts)
    full = [s for s in firsts if len(normal_key(s).split()) == longest]
    name = max(full, key=lambda s: (not is_shouted(s), spellings[s], -firsts.index(s)))
    return name, tuple(s for s in firsts if s != name)


def is_shouted(name: str) -> bool:
    """All in capitals and more than an acronym: "WASHINGTON", "NEW YORK", not "UK" or "U.S.A."."""
    return name.isupper() and max(len(w) for w in name.replace(".", " ").split()) > 3


def capwords(name: str) -> str:
    """ "NEW YORK" -> "New York" (a place's name as written in running text)."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def title_mentions(title: str, name: str, aliases: tuple[str, ...]) -> int:
    """How often the headline names the entity (longest spellings first, no double counting)."""
    count = 0
    remaining = title
    for spelling in sorted((name, *aliases), key=len, reverse=True):
        if spelling not in remaining:
            continue  # most spellings are not in the headline: no pattern to build
        pattern = re.compile(r"(?<!\w)" + re.escape(spelling) + r"(?!\w)")
        count += len(pattern.findall(remaining))
        remaining = pattern.sub(" ", remaining)
    return count
