"""Runs of capitalised words in a sentence, with the cues around them: step 1 of entity finding.

A run breaks at punctuation, at a possessive ("Russia's | Vladimir Putin", but "Korean People's
Army" stays whole) and at a title ("U.S. | President | Donald Trump"). Sentence-initial function
words and words the text also writes in lowercase are not names; leading demonyms ("American
Justin Gatlin") and runs that fill a quotation ('"Spend Spend Spend"') are dropped. Each run keeps
cues from its neighbourhood: a title or role word, a place preposition or noun, a bracketed
acronym, a speech verb.

Speed (this runs on every sentence of every article): what depends only on a word or on a run's
words (splitting a raw word, its capital shape, title cuts, which words name something) is
cached; only what depends on the position in the sentence is worked out per mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter
from typing import NamedTuple

from generator.parse import lexicon as lx

_GAP_CHARS = r"\s\"“”„«»‹›()\[\]{},;:!?–—/"
# What precedes a word, then the word. The two classes are complements, so nothing is ever given
# back: possessive quantifiers (*+, ++) spare the regex engine its backtracking records.
_GAP_AND_TOKEN = re.compile(f"([{_GAP_CHARS}]*+)([^{_GAP_CHARS}]++)")
_WORDS_AND_GAPS = re.compile(f"([^{_GAP_CHARS}]++)")  # re.split by it: gap, word, gap, word, ..., gap
_WORD_REST = re.compile(f"[^{_GAP_CHARS}]*+")
# Every ASCII character but the capitals: an ASCII sentence stripped of them on the right ends at its
# last capital (no gap character is a capital, so that capital is inside the last upper-case word).
_ASCII_BUT_CAPITALS = "".join(chr(c) for c in range(128) if not "A" <= chr(c) <= "Z")
_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_CAMEL_START = re.compile(r"[a-z][A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$|^(?:[A-Z]\.){2,}$")
# Matched at the end of a run (pattern.match(sentence, pos) anchors there, no slice of the rest):
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")
_APPOSITIVE_ROLE = re.compile(r"\s*,\s*(?:the |a |an )?(?:[a-z][\w-]* ){0,2}?([a-z][\w-]*)\b")
_POSSESSIVE = ("'s", "’s")
_QUOTE_GAPS = frozenset({":", '"', "“", "‘", "'"})  # a word after one of these opens a sentence
OPENING_QUOTES = frozenset("\"“‘'«„")
CLOSING_QUOTES = frozenset("\"”’'»“")
_DATE_WORDS = frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS)
# Capitalised after a dateline's dash or a colon, these open the clause, not a name:
# "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal."
_LEADING_NON_NAMES = frozenset(
    "the a an to for in on at by from with without of into during despite amid following"
    " according as and but or if when while although though because since after before unless"
    " until whether".split()
)
# Capitalised words that are not names: function words ("NEW" opens "NEW YORK", so it stays) and
# acronyms of things.
_SHOUTED_NOT_NAMES = (lx.STOPWORDS - {"new"}) | lx.COMMON_ACRONYMS
_COMPANY_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "bros"})
_DOT_KEEPERS = lx.TITLE_ABBREVIATIONS | _COMPANY_ABBREVIATIONS
_OF_HEADS = lx.ORGANISATION_WORDS | lx.TITLE_RUN | lx.PLACE_NOUNS | lx.EVENT_WORDS  # "Bank of", "Secretary of"
_TOKEN_CACHE_SIZE = 1 << 15  # distinct raw words kept (~350 bytes each: ~11 MB at most)
_RUN_CACHE_SIZE = 1 << 14  # distinct runs of capitalised words seen
_NO_CUES: frozenset[str] = frozenset()
_TITLE = frozenset({"title"})
_COMMON = frozenset({"common"})
_IS_CAPITAL = itemgetter(3)  # Token.capital, read in C by map
_new_tuple = tuple.__new__  # builds a Token without NamedTuple's Python-level __new__ (~400k a build)


class Token(NamedTuple):
    """One word of a sentence with what surrounds it (a tuple: millions are made per build)."""

    text: str
    start: int
    end: int
    capital: bool
    joined: bool  # nothing but spaces between this token and the previous one
    possessive: bool
    lower: str  # text.lower(), asked for at almost every step


class WordPart(NamedTuple):
    """What one raw word yields, wherever it stands: offsets are relative to the raw word."""

    text: str
    start: int
    end: int
    possessive: bool
    lower: str
    capital_shape: bool  # a capital unless it opens a sentence and is a common word


class Candidate(NamedTuple):
    """One run of capitalised words in the body, in reading order, with its neighbourhood cues
    (a tuple, made with tuple.__new__: tens of thousands per build)."""

    name: str
    order: int
    cues: frozenset[str]
    acronym: str | None = None


def lowercase_vocabulary(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """Words the text writes in lowercase somewhere: capitalised at a sentence start they are not names."""
    return frozenset(chain.from_iterable(map(_LOWERCASE_WORD.findall, paragraphs)))


def is_title_case(title: str) -> bool:
    """Headline Style Capitalises Every Word, so its capitals say nothing about names."""
    long_words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)


def tokenize(sentence: str, lowercase: frozenset[str]) -> list[Token]:
    """Words with capitalisation decided, hyphenated place pairs split, possessives marked."""
    return tokens_of(gap_word_pairs(sentence), lowercase)


def gap_word_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(what precedes a word, the word) for each word of the text, from one re.split: a list of
    strings paired by zip, not a tuple per word made by findall."""
    pieces = iter(_WORDS_AND_GAPS.split(text))  # gap, word, gap, word, ..., gap
    return zip(pieces, pieces)


def name_bearing_tokens(sentence: str, lowercase: frozenset[str]) -> list[Token]:
    """The tokens up to the last word with an upper-case letter, and the token after it.

    No capital comes later, and the rules never look further than one token past a run's last
    capital (a run may reach past it only to give those words back), so the rest of the
    sentence, over a third of all words, need not be tokenised."""
    end = name_bearing_end(sentence)
    return tokens_of(gap_word_pairs(sentence[:end] if end < len(sentence) else sentence), lowercase) if end else []


def name_bearing_end(sentence: str) -> int:
    """Where the name-bearing words end: after the last word with an upper-case letter, then
    after the next word that yields a token. In an ASCII sentence one rstrip finds the last
    capital, instead of testing every word from the end."""
    if sentence.isascii():
        cut = len(sentence.rstrip(_ASCII_BUT_CAPITALS))
        end = _WORD_REST.match(sentence, cut).end() if cut else 0  # type: ignore[union-attr]  # always matches
    else:
        end = max((m.end() for m in _GAP_AND_TOKEN.finditer(sentence) if has_upper(m.group(2))), default=0)
    if end == 0:
        return 0
    while (following := _GAP_AND_TOKEN.match(sentence, end)) is not None:
        end = following.end()
        if split_token(following.group(2)):
            break
    return end


def has_upper(word: str) -> bool:
    """Any upper-case letter: without one, no part of the word can be a capital."""
    return word.lower() != word if word.isascii() else any(map(str.isupper, word))


def tokens_of(pairs: Iterable[tuple[str, str]], lowercase: frozenset[str]) -> list[Token]:
    """Tokens of a sentence's first (gap, raw word) pairs: strings, not Match objects."""
    tokens: list[Token] = []
    position = 0
    for gap, raw in pairs:
        offset = position + len(gap)
        position = offset + len(raw)
        gap = gap.strip()
        joined = not gap and bool(tokens)
        initial = not tokens or gap in _QUOTE_GAPS
        for text, start, end, possessive, lower, shape in split_token(raw):
            capital = shape and not (initial and (lower in lx.SENTENCE_OPENERS or lower in lowercase))
            tokens.append(_new_tuple(Token, (text, offset + start, offset + end, capital, joined, possessive, lower)))
            joined, initial = True, False
    return tokens


@lru_cache(maxsize=_TOKEN_CACHE_SIZE)
def split_token(raw: str) -> tuple[WordPart, ...]:
    """The parts of one raw word, cached: the same few thousand words make up most text.

    A word of letters only (most words) is its own single part: no quote, stop, apostrophe or
    hyphen to cut, and an all-lowercase one has no capital shape (parts_of gives the same)."""
    if raw.isalpha():
        shape = not raw.islower() and has_capital_shape(raw)
        return (_new_tuple(WordPart, (raw, 0, len(raw), False, raw.lower(), shape)),)
    return parts_of(raw)


def parts_of(raw: str) -> tuple[WordPart, ...]:
    """The parts of any raw word, quotes, stops, possessives and hyphens considered."""
    return tuple([_new_tuple(WordPart, (text, start, end, possessive, text.lower(), has_capital_shape(text)))
                  for text, start, end, possessive in split_raw(raw)])  # fmt: skip


def split_raw(raw: str) -> list[tuple[str, int, int, bool]]:
    """Strip quotes and sentence stops from a raw token and split "Russia-Ukraine" or "Korea-related"."""
    text = raw.strip("'‘’")
    start = raw.index(text[:1]) if text else 0
    possessive = raw.endswith(_POSSESSIVE) or raw.endswith(("s'", "s’")) and len(raw) > 3
    if raw.endswith(_POSSESSIVE):
        text = raw[:-2].lstrip("'‘")
    if text.endswith(".") and not keeps_dot(text):
        text = text.rstrip(".")
    parts = text.split("-")
    if len(parts) == 2 and parts[0][:1].isupper() and is_hyphen_suffix(parts[1]):
        return [(parts[0], start, start + len(parts[0]), True)]
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].isupper() and is_place_or_acronym(parts):
        return [(parts[0], start, start + len(parts[0]), True), (parts[1], start + len(parts[0]) + 1, len(raw), possessive)]
    return [(text, start, start + len(text), possessive)] if text else []


def is_hyphen_suffix(part: str) -> bool:
    """ "-related", "-backed", "-winning": a lowercase word glued on, not part of the name."""
    return part in lx.HYPHEN_SUFFIXES or (part.islower() and part.endswith(("ed", "ing")) and len(part) > 4)


def keeps_dot(text: str) -> bool:
    """ "U.S.", "J." and "Gen." keep their full stop; "Putin." at a sentence end does not."""
    bare = text.rstrip(".")
    return bool(_DOTTED.fullmatch(text) or len(bare) == 1 or bare.lower() in _DOT_KEEPERS)


def is_place_or_acronym(parts: list[str]) -> bool:
    """Split "Russia-Ukraine" and "U.S.-North", keep "Jean-Pierre" and "Rolls-Royce"."""
    return any(p.lower() in lx.PLACES or "." in p or p.isupper() for p in parts)


def has_capital_shape(text: str) -> bool:
    """Capitalised (or "iPhone"-like) and not a word that is never a name, wherever it stands."""
    if not text or not (text[0].isupper() or _CAMEL_START.match(text)):
        return False
    word = text.lower()
    if text.isupper() and len(text) > 1 and (word in _SHOUTED_NOT_NAMES):
        return False  # "ANY", "THE" in shouted text and "SUV", "LED" are not names
    return word not in lx.NOT_NAMES


def sentence_candidates(sentence: str, index: int, lowercase: frozenset[str]) -> list[Candidate]:
    """The runs of one sentence, split at titles, with their cues."""
    if not may_hold_capital(sentence, lowercase):
        return []
    tokens = name_bearing_tokens(sentence, lowercase)
    found: list[Candidate] = []
    for first, last in capital_runs(tokens):
        words = (tokens[first].lower,) if first == last else tuple([t.lower for t in tokens[first : last + 1]])
        for lo, hi, cues in title_pieces(words):
            if words[hi] in lowercase:
                cues = cues | _COMMON  # "a Wonderful Life": the text also writes "life"
            span = name_span(words[lo : hi + 1])
            if span is None:
                continue
            start, end = first + lo + span[0], first + lo + span[1]
            candidate = make_candidate(sentence, tokens, start, end, cues, index * 1000 + first + lo)
            if candidate:
                found.append(candidate)
    return found


def may_hold_capital(sentence: str, lowercase: frozenset[str]) -> bool:
    """False only when no word can be a capital: a common first word, then no upper case at all.

    A fifth of all sentences ("He said it was fine.") are settled here without tokenising them."""
    first = _GAP_AND_TOKEN.match(sentence)
    if first is None or not sentence[first.end() :].islower():  # islower: no upper or title case left
        return True
    for k, part in enumerate(split_token(first.group(2))):
        if part.capital_shape and (k or not (part.lower in lx.SENTENCE_OPENERS or part.lower in lowercase)):
            return True
    return False


def capital_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) index pairs of runs of capitalised tokens, connectors allowed inside."""
    runs: list[tuple[int, int]] = []
    last = -1
    for i in list(compress(range(len(tokens)), map(_IS_CAPITAL, tokens))):
        if i <= last:
            continue  # already inside the previous run
        last = i
        while last + 1 < len(tokens) and continues_run(tokens, last):
            last += 1
        while not tokens[last].capital:
            last -= 1
        runs.append((i, last))
    return runs


def continues_run(tokens: list[Token], j: int) -> bool:
    """May token j+1 join the run ending at j?"""
    nxt = tokens[j + 1]
    if not nxt.joined:
        return False
    if tokens[j].possessive:
        return possessive_inside_name(tokens, j)
    if nxt.capital:
        return True
    word, head = nxt.lower, tokens[j].lower
    if word in {"and", "&"}:  # "Securities and Exchange Commission", not "Telekom and Asahi Breweries"
        single = j == 0 or not (tokens[j - 1].capital and tokens[j].joined)
        return single and org_ahead(tokens, j + 2, 3)
    if word in {"of", "for"} and head not in _OF_HEADS:
        return False  # "Trevor Graham of Manchester United" is two names
    connector = word in lx.NAME_CONNECTORS or (nxt.text == "the" and head == "of")
    return connector and j + 2 < len(tokens) and tokens[j + 2].joined and (
        tokens[j + 2].capital or tokens[j + 2].text == "the"
    )


def possessive_inside_name(tokens: list[Token], j: int) -> bool:
    """ "Korean People's Army" is one name; "Russia's Vladimir Putin" and "Korea's Army" are two."""
    return tokens[j].lower not in lx.PLACES and org_ahead(tokens, j + 1, 2)


def org_ahead(tokens: list[Token], k: int, reach: int) -> bool:
    """Do the next `reach` joined capitalised tokens from k end in an organisation word?"""
    for token in tokens[k : k + reach]:
        if not (token.capital and token.joined):
            return False
        if token.lower in lx.ORGANISATION_WORDS:
            return True
        if token.possessive:
            return False
    return False


@lru_cache(maxsize=_RUN_CACHE_SIZE)
def title_pieces(words: tuple[str, ...]) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Cut "U.S. President Donald Trump" into "U.S." and a person "Donald Trump" (word offsets in the run)."""
    last = len(words) - 1
    if words[-1].rstrip(".") in lx.ORGANISATION_WORDS or words[-1] in lx.ORGANISATION_WORDS:
        return ((0, last, _NO_CUES),)
    titles = [i for i, w in enumerate(words[:-1]) if w in lx.PERSON_TITLES]
    if not titles:
        return ((0, last, _NO_CUES),)
    name_start = titles[-1] + 1
    while name_start < len(words) and words[name_start] in lx.TITLE_RUN:
        name_start += 1
    run_start = titles[0]
    while run_start > 0 and words[run_start - 1] in lx.TITLE_RUN:
        run_start -= 1
    pieces = [(0, run_start - 1, _NO_CUES)] if run_start > 0 else []
    if name_start < len(words):
        pieces.append((name_start, last, _TITLE))
    return tuple(pieces)


@lru_cache(maxsize=_RUN_CACHE_SIZE)
def name_span(words: tuple[str, ...]) -> tuple[int, int] | None:
    """(first, last) of the words that name something, or None: a pure function of the words, cached."""
    lo, hi = 0, len(words) - 1
    while lo <= hi and (words[lo] in _LEADING_NON_NAMES or words[lo] in _DATE_WORDS and lo < hi):
        lo += 1
    lo = skip_leading_demonyms(words, lo, hi)
    while hi > lo and words[hi] in lx.PERSON_TITLES:
        hi -= 1  # "Kyrgyz President": the adjective before a title, no name
    if lo > hi or all(w in lx.TITLE_RUN for w in words[lo : hi + 1]):
        return None  # "Shadow Secretary of State": a title without a name
    if hi > lo and words[hi] in lx.WEEKDAYS:
        if words[hi - 1] in lx.WEEKDAY_NAME_PARTS or words[hi - 1] in lx.EVENT_WORDS:
            return None  # a day's name: "Black Friday", "Super Bowl Sunday"
        hi -= 1  # a date after the name: "the Coast Guard Tuesday said"
    if words[hi] in lx.EVENT_WORDS or words[lo] in lx.EVENT_HEADS and hi > lo:
        return None
    if all(w in lx.DIRECTIONS or is_demonym(w) for w in words[lo : hi + 1]):
        return None
    return lo, hi


def make_candidate(
    sentence: str, tokens: list[Token], lo: int, hi: int, cues: frozenset[str], order: int
) -> Candidate | None:
    """A Candidate for the name in tokens lo..hi, or None when its context says it is none."""
    if hi > lo and quoted_title(sentence, tokens[lo].start, tokens[hi].end) and "title" not in cues:
        return None
    before = (tokens[lo - 2].lower, tokens[lo - 1].lower) if lo > 1 else (tokens[0].lower,) if lo else ()
    if hi == lo and tokens[lo].lower in _DATE_WORDS and not (before and before[-1] in lx.PERSON_TITLES):
        return None  # "Tuesday", "May" — but "Mrs May"
    end = tokens[hi].end
    role = _APPOSITIVE_ROLE.match(sentence, end)
    next_word = tokens[hi + 1].lower if hi + 1 < len(tokens) else ""
    cues = with_neighbourhood_cues(cues, before, role.group(1) if role else "", next_word)
    bracket = _BRACKETED.match(sentence, end)
    return _new_tuple(Candidate, (sentence[tokens[lo].start : end], order, cues, bracket.group(1) if bracket else None))


def skip_leading_demonyms(words: tuple[str, ...], lo: int, hi: int) -> int:
    """Drop "American" from "American Justin Gatlin", keep "South Africa" and "British Airways"."""
    run = words[lo : hi + 1]
    if not run or " ".join(run) in lx.PLACES or run[-1] in lx.ORGANISATION_WORDS:
        return lo
    while lo < hi:
        word, following = words[lo], words[lo + 1]
        if not (is_demonym(word) or word in lx.DIRECTIONS and is_demonym(following)):
            break
        lo += 1
    return lo


def quoted_title(sentence: str, start: int, end: int) -> bool:
    """ "It's a Wonderful Life" or 'Spend Spend Spend': a run that fills a quotation is a title of a work."""
    before = sentence[:start].rstrip()[-1:]
    after = sentence[end:].lstrip()[:1]
    return bool(before) and before in OPENING_QUOTES and bool(after) and after in CLOSING_QUOTES


def is_demonym(word: str) -> bool:
    return word in lx.DEMONYMS or (word.endswith(lx.DEMONYM_ENDINGS) and word not in lx.PLACES)


@lru_cache(maxsize=_RUN_CACHE_SIZE)
def with_neighbourhood_cues(cues: frozenset[str], before: tuple[str, ...], role: str, next_word: str) -> frozenset[str]:
    """The run's own cues and those from the words around it (the word after an appositive
    comma, the next word): a pure function of a few words, cached."""
    return cues | neighbourhood_cues(before, role, next_word)


def neighbourhood_cues(before: tuple[str, ...], role: str, next_word: str) -> frozenset[str]:
    """Cues from the words around a run: role, title, place, speech."""
    cues = set()
    if before and (before[-1] in lx.ROLE_WORDS or before[-1] in lx.PERSON_TITLES):
        cues.add("title")
    if role in lx.ROLE_WORDS:
        cues.add("title")
    if before and before[-1] in lx.PLACE_PREPOSITIONS:
        cues.add("place-prep")
    if len(before) == 2 and before[-1] == "of" and before[0] in lx.PLACE_NOUNS:
        cues.add("place")
    if next_word in lx.PLACE_NOUNS:
        cues.add("place")
    if next_word in lx.SPEECH_VERBS:
        cues.add("speech")
    return frozenset(cues)
