"""Extractive key points: the 3–5 sentences that best stand for the article, in reading order.

No model: each eligible sentence is scored by how close its words are to the article's word
centroid, how much of the headline it repeats, and how early it comes (news puts the point
first). The best are picked greedily, skipping near-repeats of a sentence already picked.

Captions, datelines, bylines, link lines and quote-only fragments are never key points: a key
point has to read as a sentence of the writer's on its own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import mul

from generator.parse.cues import folded, may_contain_folded
from generator.parse.lexicon import STOPWORDS
from generator.parse.sentences import CLOSERS, split_sentences

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")  # _WORD on ASCII text, a cheaper class test
_STOPS = (".", "!", "?", "…")
_NOT_PROSE = re.compile(
    r"^(?:by\s+\S+(?:\s+\S+){0,4}$|related(?: article| stories| coverage)?:|original url|read more|"
    r"photo:|image:|picture:|caption:|credit:|source:|copyright|©|all rights reserved|follow us|"
    r"sign up|click here|share this|advertisement|updated:|published:|posted:)",
    re.I,
)
_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|Getty|EPA)[^)]*\)|\b(?:Getty Images|AP Photo|File photo|Photo by|Picture:)"
    r"|\s[\w-]+\.(?:com|org|net|ru|gov|kr|uk|cn|jp)\S*$|^https?://",
    re.I,
)
# What each _CREDIT alternative needs, lowercased: an agency in brackets, a credit phrase, a
# domain in the last word, a leading URL.
_AGENCY_CUES = ("(ap", "(afp", "(reuters", "(getty", "(epa")
_PHRASE_CUES = ("photo", "picture:", "getty images")
_DOMAIN_CUES = (".com", ".org", ".net", ".ru", ".gov", ".kr", ".uk", ".cn", ".jp")
_PHOTO_LABEL = re.compile(r"\b(?:Photo|Image|Picture|Caption|Credit)s?:", re.I)
_DATE_ONLY = re.compile(r"^[\w\s,.:/-]{0,40}\b\d{4}\b[\w\s,.:/-]{0,20}$")
_OPENING_MARK = re.compile(r"[\"“«„]")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“]*“")
_OPENING_MARKS = ('"', "“", "«", "„")

MIN_WORDS = 6
WEIGHTS = {"centroid": 0.45, "title": 0.3, "position": 0.25}
REPEAT = 0.5  # word overlap (Jaccard) above which a sentence repeats one already picked


@dataclass(frozen=True)
class Sentence:
    """A sentence, its position among the article's sentences and its content words, with what
    the eligibility rules ask of it worked out once for all three passes; the eligible ones are
    the candidates for key points."""

    index: int
    text: str
    words: frozenset[str]
    prose: bool


def summarise(title: str, paragraphs: tuple[str, ...], limit: int = 5) -> tuple[str, ...]:
    """The key sentences of an article, in their original order."""
    texts = [s for p in paragraphs for s in caption_blanked(p)]
    sentences = [read_sentence(index, text) for index, text in enumerate(texts)]
    candidates = eligible(sentences, strict=True)
    if len(candidates) < 3:  # a short article: shorter sentences may serve, captions still may not
        candidates = eligible(sentences, strict=False)
    if len(candidates) < 3:  # quote-heavy: 'McLeish said: "We blew it.' opens with the writer's words
        candidates = eligible(sentences, strict=False, open_quote=True)
    if not candidates or limit <= 0:
        return ()
    picked = pick(candidates, content_words(title), wanted(len(candidates), limit))
    return tuple(c.text for c in sorted(picked, key=lambda c: c.index))


def caption_blanked(paragraph: str) -> tuple[str, ...]:
    """The paragraph's sentences, each "" when the paragraph is a caption (tested once, not per sentence)."""
    sentences = split_sentences(paragraph)
    return ("",) * len(sentences) if is_caption(paragraph) else sentences


def wanted(available: int, limit: int) -> int:
    """3 key points for a short article, up to `limit` (5) for a long one; fewer only if there are fewer."""
    return min(available, limit, max(3, math.ceil(available / 4)))


def read_sentence(index: int, text: str) -> Sentence:
    """A sentence with its content words and whether it reads as the writer's prose."""
    tokens = words_of(text)  # found once for both the content words and the prose check
    words = frozenset(filter(None, map(content_word, tokens)))
    return Sentence(index, text, words, bool(text and words) and is_prose(text, tokens))


def eligible(sentences: list[Sentence], strict: bool, open_quote: bool = False) -> list[Sentence]:
    """Sentences that can stand as a key point (strict: also a full stop and six words;
    open_quote: also a sentence that introduces a quotation continuing past it)."""
    found = []
    for sentence in sentences:
        text, words = sentence.text, sentence.words
        if not text or not words or not (sentence.prose or open_quote and introduces_quote(text)):
            continue
        if strict and (not has_words(text, MIN_WORDS) or not ends_like_sentence(text)):
            continue
        found.append(sentence)
    return found


def ends_like_sentence(text: str) -> bool:
    """A stop, then only closing quotes or brackets (and maybe a newline): read from the end
    rather than a regex searched for at every position."""
    text = text[:-1] if text.endswith("\n") else text
    return text.rstrip(CLOSERS).endswith(_STOPS)


def is_caption(paragraph: str) -> bool:
    """A short paragraph carrying a photo credit is a caption, every sentence of it."""
    return not has_words(paragraph, 41) and (has_credit(paragraph) or bool(_PHOTO_LABEL.search(paragraph)))


def has_credit(text: str) -> bool:
    """A photo credit, agency tag, trailing domain or leading URL (_CREDIT), looked for only
    when the text holds a word one of them needs."""
    return may_hold_credit(folded(text), text) and bool(_CREDIT.search(text))


def may_hold_credit(lowered: str | None, text: str) -> bool:
    """Could _CREDIT match `text` (folded() form `lowered`)? Each alternative's cues are looked
    for only where it can match: the domain ends the text, so it lies in the last word."""
    if lowered is None:
        return True
    if "(" in text and may_contain_folded(lowered, _AGENCY_CUES):
        return True
    if lowered.startswith("http") or may_contain_folded(lowered, _PHRASE_CUES):
        return True
    last = lowered.rsplit(None, 1)
    return bool(last) and may_contain_folded(last[-1], _DOMAIN_CUES)


def is_prose(text: str, tokens: list[str] | None = None) -> bool:
    """Not a caption, dateline, byline, link line, or a fragment of a quotation.
    `tokens`: the text's _WORD matches, when the caller has them already."""
    stripped = text.strip()
    if _NOT_PROSE.match(stripped) or has_credit(stripped) or is_date_only(stripped):
        return False
    if not has_words(stripped, 3) or not has_lowercase_content(stripped, tokens):
        return False  # "Vladimir Putin and Kim Jong-un." is a caption: names, no statement
    return quotes_balanced(stripped) and quoted_share(stripped) < 0.85


def is_date_only(text: str) -> bool:
    """A dateline ("Updated 12 March 2024, 10:00"): _DATE_ONLY, which matches at most 65
    characters, so a longer text is not tried."""
    return len(text) <= 65 and bool(_DATE_ONLY.match(text))


def introduces_quote(text: str) -> bool:
    """At least four words of the writer's before the one quotation mark the sentence opens."""
    lead = _OPENING_MARK.split(text, maxsplit=1)[0]
    return has_words(lead, 4) and not (_NOT_PROSE.match(lead.strip()) or has_credit(lead))


def has_words(text: str, count: int) -> bool:
    """At least `count` whitespace-separated words; splits no further than that (a paragraph
    is not cut into all its words to learn it has more than 40)."""
    return count <= 0 or len(text.split(None, count - 1)) >= count


def has_lowercase_content(text: str, tokens: list[str] | None = None) -> bool:
    """A statement has at least one lowercase word that is not a function word (a verb, a noun)."""
    return any(map(is_statement_word, words_of(text) if tokens is None else tokens))


@lru_cache(maxsize=1 << 16)
def is_statement_word(word: str) -> bool:
    """A lowercase word of three letters or more that is not a function word."""
    return word.islower() and len(word) > 2 and word not in STOPWORDS


def quotes_balanced(text: str) -> bool:
    """A sentence cut out of a multi-sentence quotation has an odd number of marks."""
    return (
        not text.count('"') % 2 and text.count("“") == text.count("”") and text.count("«") == text.count("»")
    )


def quoted_share(text: str) -> float:
    """How much of the sentence sits inside quotation marks."""
    if not any(map(text.__contains__, _OPENING_MARKS)):
        return 0.0  # every _QUOTED match opens with one of them; most sentences hold none
    inside = sum(len(m) for m in _QUOTED.findall(text))
    return inside / max(1, len(text))


def words_of(text: str) -> list[str]:
    """_WORD's matches: letters and digits, joined by apostrophes and hyphens. Most sentences are
    ASCII, where a plain [A-Za-z0-9] class finds the same words for ~15% less CPU."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def content_words(text: str) -> frozenset[str]:
    """Lowercase words that carry meaning, with a crude plural strip so "talks" meets "talk"."""
    return frozenset(filter(None, map(content_word, words_of(text))))


@lru_cache(maxsize=1 << 16)
def content_word(word: str) -> str:
    """A word as content_words keeps it, or "" for a function word, a number or a short word.
    Cached: an article repeats its words, and a corpus its vocabulary."""
    word = word.lower().replace("’", "'")
    if len(word) <= 2 or word in STOPWORDS or word.isdigit():
        return ""
    return stem(word)


def stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def pick(candidates: list[Sentence], title_words: frozenset[str], count: int) -> list[Sentence]:
    """The best-scoring candidates, skipping any that repeat one already picked."""
    frequency = Counter(chain.from_iterable(c.words for c in candidates))
    spread = math.sqrt(sum(map(mul, frequency.values(), frequency.values())))
    scores = {c.index: score(c, rank, frequency, spread, title_words) for rank, c in enumerate(candidates)}
    ranked = sorted(candidates, key=lambda c: (-scores[c.index], c.index))
    picked: list[Sentence] = []
    for candidate in ranked:
        if len(picked) == count:
            break
        if all(overlap(candidate.words, p.words) <= REPEAT for p in picked):
            picked.append(candidate)
    for candidate in ranked:  # near-repeats only when nothing else is left, never the same words twice
        if len(picked) < count and all(candidate.text != p.text for p in picked):
            picked.append(candidate)
    return picked


def score(
    candidate: Sentence, rank: int, frequency: Counter[str], spread: float, title_words: frozenset[str]
) -> float:
    """Centroid closeness, headline overlap and lead position (`rank` among the candidates in
    reading order), weighted; quotations count less. `spread` is the norm of `frequency`."""
    centroid = cosine(candidate.words, frequency, spread)
    title = len(candidate.words & title_words) / len(title_words) if title_words else 0.0
    position = 1 / math.sqrt(1 + rank)
    total = WEIGHTS["centroid"] * centroid + WEIGHTS["title"] * title + WEIGHTS["position"] * position
    return total * (1 - 0.5 * quoted_share(candidate.text))  # the writer's account over a quote


def cosine(words: frozenset[str], frequency: Counter[str], spread: float) -> float:
    """Cosine between a sentence's word set and the article's word frequencies (own words removed);
    `spread` is the frequencies' norm, the same for every sentence of the article."""
    dot = sum(map(frequency.__getitem__, words)) - len(words)  # each word's count, less its own use
    norm = spread * math.sqrt(len(words))
    return dot / norm if norm else 0.0


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0
