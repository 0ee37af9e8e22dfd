"""Read the attribution around a quote: the speaker phrase, and the channel the words came through.

Works on a paragraph in which every quote has been replaced by a placeholder `⟦n⟧`, so the words
inside quotes never look like attributions and sentences split cleanly. Three sources of a
speaker, per quote:
  * lead: the subject of the last speech or stance verb before the quote ("Kim pledged that ... ⟦⟧",
    "X told reporters: ⟦⟧"; a participle clause ", adding that ⟦⟧" takes the sentence subject);
  * tail: an attribution after the sentence's last quote ("⟦⟧, said X, chair of …", "⟦⟧, he added",
    "⟦⟧, X, president of Y, told AFP");
  * according: "according to X" anywhere in the sentence.
A chain ("Lee praised ⟦⟧, the agency added") gives the lead's person as speaker and the tail's
organisation as `via`. A coordinated subject ("Putin and Kim ... confirmed ⟦⟧, KCNA said") is not
one speaker: the reporting organisation is, because such words are its summary of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from generator.parse.quotes_cues import CUES, LEADING_VERBS, NAMING, SPEECH
from generator.parse.quotes_names import is_org_name



def compiled_on_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled the first time it is asked for (call it to get the pattern): the noun
    phrase patterns below run to 10-20 thousand characters and take 5-15 ms each to compile,
    which a process that parses no quote (a build served from its cache) should not pay."""
    return lru_cache(maxsize=None)(lambda: re.compile(pattern, flags))


CUE = r"(?:went\s+on|goes\s+on|(?:shot|fired|hit|snapped)\s+back|" + "|".join(sorted(set(CUES), key=len, reverse=True)) + r")"  # "…," she went on.
NAME = (
    r"(?:[A-Z][\w’'.-]*(?:\s+(?:(?:of|de|da|van|von|bin|al|del|the|for)\s+)?[A-Z][\w’'.-]*)*"
    r"(?:\s*\([A-Z][A-Za-z.-]{0,10}\))?)"
)
NOT_ROLE = r"(?!(?:and|or|but|nor|after|before|when|while|as|because|who|which|that|" + CUE + r")\b)"
# What may follow the head noun of a described speaker: the phrase ends there ("one legal expert,
# as reported", "the mayor said", "a source close to the talks"), never inside ("one legal").
PHRASE_END = (
    r"(?!\s+(?!(?:of|for|at|with|from|in|on|by|to|about|into|over|under|after|before|during|since"
    r"|near|among|through|against|and|or|but|nor|who|whom|whose|which|that|where|when|while|as|is|are"
    r"|was|were|has|have|had|will|would|could|can|may|might|must|should|does|did|do|familiar|close"
    r"|accused|charged|identified|known|based|named|involved|responsible|also|then|further|again"
    r"|still|even|too|already|later|now|never|only|just|first|the|an?|this|these|those|its|his|her"
    r"|their|left|made|took|gave|sent|came|went|got|put|set|thought|found|held|kept|led|met|paid|ran"
    r"|saw|stood|won|aren|isn|wasn|weren|hasn|haven|hadn|don|doesn|didn|" + CUE + r")\b)(?![a-z]+(?:ly|ed)\b)[a-z])"
)
COMMON = (  # "the ministry", "a top GOP strategist", "the independent Vermont senator"
    r"(?:(?:[Tt]he|[Aa]n?|one|two|three|[Ss]everal|[Mm]any|[Ss]ome|[Aa]nother|[Ee]ach|[Ee]very|[Bb]oth|this|[Oo]ther)\s+(?:" + NOT_ROLE + r"[\w’'-]+\s+){0,4}?"
    r"(?:" + NAME + r"|[a-z0-9][\w-]+(?![\w’'-])" + PHRASE_END + r")"
    r"(?:\s+and\s+(?:[A-Z][\w’'-]*\s+|[a-z][\w-]*\s+){0,3}(?!(?:he|she|they|it|we)\b)[a-z][\w-]+(?=\s+" + CUE + r"\b))?)"
)  # "the Vermont senator and Democratic presidential candidate told"
AFFIL_WORDS = r"for|of|at|with|from"
AFFIL = r"(?:\s+(?:" + AFFIL_WORDS + r")\s+(?:the\s+)?" + NAME + r")?"
PLACED = r"(?:\s+(?:" + AFFIL_WORDS + r"|in)\s+(?:the\s+)?" + NAME + r")?"  # "Democrats in Congress"
PRONOUN = r"(?:he|she|they|it|we|I|He|She|They|It|We)"
NOT_IN_ROLE = r"(?!(?:on|at|by|with|during|later|earlier|also|then|early|late|last|this|in(?!\s+[Cc]hief))\b)"  # "Beck on Wednesday"
ROLE_NAME = (  # "former Florida governor Jeb Bush", "White House press secretary Josh Earnest"
    r"(?:(?:[A-Z][\w’'-]*\s+){0,3}(?:" + NOT_ROLE + NOT_IN_ROLE + r"[a-z][\w-]*\s+(?:[A-Z][\w’'.-]*\s+){0,3}?){1,3}?"
    + NAME + r"(?![\w’'.-])(?!\s+[A-Z])(?!\s+" + NOT_ROLE + r"[a-z][\w-]*\s+[A-Z]))"  # not "former Utah" of "former Utah governor Mike Leavitt"
)
GROUP = (  # "officials", "U.S. officials", "federal prosecutors": speakers named by what they are, in the plural
    r"(?:(?:(?!(?:which|that|who|whom|whose|what|where|when|and|or|but|of|the|an?|be|been|being|is|are|was|were|has|have|had)\b)(?:[A-Z][\w.’'-]*|[a-z][\w-]*)\s+){0,2}?(?:officials|prosecutors|investigators|authorities|police|experts|analysts"
    r"|researchers|scientists|economists|doctors|lawyers|attorneys|aides|advisers|spokesmen|officers|organizers|organisers"
    r"|witnesses|residents|lawmakers|legislators|leaders|critics|activists|protesters|supporters|opponents|sources)\b)"
)
KIN = (  # "his wife", "her longtime lawyer", "their spokesman": a role owned by someone named before
    r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}?(?:wife|husband|son|daughter|mother|father|brother|sister"
    r"|parents|widow|fianc[ée]e?|partner|girlfriend|boyfriend|friend|neighbou?r|colleague|boss|lawyer|attorney|spokes(?:man|woman|person)"
    r"|aide|adviser|advisor|agent|publicist|manager|doctor|coach|teacher|representative|office|campaign)\b)"
)
OWNER = r"(?:" + NAME + r"(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]+)"
SUBJECT = r"(?:" + PRONOUN + r"\b|" + COMMON + AFFIL + r"|" + OWNER + r"|" + NAME + PLACED + r"|" + GROUP + PLACED + r"|" + KIN + AFFIL + r")"
NP = r"(?:" + PRONOUN + r"\b|" + GROUP + PLACED + r"|" + COMMON + AFFIL + r"|" + OWNER + r"|" + ROLE_NAME + r"|" + NAME + PLACED + r"|" + KIN + AFFIL + r")"
APPOSITIVE = r"(?:(?:\s*,\s*[^,⟦⟧⟫]{1,150}?){1,4},)?"  # ", 67, a retired nurse in Allentown, Pa.,"
DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ADVERB = (  # what may stand between a speaker and the verb: "also", "on Saturday", "last week"
    r"(?:\s+(?:\w+ly|also|later|then|again|once|often|never|always|just|first|previously|had|has|have|would|will|yesterday|today|further|still"
    r"|(?:on\s+|early\s+|late\s+|last\s+)?" + DAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|in\s+an?\s+(?:statement|interview)"
    r"|(?:is|was|were|are)\s+(?:quoted|heard|overheard|reported|prompted|moved|seen|recorded)\s+(?:as|to)"
    r"|went\s+on(?:\s+to)?|goes\s+on(?:\s+to)?|took\s+to\s+[A-Z]\w+\s+to))*"
)  # ... and a verb chain handing over to the cue: "is quoted as saying", "went on to say"
NEXT_TOKEN = re.compile(r"^[^.!?⟦]*⟦")  # "X called Y a ⟦⟧": the cue belongs to the next quote
POSSESSOR = re.compile(r"[’']s?$")  # "Trump's": owns what follows, says nothing
CLAUSE_JOINED = re.compile(  # the cue continues the clause before: "X said, going on to say ⟦⟧"
    r"(?:\band|\bbut|,|\bbefore|\bafter|\bwhile|,\s*(?:going|went)\s+on\s+to|\band\s+then)\s*$"
)
WORD_CHAR = re.compile(r"\w")
TOKEN = re.compile(r"⟦(\d+)[⟧⟫]")  # ⟫ closes a quote that ends its own sentence ("Stop!")
RELATIVE = r"(?:\s*,?\s+(?:that|which|who))?"

TAIL_CUE_FIRST = compiled_on_first_use(r"^[\s,:;—–-]*" + CUE + r"\s+(?P<np>" + NP + r")(?P<rest>.*)$", re.S)
TAIL_AFTER_PHRASE = compiled_on_first_use(  # "⟦⟧ before the incident, she said."
    r"^\s*(?:before|after|during|in|on|at|when|while|since)\b[^,⟦⟧⟫]{0,60},\s*(?P<np>" + NP + r")"
    + ADVERB + r"\s+" + CUE + r"\b(?P<rest>.*)$",
    re.S,
)
TAIL_OPEN_APPOSITIVE = compiled_on_first_use(  # "⟦⟧ Nate Silver, the polling guru who founded the site tweeted."
    r"^[\s,:;—–-]*(?P<np>" + NAME + r"),\s*(?:the|a|an)\s[^,⟦⟧⟫]{1,120}?" + ADVERB + r"\s+" + CUE + r"\b(?P<rest>[^⟦]*)$", re.S
)
TAIL_DASH = re.compile(r"^\s*[―—–]+\s*(?P<np>" + NAME + r")(?P<rest>\s*(?:[.,;]|⟦|$).*)$", re.S)
TAIL_NP_FIRST = compiled_on_first_use(  # "⟦⟧ X said", "⟦⟧ authors Ann Lee and Bo Park wrote" (two names sign one text)
    r"^[\s,:;—–-]*(?P<np>" + NP + r"(?:\s+and\s+(?:" + ROLE_NAME + r"|" + NAME + r"))?)" + APPOSITIVE + ADVERB + r"\s+"
    + CUE + r"\b(?P<rest>.*)$",
    re.S,
)
ACCORDING = compiled_on_first_use(r"\b(?:according to|in the words of)\s+(?P<np>" + NP + r")", re.I)
# "a Reuters report", "a report in the Chicago Tribune": the words came from the outlet's report.
REPORT = r"(?:report|article|story|editorial|column|investigation|interview|analysis|dispatch|broadcast|documentary)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WHEN = r"(?:" + DAY + r"|" + MONTH + r")\b"
OUTLET_REPORT = re.compile(
    r"(?:an?|the)\s+(?!" + WHEN + r")(?P<name>" + NAME + r")\s+(?:[a-z]+\s+)?" + REPORT + r"\b"
    r"|(?:an?|the)\s+(?:(?:[a-z]+|" + WHEN + r")\s+){0,2}?" + REPORT + r"\s+(?:in|by|from)\s+(?:the\s+)?(?!" + WHEN + r")(?P<outlet>" + NAME + r")"
)
WORD = re.compile(r"\b[a-z]+\b")
CUE_WORDS = frozenset(CUES)
TOLD = re.compile(r"^\s*told\s+(?P<np>" + NAME + r")")
HANDOVER = re.compile(r"^" + APPOSITIVE + ADVERB + r"\s*")
NAME_ONLY = re.compile(r"^(?:" + PRONOUN + r"|" + ROLE_NAME + r"|" + NAME + r")$")
COORDINATED = compiled_on_first_use(r"(?:^|[,;:(—–]\s*|^(?:But|And|So|Yet|Meanwhile)\s+)" + NP + r"\s+and\s*$")  # "Putin and Kim", not "asked for a photo and Kim"
ATTRIBUTION_ONLY = compiled_on_first_use(r"(?:" + CUE + r"\s+" + NP + r"|" + NP + APPOSITIVE + ADVERB + r"\s+" + CUE + r")")


def find_cues(text: str) -> list[re.Match]:
    """The speech and stance verbs of a text, as word matches (a set lookup, not one huge regex);
    "back" counts after shot/fired/hit ("Sanders shot back, ⟦⟧")."""
    found = []
    previous = ""
    for m in WORD.finditer(text):
        word = m.group(0)
        if word in CUE_WORDS or (word == "back" and previous in BACK_VERBS):
            found.append(m)
        previous = word
    return found


BACK_VERBS = frozenset("shot fired hit snapped".split())
NP_AT_END = compiled_on_first_use(r"(?<![\w’'.-])(?P<np>" + NP + r")" + APPOSITIVE + RELATIVE + ADVERB + r",?\s*$")
SUBJECT_AT_START = compiled_on_first_use(
    r"^(?:(?:But|And|Yet|So|Meanwhile|Still|However|Later|Earlier|In turn|Then),?\s+)?(?:then\s+)?"
    r"(?:[Aa]ccording to [^,]+,\s*)?(?P<np>" + SUBJECT + r")(?P<and>\s+and\s+" + SUBJECT + r")?",
)
OUTLET = re.compile(r"^(?:[A-Z]{2,}|.*\b(?:News|Times|Post|Agency|Radio|TV|Press|Journal|Reuters)\b.*)$")
ABBREVIATIONS = frozenset(  # words whose full stop does not end a sentence of a masked paragraph
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj brig rev st jr sr inc ltd co corp vs etc no"
    " jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)
INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]$")  # "J.M.", "U.S." do not end a sentence
SENTENCE_END = re.compile(r"(?:[.!?][)\]]*|⟫)\s+(?=[A-Z⟦\"“‘(])")


@dataclass(frozen=True)
class Attribution:
    """Raw phrases (not yet resolved to names) for one quote's speaker and channel."""

    speaker: str | None = None
    via: str | None = None
    coordinated: bool = False


def split_masked_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a masked paragraph; abbreviations do not end one."""
    bounds, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.group(0).startswith("⟫") and attribution_follows(text[match.end() : match.end() + 300]):
            continue
        words = text[max(start, match.start() - 40) : match.start()].rsplit(None, 1)  # the last word is enough
        last = words[-1].lower().rstrip(".") if words else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or INITIALS.match(last):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple(bounds)


def attribution_follows(after: str) -> bool:
    """After a quote ending in . ! ?, "Trump shouted." is its attribution; "Noah quipped, ⟦⟧" is not."""
    for pattern in (TAIL_CUE_FIRST(), TAIL_NP_FIRST()):
        match = pattern.match(after)
        if match:
            return not NEXT_TOKEN.match(match.group("rest"))  # "X called Y a ⟦⟧" is the next one's
    return False


def told_channel(rest: str) -> str | None:
    """"... told AFP" / "... told the Korea Times": the outlet that carried the words."""
    match = TOLD.match(rest)
    name = match.group("np").rstrip(".") if match else ""
    if name and OUTLET.match(name):
        return name
    return None


def tail_attribution(right: str) -> tuple[str | None, str | None]:
    """The speaker (and outlet told) after the last quote of a sentence."""
    for pattern in (TAIL_CUE_FIRST(), TAIL_NP_FIRST(), TAIL_DASH, TAIL_AFTER_PHRASE(), TAIL_OPEN_APPOSITIVE()):
        match = pattern.match(right)
        if match and not TOKEN.search(match.group("np")) and not POSSESSOR.search(match.group("np")):
            after_np = right[match.end("np") :]
            handover = HANDOVER.match(after_np)  # all optional: always matches
            cue_and_rest = " " + after_np[handover.end() :]
            return named_in_appositive(match.group("np"), handover.group(0)), told_channel(cue_and_rest)
    return None, None


def names_someone(text: str) -> bool:
    """A capitalised name, with or without its role words ("Jake Sullivan", "Sen. Jo Holm")."""
    return bool(NAME_ONLY.match(text)) and text[:1].isupper()


def named_in_appositive(phrase: str, appositive: str) -> str:
    """"⟦⟧ his wife, Gabriela Lazar, wrote": the name set off after a role, else the phrase."""
    parts = [part.strip() for part in appositive.split(",")]
    if phrase[:1].isupper() or len(parts) < 3:
        return phrase
    return parts[1] if names_someone(parts[1]) and " " in parts[1] else phrase


DATELINE = re.compile(  # "WASHINGTON, Dec. 8 (UPI) — ", "NEW YORK - ", "ABSTRACT: "
    r"^(?:[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][a-z]{2}\.?\s+\d{1,2})?\s*(?:\([A-Z]+\))?\s*[—–:-]+\s*)"
)
OPENING_PHRASE = re.compile(
    r"^(?:In|At|On|After|Before|During|Since|While|When|Despite|With|Without|From|Under|Asked|Amid|Amidst"
    r"|Last|Earlier|Later|Following|Throughout|Over|As|Like|Unlike|[A-Z][a-z]+ing"
    r"|Here|There|Now|Then|Immediately|Instead|Today|Yesterday|Tonight|Eventually|Finally|Recently)\b[^,⟦]{0,120},"
)
FURTHER_OPENING = re.compile(  # "On Thursday, after remaining neutral all spring, Warren ..."
    r"^(?:after|before|during|since|while|when|despite|with|without|in|at|on|from|under|as|following)\b[^,⟦]{0,120},"
)


def sentence_subject(sentence: str) -> tuple[str | None, bool]:
    """The sentence's opening noun phrase, and whether it is coordinated ("Putin and Kim").

    An opening adverbial ("Speaking in Salem, ...", "In an address on Friday, ...") is skipped.
    """
    sentence = DATELINE.sub("", sentence.strip(), count=1)
    if OPENING_PHRASE.match(sentence):
        sentence = sentence.split(",", 1)[-1].strip()
        if FURTHER_OPENING.match(sentence):
            sentence = sentence.split(",", 1)[-1].strip()
    match = SUBJECT_AT_START().match(sentence)
    if not match:
        return None, False
    return match.group("np"), bool(match.group("and"))


NOUN_BEFORE = re.compile(
    r"(?:-|\bso\s|[’']s\s|’\s|\b(?:the|a|an|his|her|their|its|our|my|your|these|those|this|that"
    r"|whose|such|own|many|some|no|recent|earlier|previous|latest|public|private)\s)$",
    re.I,
)


def is_verb_here(before: str, cue: str) -> bool:
    """"remarks", "claims", "calls" after a determiner or possessive are nouns, not cues."""
    return not NOUN_BEFORE.search(before)


TRANSCRIPT = re.compile(r"^\s*(?P<np>" + NAME + r")\s*:\s*$")  # "Clinton: ⟦⟧" in a transcript
WINDOW = 1200  # characters either side of a quote that can hold its attribution
CUE_REACH = 600  # characters before a quote searched for its speech verb
SUBJECT_REACH = 300  # characters before a cue searched for its subject (appositives included)
INVERTED = compiled_on_first_use(r"^\s*(?:Said|Says|Added|Adds|Wrote|Writes|Stated|States)\s+(?=[A-Z]|the\s)(?P<np>" + NP + r")")
INVERTED_AFTER_COMMA = compiled_on_first_use(  # "But, said Solovey, ⟦⟧", "In other words, explained Nancy Cordes: ⟦⟧",
    # "⟦⟧ said Ria Sen, director of the institute, ⟦⟧" (the statement goes on after its attribution)
    r"(?:,|[⟧⟫])\s*(?:said|says|adds|writes|" + "|".join(sorted(LEADING_VERBS, key=len, reverse=True)) + r")"
    r"\s+(?=(?:[a-z-]+\s+){0,3}[A-Z]|the\s)(?P<np>" + NP + r")(?:(?:\s*,\s*[^,⟦⟧⟫]{1,150}?){1,4},|\s*[,:])\s*$"
)
INVERTED_PAST = compiled_on_first_use(  # "Explained Alice Park, ⟦⟧": any past-tense cue, right before the quote
    r"^\s*(?:" + "|".join(sorted((v.capitalize() for v in LEADING_VERBS), key=len, reverse=True)) + r")"
    r"\s+(?=[A-Z]|the\s)(?P<np>" + NP + r")" + APPOSITIVE + r"\s*[,:]?\s*$"
)


def main_clause_speaker(before: str, sentence: str, depth: int = 0) -> tuple[str | None, bool]:
    """Who is "adding that ⟦⟧": the speaker of the clause before (its tail or lead), else the subject."""
    tokens = list(TOKEN.finditer(before))
    if tokens:
        tail, _ = tail_attribution(before[tokens[-1].end() :])
        if tail is not None:
            return tail, False
    if depth < 2 and find_cues(before[-CUE_REACH:]):
        found = lead_attribution(before, sentence, depth + 1)
        if found[0] is not None:
            return found
    return sentence_subject(sentence)


NOT_SUBJECT_START = re.compile(
    r"^(?:" + DAY + r"|" + MONTH + r"|In|On|At|Asked|Speaking|During|After|Before|When|While|As|If|For|From|By|With|Amid|Amidst|Despite"
    r"|Although|Though|Since|Until|Following|Under|Without|Upon|Among|Unlike|Like|Through|Throughout|Given)\b"
)


WHO_CLAUSE = compiled_on_first_use(  # "a White House official who spoke anonymously said ⟦⟧"
    r"(?<![\w’'.-])(?P<np>" + NP + r")\s+who\s+[^,;⟦⟧⟫]{1,100}$"
)


def subject_before(text: str) -> re.Match | None:
    """The noun phrase ending `text` (the cue's subject), never one opening with "Monday" or "In"."""
    position = 0
    while True:
        match = NP_AT_END().search(text, position)
        if match is None or not NOT_SUBJECT_START.match(match.group("np")):
            return match
        position = match.start("np") + len(match.group("np").split()[0])


CAPITALISED_END = re.compile(r"\b[A-Z][\w’'.-]*$")  # "in Columbus": a place goes on ("Columbus, Ohio")


def appositive_subject(before: str) -> str | None:
    """"Michael Bloomberg, who is weighing a run, said ⟦⟧": the name the appositive describes,
    not the sentence's opening subject ("It was three years ago that ..."); likewise the name set
    off after its role ("her senior adviser, Jake Sullivan, said ⟦⟧")."""
    match = subject_before(before[-SUBJECT_REACH:])
    if match is None or not before.rstrip().endswith(","):
        return None
    phrase = match.group("np")
    appositive = match.group(0)[len(phrase) :]
    described = appositive.lstrip().startswith(",") and appositive.count(",") == 2  # one ", …," only
    *_, role, last = [""] + [part.strip() for part in appositive.rstrip(" ,").split(",")]
    if appositive.count(",") >= 2 and names_someone(last) and not CAPITALISED_END.search(role):
        return last  # "..., her senior adviser, Jake Sullivan, said"; not "... in Columbus, Ohio, said"
    return phrase if described and names_someone(phrase) else None


def lead_attribution(left: str, sentence: str, depth: int = 0) -> tuple[str | None, bool]:
    """The subject of the last speech or stance verb before the quote.

    Only the last few hundred characters before a cue are searched for its subject, and a chain
    of participles is followed two deep, so hostile run-on text stays linear.
    """
    inverted = (
        INVERTED().match(left) or INVERTED_PAST().match(left) or TRANSCRIPT.match(left) or INVERTED_AFTER_COMMA().search(left)
    )
    if inverted:
        return inverted.group("np"), False
    left = left[-CUE_REACH:]
    for cue in reversed(find_cues(left)):
        if not is_verb_here(left[max(cue.start() - 40, 0) : cue.start()], cue.group(0)):
            continue
        before = left[: cue.start()]
        if cue.group(0).endswith("ing") or CLAUSE_JOINED.search(before):
            named = None if cue.group(0).endswith("ing") else appositive_subject(before)
            return (named, False) if named else main_clause_speaker(before, sentence, depth)
        match = subject_before(before[-SUBJECT_REACH:]) or WHO_CLAUSE().search(before[-SUBJECT_REACH:])
        if not match or TOKEN.search(match.group("np")):
            return sentence_subject(sentence)
        phrase = match.group("np")
        if cue.group(0) in NAMING and not re.search(r"[A-Z]", re.sub(r"^[Tt]he\s", "", phrase)):
            if phrase.lower() not in {"he", "she", "they", "it"}:
                continue  # "a plan called ⟦⟧": only people and names describe or call; look further back
        ahead = before[-SUBJECT_REACH:][: match.start("np")]
        return phrase, bool(COORDINATED().search(ahead[-SUBJECT_REACH:]))
    return None, False


def is_channel(phrase: str) -> bool:
    """A tail that reports rather than speaks: an organisation, agency or outlet."""
    low = phrase.lower()
    return is_org_name(phrase) or bool(re.search(r"\b(agency|ministry|media|outlet|report)\b", low))


def find_token(masked: str, token: int) -> tuple[int, int]:
    """Where placeholder `token` sits in a masked paragraph: (start, end), or (-1, -1)."""
    open_at, closed_at = masked.find(f"⟦{token}⟧"), masked.find(f"⟦{token}⟫")
    at = closed_at if open_at < 0 else open_at if closed_at < 0 else min(open_at, closed_at)
    if at < 0:
        return -1, -1
    return at, at + len(str(token)) + 2


def sentence_around(masked: str, at: int, bounds=None) -> tuple[int, int]:
    """The sentence holding offset `at`, cut to a window so run-on text stays linear."""
    for start, end in bounds if bounds is not None else split_masked_sentences(masked):
        if start <= at < end:
            return max(start, at - WINDOW), min(end, at + WINDOW)
    return max(0, at - WINDOW), min(len(masked), at + WINDOW)


def attribute(masked: str, token: int, bounds=None) -> Attribution:
    """Combine lead, tail and "according to" for quote `token` of a masked paragraph."""
    at, mark_end = find_token(masked, token)
    start, end = sentence_around(masked, at, bounds)
    sentence = masked[start:end]
    left = masked[start:at]
    tokens = list(TOKEN.finditer(sentence))
    tail, told = tail_attribution(masked[mark_end:end])
    if tail is None and tokens:
        tail, told = tail_attribution(sentence[tokens[-1].end() :])
    according = ACCORDING().search(sentence)
    source = report_source(according.group("np"), sentence[according.start("np") :]) if according else None
    lead, coordinated = lead_attribution(left, sentence)
    if lead and lead.lower().startswith("according"):
        lead = None
    return combine(lead, coordinated, tail, told, source)


def report_source(phrase: str, text: str) -> str:
    """The outlet behind "according to a Reuters report" / "a report in the Chicago Tribune"
    (`text` runs from the phrase to the sentence's end); any other "according to" phrase as it
    stands."""
    report = OUTLET_REPORT.match(text)
    return (report.group("name") or report.group("outlet")) if report else phrase


ACTS_NEXT = re.compile(r"^(?:\s*,[^,⟦]{1,90},)?" + ADVERB + r"\s+[a-z]+(?:ed|s)\b")  # "Trump later defended"


def subject_of_verb(sentence: str, left: str) -> tuple[str | None, bool]:
    """No cue at all: a person or pronoun opening the sentence with a verb ("He offered ⟦⟧")."""
    subject, coordinated = sentence_subject(sentence)
    if subject is None or TOKEN.search(subject) or not left.strip():
        return None, False
    if not NAME_ONLY.match(subject):
        return None, False
    rest = sentence.strip()[sentence.strip().find(subject) + len(subject) :]
    if not ACTS_NEXT.match(rest):
        return None, False
    return subject, coordinated


def combine(lead, coordinated, tail, told, according) -> Attribution:
    """Pick speaker and channel from the three sources (see the module docstring)."""
    channel = told or according
    if lead and not coordinated:
        if tail is None:
            return Attribution(lead, channel)
        if is_channel(tail) and not is_channel(lead):
            return Attribution(lead, tail)
        return Attribution(tail, told)
    if tail is not None:
        return Attribution(tail, told, coordinated)
    if according is not None:
        return Attribution(according, None, coordinated)
    return Attribution(None, None, coordinated)


def ends_with_colon_lead(masked: str) -> bool:
    """A paragraph that introduces the next one's quote ("..., Smith said:")."""
    return masked.rstrip().endswith(":")


def only_quote(masked: str, token: int, bounds=None) -> bool:
    """Whether quote `token` stands alone in its sentence (nothing but punctuation around it)."""
    at, mark_end = find_token(masked, token)
    start, end = sentence_around(masked, at, bounds)
    return not WORD_CHAR.search(masked[start:at]) and not WORD_CHAR.search(masked[mark_end:end])


def is_attribution_only(between: str) -> bool:
    """The words between two quotes are just an attribution ("…," she said. "…")."""
    text = between.strip(" ,.;:—–-")
    if not text or len(split_masked_sentences(text)) > 1:
        return False
    return bool(
        ATTRIBUTION_ONLY().fullmatch(text)
    )
