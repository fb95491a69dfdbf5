"""The two examples of export.md §10: a newspaper article and a German web page with no author."""

from citecheck.model import Reference

FED = Reference.model_validate({
    "id": "vanoudenaren2021fed", "type": "article-newspaper",
    "title": "Fed raises rates by 0.75% as NYC inflation hits $9 #1 high_score",
    "author": [{"family": "Van Oudenaren", "given": "John"},
               {"family": "Fontaine", "given": "Jean", "non-dropping-particle": "de la"}],
    "container-title": "The New York Times", "issued": "2021-06-15", "accessed": "2022-01-03",
    "URL": "https://www.nytimes.com/2021/06/15/business/fed_rates.html", "language": "en-US"})
BAHN = Reference.model_validate({
    "id": "bahn2020ueber", "type": "webpage", "title": "Über uns", "container-title": "bahn.de",
    "publisher": "Deutsche Bahn AG", "issued": 2020, "URL": "https://bahn.de", "accessed": "2023-02-01",
    "language": "de"})

#: A book, a chapter and an article setting every variable a BibTeX-family format has a place for.
FULL_BOOK = Reference.model_validate({
    "id": "knuth1986", "citation-key": "knuth:tex", "type": "book", "title": "The TeXbook",
    "author": [{"family": "Knuth", "given": "Donald E."}], "translator": [{"family": "Doe", "given": "Jane"}],
    "publisher": "Addison-Wesley", "publisher-place": "Reading, MA", "edition": "2", "collection-title": "Computers and Typesetting",
    "collection-number": "A", "volume": "1", "number-of-volumes": "5", "number-of-pages": "483", "ISBN": "0-201-13447-0",
    "issued": "1986", "original-date": "1984", "original-title": "TeX", "original-publisher": "AMS",
    "original-publisher-place": "Providence", "status": "reprint", "archive": "Stanford Library", "PMID": "123456",
    "abstract": "The manual.", "keyword": "typesetting, TeX", "annote": "Read twice.", "language": "en"})
FULL_ARTICLE = Reference.model_validate({
    "id": "a1", "type": "article-journal", "title": "Energy",
    "author": [{"family": "Einstein", "given": "A."}], "container-title": "Annalen der Physik",
    "container-title-short": "Ann. Phys.", "volume": "18", "issue": "13", "number": "e12", "page": "639-641",
    "ISSN": "0003-3804", "issued": {"literal": "autumn of 1905"}, "accessed": {"literal": "n.d."}, "version": "2",
    "DOI": "10.1002/andp.19053231314"})
FULL_PAPER = Reference.model_validate({
    "id": "p1", "type": "paper-conference", "title": "A talk", "author": [{"family": "Roe", "given": "R."}],
    "container-title": "Proceedings", "container-author": [{"family": "Ed", "given": "E."}],
    "event-title": "Summit", "event-place": "Rome", "event-date": "2019-05-02/2019-05-04",
    "chapter-number": "4", "part": "2", "issued": {"date-parts": [[2019]], "season": 2}})
