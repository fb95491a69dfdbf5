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
