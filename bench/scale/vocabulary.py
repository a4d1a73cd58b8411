"""Word lists for the synthetic articles, and the helpers that shape words into titles, ids and YAML."""

from __future__ import annotations

import json
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL_WORDS = set("a an and as at but by for from in into is it's of on or over the to up via with".split())

FIRST = ("Dmitry Sergei Maria Igor Oleg Aleksei Vladimir Alexander Yuri Mikhail Andrei Pavel "
         "Hulusi Mevlut Ibrahim Fahrettin Omer Ahmet Suleyman Mehmet Hakan Cemil "
         "Walid Bashar Faisal Bouthaina Ali Bashar Ayman Mohanned Abdulkarim Rami Hadi Fadel "
         "Abbas Mohammad Javad Hossein Mark Geir Michelle James Jens Filippo Ursula Agnes "
         "Joel David Anna Sarah Elena Natalia Leyla Amal Rania Yusuf Khaled Samer").split()
LAST = ("Peskov Lavrov Zakharova Konashenkov Zhuravlyov Erkhov Vershinin Lavrentiev Shoigu "
        "Kosachev Ryabkov Nebenzia Akar Cavusoglu Kalin Altun Celik Soylu Yildiz Erdem Ozturk "
        "Aydin Moallem Mekdad Jaafari Shaaban Othman Ayoub Hamdan Haddad Khatib Nasser Saleh "
        "Rahman Mousavi Zarif Araghchi Vaezi Cutts Lowcock Pedersen Bachelet Jeffrey Stoltenberg "
        "Grandi Callamard Rayburn Beasley Fontaine Keller Brandt Novak Morales Hughes Sinclair "
        "Petrov Volkov Sokolov Demir Kaya Sahin Kurt Arslan Dogan Bakr Darwish Qasim Tamer").split()
PERSON_TITLES = {
    "Russia": ["Kremlin spokesman", "Russian Defence Ministry spokesman", "Russian Foreign Ministry spokeswoman",
               "Russian Deputy Foreign Minister", "Russian Ambassador to Turkey", "Russian envoy for Syria",
               "Russian Defence Minister", "head of the Russian Reconciliation Centre", "Russian Foreign Minister"],
    "Turkey": ["Turkish Defence Minister", "Turkish presidential spokesman", "Turkish Foreign Minister",
               "Turkish Interior Minister", "Turkish Ambassador to Russia", "Turkish communications director"],
    "Syria": ["Syrian Foreign Minister", "Syrian Deputy Foreign Minister", "Syrian Information Minister",
              "Syrian army spokesman", "Syrian Ambassador to the U.N."],
    "Iran": ["Iranian Foreign Ministry spokesman", "Iranian Foreign Minister", "Iranian Deputy Foreign Minister"],
    "UN": ["U.N. humanitarian coordinator", "U.N. spokesman", "U.N. Special Envoy for Syria",
           "U.N. human rights chief", "UNHCR spokeswoman", "U.N. deputy regional humanitarian coordinator"],
    "NGO": ["White Helmets spokesman", "UOSSM field director", "Syrian NGO Alliance representative",
            "Idlib Health Directorate official", "Amnesty International researcher"],
    "West": ["U.S. Special Representative for Syria", "NATO Secretary General", "French Foreign Ministry spokeswoman",
             "German government spokesman", "U.S. State Department spokeswoman", "EU foreign policy chief"],
    "media": ["war correspondent", "state television presenter", "investigative journalist"],
}
ORGS = [  # name, aliases, kind, affiliation, in-text form
    ("Russian Defence Ministry", ["Russian Defense Ministry", "Defence Ministry"], "government-body", "Russia", "the Russian Defence Ministry"),
    ("Kremlin", ["the Kremlin"], "government-body", "Russia", "the Kremlin"),
    ("Russian Foreign Ministry", ["Foreign Ministry"], "government-body", "Russia", "the Russian Foreign Ministry"),
    ("Russian Reconciliation Centre", ["CPVS", "the Centre"], "government-body", "Russia", "the Russian Reconciliation Centre"),
    ("Turkish Defence Ministry", ["Turkish Defense Ministry"], "government-body", "Turkey", "the Turkish Defence Ministry"),
    ("Turkish Presidency", ["Ankara"], "government-body", "Turkey", "the Turkish presidency"),
    ("Turkish Foreign Ministry", [], "government-body", "Turkey", "the Turkish Foreign Ministry"),
    ("Syrian Foreign Ministry", [], "government-body", "Syria", "the Syrian Foreign Ministry"),
    ("Syrian Army General Command", ["General Command"], "government-body", "Syria", "the Syrian army's General Command"),
    ("SANA", ["Syrian Arab News Agency"], "organisation", "media", "SANA"),
    ("Iranian Foreign Ministry", [], "government-body", "Iran", "the Iranian Foreign Ministry"),
    ("United Nations", ["U.N.", "UN"], "organisation", "UN", "the U.N."),
    ("OCHA", ["U.N. humanitarian office"], "organisation", "UN", "OCHA"),
    ("UNHCR", ["U.N. refugee agency"], "organisation", "UN", "the U.N. refugee agency"),
    ("World Health Organization", ["WHO"], "organisation", "UN", "the World Health Organization"),
    ("UOSSM", ["Union of Medical Care and Relief Organizations"], "organisation", "NGO", "UOSSM"),
    ("White Helmets", ["Syrian Civil Defence"], "organisation", "NGO", "the White Helmets"),
    ("Syrian Observatory for Human Rights", ["SOHR", "the Observatory"], "organisation", "NGO", "the Syrian Observatory for Human Rights"),
    ("Human Rights Watch", ["HRW"], "organisation", "NGO", "Human Rights Watch"),
    ("Amnesty International", ["Amnesty"], "organisation", "NGO", "Amnesty International"),
    ("Medecins Sans Frontieres", ["MSF", "Doctors Without Borders"], "organisation", "NGO", "Medecins Sans Frontieres"),
    ("Save the Children", [], "organisation", "NGO", "Save the Children"),
    ("U.S. State Department", ["State Department"], "government-body", "West", "the U.S. State Department"),
    ("NATO", ["the Alliance"], "organisation", "West", "NATO"),
    ("European Union", ["EU", "Brussels"], "organisation", "West", "the European Union"),
    ("Hayat Tahrir al-Sham", ["HTS"], "organisation", "Syria", "Hayat Tahrir al-Sham"),
    ("National Liberation Front", ["NLF"], "organisation", "Syria", "the National Liberation Front"),
    ("Syrian National Army", ["SNA"], "organisation", "Turkey", "the Turkish-backed Syrian National Army"),
    ("Conflict Intelligence Team", ["CIT"], "organisation", "media", "the Conflict Intelligence Team"),
    ("Sputnik", [], "organisation", "media", "Sputnik"),
]
FACT_CHECKERS = [("Polygraph.info", "polygraph-info"), ("StopFake", "stopfake"),
                 ("EUvsDisinfo", "euvsdisinfo"), ("Teyit", "teyit")]
RATINGS = ["Misleading", "False", "Partly false", "Unsubstantiated", "Missing context"]
OUTLETS = ["Reuters", "The Moscow Times", "teleSUR English", "TASS", "Anadolu Agency", "Al Jazeera English",
           "Daily Sabah", "RT", "Sputnik", "AFP", "Middle East Eye", "Hurriyet Daily News", "SANA",
           "Asharq Al-Awsat", "The National", "Voice of America", "Deutsche Welle", "Kommersant",
           "Al-Monitor", "Syria Direct", "Enab Baladi", "Interfax", "Yeni Safak", "Press TV"]
DOMAINS = ["themoscowtimes.com", "reuters.com", "telesurenglish.net", "tass.com", "aa.com.tr",
           "aljazeera.com", "dailysabah.com", "rt.com", "sputniknews.com", "france24.com",
           "middleeasteye.net", "hurriyetdailynews.com", "al-monitor.com", "syriadirect.org"]
WIRES = ["Reuters", "AFP", "AP", "Reuters and AFP", "TASS", "Interfax"]
PLACES = ["Idlib", "Aleppo", "Hama", "Saraqib", "Maarat al-Numan", "Ariha", "Jisr al-Shughur", "Bab al-Hawa",
          "Kafr Nabl", "Taftanaz", "Atarib", "Khan Sheikhoun", "Latakia", "Nerab", "Afrin", "Tal Rifaat",
          "Darat Izza", "Sarmin", "Binnish", "al-Eis", "Jabal al-Zawiya", "Kafranbel", "Morek", "Tal Tuqan",
          "Abu al-Duhur", "Maaret Misrin", "Kafr Takharim", "Harem", "Salqin", "Sarmada", "al-Ghab plain",
          "Qalaat al-Madiq", "Kansafra", "Mhambel", "Urum al-Kubra", "al-Bara", "Kafr Halab", "Dana", "Zardana",
          "Hish", "Tramla", "al-Tamanah", "Kurin", "Nayrab", "Miznaz", "Khan al-Asal", "Rashideen"]
CITIES = ["Moscow", "Ankara", "Istanbul", "Damascus", "Geneva", "New York", "Brussels", "Tehran", "Sochi",
          "Kiev", "Berlin", "Paris", "Beirut", "Amman", "Doha", "Munich", "Astana"]
COUNTRIES = ["Russia", "Turkey", "Syria", "Iran", "the United States", "France", "Germany", "Qatar"]
PARTIES = ["Russian forces", "Turkish troops", "the Syrian army", "government forces", "rebel fighters",
           "Hayat Tahrir al-Sham militants", "Iran-backed militias", "Turkish-backed rebels",
           "Russian aircraft", "Syrian government aircraft", "opposition groups", "armed groups",
           "jihadist fighters", "pro-government militias", "Russian military police", "Turkish artillery",
           "terrorist groups", "the Syrian air force", "militants of the former Nusra Front",
           "Turkish special forces", "Russian-backed units", "Syrian and Russian warplanes",
           "the National Liberation Front", "Kurdish-led forces", "Turkish commandos"]
TARGETS = ["civilian areas", "a hospital in {p}", "the Hmeymim air base", "Turkish observation posts",
           "residential districts of {p}", "a market in {p}", "positions of the Syrian army near {p}",
           "a convoy near {p}", "the M4 highway", "the M5 highway", "schools and mosques in {p}",
           "camps for displaced people near {p}", "a bakery in {p}", "Ankara's observation posts near {p}",
           "the army's positions south of {p}", "the Observatory's office in {p}", "a water station near {p}",
           "the outskirts of {p}", "villages south of {p}", "a Turkish military post at {p}",
           "the de-escalation zone around {p}", "a Syrian-Turkish border crossing", "a field hospital in {p}"]
VPS = [
    "had shelled {t}", "had struck {t} with rockets", "were preparing an offensive against {p}",
    "had violated the ceasefire {n} times in {period}", "were not responsible for the displacement of civilians from {p}",
    "had moved {n} armoured vehicles into {p}", "were using civilians in {p} as human shields",
    "had failed to separate moderate opposition groups from terrorists in {p}",
    "would continue to support {party2}", "had blocked the humanitarian corridor at {p}",
    "had killed {n} civilians in {p}", "were ready to resume talks on {p}",
    "had launched drones at {t}", "had seized {n} villages near {p}", "had withdrawn from {p}",
    "had sent {n} trucks of ammunition across the border to {p}", "were targeting {t}",
    "had opened fire on {t}", "had broken through the defences of {party2} near {p}",
    "were holding {n} people hostage in {p}", "had set up {n} new checkpoints around {p}",
    "had carried out {n} air strikes on {p}", "had flouted the Sochi agreement in {p}",
    "were obstructing the delivery of aid to {p}", "had evacuated {n} wounded fighters from {p}",
]
PERIODS = ["the past 24 hours", "the past week", "the last ten days", "February", "the past month",
           "a single night", "the last 48 hours", "recent weeks"]
TIMES = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
         "last week", "overnight", "earlier this month", "in recent days", "late on Wednesday",
         "at dawn on Thursday", "on February 20", "on February 15", "on March 1", "this week",
         "since early February", "in the past 24 hours", "on Tuesday evening"]
CONSEQUENCES = ["forcing thousands of civilians to flee towards the Turkish border",
                "according to local activists", "killing at least {n} people",
                "a monitoring group said", "the latest in a series of clashes",
                "drawing condemnation from aid agencies", "as talks in {c} stalled",
                "leaving {n} families without shelter", "witnesses told reporters by phone",
                "in what residents described as the heaviest bombardment in weeks"]
INF_GER = [("shell", "shelling"), ("attack", "attacking"), ("block", "blocking"), ("target", "targeting"),
           ("bomb", "bombing"), ("arm", "arming"), ("supply", "supplying"), ("protect", "protecting"),
           ("evacuate", "evacuating"), ("besiege", "besieging"), ("provoke", "provoking")]
OBJECTS = ["civilians", "humanitarian convoys", "our servicemen", "the observation posts",
           "the de-escalation zone", "residential areas", "the M4 highway", "terrorist groups",
           "medical facilities", "refugee camps", "the border crossings", "aid workers"]
ADJS = ["very alarming", "extremely dangerous", "unacceptable", "catastrophic", "under control",
        "deteriorating every day", "tense but stable", "worse than at any time since 2018",
        "a direct threat to our troops", "a humanitarian disaster"]
DIRECT = [
    "We will not allow {party} to {inf} {obj} in {p}",
    "The situation in {p} is {adj}",
    "{Party} must stop {ger} {obj} around {p}",
    "There is no evidence that {clause}",
    "Our position has not changed: {party} must leave {p}",
    "This is the responsibility of {side}",
    "More than {n} people have fled {p} since {time2}",
    "We call on {party} to stop {ger} {obj} immediately",
    "Nobody can accuse {party} of {ger} {obj} in {p}",
    "We have already begun our actions in {p}, and we will not stop until {party} {vp}",
    "It is easier to blame {country} than to admit that {clause}",
    "What happens in {p} can only be described as {adj2}",
    "Our soldiers in {p} will respond to any attack by {party}",
    "The real reason for the crisis in {p} is that {clause}",
    "We have recorded {n} violations of the ceasefire by {party} in {period}",
    "The roads out of {p} are open and {n} people left through the corridor {time}",
    "{Party} {vp}, and that is a fact",
    "Information about {n} refugees heading from {p} to the border is untrue",
    "We don't negotiate with {party}, and we won't accept their conditions in {p}",
    "Turkey's proposals on {p} do not suit us",
    "It's {adj}, and we won't hide it",
    "Ankara's troops in {p} are a legitimate target for {party}",
    "We don't accept Moscow's account of what happened in {p} {time}",
]
ADJ2 = ["a war", "a massacre", "an invasion", "a provocation", "a humanitarian catastrophe", "ethnic cleansing"]
SIDES = ["the Turkish side", "the Russian side", "Damascus", "Ankara", "the guarantor states", "the militants"]
SHORT_QUOTES = ["a highly dangerous tendency", "only a matter of time", "a gross violation of international law",
                "making final warnings", "could not reach a breakthrough", "a rare admission of casualties",
                "partially and completely false", "a worst-case scenario", "an act of aggression",
                "a horrifying new level", "absolutely unacceptable", "a legitimate target"]
SUBHEADINGS = ["People fleeing", "Non-fulfillment", "Talks in Moscow", "The strike of the Russian VKS",
               "Humanitarian corridors", "A tense border", "Observation posts", "Sochi deal under strain",
               "What comes next", "Air strikes resume", "Diplomatic contacts", "Refugees at the border"]
PULL_QUOTES = ["No evidence exists", "Terrorists block all exit routes", "A matter of time",
               "We will respond", "The roads are open", "A very alarming situation"]
CAPTION_NAMES = ["Omar Haj Kador", "Aaref Watad", "Ghaith Alsayed", "Khalil Ashawi", "Izettin Kasim", "Bakr Alkasem"]
AGENCIES = ["AFP", "Reuters", "Anadolu Agency", "AP", "Getty Images", "SANA"]
TOPICS = ["humanitarian-crisis", "responsibility", "ceasefire", "sochi-agreement", "turkish-military",
          "russian-military", "civilian-casualties", "refugees", "humanitarian-corridors", "air-strikes",
          "terrorism", "observation-posts", "diplomacy", "border-crossings", "chemical-weapons",
          "hospitals", "displacement", "negotiations", "international-law", "casualty-figures",
          "disinformation", "m4-highway", "drone-attacks", "military-police", "aid-deliveries"]
TITLE_VERBS = [("Accuses", "of Breaking {x} Deals"), ("Says", "Must Stop Fighting in {P}"),
               ("Denies", "Role in {P} Strikes"), ("Warns", "over Offensive in {P}"),
               ("Blames", "for Escalation in {P}"), ("Rejects", "Claims about {P} Refugees"),
               ("Urges", "to Open Corridors out of {P}"), ("Sends Reinforcements to", "Border near {P}")]
TITLE_SUBJECTS = ["Russia", "Turkey", "Kremlin", "Moscow", "Ankara", "Damascus", "Erdogan", "Putin",
                  "Syrian Army", "Russian Military", "U.N.", "Rebels", "Iran", "Aid Agencies", "NATO"]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def yq(value: str) -> str:
    """A YAML scalar for ``value``: plain when that is safe, else double-quoted."""
    if (value and value[0].isalnum() and value == value.strip() and "\n" not in value and "\r" not in value
            and ": " not in value and " #" not in value and not value.endswith(":") and "\t" not in value):
        return value
    return json.dumps(value, ensure_ascii=False)


def folded(value: str, indent: str) -> str:
    """``>-`` block for a one-paragraph text (plain words, no leading spaces)."""
    lines, cur = [], ""
    for word in value.split(" "):
        if cur and len(cur) + 1 + len(word) > 78:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return ">-\n" + "".join(f"{indent}{line}\n" for line in lines)
