"""The small word lists the language analysis relies on, kept in one place so they are easy to extend.

Everything here is a frozenset or a plain dict of constants: no stage mutates them. The lists are
deliberately short (function words, titles, organisation heads, a gazetteer of countries and major
cities); the rules in sentences/dates/entities/summary do the rest.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated string (keeps the lists below readable)."""
    return frozenset(text.split())


# --- sentences -----------------------------------------------------------------------------------

# Abbreviations after which a full stop never ends a sentence (a name or a number always follows).
TITLE_ABBREVIATIONS = words(
    "mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj brig st rev hon pres supt"
    " det insp fr sr jr messrs mme mlle mt ft"
)
# Abbreviations that may also end a sentence ("... in the U.S. The company ..."): they end one
# only when the next word is a typical sentence opener (see SENTENCE_OPENERS).
SOFT_ABBREVIATIONS = words(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp plc approx"
    " est dept univ assn bros e.g i.e a.m p.m u.s u.k u.n e.u cf al op"
)

# Function words and common openers: a capitalised one of these starts a sentence, and it is
# never the first word of a name.
SENTENCE_OPENERS = words(
    "a an the this that these those there then thus he she it they we i you his her its their our"
    " my your but and or so yet nor if when while although though because since after before as"
    " in on at by for from with without of to into during under over about despite however"
    " meanwhile moreover still also even only both all some many most several few no not one two"
    " three four five six seven eight nine ten what which who whom whose where why how"
    " according should would could will can may might must shall do does did is are was were be"
    " been has have had yes instead indeed other another each every such here now today yesterday"
    " tomorrow last next earlier later first second third finally overall again once among"
    " until unless whether let let's just while amid following asked speaking any"
)

# --- dates ---------------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Words that, in the clause around a weekday or month, point forward in time.
FUTURE_CUES = words(
    "will 'll ’ll shall expected scheduled plans plan planned planning going upcoming would"
    " forthcoming ahead awaiting await next coming later intends intend"
    " faces face hosts host plays meets visits travels resumes opens"  # schedule present: "X face Y on Saturday"
)
# Words that point back in time (besides the regular "-ed" past forms).
PAST_CUES = words(
    "said says told was were had did met held spoke took made gave went came began fell rose"
    " won lost saw sent left became broke ago previously earlier announced reported"
)
# Capitalised words that make a following weekday part of a name, not a date ("Good Friday").
WEEKDAY_NAME_PARTS = words("good black cyber super bloody ash holy easter palm giving small")

# --- entities ------------------------------------------------------------------------------------

# Titles written before a name: "President Donald Trump", "Gen. Mark Milley".
PERSON_TITLES = words(
    "president vice-president mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sen sen. senator"
    " rep rep. representative gov gov. governor gen gen. general col col. colonel lt lt. lieutenant"
    " sgt sgt. sergeant capt capt. captain cmdr admiral adm adm. maj maj. major brig brig."
    " minister premier chancellor king queen prince princess pope sir dame lord lady judge justice"
    " ambassador mayor sheikh emir ayatollah cardinal bishop rabbi imam chairman chairwoman chair"
    " secretary commissioner director coach chief leader speaker inspector detective officer"
    " superintendent rev rev. reverend father sister brother saint st. dame councillor councilor"
    " marshal field prosecutor attorney"
)
# Lowercase role words that mark the capitalised name right after them as a person:
# "North Korean leader Kim Jong Un", "striker Erling Haaland".
ROLE_WORDS = words(
    "leader president minister chairman chairwoman chair chief spokesman spokeswoman spokesperson"
    " secretary director founder executive ceo boss head coach manager striker midfielder defender"
    " goalkeeper captain player star singer actor actress author writer rapper artist economist"
    " analyst professor researcher scientist envoy ambassador governor senator mayor lawmaker"
    " diplomat general commander official officer lawyer judge prosecutor premier chancellor"
    " king queen prince princess dictator president-elect candidate rival counterpart colleague"
    " presenter host journalist reporter editor correspondent historian expert adviser advisor"
    " investor billionaire entrepreneur champion winner veteran legend teammate partner wife"
    " husband son daughter mother father brother sister astronaut physicist biologist"
)
# The last word (or the head before "of") of an organisation's name.
ORGANISATION_WORDS = words(
    "agency army union ministry party council university bank inc inc. corp corp. co co. ltd ltd."
    " plc llc gmbh ag sa news times commission court police fund group company association"
    " institute institution committee department office service services network foundation"
    " federation league club airlines airways motors technologies labs laboratories post journal"
    " press organisation organization authority board bureau parliament congress senate navy force"
    " forces guard assembly centre center school college academy museum hospital society trust"
    " exchange reserve studios records united city rovers wanderers athletic fc cabinet government"
    " democrats republicans conservatives liberals socialists greens democrat dems dem embassy"
    " consulate software mission breweries brewery telekom telecom telecoms pharma petroleum oil"
    " mining steel media communications telecommunications insurance securities investments"
    " stores foods bancorp airport unit squad"
    " tribunal cooperative corporation holdings industries systems partners capital bancorp"
    " brotherhood movement front alliance coalition command council electric energy pharmaceuticals"
    " airline broadcasting television radio channel magazine herald tribune gazette telegraph"
    " guardian observer express chronicle review institute commerce chamber"
)
# Whole names known to be organisations although no organisation word says so.
KNOWN_ORGANISATIONS = words(
    "kremlin pentagon nato opec reuters afp ap bbc cnn nasa fbi cia un eu who imf wto fifa uefa"
    " google apple microsoft amazon meta facebook twitter tesla samsung toyota nvidia openai"
    " kcna yonhap xinhua tass interfax tories labour hamas hezbollah taliban unicef unesco"
    " interpol europol gchq mi5 mi6 ofcom ofsted nhs treasury"
)
KNOWN_ORGANISATION_PHRASES = frozenset(
    {"white house", "downing street", "the white house", "wall street", "silicon valley"}
)
# Capitalised words that are not names when they stand alone.
NOT_NAMES = words(
    "i mr mrs ms dr sir madam god internet web covid-19 covid coronavirus tv ok okay am pm"
    " related original url photo image video getty file read more see also"
    " pc uv cd dvd gdp ceo cfo ai it pr ip hiv aids dna rna id ok tv ps ad bc gmt bst est mph"
)
# Acronyms of things, not bodies, when written in capitals ("an electric SUV", "LED headlamps", "a
# CT scan"), and US state codes after a town ("Wantagh, NY": the town is the place). Only the
# capitalised form is meant: "Ram Nath Kovind" and "Pin" at a sentence start are other words.
# LA (Los Angeles), DC (Washington), PA (the British news agency) and VA (Veterans Affairs) stand
# for places or bodies.
COMMON_ACRONYMS = words(
    "suv suvs led leds lcd oled usb hdmi gps vip vips ssd cpu gpu ram hd uhd faq diy sms atm mri"
    " ct ekg ecg icu er bbq rsvp asap aka fyi ios apr mpg rpm"
    " al ak az ar ca co ct de fl ga hi id il in ia ks ky me md ma mi mn ms mo mt ne nv nh nj nm ny"
    " nc nd oh ok or ri sc sd tn tx ut vt wa wv wi wy"
)
# Words that may join capitalised words inside one name: "University of North Korean Studies".
NAME_CONNECTORS = words("of for de da del della di du la le van von der den al el bin bint ibn")

# Compass words that turn a demonym into a longer demonym ("North Korean", "South African").
DIRECTIONS = words("north south east west northern southern eastern western central")

# Words after a name that mark it as a place: "the Kursk border region".
PLACE_NOUNS = words(
    "region province oblast state county district city town village border capital island"
    " islands peninsula valley river mountains coast prefecture territory republic township"
)
# Last words that make a name a place: "Old Trafford" is not, but "Goodison Park" is.
PLACE_NAME_ENDINGS = PLACE_NOUNS | words(
    "park stadium arena square street road avenue bridge station palace castle field lake bay"
    " gulf strait sea ocean hills heights forest desert canal theater theatre amphitheater drive lane boulevard"
    " amphitheatre pavilion beach mall plaza tower gardens"
)
# First words that make a run the name of an operation or project, not an entity.
EVENT_HEADS = words("operation project mission")
# Prepositions that make a lone capitalised word likely a place ("in Seoul", "from Kursk").
PLACE_PREPOSITIONS = words("in from to near across outside inside towards toward via into at")

# A small gazetteer: countries, regions and major cities. Lowercase, one name per line of thought.
PLACES = frozenset(
    """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia congo
croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye
turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen
zambia zimbabwe britain england scotland wales us u.s. usa u.s.a. uk u.k. america europe asia
africa antarctica oceania arctic crimea donbas donetsk luhansk kursk kharkiv kyiv kiev odesa
gaza tibet xinjiang kashmir kurdistan chechnya siberia greenland alaska hawaii california texas
florida ohio michigan arizona nevada oregon washington virginia carolina pennsylvania illinois
massachusetts colorado utah iowa kansas kentucky louisiana alabama mississippi tennessee
wisconsin minnesota missouri montana idaho wyoming nebraska oklahoma arkansas maine vermont
delaware maryland connecticut quebec ontario alberta bavaria catalonia scandinavia balkans
seoul pyongyang tokyo beijing shanghai moscow london paris berlin madrid rome lisbon vienna
prague warsaw budapest bucharest athens istanbul ankara tehran baghdad damascus beirut jerusalem
cairo riyadh dubai doha delhi mumbai karachi islamabad kabul dhaka bangkok hanoi jakarta manila
sydney melbourne auckland toronto montreal vancouver ottawa chicago boston houston dallas miami
atlanta seattle denver phoenix detroit brussels amsterdam geneva zurich stockholm oslo helsinki
copenhagen dublin edinburgh glasgow manchester liverpool birmingham leeds bristol cardiff belfast
munich frankfurt hamburg milan naples barcelona valencia lagos nairobi johannesburg
kinshasa khartoum tripoli tunis algiers casablanca havana caracas bogota lima santiago
brasilia anchorage minsk vilnius riga tallinn
kherson zaporizhzhia mariupol bakhmut belgorod vladivostok macau taipei osaka
hollywood westminster whitehall strasbourg davos
""".split()
) | frozenset(
    {
        "north korea", "south korea", "new york", "new zealand", "united states", "united kingdom",
        "saudi arabia", "south africa", "sri lanka", "new delhi", "los angeles", "san francisco",
        "hong kong", "buenos aires", "rio de janeiro", "sao paulo", "the hague", "middle east",
        "east asia", "latin america", "north america", "south america", "west bank", "gaza strip",
        "european union", "abu dhabi", "costa rica", "el salvador", "ivory coast", "north macedonia",
        "czech republic", "dominican republic", "united arab emirates", "washington dc",
        "korean peninsula", "addis ababa", "tel aviv", "kuala lumpur", "cape town", "mexico city",
        "st petersburg", "st. petersburg", "new jersey", "new mexico", "north carolina",
        "south carolina", "west virginia", "northern ireland", "east timor", "south sudan",
        "inner mongolia", "pearl harbor", "red sea", "black sea", "south china sea", "taiwan strait",
        "new york city", "kansas city", "oklahoma city", "salt lake city", "atlantic city",
        "jersey city", "las vegas", "san diego", "san antonio", "san jose", "new orleans",
        "st. louis", "st louis", "fort worth", "santa fe", "new hampshire", "rhode island",
        "north dakota", "south dakota", "new england", "puerto rico", "long island",
        "ho chi minh city", "quezon city", "panama city", "guatemala city", "vatican city",
        "sierra leone", "papua new guinea", "burkina faso", "cape verde", "san marino",
        "west africa", "east africa", "north africa", "southeast asia", "central asia", "south asia",
        "central america", "persian gulf",
    }
)  # fmt: skip
# Gazetteer names that are organisations, not places, despite their shape.
PLACE_BUT_ORGANISATION = frozenset({"european union"})
# Spellings of one place that should be merged as aliases.
PLACE_ALIASES = {
    "us": "united states", "u.s.": "united states", "u.s": "united states", "usa": "united states",
    "u.s.a.": "united states", "america": "united states", "uk": "united kingdom",
    "u.k.": "united kingdom", "britain": "united kingdom", "kiev": "kyiv", "burma": "myanmar",
    "holland": "netherlands", "turkiye": "turkey",
}  # fmt: skip

# Common content-less words for the summary's word overlap.
STOPWORDS = SENTENCE_OPENERS | words(
    "s said say says told also would could just like new one year years time people its it's"
    " than more less very into out up down over been being were was are is am has have had do"
    " does did not no mr ms mrs per cent percent about said, via among"
)

# Nationality words: a name made only of these (and compass words) is an adjective, not an entity.
DEMONYMS = words(
    "american korean russian british french german chinese japanese israeli iraqi iranian ukrainian"
    " european african asian arab greek turkish polish spanish italian dutch swiss swedish"
    " norwegian danish finnish irish scottish welsh english canadian mexican brazilian indian"
    " pakistani afghan syrian saudi palestinian egyptian australian soviet western eastern kurdish"
    " thai vietnamese filipino yemeni lebanese jordanian qatari emirati kenyan nigerian latin"
    " nordic baltic slavic hispanic muslim christian jewish catholic hindu buddhist sunni shia"
    " republican democratic communist"
)
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")
# Words that end the name of an event or a document, which is none of person/organisation/place.
EVENT_WORDS = words(
    "games olympics olympic cup championship championships open awards award festival summit war"
    " agreement treaty act bill prize day week series election elections conference forum show bowl"
    " album film book oscars prix tour marathon derby final finals trophy rally protocol accord"
    " doctrine plan programme program initiative strategy era revolution crisis scandal deal"
    " inquiry investigation report"
)
# Lowercase suffixes glued to a name by a hyphen that are not part of it: "North Korea-related".
HYPHEN_SUFFIXES = words(
    "related based led backed born owned style made era linked funded bound controlled allied"
    " occupied wide friendly sponsored registered listed made run held brokered centred centered"
)
# Words that may stand between a title and the name it introduces: "Secretary of State Marco Rubio".
TITLE_RUN = PERSON_TITLES | words(
    "of for the state defence defense foreign affairs home finance trade industry health justice"
    " interior energy education transport culture general deputy vice prime executive former"
    " acting shadow junior senior first lord chief grand supreme crown"
)
# Verbs of speech: a lone capitalised word right before one is most likely a person or a body.
SPEECH_VERBS = words(
    "said says told added warned stressed argued insisted noted wrote tweeted explained admitted"
    " claimed replied announced confirmed denied urged"
)
