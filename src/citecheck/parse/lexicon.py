"""Word lists the parser consults: months, name particles, outlets, keywords, top-level domains.

Small, hand-written and closed: they are features for the tagger and cues for the type guess,
not a gazetteer that must be complete.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        ("january", "jan", "janvier", "januar", "enero", "gennaio", "janeiro", "januari", "styczeń"),
        ("february", "feb", "febr", "février", "februar", "febrero", "febbraio", "fevereiro", "februari"),
        ("march", "mar", "mars", "märz", "marzo", "março", "maart", "marzec"),
        ("april", "apr", "avril", "abril", "aprile", "kwiecień"),
        ("may", "mai", "mayo", "maggio", "maio", "mei", "maj"),
        ("june", "jun", "juin", "juni", "junio", "giugno", "junho", "czerwiec"),
        ("july", "jul", "juillet", "juli", "julio", "luglio", "julho", "lipiec"),
        ("august", "aug", "août", "agosto", "augustus", "sierpień"),
        ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "wrzesień"),
        ("october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro", "październik"),
        ("november", "nov", "novembre", "noviembre", "novembro", "listopad"),
        ("december", "dec", "décembre", "dezember", "diciembre", "dicembre", "dezembro", "grudzień"),
    ), 1)
    for name in names
}

SEASONS: dict[str, int] = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

#: Lower-case words that join a family name ("van", "de la"); capitalised they are part of it.
PARTICLES = frozenset(("van", "von", "de", "der", "den", "del", "della", "delle", "di", "da", "du", "la", "le",
                       "ten", "ter", "dos", "das", "do", "bin", "ibn", "al", "el", "zu", "af", "av", "d'", "l'"))
SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "md"))
BYLINE = frozenset(("by", "von", "par", "por", "di", "door", "av"))

#: Words that make a name an organisation rather than a person.
ORGANISATION_WORDS = frozenset((
    "agency", "association", "bank", "board", "bureau", "center", "centre", "commission", "committee",
    "company", "corporation", "council", "department", "foundation", "fund", "government", "group", "inc",
    "inc.", "institute", "institution", "league", "ltd", "ministry", "network", "news", "office",
    "organization", "organisation", "press", "reuters", "service", "society", "staff", "team", "times",
    "trust", "union", "university", "writers", "editors", "editorial", "board", "afp", "ap", "tass", "xinhua",
    "bbc", "cnn", "nato", "who", "un", "oecd", "imf", "agence", "associated", "world", "international",
    "national", "federal", "state", "republic", "club", "forum", "project", "program", "programme",
))

#: Outlets that publish news: a footnote naming one (or its domain) is an ``article-newspaper``.
NEWS_OUTLETS = frozenset((
    "new york times", "the new york times", "nyt", "washington post", "the washington post",
    "wall street journal", "the wall street journal", "wsj", "financial times", "the financial times",
    "guardian", "the guardian", "the observer", "the times", "the independent", "daily telegraph",
    "the telegraph", "los angeles times", "la times", "chicago tribune", "boston globe", "usa today",
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "tass", "ria novosti",
    "xinhua", "global times", "china daily", "south china morning post", "bbc", "bbc news", "cnn", "npr",
    "al jazeera", "the hindu", "times of india", "the moscow times", "le monde", "der spiegel",
    "süddeutsche zeitung", "el país", "la repubblica", "corriere della sera", "asahi shimbun",
    "japan times", "toronto star", "globe and mail", "sydney morning herald", "the australian",
    "new york post", "daily mail", "the sun", "politico", "axios", "the hill", "nikkei asia",
    "frankfurter allgemeine zeitung", "le figaro", "izvestia", "kommersant", "pravda", "rt", "sputnik",
    "cgtn", "cctv", "dw", "deutsche welle", "france 24", "euronews", "abc news", "nbc news", "cbs news",
    "fox news", "the economist", "newsweek", "time",
))
NEWS_DOMAINS = frozenset((
    "nytimes.com", "washingtonpost.com", "wsj.com", "ft.com", "theguardian.com", "reuters.com", "apnews.com",
    "bloomberg.com", "tass.com", "tass.ru", "xinhuanet.com", "globaltimes.cn", "chinadaily.com.cn", "scmp.com",
    "bbc.com", "bbc.co.uk", "cnn.com", "npr.org", "aljazeera.com", "thehindu.com", "themoscowtimes.com",
    "lemonde.fr", "spiegel.de", "latimes.com", "usatoday.com", "politico.com", "rt.com", "sputniknews.com",
    "cgtn.com", "dw.com", "france24.com", "nbcnews.com", "cbsnews.com", "foxnews.com", "axios.com",
    "thehill.com", "independent.co.uk", "telegraph.co.uk", "dailymail.co.uk", "nypost.com",
))
#: Words in an outlet's name that say it is a blog.
BLOG_WORDS = frozenset(("blog", "punchline", "substack", "weblog", "medium", "diary", "notebook"))
BLOG_DOMAINS = ("blogspot.", "wordpress.", "substack.com", "medium.com", "typepad.", "indianpunchline.com")
SOCIAL_DOMAINS = frozenset(("x.com", "twitter.com", "t.co", "facebook.com", "instagram.com", "threads.net",
                            "bsky.app", "mastodon.social", "t.me", "youtube.com", "tiktok.com", "vk.com"))
#: Opening words of a title that make the footnote a speech ("Foreign Minister Sergey Lavrov: ...").
SPEAKER_OFFICES = frozenset(("minister", "president", "secretary", "ambassador", "chancellor", "premier",
                             "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "pope", "king",
                             "queen", "prince", "general", "chairman", "director"))

LANGUAGES: dict[str, str] = {
    "english": "en", "mandarin": "zh", "chinese": "zh", "cantonese": "yue", "russian": "ru", "french": "fr",
    "german": "de", "spanish": "es", "italian": "it", "portuguese": "pt", "dutch": "nl", "polish": "pl",
    "swedish": "sv", "norwegian": "no", "danish": "da", "finnish": "fi", "japanese": "ja", "korean": "ko",
    "arabic": "ar", "persian": "fa", "farsi": "fa", "turkish": "tr", "hindi": "hi", "urdu": "ur",
    "ukrainian": "uk", "greek": "el", "hebrew": "he", "czech": "cs", "hungarian": "hu", "romanian": "ro",
}

#: Top-level domains a bare domain may end in ("strategic-culture.su"): a closed list keeps "U.S." and
#: "e.g." from reading as domains.
TLDS = frozenset((
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "me", "tv", "news", "blog",
    "uk", "de", "fr", "ru", "su", "cn", "jp", "in", "is", "it", "es", "nl", "be", "ch", "at", "se", "no", "dk",
    "fi", "pl", "cz", "pt", "gr", "tr", "ua", "by", "kz", "au", "nz", "ca", "us", "br", "ar", "mx", "za",
    "ir", "il", "eg", "sa", "ae", "kr", "tw", "hk", "sg", "my", "id", "ph", "vn", "th", "pk", "ng", "ke",
    "eu", "asia", "online", "site", "xyz", "top", "app", "dev", "ai", "ly", "to", "fm", "cc", "ws",
))

#: Given names: a tagger feature (a capitalised word that is often a first name).
GIVEN_NAMES = frozenset((
    "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alex", "alexander", "alexandra", "alfred", "ali",
    "alice", "alistair", "alastair", "amanda", "amy", "ana", "andrea", "andrew", "andrei", "angela", "ann",
    "anna", "anne", "anthony", "anton", "antonio", "arthur", "barbara", "ben", "benjamin", "bernard", "bill",
    "bob", "boris", "brian", "bruce", "carl", "carlos", "carol", "catherine", "charles", "charlotte", "chen",
    "chris", "christian", "christine", "christopher", "claire", "daniel", "david", "deborah", "dennis",
    "diana", "dmitry", "donald", "douglas", "edward", "elena", "elizabeth", "emily", "emma", "eric", "eva",
    "farah", "francis", "frank", "fred", "gabriel", "gary", "george", "gerald", "gilbert", "glenn", "grace",
    "hans", "harold", "harry", "helen", "henry", "hiroshi", "hugo", "ian", "igor", "ivan", "jack", "jacob",
    "james", "jan", "jane", "janet", "jason", "jean", "jeff", "jennifer", "jessica", "jim", "joan", "joe",
    "john", "jonathan", "jose", "joseph", "juan", "julia", "julie", "karen", "karl", "kate", "keith", "kevin",
    "laura", "lawrence", "lee", "li", "linda", "lisa", "louis", "lucy", "luis", "maria", "marie", "mark",
    "martin", "mary", "matthew", "michael", "michel", "mikhail", "nancy", "natalia", "nicholas", "nick",
    "olga", "oliver", "patrick", "paul", "pepe", "peter", "philip", "pierre", "ray", "raymond", "richard",
    "robert", "roger", "ronald", "ruth", "ryan", "sam", "samuel", "sandra", "sarah", "scott", "sergey",
    "sergei", "simon", "sophie", "stephen", "steven", "susan", "thomas", "tim", "timothy", "tom", "tony",
    "victor", "vladimir", "walter", "wang", "wei", "william", "xi", "yuri", "zbigniew", "zhang", "m.", "k.",
    "matthias", "sven", "lars", "giovanni", "marco", "francesca", "sofia", "ahmad", "fatima", "priya",
    "raj", "yuki", "kenji", "mei", "ling", "olivia", "noah", "liam", "ethan", "mia", "chloe", "lucas",
))

#: Keyword classes for the tagger: the word (lower-cased, without punctuation) -> its class.
KEYWORDS: dict[str, str] = {
    "by": "by", "and": "and", "&": "and", "und": "and", "et": "and", "y": "and", "al": "al", "al.": "al",
    "in": "in", "in:": "in", "ed": "ed", "eds": "ed", "ed.": "ed", "eds.": "ed", "editor": "ed",
    "editors": "ed", "edited": "ed", "hrsg": "ed", "trans": "ed", "translated": "ed",
    "pp": "pages", "p": "pages", "page": "pages", "pages": "pages", "s": "pages",
    "vol": "volume", "volume": "volume", "no": "issue", "nr": "issue", "issue": "issue", "iss": "issue",
    "retrieved": "accessed", "accessed": "accessed", "available": "available", "from": "from",
    "at": "at", "online": "online", "published": "published", "updated": "published", "original": "note",
    "doi": "doi", "url": "url", "isbn": "isbn", "press": "publisher", "publishing": "publisher",
    "publishers": "publisher", "books": "publisher", "verlag": "publisher", "university": "publisher",
    "journal": "journal", "review": "journal", "proceedings": "journal", "conference": "journal",
    "quarterly": "journal", "bulletin": "journal", "annals": "journal", "transactions": "journal",
    "letters": "journal", "magazine": "journal", "times": "news", "post": "news", "news": "news",
    "daily": "news", "herald": "news", "tribune": "news", "gazette": "news", "chronicle": "news",
    "op-ed": "genre", "opinion": "genre", "editorial": "genre", "interview": "genre", "thesis": "genre",
    "dissertation": "genre", "report": "genre", "paper": "genre", "preprint": "genre", "n.d.": "nodate",
    "nd": "nodate", "edn": "edition", "edition": "edition", "source": "source", "via": "source",
}
