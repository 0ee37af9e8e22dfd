"""Find the quoted stretches of a body: pair quotation marks, never guess a quote from a stray one.

Marks are paired left to right. A mark counts as opening only where it can open (start of text or
after a space/bracket/dash, followed by a non-space) and as closing only where it can close, so an
apostrophe (Kim's, rock 'n' roll, the '90s, leaders' summit) never starts or ends a quote. Double
quotes (straight, curly, „German“, « French ») come first; single quotes (British style, headlines)
count only outside them. A quote left open at the end of a paragraph continues into the next one
when that paragraph opens again (the news convention) or closes before it opens (a paragraph
broken mid-sentence); otherwise the mark is dropped as stray, so no quote swallows a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = {'"': '"”“', "“": '”"“', "„": "“”", "«": "»", "”": "”"}
SINGLE_OPEN = {"'": "'’", "‘": "’'", "‚": "‘’", "‹": "›"}
DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("'‘’‚‹›")
OPEN_BEFORE = frozenset(" \t\n\u00a0\u202f([{—–-/:\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff")
CLOSE_AFTER = frozenset(" \t\n\u00a0\u202f)]}.,;:!?—–-…/")
ELISIONS = ("n'", "n’", "em ", "em,", "til ", "tis ", "twas ", "cause ")
TRIPLE_APOSTROPHE = re.compile(r"(?<!')'''(?!')")
DOUBLE_APOSTROPHE = re.compile(r"(?<!['’‘])(?:''|’’|‘‘)(?!['’‘])")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
NESTING = 2  # "He said “go home” twice" – a quote inside a quote; deeper is stray marks


@dataclass(frozen=True)
class Mark:
    """Where a mark sits: paragraph index and character offset."""

    paragraph: int
    offset: int
    char: str


@dataclass(frozen=True)
class QuotedSpan:
    """The words between an opening and its closing mark, possibly over several paragraphs.

    `pieces` holds (paragraph, start, end) of the quoted words in each paragraph they cover.
    """

    opening: Mark
    closing: Mark
    pieces: tuple[tuple[int, int, int], ...]
    single: bool = False

    def text(self, paragraphs: tuple[str, ...]) -> str:
        """The quoted words; paragraphs of a running quote joined by one space."""
        parts = [paragraphs[p][a:b] for p, a, b in self.pieces]
        return " ".join(part.strip() for part in parts if part.strip())


def can_open(text: str, i: int) -> bool:
    """A mark opens where it follows a space (or starts the text) and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "«„‚‹":
        return after not in "\n"
    if before == text[i] or after == text[i]:
        return False  # a run of the same mark () opens nothing
    if after.isspace():  # “ ‘Nested,’ ” spaced apart
        return text[i + 2 : i + 3] in SINGLE_MARKS and (before in OPEN_BEFORE or before in ALL_MARKS)
    if before in ".!?" and (after.isupper() or after == "(") and text[i] in '"“':
        return True  # a scraped text lost its space: said."In my mind
    if before in ",;" and text[i] == "“" and after.isalpha():
        return True  # said,“Look – only a curly mark says which way it faces
    return before in OPEN_BEFORE or before in ALL_MARKS


def can_close(text: str, i: int) -> bool:
    """A mark closes where it follows a word (or punctuation) and precedes a space or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "»›":
        return True
    if before.isspace():  # ‘…’ ” spaced apart, or "Miracles can happen. " with a stray space
        return i >= 2 and text[i - 2] in SINGLE_MARKS | set(".!?,") and (after in CLOSE_AFTER or after in ALL_MARKS)
    if before in ".!?," and (after.isupper() or after in ALL_MARKS):
        return True  # ...here."The next sentence, with the space lost
    return after in CLOSE_AFTER or after in ALL_MARKS


def is_elision(text: str, i: int) -> bool:
    """'n', 'em, '90s, 'til: an apostrophe at the start of a word, not an opening quote."""
    rest = text[i + 1 : i + 7].lower()
    if rest[:2].isdigit():
        return True
    return rest.startswith(ELISIONS)


def likely_possessive(text: str, i: int, closers: str) -> bool:
    """leaders’ summit: s + mark + lower-case word, with another closing mark still to come."""
    if not (text[i - 1 : i] == "s" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()):
        return False
    return any(c in closers and can_close(text, j) for j, c in enumerate(text[i + 1 :], i + 1))


def scan_paragraph(
    text: str, index: int, marks: frozenset[str], table: dict[str, str], state: Mark | None
) -> tuple[list[tuple[Mark, Mark]], Mark | None]:
    """Pair the marks of one family in one paragraph, starting with `state` still open."""
    pairs: list[tuple[Mark, Mark]] = []
    stack = [state] if state is not None else []  # an open quote and at most one quote inside it
    for found in mark_pattern(marks).finditer(text):
        i, char = found.start(), found.group()
        top = stack[-1] if stack else None
        if top is not None and char in table.get(top.char, "") and can_close(text, i):
            if marks is SINGLE_MARKS and likely_possessive(text, i, table.get(top.char, "")):
                continue
            if top.paragraph != index or i - top.offset > 1:
                pairs.append((stack.pop(), Mark(index, i, char)))
                continue
        if char in table and can_open(text, i) and not (marks is SINGLE_MARKS and is_elision(text, i)):
            if len(stack) == NESTING:
                stack.pop()  # an earlier unclosed opener was stray: replace it
            stack.append(Mark(index, i, char))
    return pairs, (stack[-1] if stack else None)


def mark_pattern(marks: frozenset[str]) -> re.Pattern[str]:
    """Any one of `marks`: scanning only where a mark is skips the rest of the text in C."""
    return MARK_PATTERNS[marks]


def any_of(marks: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(mark) for mark in sorted(marks)) + "]")


# An apostrophe with a letter on both sides (don't, Kim’s) can neither open nor close a quote
# (see can_open, can_close): the single-mark scan skips those in C, and they are most of its marks.
SINGLE_MARKS_NOT_INSIDE_WORD = re.compile(r"[‚‹›'‘’](?:(?<=[‚‹›])|(?<!\w.)|(?!\w))")  # a set first: scanned fast
MARK_PATTERNS = {DOUBLE_MARKS: any_of(DOUBLE_MARKS), SINGLE_MARKS: SINGLE_MARKS_NOT_INSIDE_WORD}
ANY_MARK = any_of(ALL_MARKS)


def continues_into(next_text: str, open_char: str, marks: frozenset[str], table: dict) -> bool:
    """Whether a quote left open at a paragraph's end runs on into the next paragraph."""
    stripped = next_text.lstrip()
    if stripped[:1] in table and stripped[:1] in marks:
        return True
    offset = len(next_text) - len(stripped)
    for i, char in enumerate(next_text):
        if char in table.get(open_char, "") and can_close(next_text, i):
            return True
        if char in table and char in marks and can_open(next_text, i) and i > offset:
            return False
    return False


def reopened_at_start(text: str, marks: frozenset[str], table: dict) -> bool:
    """True when a continuing paragraph begins with a fresh opening mark (to be skipped)."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in marks and stripped[0] in table


def pair_family(
    paragraphs: tuple[str, ...], marks: frozenset[str], table: dict[str, str], masks: list[list[tuple[int, int]]]
) -> list[tuple[Mark, Mark]]:
    """Pair one family of marks over the body, carrying an open quote across paragraph breaks."""
    pairs: list[tuple[Mark, Mark]] = []
    state: Mark | None = None
    for index, text in enumerate(paragraphs):
        if state is None and not ANY_MARK.search(text):
            continue  # no mark of any kind, nothing open: nothing to pair
        visible = masked(text, masks[index])
        visible = double_apostrophes(visible, marks is DOUBLE_MARKS)
        if state is not None and reopened_at_start(visible, marks, table):
            start = len(visible) - len(visible.lstrip())
            visible = visible[:start] + " " + visible[start + 1 :]
        found, state = scan_paragraph(visible, index, marks, table, state)
        pairs.extend(found)
        if state is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            following = double_apostrophes(following, marks is DOUBLE_MARKS)
            if not continues_into(following, state.char, marks, table):
                state = None
    return pairs


def masked(text: str, mask: list[tuple[int, int]]) -> str:
    """`text` with the masked stretches (quotes already paired, as (start, end)) blanked, offsets kept.

    Built from slices, never character by character (that rebuild was once the quote finder's
    single largest cost); stretches may overlap (a quote inside a quote).
    """
    if not mask:
        return text
    parts, at = [], 0
    for start, end in sorted(mask):
        start, end = max(start, at), min(end, len(text))
        if end <= start:
            continue
        parts.append(text[at:start])
        parts.append(" " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def double_apostrophes(text: str, as_marks: bool) -> str:
    """Two apostrophes used as a quotation mark (''like this'', NYT archives): one double mark.

    An opening pair becomes space + mark, a closing pair mark + space, so offsets stay put; the
    single-quote pass sees neither apostrophe.
    """
    def replace(match: re.Match) -> str:
        if not as_marks:
            return "  "
        after = text[match.end() : match.end() + 1]
        return ' "' if after and not after.isspace() and after not in ".,;:!?)" else '" '

    if "''" not in text and "’’" not in text and "‘‘" not in text:
        return text  # nothing either pattern could match (the common case)
    if "'''" in text:
        text = TRIPLE_APOSTROPHE.sub(lambda match: triple(text, match, as_marks), text)
    return DOUBLE_APOSTROPHE.sub(replace, text)


def triple(text: str, match: re.Match, as_marks: bool) -> str:
    """Three apostrophes: a doubled-apostrophe mark and a single quote's mark together. Opening
    (before a word) the double mark comes first, closing the single one does; offsets stay put."""
    if not as_marks:
        return "   "
    before = text[match.start() - 1 : match.start()]
    return "'\" " if before and not before.isspace() else " \"'"


def pieces_between(paragraphs: tuple[str, ...], opening: Mark, closing: Mark) -> tuple:
    """The (paragraph, start, end) stretches between two marks, skipping re-opening marks."""
    pieces = []
    family = DOUBLE_MARKS if opening.char in DOUBLE_MARKS else SINGLE_MARKS
    for p in range(opening.paragraph, closing.paragraph + 1):
        text = paragraphs[p]
        start = opening.offset + 1 if p == opening.paragraph else len(text) - len(text.lstrip())
        if p != opening.paragraph and text[start : start + 2] == "''":
            start += 2
        elif p != opening.paragraph and text[start : start + 1] in family:
            start += 1
        end = closing.offset if p == closing.paragraph else len(text)
        pieces.append((p, start, end))
    return tuple(pieces)


def all_quoted_spans(paragraphs: tuple[str, ...]) -> tuple[QuotedSpan, ...]:
    """Every balanced quoted stretch, nested ones included; double quotes first, then single
    quotes outside them."""
    masks: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    spans: list[QuotedSpan] = []
    for marks, table, single in ((DOUBLE_MARKS, DOUBLE_OPEN, False), (SINGLE_MARKS, SINGLE_OPEN, True)):
        for opening, closing in pair_family(paragraphs, marks, table, masks):
            pieces = pieces_between(paragraphs, opening, closing)
            if single and not plausible_single(paragraphs, pieces):
                continue
            if not any(c.isalnum() for p, a, b in pieces for c in paragraphs[p][a:b]):
                continue  # "" or "," holds no words
            spans.append(QuotedSpan(opening, closing, pieces, single))
        for span in spans:
            mask_span(masks, span)
    spans.sort(key=lambda s: (s.opening.paragraph, s.opening.offset))
    return tuple(spans)


def find_quoted_spans(paragraphs: tuple[str, ...]) -> tuple[QuotedSpan, ...]:
    """Every quoted stretch that is not inside another: a quote within a quote is part of its words."""
    spans = all_quoted_spans(paragraphs)
    return outermost(tuple(s for n, s in enumerate(spans) if not is_wrapper(s, spans[n + 1 :], paragraphs)))


def is_wrapper(span: QuotedSpan, later: tuple[QuotedSpan, ...], paragraphs: tuple[str, ...]) -> bool:
    """Straight marks around a whole paragraph that opens with a curly quote of its own
    ("“We won,” she said.") were added by whoever copied the paragraph: they quote nobody."""
    if span.opening.char != '"' or span.closing.char != '"' or span.opening.paragraph != span.closing.paragraph:
        return False
    text = paragraphs[span.opening.paragraph]
    if text[: span.opening.offset].strip() or text[span.closing.offset + 1 :].strip():
        return False
    inner = later[0] if later else None
    return (
        inner is not None
        and inner.opening.paragraph == span.opening.paragraph
        and inner.opening.char in "“„«"
        and not text[span.opening.offset + 1 : inner.opening.offset].strip()
    )


def outermost(spans: tuple[QuotedSpan, ...]) -> tuple[QuotedSpan, ...]:
    """Drop spans lying inside the span before them (spans come sorted by where they open)."""
    kept: list[QuotedSpan] = []
    for span in spans:
        if kept and inside(span, kept[-1]):
            continue
        kept.append(span)
    return tuple(kept)


def inside(span: QuotedSpan, outer: QuotedSpan) -> bool:
    at = (span.closing.paragraph, span.closing.offset)
    return at < (outer.closing.paragraph, outer.closing.offset)


def plausible_single(paragraphs: tuple[str, ...], pieces: tuple) -> bool:
    """Single quotes around a letter or two ('n') are apostrophes, not a quotation."""
    text = " ".join(paragraphs[p][a:b] for p, a, b in pieces).strip()
    return sum(c.isalnum() for c in text) >= 2 and not text.endswith(" ")


def mask_span(masks: list[list[tuple[int, int]]], span: QuotedSpan) -> None:
    """Hide a double-quoted stretch (marks included) from the single-quote pass."""
    for p, a, b in span.pieces:
        masks[p].append((max(a - 1, 0), b + 1))


def mark_balance(paragraphs: tuple[str, ...]) -> tuple[int, int]:
    """(paired double marks, double marks in the text): equal when every mark found its pair."""
    spans = [s for s in all_quoted_spans(paragraphs) if not s.single]
    total = sum(1 for text in paragraphs for c in text if c in DOUBLE_MARKS)
    reopen = sum(len(s.pieces) - 1 for s in spans)
    return 2 * len(spans) + reopen, total
