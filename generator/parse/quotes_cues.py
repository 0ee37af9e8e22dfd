"""The verbs that report speech, shared by the attribution reader and the name book.

`CUES` are the speech and stance verbs an attribution turns on ("said", "warned", "tweeted");
`SPEECH` the plain reporting verbs that may hand a quote over from the paragraph before;
`NAMING` the verbs that name or describe things as much as people speak them. `LEADING_VERBS`
are the past-tense cues that, capitalised at the start of a sentence ("Stated Stone:",
"Explained Alice Park,"), precede a speaker's name without being part of it.
"""

from __future__ import annotations

CUES = (
    "said says say saying added adds adding told tells telling stated states explained explains"
    " noted notes wrote writes writing asked asks replied replies warned warns insisted insists"
    " argued argues claimed claims declared declares announced announces continued continues"
    " recalled recalls admitted admits acknowledged acknowledges conceded concedes stressed"
    " stresses emphasised emphasized observed observes remarked remarks commented comments"
    " suggested suggests reported reports tweeted tweets posted joked quipped lamented complained"
    " urged urges pledged pledges vowed vows promised promises predicted predicts concluded"
    " responded responds answered answers cautioned confirmed confirms countered counters"
    " shouted yelled wondered maintained maintains agreed agrees testified proclaimed boasted"
    " mused expressed expresses praised praises described describes commended commends hailed"
    " hails criticised criticized condemned condemns denounced welcomed accused called calls"
    " reaffirmed thanked spoke speaks referred refers dubbed labelled labeled branded termed"
    " pointed explaining noting arguing insisting warning claiming describing calling promising"
    " pledging vowing stressing urging asserting asserted asserts opined decried derided insulted"
    " mocked blasted slammed ridiculed dismissed touted lauded offered rejected screamed chanted"
    " cried interjected begins began continued tweeting writing telling asking adding recounted"
    " explained predicting acknowledging conceding cautioning shouting joking quipping boasting"
    " promised demanded demands demanding labeled labelling characterized characterised"
    " wrote reads read quoted quoting cited citing whispered muttered texted emailed replied"
    " write assured assures bemoaned yells yelled shouts screams cries chants insist argue"
    " complain complains conceded recall explain warn predict note observe exclaimed confessed"
    " snapped scoffed sneered retorted sighed marveled marvelled gushed fumed vented elaborated"
    " sings sang remembered remembers echoed echoes reiterated reiterates contended contends"
    " alleged alleges bragged brags quip quips reasoned speculated scolded teased thundered chided"
    " lectured pleaded implored recounts affirmed affirms conclude concludes lecturing exhorted"
    " points"  # "he points out"
).split()
SPEECH = frozenset(
    "said says say told tells added adds stated states wrote writes asked replied warned declared"
    " announced reported reports explained noted insisted argued claimed".split()
)
NAMING = frozenset(  # verbs that name or describe things as much as people speak them
    "called calls calling described describes describing dubbed labelled labeled branded termed"
    " referred refers known".split()
)
LEADING_VERBS = frozenset(cue for cue in CUES if cue.endswith("ed") and cue not in NAMING)
