from citecheck.parse.kinds import guess_type, host, speaker


def test_host_is_the_address_without_scheme_www_or_path():
    assert [host(u) for u in ("https://www.nytimes.com/x", "thealtworld.com/alastair_crooke", "www.sott.net.")] == [
        "nytimes.com", "thealtworld.com", "sott.net"]


def test_a_speech_opens_with_the_speakers_office_and_name():
    assert speaker("Foreign Minister Sergey Lavrov: Leaders of Russia management competition") == "Sergey Lavrov"
    assert speaker("RAY McGOVERN: Russia & China — Two Against One") is None
    assert speaker("The President: a biography") is None


def test_types_from_outlet_address_and_locators():
    def kind(**data):
        return guess_type(data, " ".join(str(v) for v in data.values()))
    assert kind(title="T", URL="x.com") == "post"
    assert kind(title="T", **{"container-title": "New York Times"}) == "article-newspaper"
    assert kind(title="T", URL="tass.com") == "article-newspaper"
    assert kind(title="T", **{"container-title": "Indian Punchline"}) == "post-weblog"
    assert kind(title="T", volume="12", **{"container-title": "Nature"}) == "article-journal"
    assert kind(title="T", **{"container-title": "Proceedings of the ACM"}) == "paper-conference"
    assert kind(title="T", author=[{"family": "Lo"}], publisher="Brookings") == "book"
    assert kind(title="Joint Statement of A and B", publisher="CCTV news client") == "document"
    assert kind(title="T", author=[{"family": "Ehret"}], URL="strategic-culture.su",
                issued={"date-parts": [[2023]]}) == "article-magazine"
    assert kind(title="T", genre="PhD thesis", publisher="ETH Zurich") == "thesis"


def test_a_chapter_needs_editors_or_a_sentence_opening_with_in():
    text = "Title. In Handbook of Labor Economics, Elsevier."
    data = {"title": "Title", "container-title": "Handbook of Labor Economics", "publisher": "Elsevier"}
    assert guess_type(data, text) == "chapter"
    assert guess_type(data, "Title, Handbook, Elsevier. First published in TomDispatch") == "article-magazine"
