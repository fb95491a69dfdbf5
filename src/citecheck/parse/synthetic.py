"""Labelled footnotes made up from scratch: the tagger's training data, owned by the project.

A random work (people, a title, an outlet, a date, an address...) is printed in one of the styles
footnotes are written in — APA, MLA, Chicago notes and bibliography, Harvard, IEEE, Vancouver, and
the journalist's title-first and author-first footnotes — with the noise real ones carry (capitals,
bylines, bare domains, "Published", two-digit years, a missing date). Every piece of the string
knows its label, so nothing has to be aligned afterwards. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from citecheck.parse.tokens import tokenise

_GIVEN = ("John", "Mary", "Thomas", "Farah", "James", "Alfred", "Matthew", "Sergey", "Pepe", "Ray", "Alastair",
          "Anna", "Wei", "Li", "Hiroshi", "Olga", "Carlos", "María", "José", "Jean", "Pierre", "Marie", "Hans",
          "Klaus", "Ingrid", "Lars", "Priya", "Rahul", "Ahmed", "Fatima", "Yuki", "Chen", "David", "Sarah",
          "Michael", "Laura", "Robert", "Emily", "Daniel", "Sophie", "Peter", "Helen", "Andrew", "Grace",
          "Richard", "Susan", "George", "Alice", "William", "Kate", "Ivan", "Natalia", "Dmitry", "Giovanni",
          "Francesca", "Łukasz", "Zoë", "Björn", "Siobhán", "Kwame", "Amara", "Tariq", "Leila", "Owen", "Ruth",
          "Stephen", "Joan", "Nicholas", "Elena", "Viktor", "Ines", "Mateo", "Aoife", "Cormac", "Hannah", "Ben",
          "Zbigniew", "Glenn", "Caitlin", "Noam", "Seymour", "Gilbert", "Patrick", "Christopher", "Jennifer")
_FAMILY = ("Friedman", "Stockman", "Areddy", "McCoy", "Ehret", "Escobar", "McGovern", "Crooke", "Bhadrakumar",
           "Oudenaren", "Smith", "Johnson", "Brown", "Garcia", "Müller", "Schmidt", "Dupont", "Rossi", "Kowalski",
           "Ivanov", "Petrova", "Wang", "Zhang", "Liu", "Tanaka", "Suzuki", "Kim", "Park", "Nguyen", "Singh",
           "Patel", "Khan", "Hassan", "O'Brien", "MacDonald", "Fitzgerald", "Andersen", "Johansson", "Virtanen",
           "Novak", "Horváth", "Popescu", "Papadopoulos", "Yilmaz", "Cohen", "Levy", "Okafor", "Mensah",
           "Fernández", "Rodríguez", "Silva", "Santos", "Costa", "Moreau", "Lefebvre", "Becker", "Wagner",
           "Hoffmann", "Keller", "Brzezinski", "Kennan", "Mearsheimer", "Sachs", "Chomsky", "Hersh", "Doctorow",
           "Taylor", "Wilson", "Davies", "Evans", "Thompson", "White", "Harris", "Clarke", "Lewis", "Walker",
           "Hall", "Young", "King", "Wright", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell",
           "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Edwards", "Collins", "Stewart", "Morris",
           "Gonzalez-Lopez", "Smith-Jones", "Al-Rashid", "Ben-David", "Sokolov", "Volkov", "Lebedev")
_PARTICLES = ("van", "de", "von", "van der", "de la", "di", "Van", "De", "du")
_SUFFIXES = ("Jr.", "Sr.", "III", "II")
_ORGS = ("Reuters", "Associated Press", "World Health Organization", "TASS", "Xinhua", "AFP",
         "Ministry of Foreign Affairs", "European Commission", "United Nations", "The Editorial Board",
         "BBC News", "Amnesty International", "Human Rights Watch", "RAND Corporation", "OECD",
         "International Monetary Fund", "World Bank", "Congressional Research Service", "Staff writer")
_WORDS = ("Russia", "China", "entente", "partnership", "war", "peace", "Ukraine", "crisis", "alliance", "West",
          "order", "new", "world", "economy", "sanctions", "dollar", "trade", "energy", "climate", "policy",
          "security", "strategy", "power", "rise", "fall", "future", "history", "politics", "state", "nation",
          "people", "market", "growth", "risk", "health", "care", "data", "learning", "model", "analysis",
          "effects", "study", "evidence", "development", "children", "education", "social", "network", "theory",
          "system", "design", "cities", "water", "food", "women", "rights", "law", "court", "election",
          "democracy", "media", "news", "truth", "the", "of", "and", "in", "on", "for", "a", "to", "with",
          "after", "against", "between", "how", "why", "what", "is", "are", "us", "our", "deepens", "shadow",
          "pandemic", "Nixon", "feared", "friendship", "summit", "Beijing", "Moscow", "Washington", "NATO",
          "hybrid", "finish", "dissolution", "neurosis", "levee", "breaks", "statement", "responsible",
          "emergence", "escalation", "chances", "avoid", "missed", "nightmare", "visit", "tilts", "back",
          "toward", "years", "fifty", "two", "one", "against", "suddenly", "taking", "same", "time",
          "gene", "expression", "protein", "cells", "patients", "clinical", "trial", "outcomes", "randomized",
          "algorithm", "neural", "networks", "optimization", "performance", "evaluation", "framework",
          "approach", "method", "review", "survey", "perspective", "case", "lessons", "global", "local",
          "regional", "urban", "rural", "migration", "identity", "culture", "language", "memory", "Europe",
          "Africa", "Asia", "India", "Japan", "Germany", "France", "Iran", "Israel", "Gaza", "Syria", "Taiwan")
_FIELDS = ("Economics", "Political Science", "Sociology", "Psychology", "International Affairs", "Medicine",
           "Physics", "Chemistry", "Biology", "History", "Law", "Education", "Management", "Linguistics",
           "Computer Science", "Public Health", "Geography", "Philosophy", "Strategic Studies", "Ecology")
_JOURNALS = ("Nature", "Science", "The Lancet", "Foreign Affairs", "International Security", "PLoS ONE",
             "Cell", "Econometrica", "American Economic Review", "World Politics", "Survival",
             "BMJ", "JAMA", "Physical Review Letters", "Asian Survey", "The China Quarterly", "Europe-Asia Studies",
             "Post-Soviet Affairs", "Journal of Democracy", "Comparative Politics", "NeuroImage", "Neuron", "Brain",
             "Cortex", "Circulation", "Psychophysiology", "Biometrika", "Automatica", "Genetics", "eLife")
_JOURNAL_ABBREVIATIONS = ("J Econ Perspect", "N Engl J Med", "Phys. Rev. Lett.", "IEEE Trans. Neural Netw.",
                          "Proc. Natl. Acad. Sci. USA", "J. Appl. Phys.", "Int J Epidemiol", "Soc Sci Med",
                          "Am J Public Health", "Commun. ACM", "IEEE Access", "J. Chem. Phys.")
_NEWS = ("New York Times", "The New York Times", "Wall Street Journal", "Washington Post", "The Guardian", "Reuters",
         "Financial Times", "Bloomberg", "TASS", "Global Times", "South China Morning Post", "BBC News",
         "Al Jazeera", "The Hindu", "Le Monde", "Der Spiegel", "The Moscow Times", "Los Angeles Times",
         "Asia Times", "The Times of India", "Daily Telegraph", "The Independent", "Politico", "CNN")
_MAGAZINES = ("The National Interest", "Center for National Interest", "Consortium News", "TOM DISPATCH", "UNZ",
              "The Atlantic", "The New Yorker", "Foreign Policy", "The Nation", "Jacobin", "Strategic Culture",
              "The American Conservative", "Responsible Statecraft", "Counterpunch", "The Intercept",
              "Indian Punchline", "The Diplomat", "Newsweek", "Time", "The Economist", "Harper's Magazine",
              "Wired", "Ars Technica", "Salon", "Slate", "Vox", "The Saker", "Global Research", "Mondoweiss",
              "Naked Capitalism", "Moon of Alabama", "The Cradle", "Modern Diplomacy", "Eurasia Review")
_PUBLISHERS = ("Oxford University Press", "Cambridge University Press", "Penguin", "Routledge", "Springer",
               "Elsevier", "Wiley", "Palgrave Macmillan", "Princeton University Press", "Verso", "Basic Books",
               "Harvard University Press", "MIT Press", "Sage", "Brookings Institution Press", "W. W. Norton",
               "Random House", "HarperCollins", "Yale University Press", "Columbia University Press")
_PLACES = ("New York", "London", "Oxford", "Cambridge", "Cambridge, MA", "Princeton, NJ", "Berlin", "Paris",
           "Moscow", "Beijing", "Washington, DC", "Chicago", "Boston", "Amsterdam", "Tokyo", "New Delhi")
_DOMAINS = ("www.sott.net", "strategic-culture.su", "nationalinterest.org", "www.indianpunchline.com",
            "www.unz.com", "thechinaproject.com", "truthout.org", "consortiumnews.com", "x.com", "tass.com",
            "thealtworld.com/alastair_crooke", "thesaker.is", "www.nytimes.com", "www.reuters.com", "wsj.com",
            "www.theguardian.com", "asiatimes.com", "globaltimes.cn", "www.rt.com", "foreignpolicy.com",
            "www.theatlantic.com", "responsiblestatecraft.org", "thecradle.co", "moderndiplomacy.eu",
            "www.bbc.co.uk", "medium.com", "substack.com", "www.zerohedge.com", "scheerpost.com")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SHORT_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


@dataclass
class Person:
    given: str
    family: str
    particle: str = ""
    suffix: str = ""
    tight: bool = False  # initials printed without spaces: "B.B."

    def initials(self, dots: bool = True, space: bool = True) -> str:
        parts = [p[0] for p in self.given.replace("-", " ").split()]
        return (" " if space and not self.tight else "").join(p + "." for p in parts) if dots else "".join(parts)

    def surname(self) -> str:
        return f"{self.particle} {self.family}".strip()


@dataclass
class Work:
    kind: str
    people: list[Person] = field(default_factory=list)
    organisation: str = ""
    title: str = ""
    container: str = ""
    publisher: str = ""
    place: str = ""
    year: int = 2020
    month: int = 0
    day: int = 0
    volume: str = ""
    issue: str = ""
    pages: str = ""
    url: str = ""
    doi: str = ""
    editors: list[Person] = field(default_factory=list)


Pieces = list[tuple[str, str]]
_GLUE = "\u0000"  # a piece starting with it follows the previous one without a space


def examples(count: int, seed: int = 0) -> list[tuple[str, list[str]]]:
    """``count`` footnotes with one label per token, the same ones for the same seed."""
    return [(text, labels) for text, labels, _ in styled_examples(count, seed)]


def styled_examples(count: int, seed: int = 0) -> list[tuple[str, list[str], str]]:
    """As :func:`examples`, each with the name of the style it is printed in."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        work = _work(rng)
        index = rng.choices(range(len(_STYLES)), weights=_STYLE_WEIGHTS)[0]
        out.append((*_labelled(_noisy(_STYLES[index](work, rng), STYLE_NAMES[index], rng)), STYLE_NAMES[index]))
    return out


def _labelled(pieces: Pieces) -> tuple[str, list[str]]:
    """The printed string and each token's label (the label of the piece its first character is in)."""
    text, owners = "", []
    for i, (piece, label) in enumerate(pieces):
        if not piece:
            continue
        if piece.endswith("..") and not piece.endswith("..."):
            piece = piece[:-1]  # "Smith, J." + "."
        if piece.startswith(_GLUE):
            piece = piece[1:]
        elif text:
            text += " "
            owners.append(label)
        text += piece
        owners.extend([label] * len(piece))
    return text, [owners[token.start] for token in tokenise(text)]


def _noisy(pieces: Pieces, style: str, rng: random.Random) -> Pieces:
    """What bibliographies add around a style: a list number, a dash for "same author as above"."""
    if style in ("title-first", "author-first-web"):
        return pieces
    roll = rng.random()
    if roll < 0.08 and pieces[0][1] != "note":
        pieces = [(rng.choice((f"({rng.randint(1, 99)})", f"{rng.randint(1, 99)}.", f"[{rng.randint(1, 99)}]")),
                   "note")] + pieces
    elif roll < 0.11 and pieces[0][1] == "author":
        pieces = [(rng.choice(("———.", "---.", "______.", "———,")), "author")] + pieces[1:]
    return pieces


def _person(rng: random.Random) -> Person:
    given = rng.choice(_GIVEN)
    if rng.random() < 0.3:
        given += " " + rng.choice("ABCDEFGHJKLMNRSTW") + "."
    particle = rng.choice(_PARTICLES) if rng.random() < 0.08 else ""
    suffix = rng.choice(_SUFFIXES) if rng.random() < 0.03 else ""
    return Person(given, rng.choice(_FAMILY), particle, suffix, rng.random() < 0.25)


def _title(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(2, 12))]
    case = rng.random()
    if case < 0.45:
        words = [w if w[0].isupper() else (w.capitalize() if len(w) > 3 or i == 0 else w)
                 for i, w in enumerate(words)]
    elif case < 0.55:
        words = [w.upper() for w in words]
    words[0] = words[0][0].upper() + words[0][1:]
    roll = rng.random()
    if roll < 0.15 and len(words) > 3:  # punctuation inside titles: the tagger must not cut there
        cut = rng.randint(1, len(words) - 2)
        words[cut] += rng.choice((",", ",", ";", " —", " -", "."))
    elif roll < 0.22:
        words.insert(rng.randint(0, len(words)), rng.choice((str(rng.randint(1900, 2025)), f"{rng.randint(2, 99)}th",
                                                            str(rng.randint(2, 500)), "COVID-19", "U.S.", "9/11")))
    elif roll < 0.28:
        words.insert(rng.randint(0, len(words)), f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}")
    elif roll < 0.32:
        words.insert(rng.randint(0, len(words)), rng.choice(_FAMILY) + rng.choice(("'s", "’s", "")))
    elif roll < 0.40 and len(words) > 2:  # a quoted phrase inside: ‘no limits’
        start = rng.randint(1, len(words) - 1)
        end = min(len(words), start + rng.randint(1, 3))
        opening, closing = rng.choice((("‘", "’"), ("“", "”"), ("'", "'"), ('"', '"')))
        words[start] = opening + words[start]
        words[end - 1] += closing
    text = " ".join(words)
    if rng.random() < 0.25:
        text += ": " + " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 6))).capitalize()
    elif rng.random() < 0.05:
        text += " (" + " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 6))).capitalize() + ")"
    if rng.random() < 0.08:
        text = text.replace(" and ", " & ", 1)
    if rng.random() < 0.06:
        text += "?"
    return text


def _work(rng: random.Random) -> Work:
    kind = rng.choices(("journal", "news", "web", "book", "chapter", "report", "thesis", "conference"),
                       weights=(28, 26, 22, 8, 5, 4, 3, 4))[0]
    work = Work(kind, title=_title(rng), year=rng.randint(1950, 2025))
    roll = rng.random()
    if kind in ("news", "web", "report") and roll < 0.15:
        work.organisation = rng.choice(_ORGS)
    elif not (kind in ("news", "web") and roll < 0.25):
        work.people = [_person(rng) for _ in range(rng.choices((1, 2, 3, 4, 6, 8), (50, 22, 12, 7, 5, 4))[0])]
    if kind in ("news", "web"):
        work.year = rng.randint(1998, 2025)
        work.month, work.day = rng.randint(1, 12), rng.randint(1, 28)
        work.container = rng.choice(_NEWS if kind == "news" else _MAGAZINES)
        if rng.random() < 0.7:
            domain = rng.choice(_DOMAINS)
            work.url = domain if rng.random() < 0.5 else \
                f"https://{domain.split('/')[0]}/{rng.choice(_WORDS).lower()}-{rng.randint(1, 99999)}/"
    elif kind in ("journal", "conference"):
        work.container = rng.choice(_JOURNALS) if rng.random() < 0.4 else \
            rng.choice(("Journal of ", "International Journal of ", "Review of ", "Annals of ", "")) + \
            rng.choice(_FIELDS) + ("" if rng.random() < 0.7 else rng.choice((" Review", " Quarterly", " Letters")))
        if kind == "conference":
            work.container = rng.choice(("Proceedings of the ", "Proc. ", "")) + \
                f"{rng.randint(1, 40)}th {rng.choice(('International Conference on ', 'Annual Meeting of the ', 'Workshop on '))}" \
                + rng.choice(_FIELDS)
        work.volume = str(rng.randint(1, 150))
        work.issue = str(rng.randint(1, 12)) if rng.random() < 0.75 else ""
        first = rng.randint(1, 2000)
        work.pages = f"{first}{rng.choice('-–')}{first + rng.randint(1, 40)}" if rng.random() < 0.9 else f"e{first}"
        if rng.random() < 0.4:
            work.doi = f"10.{rng.randint(1000, 9999)}/{rng.choice(('j.', 's', 'abc.', ''))}{rng.randint(10000, 999999)}"
        if rng.random() < 0.15:
            work.month = rng.randint(1, 12)
    else:
        work.publisher = rng.choice(_PUBLISHERS) if kind != "report" else rng.choice(_ORGS)
        work.place = rng.choice(_PLACES) if rng.random() < 0.7 else ""
        if kind == "chapter":
            work.container = _title(rng)
            work.editors = [_person(rng) for _ in range(rng.randint(1, 3))]
            first = rng.randint(1, 400)
            work.pages = f"{first}–{first + rng.randint(5, 40)}"
        if kind == "thesis":
            work.publisher = rng.choice(("University of Oxford", "Harvard University", "Moscow State University",
                                         "University of Toronto", "ETH Zurich"))
        if rng.random() < 0.2:
            work.url = f"https://www.{rng.choice(('example', 'archive', 'jstor', 'books.google'))}.org/{rng.randint(1, 99999)}"
    return work


# --- names and dates as styles print them -------------------------------------------------------

def _join(names: list[str], final: str, comma_before_final: bool) -> str:
    if len(names) == 1:
        return names[0]
    head = ", ".join(names[:-1])
    return f"{head}{',' if comma_before_final and len(names) > 2 else ''} {final} {names[-1]}"


def _full(person: Person) -> str:
    return " ".join(p for p in (person.given, person.surname(), person.suffix) if p)


def _inverted(person: Person, initials: bool = False) -> str:
    given = person.initials() if initials else person.given
    return f"{person.surname()}, {given}" + (f", {person.suffix}" if person.suffix else "")


def _authors_or_org(work: Work, people) -> str:
    return people(work.people) if work.people else work.organisation


def _month_day_year(work: Work, rng: random.Random, short: bool = True) -> str:
    if not work.month:
        return str(work.year)
    month = (_SHORT_MONTHS if short and rng.random() < 0.5 else _MONTHS)[work.month - 1]
    if not work.day:
        return f"{month} {work.year}"
    return rng.choice((f"{month} {work.day}, {work.year}", f"{work.day} {month} {work.year}"))


def _news_date(work: Work, rng: random.Random) -> str:
    month, day, year = work.month or 1, work.day or 1, work.year
    roll = rng.random()
    if roll < 0.35:
        text = f"{_MONTHS[month - 1]} {day}, {year}"
    elif roll < 0.55:
        text = f"{_SHORT_MONTHS[month - 1]} {day}, {year}"
    elif roll < 0.7:
        text = f"{day} {_MONTHS[month - 1][:3]} {year}"
    elif roll < 0.78:
        text = f"{year}-{month:02d}-{day:02d}" + (f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
                                                   if rng.random() < 0.3 else "")
    elif roll < 0.84:
        text = f"{day} {_MONTHS[month - 1].upper()[:rng.choice((3, 9))]} {year % 100:02d}"
    elif roll < 0.9:
        text = f"{day} {_MONTHS[month - 1].upper()}, {year}"
    else:
        text = f"{day} {_MONTHS[month - 1]} {year}"
    return text.upper() if rng.random() < 0.15 else text


# --- styles ---------------------------------------------------------------------------------------

def _container_pieces(work: Work, volume_fmt: str, issue_fmt: str, pages_fmt: str) -> Pieces:
    pieces: Pieces = []
    if work.volume:
        pieces.append((volume_fmt.format(work.volume), "volume"))
    if work.issue:
        pieces.append((issue_fmt.format(work.issue), "issue"))
    if work.pages:
        pieces.append((pages_fmt.format(work.pages), "pages"))
    return pieces


def _apa(work: Work, rng: random.Random) -> Pieces:
    people = _authors_or_org(work, lambda ps: _join([_inverted(p, True) for p in ps], "&", True))
    pieces: Pieces = [(people, "author")] if people else []
    date = f"({work.year}" + (f", {_MONTHS[work.month - 1]}" + (f" {work.day}" if work.day else "")
                              if work.month and work.kind in ("news", "web") else "") + ")."
    if people:
        pieces.append((date, "date"))
    title = work.title + ("" if work.title.endswith("?") else ".")
    if work.kind == "chapter":
        eds = _join([f"{p.initials()} {p.surname()}" for p in work.editors], "&", True)
        pieces += [(title, "title"), (f"In {eds} ({'Eds.' if len(work.editors) > 1 else 'Ed.'}),", "editor"),
                   (work.container, "container"), (f"(pp. {work.pages}).", "pages"), (work.publisher + ".", "publisher")]
    elif work.kind in ("book", "report", "thesis"):
        pieces.append((title, "title"))
        if work.kind == "thesis":
            pieces.append(("[Doctoral dissertation,", "genre"))
            pieces.append((work.publisher + "].", "publisher"))
        else:
            if work.place and rng.random() < 0.4:
                pieces.append((work.place + ":", "location"))
            pieces.append((work.publisher + ".", "publisher"))
    elif work.kind in ("journal", "conference"):
        pieces += [(title, "title"), (work.container + ",", "container")]
        pieces += _volume_issue(work)
        pieces.append((work.pages + ".", "pages"))
    else:
        pieces += [(title, "title"), (work.container + ".", "container")]
    if not people:
        pieces.append((date, "date"))
    if work.doi:
        pieces.append((f"https://doi.org/{work.doi}", "doi"))
    elif work.url:
        if rng.random() < 0.3:
            pieces.append(("Retrieved from", "note"))
        pieces.append((work.url, "url"))
    return pieces


def _volume_issue(work: Work) -> Pieces:
    """``12(3),``: APA's and Harvard's issue glued to the volume (the tokeniser cuts it again)."""
    if not work.volume:
        return []
    if not work.issue:
        return [(work.volume + ",", "volume")]
    return [(work.volume, "volume"), (f"{_GLUE}({work.issue}),", "issue")]


def _mla(work: Work, rng: random.Random) -> Pieces:
    ps = work.people
    if ps:
        people = _inverted(ps[0]) if len(ps) == 1 else (
            f"{_inverted(ps[0])}, and {_full(ps[1])}" if len(ps) == 2 else f"{_inverted(ps[0])}, et al")
        pieces: Pieces = [(people + ".", "author")]
    else:
        pieces = []
    quoted = work.kind not in ("book", "report", "thesis")
    title = f"“{work.title}.”" if quoted else work.title + "."
    pieces.append((title, "title"))
    if work.kind == "chapter":
        pieces += [(work.container + ",", "container"),
                   ("edited by " + _join([_full(p) for p in work.editors], "and", True) + ",", "editor"),
                   (work.publisher + ",", "publisher"), (f"{work.year},", "date"), (f"pp. {work.pages}.", "pages")]
        return pieces
    if work.kind in ("book", "report", "thesis"):
        return pieces + [(work.publisher + ",", "publisher"), (f"{work.year}.", "date")]
    pieces.append((work.container + ",", "container"))
    pieces += _container_pieces(work, "vol. {},", "no. {},", "")[:2]
    if work.kind in ("news", "web"):
        pieces.append((f"{work.day} {_SHORT_MONTHS[work.month - 1]} {work.year},", "date"))
    else:
        pieces.append((f"{work.year},", "date"))
    if work.pages:
        pieces.append((f"pp. {work.pages},", "pages"))
    if work.doi:
        pieces.append((f"doi:{work.doi}.", "doi"))
    elif work.url:
        pieces.append((work.url + ".", "url"))
    pieces[-1] = (pieces[-1][0].rstrip(",") + ("" if pieces[-1][0].endswith(".") else "."), pieces[-1][1])
    return pieces


def _chicago(work: Work, rng: random.Random) -> Pieces:
    note = rng.random() < 0.6
    ps = work.people
    if ps:
        names = [_full(p) for p in ps[:3]] if note else [_inverted(ps[0])] + [_full(p) for p in ps[1:3]]
        people = _join(names, "and", True) + (" et al." if len(ps) > 3 else "")
        pieces: Pieces = [(people + ("," if note else "."), "author")]
    else:
        pieces = []
    end = "," if note else "."
    if work.kind in ("book", "report", "thesis"):
        pieces.append((work.title + ("," if note else "."), "title"))
        extra = rng.random()
        if extra < 0.12:
            pieces.append((f"{rng.choice(('trans.', 'Translated by', 'ed.', 'Edited by'))} {_full(_person(rng))}"
                           + ("," if note else "."), "note"))
        elif extra < 0.2:
            pieces.append((rng.choice(("2nd ed.", "3rd ed.", "2 vols.", "Rev. ed.")), "note"))
        if note:
            if work.place:
                pieces.append((f"({work.place}:", "location"))
            pieces += [(f"{'' if work.place else '('}{work.publisher},", "publisher"), (f"{work.year}),", "date"),
                       (str(rng.randint(1, 300)) + ".", "pages")]
        else:
            if work.place:
                pieces.append((work.place + ":", "location"))
            pieces += [(work.publisher + ",", "publisher"), (f"{work.year}.", "date")]
        return pieces
    pieces.append((f"“{work.title}{end}”", "title"))
    if work.kind == "chapter":
        pieces += [("in", "editor"), (work.container + ",", "container"),
                   ("ed. " + _join([_full(p) for p in work.editors], "and", True), "editor"),
                   (f"({work.publisher},", "publisher"), (f"{work.year}),", "date"), (work.pages + ".", "pages")]
        return pieces
    if work.kind in ("news", "web"):
        pieces += [(work.container + ",", "container"), (_month_day_year(work, rng) + ("," if work.url else "."), "date")]
        if work.url:
            pieces.append((work.url + ".", "url"))
        return pieces
    pieces.append((work.container, "container"))
    if work.volume:
        pieces.append((work.volume + ("," if work.issue else ""), "volume"))
    if work.issue:
        pieces.append((f"no. {work.issue}", "issue"))
    pieces.append((f"({_month_day_year(work, rng) if work.month else work.year}):", "date"))
    pieces.append((work.pages + ".", "pages"))
    if work.doi:
        pieces.append((f"https://doi.org/{work.doi}.", "doi"))
    return pieces


def _harvard(work: Work, rng: random.Random) -> Pieces:
    people = _authors_or_org(work, lambda ps: _join([_inverted(p, True) for p in ps], "and", False))
    pieces: Pieces = [(people, "author")] if people else []
    pieces.append((f"({work.year})", "date"))
    if work.kind in ("book", "report", "thesis"):
        pieces.append((work.title + ".", "title"))
        if work.place:
            pieces.append((work.place + ":", "location"))
        pieces.append((work.publisher + ".", "publisher"))
    elif work.kind == "chapter":
        pieces += [(f"‘{work.title}’,", "title"), ("in", "editor"),
                   (_join([_inverted(p, True) for p in work.editors], "and", False) + " (eds)", "editor"),
                   (work.container + ".", "container"), (work.publisher + ",", "publisher"),
                   (f"pp. {work.pages}.", "pages")]
    elif work.kind in ("news", "web"):
        pieces += [(f"‘{work.title}’,", "title"), (work.container + ",", "container"),
                   (f"{work.day} {_MONTHS[work.month - 1]}.", "date")]
    else:
        pieces += [(f"‘{work.title}’,", "title"), (work.container + ",", "container")]
        pieces += _volume_issue(work)
        pieces.append((f"pp. {work.pages}.", "pages"))
    if work.doi:
        pieces.append((f"doi:{work.doi}.", "doi"))
    elif work.url:
        pieces += [("Available at:", "note"), (work.url, "url"),
                   (f"(Accessed: {rng.randint(1, 28)} {rng.choice(_MONTHS)} {work.year + 1}).", "accessed")]
    return pieces


def _ieee(work: Work, rng: random.Random) -> Pieces:
    people = _authors_or_org(work, lambda ps: _join([f"{p.initials()} {p.surname()}" for p in ps[:6]], "and", True)
                             + (" et al." if len(ps) > 6 else ""))
    pieces: Pieces = [(f"[{rng.randint(1, 80)}]", "note")] if rng.random() < 0.5 else []
    if people:
        pieces.append((people + ",", "author"))
    if work.kind in ("book", "report", "thesis"):
        pieces.append((work.title + ".", "title"))
        if work.place:
            pieces.append((work.place + ":", "location"))
        pieces += [(work.publisher + ",", "publisher"), (f"{work.year}.", "date")]
        return pieces
    pieces.append((f"“{work.title},”", "title"))
    if work.kind == "chapter":
        pieces += [("in", "editor"), (work.container + ",", "container"),
                   (_join([f"{p.initials()} {p.surname()}" for p in work.editors], "and", True) + ", Eds.", "editor"),
                   (work.publisher + ",", "publisher"), (f"{work.year},", "date"), (f"pp. {work.pages}.", "pages")]
        return pieces
    container = rng.choice(_JOURNAL_ABBREVIATIONS) if rng.random() < 0.3 and work.kind == "journal" else work.container
    pieces.append((("in " if work.kind == "conference" else "") + container + ",", "container"))
    pieces += _container_pieces(work, "vol. {},", "no. {},", "pp. {},")
    pieces.append(((f"{_SHORT_MONTHS[work.month - 1]} " if work.month else "") + f"{work.year}"
                   + ("," if work.doi or work.url else "."), "date"))
    if work.doi:
        pieces += [("doi:", "doi"), (work.doi + ".", "doi")] if rng.random() < 0.5 else [(f"doi: {work.doi}.", "doi")]
    elif work.url:
        pieces += [("[Online]. Available:", "note"), (work.url, "url")]
    return pieces


def _vancouver(work: Work, rng: random.Random) -> Pieces:
    """Vancouver and AMA (whose names, as some processors print them, are whole: ``Alexandre Gramfort``)."""
    form = rng.random()

    def name(p: Person) -> str:
        if form < 0.25:
            return _full(p)
        if form < 0.35:
            return f"{p.initials()} {p.surname()}"
        return f"{p.surname()} {p.initials(dots=False)}"
    people = _authors_or_org(work, lambda ps: ", ".join(name(p) for p in ps[:6]) + (", et al" if len(ps) > 6 else ""))
    pieces: Pieces = [(people + ".", "author")] if people else []
    pieces.append((work.title + ".", "title"))
    if work.kind in ("book", "report", "thesis", "chapter"):
        if work.kind == "chapter":
            pieces += [("In:", "editor"), (", ".join(name(p) for p in work.editors) + ", editors.", "editor"),
                       (work.container + ".", "container")]
        if work.place:
            pieces.append((work.place + ":", "location"))
        pieces += [(work.publisher + ";", "publisher"), (f"{work.year}.", "date")]
        if work.kind == "chapter":
            pieces.append((f"p. {work.pages}.", "pages"))
        return pieces
    if work.kind in ("news", "web"):
        pieces += [(work.container, "container"), ("[Internet].", "note"),
                   (f"{work.year} {_SHORT_MONTHS[work.month - 1].rstrip('.')} {work.day}", "date")]
        if work.url:
            pieces += [("[cited 2024 Jan 3].", "accessed"), ("Available from:", "note"), (work.url, "url")]
        return pieces
    container = rng.choice(_JOURNAL_ABBREVIATIONS) if rng.random() < 0.5 else work.container
    pieces.append((container + ".", "container"))
    date = f"{work.year}" + (f" {_SHORT_MONTHS[work.month - 1].rstrip('.')}" if work.month else "")
    pieces.append((date + ";", "date"))
    pieces.append((_GLUE + work.volume, "volume"))
    if work.issue:
        pieces.append((f"{_GLUE}({work.issue})", "issue"))
    pieces.append((f"{_GLUE}:{work.pages}.", "pages"))
    if work.doi:
        pieces.append((f"doi:{work.doi}", "doi"))
    return pieces


_OFFICES = ("Foreign Minister", "President", "Prime Minister", "Secretary of State", "Defence Minister",
            "Ambassador", "Chancellor", "Spokesman")


def _web_title(work: Work, rng: random.Random) -> str:
    """Titles as web outlets print them: a speaker's name first, commas inside, a long official one."""
    roll = rng.random()
    title = work.title
    if roll < 0.08 and work.people:
        name = _full(work.people[0])
        title = f"{name.upper() if rng.random() < 0.5 else name}: {title}"
    elif roll < 0.16:
        person = _person(rng)
        title = f"{person.given.split()[0]} and {rng.choice(_FAMILY)} {rng.choice(('agree', 'meet', 'warn', 'say'))}" \
                f" {title[0].lower()}{title[1:]}"
    elif roll < 0.28:
        words = title.split()
        cut = rng.randint(1, max(1, len(words) - 1))
        title = " ".join(words[:cut]) + ", " + " ".join(words[cut:] or [rng.choice(_WORDS)])
    elif roll < 0.34:
        title += " — " + rng.choice(("Beijing", "Moscow", "Kremlin", "Pentagon", "report", "analysis", "TASS"))
    elif roll < 0.40:
        title += " (" + " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 8))).title() + ")"
    elif roll < 0.46:
        title = " ".join([title] + [rng.choice(_WORDS) for _ in range(rng.randint(10, 30))])
    return title


def _speech(work: Work, rng: random.Random) -> Pieces:
    """``Foreign Minister Sergey Lavrov: Event, Place, Date. Original URL``."""
    person = work.people[0] if work.people else _person(rng)
    pieces: Pieces = [(f"{rng.choice(_OFFICES)} {_full(person)}: {work.title},", "title"),
                      (rng.choice(_PLACES).split(",")[0] + ",", "location"), (_news_date(work, rng) + ".", "date")]
    if work.url or rng.random() < 0.5:
        if rng.random() < 0.5:
            pieces.append(("Original", "note"))
        pieces.append((work.url or f"https://{rng.choice(_DOMAINS).split('/')[0]}/{rng.randint(1, 9999)}/", "url"))
    return pieces


def _statement(work: Work, rng: random.Random) -> Pieces:
    """``Joint Statement of ... countries. 2024-05-16 18:40 Source: CCTV news client. (In Mandarin).``"""
    title = rng.choice(("Joint Statement of", "Statement by", "Press release:", "Communiqué of", "Declaration of"))
    title += " " + " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 35)))
    pieces: Pieces = [(title + rng.choice((".", ",")), "title"), (_news_date(work, rng), "date")]
    if rng.random() < 0.7:
        pieces += [("Source:", "note"), (rng.choice(_ORGS + _NEWS) + rng.choice((" news client", "", " website")) + ".",
                                         "publisher")]
    if rng.random() < 0.5:
        pieces.append((f"(In {rng.choice(('Mandarin', 'Russian', 'Chinese', 'French', 'Arabic'))}).", "note"))
    return pieces


def _title_first(work: Work, rng: random.Random) -> Pieces:
    """The article's own style: ``Title, [By] Author, Outlet, Date. domain``, with its noise."""
    roll = rng.random()
    if roll < 0.05:
        return _speech(work, rng)
    if roll < 0.09:
        return _statement(work, rng)
    pieces: Pieces = [(_web_title(work, rng) + ",", "title")]
    if work.people:
        names = [_full(p) for p in work.people[:3]]
        if rng.random() < 0.2:
            names = [n.upper() for n in names]
        people = _join(names, "and", False)
        byline = rng.random()
        if byline < 0.2:
            people = "By " + people
        elif byline < 0.27:
            people = "BY " + people
        elif byline < 0.32:
            people = "by " + people
        pieces.append((people + (" ," if rng.random() < 0.04 else ","), "author"))
    elif work.organisation and rng.random() < 0.5:
        pieces.append((work.organisation + ",", "author"))
    if work.container and rng.random() < 0.85:
        pieces.append((work.container + ("," if rng.random() < 0.9 else ""), "container"))
        if rng.random() < 0.05:
            pieces.append(("Op-ed,", "genre"))
    if work.publisher and work.kind in ("book", "report"):
        pieces.append((work.publisher + ",", "publisher"))
    if rng.random() < 0.92:
        if rng.random() < 0.08:
            pieces.append(("Published", "note"))
        pieces.append((_news_date(work, rng) + ".", "date"))
    if work.url:
        if rng.random() < 0.08:
            pieces.append((rng.choice(("Original", "Source:", "First published in")), "note"))
        pieces.append((work.url, "url"))
    if rng.random() < 0.03:
        pieces.append((f"(In {rng.choice(('Mandarin', 'Russian', 'French', 'German'))}).", "note"))
    last_text, last_label = pieces[-1]
    pieces[-1] = (last_text.rstrip(",.") + ("." if last_label != "url" or rng.random() < 0.2 else ""), last_label)
    return pieces


def _journalist_author_first(work: Work, rng: random.Random) -> Pieces:
    """``Author, "Title", Outlet, Date, URL`` and ``Author. Title. Outlet. Date.``"""
    sep = rng.choice((",", "."))
    people = _authors_or_org(work, lambda ps: _join([_full(p) for p in ps[:3]], "and", False))
    pieces: Pieces = [(people + sep, "author")] if people else []
    title = f"“{work.title}”" if rng.random() < 0.5 else work.title
    pieces.append((title + sep, "title"))
    if work.container:
        pieces.append((work.container + sep, "container"))
    if work.kind in ("book", "report") and work.publisher:
        pieces.append((work.publisher + sep, "publisher"))
    pieces.append((_news_date(work, rng) + sep, "date"))
    if work.url:
        pieces.append((work.url, "url"))
    return pieces


def _plain(work: Work, rng: random.Random) -> Pieces:
    """BibTeX's plain and alpha styles, and the author-date styles that put the year after the names."""
    ps = work.people
    if ps:
        if rng.random() < 0.6:
            names = _join([f"{p.initials()} {p.surname()}" if rng.random() < 0.7 else _full(p) for p in ps], "and", True)
        else:
            names = _join([_inverted(ps[0], rng.random() < 0.5)] + [_full(p) for p in ps[1:]], "and", True)
        pieces: Pieces = [(names + ".", "author")]
    else:
        pieces = [(work.organisation + ".", "author")] if work.organisation else []
    if ps and rng.random() < 0.2 and work.kind in ("journal", "conference"):
        return _acs(work, rng)
    year_first = rng.random() < 0.3
    if year_first:
        pieces.append((f"{work.year}.", "date"))
    pieces.append((work.title + ".", "title"))
    date = (f"{_MONTHS[work.month - 1]} " if work.month and rng.random() < 0.5 else "") + f"{work.year}"
    tail: Pieces = []
    if work.kind == "journal" or work.kind == "news" or work.kind == "web":
        tail.append((work.container + ",", "container"))
        if work.volume:
            tail.append((work.volume, "volume"))
            if work.issue:
                tail.append((f"{_GLUE}({work.issue})", "issue"))
            if work.pages:
                tail.append((f"{_GLUE}:{work.pages},", "pages"))
            else:
                tail[-1] = (tail[-1][0] + ",", tail[-1][1])
    elif work.kind in ("conference", "chapter"):
        tail.append((f"In {work.container},", "container"))
        if work.kind == "chapter" and rng.random() < 0.5:
            tail.insert(0, ("In " + _join([_full(p) for p in work.editors], "and", True)
                            + (", editors," if len(work.editors) > 1 else ", editor,"), "editor"))
            tail[1] = (work.container + ",", "container")
        if work.pages:
            tail.append((f"pages {work.pages},", "pages"))
        if work.place and rng.random() < 0.5:
            tail.append((work.place + ",", "location"))
        if work.kind == "chapter":
            tail.append((work.publisher + ",", "publisher"))
    elif work.kind == "report":
        tail += [(f"Technical Report {rng.choice(('TR-', 'CS-', 'No. ', ''))}{rng.randint(1, 999)},", "genre"),
                 (work.publisher + ",", "publisher")]
    elif work.kind == "thesis":
        tail += [(rng.choice(("PhD thesis,", "Master's thesis,", "Ph.D. dissertation,")), "genre"),
                 (work.publisher + ",", "publisher")]
    else:
        tail.append((work.publisher + ",", "publisher"))
        if work.place:
            tail.append((work.place + ",", "location"))
    pieces += tail
    if not year_first:
        pieces.append((date + ".", "date"))
    else:
        pieces[-1] = (pieces[-1][0].rstrip(",") + ".", pieces[-1][1])
    if work.doi and rng.random() < 0.5:
        pieces.append((f"doi:{work.doi}.", "doi"))
    return pieces


def _acs(work: Work, rng: random.Random) -> Pieces:
    """Chemistry's ``Family, I. D.; Family, K. Title. J. Abbr. 1999, 96, 9997–10002.``"""
    names = "; ".join(_inverted(p, True) for p in work.people)
    pieces: Pieces = [(names + ("" if names.endswith(".") else "."), "author")]
    if rng.random() < 0.7:
        pieces.append((work.title + ".", "title"))
    container = rng.choice(_JOURNAL_ABBREVIATIONS) if rng.random() < 0.6 else work.container
    pieces += [(container, "container"), (f"{work.year},", "date")]
    if work.volume:
        pieces.append((work.volume + ",", "volume"))
    if work.pages:
        pieces.append((work.pages + ".", "pages"))
    pieces[-1] = (pieces[-1][0].rstrip(",") + ("" if pieces[-1][0].endswith(".") else "."), pieces[-1][1])
    return pieces


_STYLES = (_apa, _mla, _chicago, _harvard, _ieee, _vancouver, _plain, _title_first, _journalist_author_first)
_STYLE_WEIGHTS = (13, 9, 11, 9, 9, 9, 12, 20, 8)
STYLE_NAMES = ("apa", "mla", "chicago", "harvard", "ieee", "vancouver", "plain", "title-first", "author-first-web")
