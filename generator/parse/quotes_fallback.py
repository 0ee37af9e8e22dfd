"""Last-resort attributions for a quote whose own sentence has no speech verb next to it.

Newsroom conventions that the lead/tail reading in quotes_attribution misses:
  * a colon hands the floor over: "The timing doesn't surprise pollster Daron Shaw: ⟦⟧",
    "Then Mr. Smith shot back: ⟦⟧", "Pollsters agree - Carl Bialik: ⟦⟧". The speaker is the
    subject of the clause ending in the colon (or the name after a dash), whatever its verb.
  * the attribution closes the sentence some words after the quote: "So are a ⟦⟧ of companies
    who sponsor the event, Gilbert said." The words in the sentence are the speaker's.
A quote opening its sentence with a comma hand-over takes the noun phrase acting after it
("…," Kelly charged). And a possessed speech noun names its owner: "her remark that ⟦⟧", "Trump's claim, ⟦⟧".
All only run when nothing else named a speaker, so they never override a cue-based reading.
"""

from __future__ import annotations

import re

from generator.parse.quotes_attribution import (
    ADVERB,
    APPOSITIVE,
    CUE,
    NAME,
    NP,
    POSSESSOR,
    ROLE_NAME,
    TOKEN,
    Attribution,
    compiled_on_first_use,
    find_token,
    names_someone,
    sentence_around,
    sentence_subject,
    subject_before,
    subject_of_verb,
)

MAX_LEAD_WORDS = 20  # a longer clause before the colon is the writer's narration, not a hand-over
ACTS = re.compile(  # the subject is followed by its verb ("shot back", "turned to"), not "of", "in"
    r"^(?:\s*,[^,⟦]{1,90},)?\s+(?:\w+ly\s+)?(?!(?:of|in|on|at|for|to|from|with|and|or|since|who|which|that)\b)[a-z]+\b"
)
PREPOSITION_FIRST = re.compile(r"^\s*(?:From|In|On|At|For|With|By|To|Of|Under|Over)\s[^,]*$")
ROLE_AT = re.compile(ROLE_NAME)
COLON_BEFORE = re.compile(r":\s*$")
DASH_NAME = re.compile(r"[-–—]\s*(?P<np>" + NAME + r"(?:\s+and\s+" + NAME + r")?)\s*:\s*$")
AS_PUT_IT = compiled_on_first_use(  # "As Vulture put it, ⟦⟧", "as the senator, a lawyer, once put it:"
    r"\b[Aa]s\s+(?P<np>" + NP + r")" + APPOSITIVE + ADVERB + r"\s+(?:put|puts|has put|had put)\s+it\s*[:,]?\s*$"
)
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
OWNED = (  # "her remark", "Trump's latest claim"
    r"(?<![\w’'])(?P<owner>(?:" + NAME + r"|[Tt]he\s+[a-z]+)(?:’s|'s)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?"
    r"(?:claim|remark|statement|comment|promise|pledge|assertion|insistence|warning|words|message"
    r"|tweet|declaration|vow|argument|suggestion|response|reply|answer|quip|boast|complaint)s?"
)
OWNED_WORDS = re.compile(OWNED + r",?\s+(?:that\s+|was\s+|is\s+)?$")  # "her remark that ⟦⟧"
OWNED_INTRO = re.compile(OWNED + r"(?:\s+(?:was|were|is|are|read|reads))?(?:\s+as\s+follows)?\s*:\s*$")
FOLLOWING = re.compile(r"\s+(?:as\s+follows|the\s+following(?:\s+[a-z]+){0,2})(?=\s*:\s*$)")
CLOSING_TAIL = compiled_on_first_use(
    r",\s*(?P<np>" + NP + r")" + APPOSITIVE + ADVERB + r"\s+" + CUE + r"\b(?:\s+(?:on|in|at|during|after|to)\s[^,;⟦⟧⟫]{1,80})?\s*[.!?]?\s*$"
)  # "…, Gilbert said in an interview."
ACTING_TAIL = compiled_on_first_use(  # "⟦⟧ Kelly charged", "⟦⟧, the senator riffed on Monday" – any verb
    r"^\s*,?\s*(?P<np>" + NP + r")" + APPOSITIVE + ADVERB + r"\s+(?!(?:is|was|has|does)\b)[a-z]+(?:ed|es)\b"
)
CLOSING_INVERTED = compiled_on_first_use(  # "…, says Evan Tracey, a media consultant in Alexandria, Va."
    r",\s*(?:said|says|added|adds|wrote|writes)\s+(?P<np>" + NP + r")(?:\s*,\s*[^,⟦⟧⟫]{1,150}?){0,3}\s*[.!?]?\s*$"
)


def fallback_attribution(masked: str, token: int, bounds=None) -> Attribution:
    """A speaker from a colon hand-over or a sentence-closing "…, X said." (else none)."""
    at, mark_end = find_token(masked, token)
    if at < 0:
        return Attribution()
    start, end = sentence_around(masked, at, bounds)
    left, sentence = masked[start:at], masked[start:end]
    owner = owner_speaker(left)
    if owner:
        return Attribution(owner, None)
    subject, coordinated = subject_of_verb(sentence, left)
    if subject or coordinated:
        return Attribution(None if coordinated else subject, None, coordinated)
    right = masked[mark_end:end]
    handed_over = not left.strip() and masked[mark_end - 1] == "⟧"
    speaker = put_it_speaker(left) or issuer(left) or colon_speaker(left) or closing_speaker(right) or (handed_over and acting_speaker(right)) or None
    return Attribution(speaker, None) if speaker else Attribution()


def colon_speaker(left: str) -> str | None:
    """The subject of a clause that ends in a colon right before the quote."""
    if not COLON_BEFORE.search(left) or TOKEN.search(left):
        return None
    left = FOLLOWING.sub("", left)  # "X issued the following statement:", "... as follows:"
    owned = OWNED_INTRO.search(left)
    if owned:
        return owner_name(owned.group("owner"))
    dashed = DASH_NAME.search(left)
    if dashed:
        return dashed.group("np")
    if len(left.split()) > MAX_LEAD_WORDS:
        return None
    if PREPOSITION_FIRST.match(left):
        return None  # "From Bush's Facebook post:" names a place the words are from
    subject, coordinated = sentence_subject(left)
    if subject is None or coordinated or not names_someone(subject):
        return None
    at = left.find(subject)
    role = ROLE_AT.match(left, at)  # "Republican presidential nominee Donald Trump", not "Republican"
    subject = role.group(0) if role and not COLON_BEFORE.search(role.group(0)) else subject
    rest = left[at + len(subject) :]
    return subject if ACTS.match(rest) else None


ISSUED = re.compile(  # "Trump issued a statement, ⟦⟧", "the campaign put out a short statement saying ⟦⟧"
    r"\s+(?:issued|released|put\s+out|posted|sent\s+out|sent|published)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:statement|message|tweet|letter|memo|note|post)(?:\s+(?:on|to|via)\s+[^,:⟦⟧⟫]{1,40})?"
    r"\s*(?:[,:]\s*|\s+(?:saying|stating|reading|that|which\s+read|that\s+read)[,:]?\s*)$"
)
SIGNATURE = re.compile(r"^\s*[-–—―]+\s*(?P<np>" + NAME + r")(?:\s*,[^⟦⟧⟫]{0,150})?\.?\s*$")


def signature_speaker(next_paragraph: str) -> str | None:
    """A quote set alone in its paragraph and signed on the next line ("- Bernie Sanders.",
    "―President Obama, tweeting after the speech."), as fact checks and round-ups print them."""
    match = SIGNATURE.match(next_paragraph)
    return match.group("np") if match else None


def issuer(left: str) -> str | None:
    """Who "issued a statement, ⟦⟧": the words are the statement, the subject its author."""
    match = ISSUED.search(left)
    if match is None:
        return None
    subject = subject_before(left[: match.start()])
    return subject.group("np") if subject and not TOKEN.search(subject.group("np")) else None


def put_it_speaker(left: str) -> str | None:
    """"As X put it, ⟦⟧": the quote is X's words, whatever punctuation hands it over."""
    match = AS_PUT_IT().search(left)
    return match.group("np") if match and not TOKEN.search(match.group("np")) else None


def closing_speaker(right: str) -> str | None:
    """The speaker of a "…, X said." that ends the sentence after other words (no later quote)."""
    if TOKEN.search(right):
        return None
    match = CLOSING_TAIL().search(right) or CLOSING_INVERTED().search(right)
    if not match or POSSESSOR.search(match.group("np")):
        return None
    return match.group("np")


def owner_speaker(left: str) -> str | None:
    """Whose words a quote is when it follows "her remark that" or "Trump's claim that"."""
    match = OWNED_WORDS.search(left)
    if not match:
        return None
    return owner_name(match.group("owner"))


def owner_name(owner: str) -> str:
    """"Trump's" -> Trump, "her" -> she (resolved later like any pronoun)."""
    return OWNER_PRONOUNS.get(owner.lower()) or re.sub(r"(?:’s|'s)$", "", owner)


def acting_speaker(right: str) -> str | None:
    """Who acts right after a quote opening its sentence and handing over with a comma
    ("…," Kelly charged): news style names the speaker there whatever the verb."""
    match = ACTING_TAIL().match(right)
    if not match or POSSESSOR.search(match.group("np")) or TOKEN.search(match.group("np")):
        return None
    return match.group("np")
