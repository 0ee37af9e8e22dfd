"""Date expressions in the body, resolved against the publication date.

Each expression ("on Tuesday", "Aug. 12", "in April", "last year") becomes one DateMention whose
`text` is the expression as written, including a leading "on"/"in"/"last"/"next" when present,
and whose `date` is ISO at the precision the words give: YYYY-MM-DD, YYYY-MM or YYYY.

Rules (documented because readers of the timeline rely on them):
- A weekday or a month without a year points back to the latest one on or before publication,
  unless the nearest tense cue in its sentence points forward ("will", "is expected", "scheduled",
  "upcoming"), then to the first one on or after publication. "last X" is strictly before,
  "next X" strictly after publication.
- A day and month without a year ("Aug 12") takes the year that puts it nearest publication.
- A weekday next to an explicit date ("Tuesday (Aug 12)", "Tuesday, August 12") is ONE mention.
- Weeks ("this week", "last week", "later this week") are mentions with date None: no single
  day or month is meant, and the digest's date formats have no week precision.
- Without a publication date, only absolute expressions ("August 12, 2025", "in 2019",
  "2025-08-12", "May 2024") resolve; the rest are kept with date None.
- A weekday that is part of a name ("Good Friday", "Black Friday", "the Sunday Times") and a
  "May" that is not a month ("Theresa May", "may") are not date expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from generator.models import DateMention
from generator.parse.cues import any_of, folded, may_contain_folded
from generator.parse.lexicon import FUTURE_CUES, MONTHS, PAST_CUES, WEEKDAY_NAME_PARTS, WEEKDAYS

_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20|21)\d\d)"
_ON = r"(?:[Oo]n\s+)?"
_DAY_MONTH = (
    r"(?:" + _MONTH + r"\s+" + _DAY + r"(?![\d:])|(?:the\s+)?" + _DAY.replace("day>", "day2>")
    + r"\s+(?:of\s+)?" + _MONTH.replace("month>", "month2>") + r")"
    r"(?:,?\s+" + _YEAR + r")?(?!\d)"
)  # fmt: skip
_WEEKDAY_THEN_DATE = (
    _ON + _WEEKDAY + r"(?:,\s*|\s+\(\s*|\s+)(?:the\s+)?" + _DAY_MONTH.replace("(?:the\\s+)?", "")
    + r"(?:\s*\))?"
)  # fmt: skip


@dataclass(frozen=True)
class Context:
    """What a resolver needs: the publication date and where the expression stands."""

    published: date | None
    paragraph: str
    start: int
    end: int

    def tense(self) -> str | None:
        return tense_near(self.paragraph, self.start, self.end)


Resolver = Callable[[re.Match[str], Context], str | None]


@dataclass(frozen=True)
class DatePattern:
    """A date expression's regex, how to resolve a match, and the words it cannot match without.

    `needs`: the regex can only match a paragraph holding one of these strings; when `folded`
    (a case-insensitive regex) they are lowercase and looked for in the lowercased paragraph.
    `words_before`: no match starts more than this many whitespace-separated words before the
    word holding the paragraph's first cue, so the scan can start there."""

    regex: re.Pattern[str]
    resolve: Resolver
    needs: tuple[str, ...]
    folded: bool = False
    words_before: int | None = None  # most words a match has before the word its cue is in (None: unknown)



def find_dates(paragraphs: tuple[str, ...], published: str | None) -> tuple[DateMention, ...]:
    """Every date expression of the body, in reading order, with its resolved date."""
    anchor = parse_iso(published)
    mentions: list[DateMention] = []
    for index, paragraph in enumerate(paragraphs):
        for match, resolver in pick_matches(paragraph):
            context = Context(anchor, paragraph, match.start(), match.end())
            text = clean_text(match.group(0))
            mentions.append(DateMention(text=text, date=resolver(match, context), paragraph=index))
    return tuple(mentions)


def clean_text(matched: str) -> str:
    """The expression as written, whitespace collapsed, without a leading "the" or a trailing comma."""
    text = " ".join(matched.split()).rstrip(",")
    return text[4:] if text.lower().startswith("the ") else text


def pick_matches(paragraph: str) -> list[tuple[re.Match[str], Resolver]]:
    """All pattern matches, longest first where they overlap, then in reading order."""
    found = [(m, p.resolve) for p, start in pattern_starts(paragraph) for m in p.regex.finditer(paragraph, start)]
    found = [(m, r) for m, r in found if is_date_expression(paragraph, m)]
    found.sort(key=lambda item: (-(item[0].end() - item[0].start()), item[0].start()))
    taken: list[tuple[re.Match[str], Resolver]] = []
    for match, resolver in found:
        if all(match.end() <= t.start() or match.start() >= t.end() for t, _ in taken):
            taken.append((match, resolver))
    return sorted(taken, key=lambda item: item[0].start())


def patterns_that_may_match(paragraph: str) -> list[DatePattern]:
    """The patterns whose required words occur in the paragraph."""
    return [p for p, _ in pattern_starts(paragraph)]


def pattern_starts(paragraph: str) -> list[tuple[DatePattern, int]]:
    """The patterns whose required words occur in the paragraph, each with where its scan can
    start: a substring test costs a fraction of a regex scan, and most paragraphs name no month,
    weekday or "ago"; a regex tried at every position before the first month costs as much."""
    lowered = folded(paragraph)
    firsts = [first_cue_at(paragraph, lowered, needs, is_folded) for needs, is_folded in _CUE_LISTS]
    return [
        (p, earliest_start(paragraph, firsts[cues], p.words_before))
        for p, cues in zip(PATTERNS, _CUE_LIST_OF)
        if firsts[cues] is not None
    ]


def first_cue_at(paragraph: str, lowered: str | None, needs: tuple[str, ...], is_folded: bool) -> int | None:
    """Where the first of the cues is (0 for lowercase cues: only that one is there is known);
    None when there is none."""
    if is_folded:
        return 0 if may_contain_folded(lowered, needs) else None
    found = any_of(needs).search(paragraph)
    return found.start() if found else None


def earliest_start(text: str, index: int, words: int | None) -> int:
    """The start of the word `words` whitespace-separated words before the one at `index`
    (0 when `words` is None)."""
    if words is None:
        return 0
    start = index
    while start and not text[start - 1].isspace():
        start -= 1
    for _ in range(words):
        while start and text[start - 1].isspace():
            start -= 1
        while start and not text[start - 1].isspace():
            start -= 1
    return start


def is_date_expression(paragraph: str, match: re.Match[str]) -> bool:
    """Reject weekdays inside names ("Good Friday", "Sunday Times") and "May" the name."""
    groups = match.groupdict()
    if groups.get("weekday") and not groups.get("day") and not groups.get("day2"):
        return not weekday_in_name(paragraph, match)
    if groups.get("month") == "May" and not groups.get("day") and not groups.get("year"):
        return (groups.get("cue") or "").lower() not in {"by", "of", "from", "after", "before"}
    return True


def weekday_in_name(paragraph: str, match: re.Match[str]) -> bool:
    """A capitalised word glued to a bare weekday makes it part of a name."""
    if match.group("cue"):
        return False
    before = paragraph[: match.start()].rsplit(None, 1)  # only the word either side is needed
    after = paragraph[match.end() :].split(None, 1)
    previous = before[-1] if before else ""
    following = after[0] if after else ""
    if previous.lower() in WEEKDAY_NAME_PARTS or (previous[:1].isupper() and not previous.endswith((".", ":"))):
        return True
    if previous.lower() in {"a", "every", "each", "any"}:
        return True  # "on a Sunday lunchtime": no particular day
    return following[:1].isupper() and following.rstrip(".,;:").isalpha() and not match.group(0).endswith(",")


# --- resolvers -----------------------------------------------------------------------------------


def parse_iso(value: str | None) -> date | None:
    """The publication date as a date, or None when absent or malformed."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def resolve_iso(match: re.Match[str], context: Context) -> str | None:
    return valid_day(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def resolve_day_month(match: re.Match[str], context: Context) -> str | None:
    groups = match.groupdict()
    month = MONTHS[(groups.get("month") or groups["month2"]).rstrip(".").lower()]
    day = int(groups.get("day") or groups["day2"])
    if groups.get("year"):
        return valid_day(int(groups["year"]), month, day)
    if context.published is None:
        return None
    return nearest_day(context.published, month, day)


def resolve_month_year(match: re.Match[str], context: Context) -> str | None:
    return f"{int(match.group('year')):04d}-{MONTHS[match.group('month').rstrip('.').lower()]:02d}"


def resolve_bare_month(match: re.Match[str], context: Context) -> str | None:
    if context.published is None:
        return None
    month = MONTHS[match.group("month").rstrip(".").lower()]
    cue = (match.group("cue") or "").lower()
    year, current = context.published.year, context.published.month
    if cue == "next":
        year += 1 if month <= current else 0
    elif cue == "last":
        year -= 1 if month >= current else 0
    elif cue != "this" and context.tense() == "future":
        year += 1 if month < current else 0
    elif cue != "this":
        year -= 1 if month > current else 0
    return f"{year:04d}-{month:02d}"


def resolve_weekday(match: re.Match[str], context: Context) -> str | None:
    if context.published is None:
        return None
    target = WEEKDAYS[match.group("weekday").lower()]
    cue = (match.group("cue") or "").lower().split()
    ahead = (target - context.published.weekday()) % 7
    back = (context.published.weekday() - target) % 7
    tense = context.tense()
    if "next" in cue or "coming" in cue:
        shift = ahead or 7
    elif "last" in cue:
        shift = -(back or 7)
    elif tense == "future" or ("this" in cue and tense != "past"):
        shift = ahead
    else:
        shift = -back
    return (context.published + timedelta(days=shift)).isoformat()


def resolve_relative_day(match: re.Match[str], context: Context) -> str | None:
    if context.published is None:
        return None
    word = match.group(0).lower()
    shift = -1 if "yesterday" in word or "last night" in word else 1 if "tomorrow" in word else 0
    return (context.published + timedelta(days=shift)).isoformat()


def resolve_relative_period(match: re.Match[str], context: Context) -> str | None:
    if context.published is None:
        return None
    which, unit = match.group("which").lower(), match.group("unit").lower()
    shift = -1 if which == "last" else 1 if which == "next" else 0
    if unit == "year":
        return f"{context.published.year + shift:04d}"
    if unit == "month":
        year, month = add_months(context.published.year, context.published.month, shift)
        return f"{year:04d}-{month:02d}"
    return None  # weeks: see the module docstring


def resolve_ago(match: re.Match[str], context: Context) -> str | None:
    if context.published is None:
        return None
    count = NUMBER_WORDS.get(match.group("count").lower()) or int(match.group("count"))
    unit = match.group("unit").lower().rstrip("s")
    if unit == "day":
        return (context.published - timedelta(days=count)).isoformat()
    if unit == "month":
        year, month = add_months(context.published.year, context.published.month, -count)
        return f"{year:04d}-{month:02d}"
    if unit == "year":
        return f"{context.published.year - count:04d}"
    return None


def resolve_year(match: re.Match[str], context: Context) -> str | None:
    return match.group("year")


# --- tense ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[\w'’-]+")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9\"”)][.!?;])\s")


def tense_near(paragraph: str, start: int, end: int) -> str | None:
    """"future" or "past" from the nearest tense cue in the same sentence, None without cues."""
    left_edge, right_edge = sentence_edges(paragraph, start, end)
    before = [w.lower() for w in _WORD.findall(paragraph, left_edge, start)]
    after = [w.lower() for w in _WORD.findall(paragraph, end, right_edge)]
    left = ((before[i], before[i - 1] if i else "") for i in range(len(before) - 1, -1, -1))
    right = ((word, after[i - 1] if i else "") for i, word in enumerate(after))
    found = [(i, 0, cue) for i, cue in first_cue(left)] + [(i, 1, cue) for i, cue in first_cue(right)]
    return min(found)[2] if found else None


def sentence_edges(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around paragraph[start:end] begins and ends (the last sentence break
    at or before `start`, the first at or after `end`); breaks past it are not looked for."""
    left_edge, right_edge = 0, len(paragraph)
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if match.end() >= end:
            right_edge = match.end()
            if match.end() <= start:  # an empty expression sitting on a break
                left_edge = match.end()
            break
        if match.end() <= start:
            left_edge = match.end()
    return left_edge, right_edge


def first_cue(pairs: Iterable[tuple[str, str]]) -> list[tuple[int, str]]:
    """The distance and kind of the first tense cue among (word, word before it) pairs."""
    for index, (word, previous) in enumerate(pairs):
        kind = cue_of(word, previous)
        if kind:
            return [(index, kind)]
    return []


def cue_of(word: str, previous: str) -> str | None:
    """Classify a lowercase word, given the word before it, as a future or past cue or neither."""
    if word in FUTURE_CUES or word.endswith(("'ll", "’ll")):
        return "future"
    if word in {"to", "due", "set"} and previous in {"is", "are", "be"}:
        return "future"  # "is to meet", "are due to", "is set to" (but "set up", "due to rain")
    if previous in {"be", "been", "being"}:
        return None  # "will be held": the auxiliary decides, not the participle
    if word in PAST_CUES or (word.endswith("ed") and len(word) > 4):
        return "past"
    return None


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def valid_day(year: int, month: int, day: int) -> str | None:
    """ISO text for a real calendar day, None for "February 30"."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def nearest_day(published: date, month: int, day: int) -> str | None:
    """The given day and month in the year that puts it closest to publication."""
    candidates = [valid_day(published.year + shift, month, day) for shift in (-1, 0, 1)]
    real = [date.fromisoformat(c) for c in candidates if c]
    if not real:
        return None
    return min(real, key=lambda d: (abs((d - published).days), d)).isoformat()


def add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    """(year, month) moved by `shift` months."""
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


_PREPOSITION = r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate)"
_WORD_COUNT = r"(?P<count>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_YEAR_STEMS = ("16", "17", "18", "19", "20", "21")
_DASH_DIGITS = tuple(f"-{digit}" for digit in range(10))  # "2025-08-12" holds "-0", not a bare "-"
PATTERNS: tuple[DatePattern, ...] = (
    DatePattern(re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"), resolve_iso, _DASH_DIGITS, words_before=0),
    DatePattern(re.compile(r"\b" + _WEEKDAY_THEN_DATE), resolve_day_month, _WEEKDAY_NAMES, words_before=1),  # on
    DatePattern(re.compile(r"\b" + _ON + _DAY_MONTH), resolve_day_month, _MONTH_STEMS, words_before=4),  # on the 12th of
    DatePattern(
        re.compile(r"\b(?:" + _PREPOSITION + r"\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b"),
        resolve_month_year,
        _MONTH_STEMS,
        words_before=1,  # in
    ),
    DatePattern(
        re.compile(
            r"\b(?:(?P<cue>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore"
            r"|[Aa]fter|[Ee]arly|[Ll]ate|[Ee]nd of|[Ll]ast|[Nn]ext|[Tt]his|[Oo]f)\s+|(?P<mid>[Mm]id-))" + _MONTH
        ),
        resolve_bare_month,
        _MONTH_STEMS,
        words_before=2,  # end of
    ),
    DatePattern(
        re.compile(
            r"\b(?P<cue>(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ll]ast|[Nn]ext|[Tt]his(?: coming)?|[Cc]oming)\s+)?"
            + _WEEKDAY + r"\b"
        ),
        resolve_weekday,
        _WEEKDAY_NAMES,
        words_before=2,  # this coming
    ),
    DatePattern(
        re.compile(r"\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b", re.I),
        resolve_relative_day,
        ("today", "tonight", "yesterday", "tomorrow", "last night", "this morning", "this afternoon", "this evening"),
        folded=True,
    ),
    DatePattern(
        re.compile(r"\b(?:(?:earlier|later) )?(?P<which>last|next|this) (?P<unit>week|month|year)\b", re.I),
        resolve_relative_period,
        tuple(f"{which} {unit}" for which in ("last", "next", "this") for unit in ("week", "month", "year")),
        folded=True,
    ),
    DatePattern(
        re.compile(r"\b" + _WORD_COUNT + r" (?P<unit>days?|weeks?|months?|years?) ago\b", re.I),
        resolve_ago,
        (" ago",),
        folded=True,
    ),
    DatePattern(
        re.compile(
            r"\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter"
            r"|[Ee]arly|[Ll]ate)\s+|[Mm]id-)" + _YEAR + r"\b(?![-/.,]\d)"
        ),
        resolve_year,
        _YEAR_STEMS,
        words_before=1,  # since
    ),
)  # fmt: skip
# The patterns share cue lists (three need a month): each distinct list is looked for once per paragraph.
_CUE_LISTS = tuple(dict.fromkeys((p.needs, p.folded) for p in PATTERNS))
_CUE_LIST_OF = tuple(_CUE_LISTS.index((p.needs, p.folded)) for p in PATTERNS)
