from citecheck.parse.build import reference_data
from citecheck.parse.fields import spans
from citecheck.parse.tokens import tokenise


def data(text, *labels):
    tokens = tokenise(text)
    assert len(tokens) == len(labels)
    return reference_data(text, spans(text, tokens, list(labels)))


def test_fields_are_transcribed_without_their_separators():
    assert data("Russia-China entente, BY M. K. BHADRAKUMAR, Indian Punchline, MAY 2, 2020. www.indianpunchline.com",
                "title", "title", "author", "author", "author", "author", "container", "container",
                "date", "date", "date", "url") == {
        "title": "Russia-China entente", "author": [{"family": "BHADRAKUMAR", "given": "M. K."}],
        "container-title": "Indian Punchline", "issued": {"date-parts": [[2020, 5, 2]]},
        "URL": "www.indianpunchline.com", "type": "post-weblog"}


def test_a_page_address_beats_a_bare_domain_which_is_kept_in_the_note():
    got = data("T, 2022. truthout.org. First published https://tomdispatch.com/x/",
               "title", "date", "url", "note", "note", "url")
    assert (got["URL"], got["note"]) == ("https://tomdispatch.com/x/", "First published. truthout.org")


def test_source_names_the_publisher_and_a_language_note_sets_the_language():
    got = data("Joint Statement of A and B. 2024-05-16 Source: CCTV news client. (In Mandarin).",
               "title", "title", "title", "title", "title", "title", "date", "note", "publisher", "publisher",
               "publisher", "note", "note")
    assert (got["publisher"], got["language"], got["type"], "note" in got) == ("CCTV news client", "zh", "document",
                                                                                False)


def test_a_speech_title_names_its_speaker_when_no_author_is_printed():
    got = data("Foreign Minister Sergey Lavrov: Leaders, Moscow, March 19, 2022.",
               "title", "title", "title", "title", "title", "location", "date", "date", "date")
    assert (got["author"], got["publisher-place"], got["type"]) == (
        [{"family": "Lavrov", "given": "Sergey"}], "Moscow", "speech")


def test_locators_lose_their_words():
    got = data("Title. Nature, vol. 521, no. 7553, pp. 436–444.", "title", "container", "volume", "volume",
               "issue", "issue", "pages", "pages")
    assert (got["volume"], got["issue"], got["page"], got["type"]) == ("521", "7553", "436–444", "article-journal")


def test_an_outlet_loses_its_in_and_a_trailing_volume_and_a_publisher_its_place():
    got = data("Title. In Journal of Neuroscience Methods 290, 2017. London: Verso.",
               "title", "container", "container", "container", "container", "container", "container", "date",
               "publisher", "publisher")
    assert (got["container-title"], got["volume"], got["publisher-place"], got["publisher"]) == (
        "Journal of Neuroscience Methods", "290", "London", "Verso")
