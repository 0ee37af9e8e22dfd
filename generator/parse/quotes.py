"""Direct quotations and their speakers: every quoted stretch, who said it and through whom.

Three steps, one module each: pair the quotation marks (quotes_marks), read the attribution
around each quote with the quotes masked out (quotes_attribution), and turn speaker phrases into
names (quotes_names). Decisions worth knowing:
  * A statement split around its attribution ("…," she said, "…" or "…," she said. "…") is ONE
    Quote: its parts joined with " … ", as a reader would cite it.
  * A quote running over paragraphs (no closing mark, the next paragraph re-opens) is one Quote
    whose `paragraph` is where it starts.
  * A quote standing alone after a quote of a known speaker, or after a paragraph ending "X said:",
    is that speaker's.
  * `partial` marks fragments: quotes that start lower-case inside the writer's sentence, and
    short phrases (three words or fewer) that are not a full sentence, such as scare quotes.
  * "Related article:" / "Read more:" lines are other stories' headlines, never quotes.
"""

from __future__ import annotations

import re
from itertools import islice

from generator.models import Entity, Quote
from generator.parse.quotes_attribution import (
    Attribution,
    attribute,
    ends_with_colon_lead,
    find_token,
    is_attribution_only,
    WORD_CHAR,
    lead_attribution,
    only_quote,
    split_masked_sentences,
)
from generator.parse.quotes_cues import CUES, NAMING
from generator.parse.quotes_fallback import colon_speaker, fallback_attribution, signature_speaker
from generator.parse.quotes_marks import QuotedSpan, find_quoted_spans
from generator.parse.quotes_names import NameBook, is_org_name

NOT_BODY = re.compile(
    r"^\s*(?:related(?: article| story| stories)?|read more|see also|also read|more on this"
    r"|recommended|watch|listen)\s*[:|]",
    re.I,
)
HANDING_OVER = frozenset(CUES) - NAMING  # verbs in the paragraph before that hand a standalone quote over
QUOTE_AT_END = re.compile(r"[⟧⟫][^\w]*$")
SEPARATOR = " … "
THE_NAME = re.compile(r"^[Tt]he\s+[A-Z]")  # "the Daily Ledger"


def find_quotes(paragraphs: tuple[str, ...], entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Every direct quotation in the body, in order, with its speaker and channel."""
    body = tuple("" if NOT_BODY.match(p) else p for p in paragraphs)
    spans = find_quoted_spans(body)
    if not spans:
        return ()
    masked = mask_paragraphs(body, spans)
    read = {p for span in spans for p in (span.opening.paragraph - 1, span.opening.paragraph, span.closing.paragraph)}
    sentences = tuple(split_masked_sentences(text) if p in read else () for p, text in enumerate(masked))
    works = frozenset(n for n, span in enumerate(spans) if names_a_work(span, body) or is_subhead(n, span, spans, masked))
    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    book = None  # built the first time a phrase needs a name: many articles quote nobody by name
    for index, span in enumerate(spans):
        attribution = attribution_of(index, span, masked, sentences, attributions, spans)
        attribution = Attribution() if index in works else attribution
        attributions.append(attribution)
        if book is None and (attribution.speaker or attribution.via):
            book = NameBook(masked, entities)
        quotes.append(build_quote(span, body, attribution, book))
    return merge_split_quotes(quotes, spans, masked, works)


TITLE_WORDS = re.compile(r"[\w’'-]+")
SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split())
WORK_BEFORE = re.compile(  # NBC's “Meet the Press”, on “Today”, told “Fox and Friends”, his memoir, “Gifted Hands”
    r"(?:[’']s|\bon|\btold|\binterview\s+with|\b(?:book|memoir|film|movie|show|series|program|programme|podcast"
    r"|album|song|anthem|play|novel|documentary|sitcom|drama)\s*,?)\s*'?$"
)


def names_a_work(span: QuotedSpan, paragraphs: tuple[str, ...]) -> bool:
    """A few Title Case words after a possessive, "on" or "told" name a show or a work, not speech."""
    words = [m.group() for m in islice(TITLE_WORDS.finditer(span.text(paragraphs)), 7)]  # 7: too many already
    if not 0 < len(words) <= 6 or not words[0][0].isupper():
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in SMALL_WORDS for w in words):
        return False
    before = paragraphs[span.opening.paragraph][: span.opening.offset]
    return bool(WORK_BEFORE.search(before))


def is_subhead(index: int, span: QuotedSpan, spans: tuple[QuotedSpan, ...], masked: tuple[str, ...]) -> bool:
    """A paragraph that is nothing but a quote in single marks, in an article that quotes in
    double marks, is a section heading drawn from the story ('There's so much anger.'):
    nobody says it there."""
    if not span.single or span.opening.paragraph != span.closing.paragraph:
        return False
    text = masked[span.opening.paragraph]
    if WORD_CHAR.search(text.replace(f"⟦{index}⟧", "").replace(f"⟦{index}⟫", "")):
        return False
    return any(not other.single for other in spans)


def mask_paragraphs(paragraphs: tuple[str, ...], spans: tuple[QuotedSpan, ...]) -> tuple[str, ...]:
    """Replace each quote (marks included) by the placeholder ⟦n⟧, n its index in `spans`."""
    cuts: dict[int, list[tuple[int, int, int]]] = {}
    for n, span in enumerate(spans):
        last = len(span.pieces) - 1
        for k, (p, a, b) in enumerate(span.pieces):
            start = a - 1 if k == 0 else 0
            end = b + 1 if k == last else len(paragraphs[p])
            text = paragraphs[p]
            if k == 0 and start > 0 and text[start - 1 : start + 1] == "''":
                start -= 1  # a doubled-apostrophe mark is two characters wide
            if k == last and text[end - 1 : end + 1] == "''":
                end += 1
            closer = "⟫" if k == last and ends_sentence(text[:b]) else "⟧"
            cuts.setdefault(p, []).append((start, min(end, len(text)), n, closer))
    masked = []
    for p, text in enumerate(paragraphs):
        for start, end, n, closer in sorted(cuts.get(p, []), reverse=True):
            text = text[:start] + f"⟦{n}{closer}" + text[end:]
        masked.append(text)
    return tuple(masked)


def ends_sentence(quoted: str) -> bool:
    """The quoted words end with their own full stop, question or exclamation mark."""
    return quoted.rstrip().endswith((".", "!", "?", "…")) and not quoted.rstrip().endswith("...")


def attribution_of(
    index: int,
    span: QuotedSpan,
    masked: tuple[str, ...],
    sentences: tuple[tuple[tuple[int, int], ...], ...],
    earlier: list[Attribution],
    spans: tuple[QuotedSpan, ...],
) -> Attribution:
    """Read the quote's own sentence first, then its last paragraph, then the context before."""
    first, last = span.opening.paragraph, span.closing.paragraph
    found = attribute(masked[first], index, sentences[first])
    if found.speaker is None and last != first:
        found = attribute(masked[last], index, sentences[last])
    if found.speaker is None and not found.coordinated:
        found = fallback_attribution(masked[first], index, sentences[first])
    if found.speaker is None and last + 1 < len(masked) and fills_paragraph(masked[first], masked[last], index):
        found = Attribution(signature_speaker(masked[last + 1]))
    if found.speaker is not None:
        return found
    paragraph = span.opening.paragraph
    text = masked[paragraph]
    opens_paragraph = find_token(text, index)[0] == len(text) - len(text.lstrip())
    if paragraph > 0 and opens_paragraph and ends_with_colon_lead(masked[paragraph - 1]):
        introduced = speaker_introducing(masked[paragraph - 1], sentences[paragraph - 1])
        if introduced is not None:
            return introduced
    previous_here = index > 0 and spans[index - 1].closing.paragraph == paragraph
    alone = only_quote(text, index, sentences[paragraph])
    if not alone and not (previous_here and opens_sentence(text, index, sentences[paragraph])):
        return found
    if earlier and index > 0 and spans[index - 1].closing.paragraph >= paragraph - 1:
        return latest_speaker(earlier, spans, paragraph) or earlier[-1]
    if paragraph > 0 and opens_paragraph and not ends_with_quote(masked[paragraph - 1]):
        return speaker_introducing(masked[paragraph - 1], sentences[paragraph - 1], HANDING_OVER) or found
    return found


def fills_paragraph(first: str, last: str, index: int) -> bool:
    """Quote `index` is all there is of its paragraph(s), punctuation aside."""
    return not WORD_CHAR.search(first[: find_token(first, index)[0]]) and not WORD_CHAR.search(
        last[find_token(last, index)[1] :]
    )


def latest_speaker(earlier: list[Attribution], spans: tuple[QuotedSpan, ...], since: int) -> Attribution | None:
    """The last quote with a speaker from paragraph `since` on: a title or scare quote
    in between ("…," said Cuban, host of "Shark Tank." "…") does not take the floor."""
    for n in range(len(earlier) - 1, -1, -1):
        if spans[n].closing.paragraph < since:
            return None
        if earlier[n].speaker is not None:
            return earlier[n]
    return None


def speaker_introducing(previous: str, bounds, cues=None) -> Attribution | None:
    """The speaker of the paragraph before ("He said:", "Schoen wrote that ..."), if its last
    sentence reports speech (with `cues`, only those verbs count)."""
    start, end = bounds[-1]
    sentence = previous[start:end].rstrip(" :")
    if cues is not None and not any(word in cues for word in sentence.split()):
        return None
    lead, coordinated = lead_attribution(sentence, sentence)
    if lead is None and cues is None:
        lead, coordinated = colon_speaker(previous[start:end].rstrip() + " "), False  # "X issued the following statement:"
    return Attribution(lead, None) if lead and not coordinated else None


def ends_with_quote(masked: str) -> bool:
    return bool(QUOTE_AT_END.search(masked))


def opens_sentence(masked: str, index: int, bounds: tuple[tuple[int, int], ...]) -> bool:
    """The quote is the first thing in its sentence ("⟦3⟧ to the rest of the country.")."""
    at, _ = find_token(masked, index)
    for start, end in bounds:
        if start <= at < end:
            return not masked[start:at].strip()
    return False


def build_quote(
    span: QuotedSpan, paragraphs: tuple[str, ...], attribution: Attribution, book: NameBook | None
) -> Quote:
    """Resolve the attribution's phrases to names (`book` is there whenever there is a phrase)
    and tidy the quoted words."""
    paragraph, offset = span.opening.paragraph, span.opening.offset
    speaker = book.resolve(attribution.speaker, paragraph, offset) if attribution.speaker else None
    via = book.resolve(attribution.via, paragraph, offset) if attribution.via else None
    if speaker is not None:
        thing = is_org_name(speaker) or THE_NAME.match(attribution.speaker or "")
        book.add_speaker(paragraph, offset, speaker, "org" if thing else "person")  # "the Daily Ledger" is no person
    if via == speaker:
        via = None
    raw = span.text(paragraphs)
    return Quote(text=tidy_text(raw), speaker=speaker, via=via, paragraph=paragraph, partial=is_partial(raw))


def tidy_text(text: str) -> str:
    """Collapse whitespace and drop the comma that hands over to the attribution."""
    text = " ".join(text.split())
    return text.rstrip(",;: ")


def is_partial(text: str) -> bool:
    """A fragment: starts lower-case, or a few words not handed over as a statement ("Yes,")."""
    words = text.split()
    first = next((c for c in text if c.isalpha()), "")
    if first.islower():
        return True
    return len(words) <= 3 and not text.rstrip().endswith((".", "!", "?", "…", ","))


def merge_split_quotes(
    quotes: list[Quote], spans: tuple[QuotedSpan, ...], masked: tuple[str, ...], works: frozenset[int] = frozenset()
) -> tuple[Quote, ...]:
    """Join "…," she said. "…" into one Quote (same paragraph, only an attribution between);
    the name of a show or work (`works`) never continues a statement."""
    merged: list[Quote] = []
    for n, quote in enumerate(quotes):
        if merged and n > 0 and n not in works and continues_statement(n, spans, masked, merged[-1], quote):
            previous = merged[-1]
            merged[-1] = Quote(
                text=previous.text + SEPARATOR + quote.text,
                speaker=previous.speaker,
                via=previous.via or quote.via,
                paragraph=previous.paragraph,
                partial=previous.partial and quote.partial,
            )
        else:
            merged.append(quote)
    return tuple(merged)


def continues_statement(
    n: int, spans: tuple[QuotedSpan, ...], masked: tuple[str, ...], previous: Quote, quote: Quote
) -> bool:
    """Quote n resumes quote n-1: same paragraph, same speaker, only an attribution between."""
    first, second = spans[n - 1], spans[n]
    if first.closing.paragraph != second.opening.paragraph or first.single != second.single:
        return False
    if previous.speaker is None or quote.speaker not in (None, previous.speaker) or previous.partial:
        return False
    text = masked[second.opening.paragraph]
    (_, start), (end, _) = find_token(text, n - 1), find_token(text, n)
    if start < 0 or end < 0:
        return False
    return is_attribution_only(text[start:end])
