"""The word lists speaker phrases are read with (data only; the reading is in
:mod:`idlibsite.attribution.phrase`)."""

from __future__ import annotations

from idlibsite.attribution.countries import COUNTRIES
from idlibsite.sources.titles import NOUNS_IN_PROSE, TAG_ONLY, TITLES as NAMED_TITLES

NATIONS = COUNTRIES | {
    "russia": "Russia", "russian": "Russia", "turkey": "Turkey", "turkish": "Turkey",
    "syria": "Syria", "syrian": "Syria", "greece": "Greece", "greek": "Greece",
    "germany": "Germany", "german": "Germany", "france": "France", "french": "France",
    "iran": "Iran", "iranian": "Iran", "us": "United States", "american": "United States",
    "eu": "European Union", "un": "United Nations", "nato": "NATO", "uk": "United Kingdom",
    "british": "United Kingdom", "israel": "Israel", "israeli": "Israel", "jordan": "Jordan",
    "jordanian": "Jordan", "iraq": "Iraq", "iraqi": "Iraq", "lebanon": "Lebanon", "lebanese": "Lebanon",
    "egypt": "Egypt", "egyptian": "Egypt", "qatar": "Qatar", "qatari": "Qatar", "china": "China",
    "chinese": "China", "ukraine": "Ukraine", "ukrainian": "Ukraine", "italy": "Italy", "italian": "Italy",
    "britain": "United Kingdom", "saudi": "Saudi Arabia", "emirati": "United Arab Emirates",
    "uae": "United Arab Emirates", "dutch": "Netherlands", "netherlands": "Netherlands", "kuwait": "Kuwait",
    "kuwaiti": "Kuwait", "oman": "Oman", "omani": "Oman", "bahrain": "Bahrain", "bahraini": "Bahrain",
    "swiss": "Switzerland", "switzerland": "Switzerland", "sweden": "Sweden", "swedish": "Sweden",
    "norway": "Norway", "norwegian": "Norway", "denmark": "Denmark", "danish": "Denmark",
    "belgium": "Belgium", "belgian": "Belgium", "austria": "Austria", "austrian": "Austria",
    "poland": "Poland", "polish": "Poland", "spain": "Spain", "spanish": "Spain", "japan": "Japan",
    "japanese": "Japan", "india": "India", "indian": "India", "pakistan": "Pakistan", "pakistani": "Pakistan",
    "afghanistan": "Afghanistan", "afghan": "Afghanistan", "azerbaijan": "Azerbaijan",
    "azerbaijani": "Azerbaijan", "armenia": "Armenia", "armenian": "Armenia", "libya": "Libya",
    "libyan": "Libya", "tunisia": "Tunisia", "tunisian": "Tunisia", "algeria": "Algeria",
    "algerian": "Algeria", "morocco": "Morocco", "moroccan": "Morocco", "sudan": "Sudan",
    "sudanese": "Sudan", "yemen": "Yemen", "yemeni": "Yemen", "canada": "Canada", "canadian": "Canada",
    "australia": "Australia", "australian": "Australia", "bulgaria": "Bulgaria", "bulgarian": "Bulgaria",
    "cyprus": "Cyprus", "cypriot": "Cyprus", "hungary": "Hungary", "hungarian": "Hungary",
    "kazakhstan": "Kazakhstan", "kazakh": "Kazakhstan", "belarus": "Belarus", "belarusian": "Belarus",
    "korea": "Korea", "korean": "Korea", "georgia": "Georgia", "georgian": "Georgia", "serbia": "Serbia", "serbian": "Serbia",
    "uzbek": "Uzbekistan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan",  # the package's
    # demonyms are "Uzbekistani", "Kirghiz", "Tadzhik": news copy writes "the Uzbek Foreign Ministry"
    "maldivian": "Maldives",  # the package's "Maldivan"
    "argentine": "Argentina", "argentinian": "Argentina",  # the package's "Argentinean" only
    "slovenian": "Slovenia", "slovakian": "Slovakia", "philippine": "Philippines", "filipina": "Philippines",
    "azeri": "Azerbaijan", "montenegrin": "Montenegro", "croat": "Croatia", "kyrgyzstani": "Kyrgyzstan",
    "turkmenistani": "Turkmenistan", "tajikistani": "Tajikistan", "belarussian": "Belarus", "byelorussian": "Belarus",
    "luxembourgish": "Luxembourg", "nepali": "Nepal", "ecuadorian": "Ecuador", "djiboutian": "Djibouti",
    "surinamese": "Suriname", "icelandic": "Iceland", "comorian": "Comoros", "kosovan": "Kosovo",  # a country's other
    # adjective, which the package's one demonym leaves out ("Slovene", "Slovak"): news copy writes both forms (issue 15)
    "bih": "Bosnia and Herzegovina", "ksa": "Saudi Arabia", "prc": "China", "dprk": "DPRK",  # a country's initials in its own and its
    # region's press ("Minister of Security of BiH Name", "the KSA's ministry"), as "UAE" is
}
"""Folded words that name or qualify a country or union, with its name: every country's one-word name and demonym
(:data:`COUNTRIES`, from the ``countryinfo`` package), and the forms news copy uses ("US", "Britain", "Saudi", "Korea")
and the unions, written here, which win over the package's."""

COMPOUND_OFFICES = frozenset(
    [f"{portfolio}{head}" for portfolio in "außen aussen innen verteidigungs entwicklungs finanz wirtschafts justiz gesundheits"
     " europa bundesaußen bundesinnen utrikes udenrigs utenriks forsvars stats".split()
     for head in ("minister", "ministerin")]
    + "bundeskanzler bundeskanzlerin kanzler kanzlerin bundesprasident bundesprasidentin ministerprasident ministerprasidentin"
      " staatssekretar staatssekretarin regierungssprecher regierungssprecherin".split()
)
"""Folded office titles that German and Scandinavian pages write as one word before a name, even in translation
("Außenminister Asselborn", "Utrikesminister Linde", "Bundeskanzlerin Merkel"): a title like "Foreign Minister"."""

TITLES = frozenset(
    "president prime minister deputy foreign defense interior expatriates rear admiral"
    " vice congressman congresswoman kamerlid gov maj lt adm brig secretary-general secretary undersecretary under-secretary chancellor"
    " spokesman spokeswoman governor chief sayyid king prince envoy head administrator"
    " representative permanent commander minister-counsellor communications director state affairs health"
    " justice finance security staff rank major colonel brigadier lieutenant captain sergeant chair chairperson premier speaker"
    " cleric cardinal hajji haji alhaji alhaja cde comrade ntate samdech"
    " dato datuk datin datu pehin pengiran awang dayang setia pekerma"  # Malay styles: "Dato Seri Setia Awang Haji"
    " make gogo mma mkhulu baba"  # Southern African honorifics for a mother, grandmother, father (Round 52)
    " cllr cr coun councillor councilor"  # a council's member, short or in full ("Cllr X", "Cr X", "Coun. X", "Councillor X")
    " formin defmin finmin".split()  # a minister's office cut to one word before a name ("ForMin Aurescu", "DefMin Ciuca")
) | (NAMED_TITLES - NOUNS_IN_PROSE - TAG_ONLY) | COMPOUND_OFFICES
"""Folded words that stand before a name as a title, never as part of it: the offices, ranks and styles written here and
the source stage's titles (:data:`idlibsite.sources.titles.TITLES`), but for those prose also writes as other words
(:data:`~idlibsite.sources.titles.NOUNS_IN_PROSE`) and a tag's own (:data:`~idlibsite.sources.titles.TAG_ONLY`)."""

PORTFOLIOS = frozenset(
    "asylum migration immigration integration refugees trade economy energy education environment agriculture transport"
    " labour labor culture tourism development water housing industry infrastructure digital equality treasury finance"
    " health justice defense interior".split()
)
"""Folded words that name a minister's portfolio and, unlike :data:`TITLES`, stand before a name only with a title after
them ("Asylum and Migration Minister X": one title of two portfolios)."""

QUANTIFIERS = frozenset("a an some one two three four five several many other others another both each most all none few half".split())
"""Words before a lowercase head that make a phrase nobody named ("one aid worker", "several officials"), or before "of"
and a group ("Most of us", "None of them": a part of a generic plural, LABELS Round 54), or alone ("Others said")."""

PARTICLES = frozenset("von van der de da di la le bin bint binti ibn abu al el".split())
"""Lowercase words inside a name (Ursula von der Leyen)."""

PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson minister president diplomat ambassador envoy official"
    " source admiral general chief chancellor secretary leader governor premier commander head"
    " director deputy representative delegate coordinator officer doctor founder adviser advisor aide"
    " lawmaker legislator mayor correspondent reporter scholar analyst economist strategist fellow teacher governor he she him"
    " secretary-general under-secretary-general under-secretary undersecretary commander-in-chief vice-president chairman"
    " chairwoman chair chairperson senator mp speaker negotiator mediator manager researcher expert professor lecturer activist journalist"
    " editor photographer surgeon nurse paediatrician pediatrician engineer lawyer judge mother father farmer dad mum mom"
    " resident student driver volunteer worker politician rapporteur commissioner member man woman pharmacist"
    " mufti imam cleric archbishop bishop cardinal patriarch rabbi pastor priest migrant refugee native"
    " trader banker investor dealer broker columnist writer merchant cook baker tailor player footballer midfielder striker"
    " goalkeeper athlete".split()
)
"""Head words of a phrase that stands for a person."""

ORG_NOUNS = frozenset(
    "ministry centre center agency office government department statement letters letter"
    " bulletin service council organization organisation group army military presidency embassy"
    " mission alliance union committee commission it observatory kremlin coastguard municipality".split()
)
"""Head words of a phrase that stands for a body."""

ORG_WORDS = frozenset(
    "ministry centre center council agency organization organisation office kremlin observatory"
    " party union nations commission institute team presidency government army forces service"
    " committee department directorate authority media press ministry's guard corps command brigade brigades front"
    " movement network society crescent cross helmets coalition association federation foundation fund"
    " programme program court tribunal parliament assembly senate congress group cluster university college academy house palace street studies economics"
    " municipality".split()
)
"""Words that make a run of capitalised words a body's name rather than a person's."""

GENERIC = frozenset(
    "diplomats analysts media agencies groups residents witnesses leaders experts observers"
    " activists people officials sources workers source official observers rebels reports doctors"
    " medics nurses civilians families survivors volunteers fighters police migrants refugees protesters"
    " demonstrators soldiers troops locals villagers inhabitants partners members returnees evacuees deportees allies".split()
)
"""Heads of phrases that name nobody in particular (``diplomats said``)."""

UNNAMED_ROLES = GENERIC | frozenset("spokesman spokeswoman spokesperson diplomat officer aide adviser advisor".split())
"""Heads that keep a speaker unnamed however the phrase goes on (LABELS rule 6: "a European diplomat who ...", "the
spokesman of the council"): the generic plurals and the roles a source is kept anonymous by."""

LEFTOVER_OK = frozenset(
    "press service office spokesman spokeswoman spokesperson statement government authorities"
    " side state leadership administration mr mrs ms dr".split()
)
"""Words a body's phrase may have beyond its alias and still be that body
(``the Kremlin press service`` is the Kremlin)."""

LONGEST_NAME = 8
"""Words a body's name may have when no alias matches it (longer: a clause read as a subject)."""

STOP = frozenset("the a an of for to in and on".split())

CONNECTORS = frozenset("of for the on".split())
"""Lowercase words inside a body's name ("Office for the Coordination of Humanitarian Affairs")."""

NATIONAL_FORMS = {"russian": "russia", "turkish": "turkey", "syrian": "syria", "greek": "greece",
                  "german": "germany", "american": "us", "jordanian": "jordan", "iranian": "iran",
                  "iraqi": "iraq", "lebanese": "lebanon", "egyptian": "egypt", "chinese": "china", "turk": "turkey"}

HYPOCORISMS = {
    "jim": "james", "jimmy": "james", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
    "mike": "michael", "tom": "thomas", "dick": "richard", "rick": "richard", "tony": "anthony",
    "joe": "joseph", "dan": "daniel", "dave": "david", "chris": "christopher", "steve": "stephen",
    "ed": "edward", "ted": "edward", "ben": "benjamin", "sam": "samuel", "nick": "nicholas",
    "pete": "peter", "andy": "andrew", "matt": "matthew", "alex": "alexander", "kate": "katherine",
    "liz": "elizabeth", "beth": "elizabeth", "sue": "susan", "jenny": "jennifer", "maggie": "margaret",
    "larry": "lawrence", "jerry": "gerald", "fred": "frederick", "charlie": "charles", "chuck": "charles",
    "harry": "henry", "hank": "henry", "jack": "john", "greg": "gregory", "jeff": "jeffrey",
    "ken": "kenneth", "ron": "ronald", "don": "donald", "tim": "timothy", "jon": "jonathan",
}
"""A small, general table of English short forms of given names and the formal name each stands
for ("Jim" is "James"): one person the page names two ways ("James Jeffrey" in a header, "Ambassador
Jim Jeffrey" in the moderator's words) is proposed once, by the formal form."""

SEATS = {"No 10": "Downing Street", "No. 10": "Downing Street", "Number 10": "Downing Street", "Number Ten": "Downing Street",
         "Wisma Putra": "Malaysian Foreign Ministry", "Quai d'Orsay": "French Foreign Ministry",
         "Quai d’Orsay": "French Foreign Ministry", "Farnesina": "Italian Foreign Ministry",
         "Itamaraty": "Brazilian Foreign Ministry", "Pejambon": "Indonesian Foreign Ministry",
         "Iveagh House": "Irish Department of Foreign Affairs", "King Charles Street": "British Foreign Office",
         "Torre Tagle": "Peruvian Foreign Ministry", "Palacio San Martín": "Argentine Foreign Ministry",
         "San Martín Palace": "Argentine Foreign Ministry", "San Martin Palace": "Argentine Foreign Ministry",
         "Palacio de Santa Cruz": "Spanish Foreign Ministry", "Smolenskaya Square": "Russian Foreign Ministry",
         "Foggy Bottom": "State Department", "South Block": "Indian Ministry of External Affairs",
         "Minoritenplatz": "Austrian Foreign Ministry", "Necessidades": "Portuguese Foreign Ministry",
         "Palácio das Necessidades": "Portuguese Foreign Ministry", "Palacio de San Carlos": "Colombian Foreign Ministry",
         "San Carlos Palace": "Colombian Foreign Ministry", "Egmont": "Belgian Foreign Ministry",
         "Egmont Palace": "Belgian Foreign Ministry"}
"""Short names of a seat of government, or the building a ministry is called by, that stand for its usual name ("a No 10
spokesperson" is Downing Street's, "Wisma Putra said" is Malaysia's foreign ministry's, "the Farnesina" Italy's; LABELS
rule 9: a body's variant name is the body): the body is read, or proposed as new, by its usual name."""

UN_AGENCIES = {"refugee": "UNHCR", "refugees": "UNHCR", "children's": "UNICEF", "children": "UNICEF", "food": "WFP",
               "health": "WHO", "migration": "IOM", "palestinian refugee": "UNRWA"}
"""The UN agencies news copy gives by their description alone ("the UN refugee agency", "the United Nations children's
agency"), with their usual names: a body described is labelled by its usual name (LABELS rule 7), never the UN."""

MISSIONS = frozenset("embassy consulate consulate-general mission legation".split())
"""A country's representation abroad, named with its seat ("the Ruritanian Embassy in Vienna", "the Mission to the
UN"): a body of its own, labelled by its country and its seat (LABELS, round 28), never the country of its seat."""

MESSAGE_NOUNS = frozenset(
    "claim claims charge charges accusation accusations allegation allegations call calls demand demands offer offers"
    " proposal proposals plan plans report reports request requests statement statements remarks comments words"
    " warning warnings threat threats appeal appeals ultimatum criticism condolences".split())
"""Nouns of a message: a headline's "..., Rejects Erdogan Claim" ends in one, so its words are the verb's object (what
was rejected), never an inverted speaker as in "..., Says Erdogan Aide"."""
KIN = frozenset("daughter son wife husband mother father brother sister niece nephew cousin uncle aunt grandson granddaughter"
                " child fiancé fiancée fiance fiancee widow widower".split())
"""A person's relatives, as a possessive names them ("his wife", "her brother")."""

PRIVATE_PEOPLE = frozenset("owner landlord landlady boss employer neighbour neighbor shopkeeper".split())
"""Folded head nouns of a private person described by their relation to someone ("the workshop owner told him", "the
landlord said"): never a body's nor an office's name, so never the body that spoke just before (LABELS rule 6)."""

ANONYMOUS_VOICES = frozenset("homme femme hombre mujer uomo mann vrouw barbat femeie kobieta mezczyzna zena muskarac"
                             " erkek kadin kvinna kvinde mand".split())
"""Folded words for "man" and "woman" in the languages of the set's pages (French, Spanish, Italian, German, Dutch,
Romanian, Polish, Serbo-Croatian, Turkish, Scandinavian), which a broadcast's vox-pop tag gives for a name ("Bărbat:",
"Femme :"): nobody named, like the English "Man:" of :data:`PERSON_NOUNS`."""
