"""Conflicts: outlets that tell the same thing with different figures (1,200 workers vs 1,100).

A claim is a figure and the word it counts ("1,200 workers" -> 1200, "worker"). Two sentences
from different articles that share enough context and count the same thing with different
figures conflict. Hedged figures ("more than 10,000", "about 40") are estimates, not claims
that rule each other out, so they never conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.group.words import STOPWORDS, fold, names, normalise_number, stem
from generator.merge.sentences import Unit, Weights, overlap
from generator.models import Conflict, SentenceRef

SAME_SUBJECT = 0.45  # context overlap at which two sentences talk about the same thing
_CLAIM = re.compile(
    r"(?P<hedge>\b(?:more than|over|about|nearly|almost|at least|up to|around|roughly|some|"
    r"approximately|fewer than|less than)\s+)?"
    r"(?<![\w.,:–-])(?P<value>[$€£]?\d(?:[\d,.]*\d)?(?:\s?(?:%|per cent|percent))?"
    r"(?:\s(?:million|billion|thousand|trillion))?)"
    r"(?![\w–-])(?P<after>(?:\s+[^\W\d_][\w’'-]*){1,3})",
    re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Claim:
    subject: str  # the stemmed word the figure counts
    shown: str  # that word as written
    value: str  # the figure as written
    ref: SentenceRef

    @property
    def amount(self) -> str:
        return normalise_number(self.value.lstrip("$€£").replace(" ", ""))


def sentence_claims(unit: Unit) -> tuple[Claim, ...]:
    """The unhedged figures of a sentence with the thing each counts."""
    if not _DIGIT.search(unit.ref.text):  # most sentences: no figure, so no trying _CLAIM everywhere
        return ()
    claims = []
    for match in _CLAIM.finditer(unit.ref.text):
        counted = counted_word(match.group("after"))
        if match.group("hedge") or counted is None:
            continue
        claims.append(Claim(stem(fold(counted)), counted, match.group("value"), unit.ref))
    return tuple(claims)


def counted_word(after: str) -> str | None:
    """The first word after a figure that is not a stop word ("€5 million to schools": schools)."""
    return next((w for w in after.split() if fold(w) not in STOPWORDS), None)


def find_conflicts(
    units_by_article: tuple[tuple[Unit, ...], ...], weights: Weights
) -> tuple[Conflict, ...]:
    """One Conflict per subject that articles report with different figures."""
    if len(units_by_article) < 2:
        return ()  # one article does not disagree with itself: no figures to read
    claimed = [(u, sentence_claims(u)) for units in units_by_article for u in units]
    claimed = [(u, c) for u, c in claimed if c]
    clashing: dict[str, list[Claim]] = {}
    sentence_names: dict[SentenceRef, frozenset[str]] = {}
    for i, j in pairs_counting_one_thing(claimed):
        (a, a_claims), (b, b_claims) = claimed[i], claimed[j]
        if not same_subject(a, b, weights, sentence_names):
            continue
        for x in a_claims:
            for y in b_claims:
                if x.subject == y.subject and x.amount != y.amount:
                    clashing.setdefault(x.subject, []).extend((x, y))
    return tuple(as_conflict(claims) for _, claims in sorted(clashing.items()))


def pairs_counting_one_thing(claimed: list[tuple[Unit, tuple[Claim, ...]]]) -> list[tuple[int, int]]:
    """The pairs of sentences (as positions, in order) with a counted word in common: only they
    can clash, so the rest are never compared (an index from counted word to sentences)."""
    counting: dict[str, list[int]] = {}
    for position, (_, claims) in enumerate(claimed):
        for subject in dict.fromkeys(c.subject for c in claims):
            counting.setdefault(subject, []).append(position)
    pairs = {
        (first, second)
        for positions in counting.values()
        for n, first in enumerate(positions)
        for second in positions[n + 1 :]
    }
    return sorted(pairs)


def same_subject(
    a: Unit, b: Unit, weights: Weights, known: dict[SentenceRef, frozenset[str]] | None = None
) -> bool:
    """Different outlets, enough shared context, and no names on both sides the other lacks
    ("104 killed in Homs" and "15 killed in Idlib" are two places, not two counts of one).
    `known`: the names of sentences already looked at, kept by the caller."""
    if a.ref.article == b.ref.article or overlap(a.words, b.words, weights) < SAME_SUBJECT:
        return False
    known = {} if known is None else known
    for ref in (a.ref, b.ref):
        if ref not in known:
            known[ref] = names(ref.text)
    a_names, b_names = known[a.ref], known[b.ref]
    return not (a_names - b_names and b_names - a_names)


def as_conflict(claims: list[Claim]) -> Conflict:
    """Distinct claims in article order; the values in the order they first appear."""
    unique = list(dict.fromkeys(claims))
    first_wording = {c.amount: c.value for c in reversed(unique)}
    values = tuple(first_wording[a] for a in dict.fromkeys(c.amount for c in unique))
    return Conflict(subject=unique[0].shown, claims=tuple(c.ref for c in unique), values=values)
