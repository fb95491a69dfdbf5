from citecheck.parse.tokens import doi_in, fixed_label, is_domain, tokenise


def texts(text):
    return [token.text for token in tokenise(text)]


def test_tokens_are_runs_of_non_space_with_their_offsets():
    tokens = tokenise("Oct. 12,  2022.")
    assert [(t.text, t.start, t.end) for t in tokens] == [("Oct.", 0, 4), ("12,", 5, 8), ("2022.", 10, 15)]


def test_vancouver_and_apa_locators_glued_together_are_cut_apart():
    assert texts("Nature. 1953;171(4356):737-8.") == ["Nature.", "1953;", "171", "(4356):", "737-8."]
    assert texts("Foreign Affairs, 93(5), 77–89.") == ["Foreign", "Affairs,", "93", "(5),", "77–89."]


def test_urls_and_dois_are_never_cut():
    assert texts("https://a.org/x;y(1):2 doi:10.1000/abc(1):2") == ["https://a.org/x;y(1):2", "doi:10.1000/abc(1):2"]


def test_bare_domains_are_addresses_but_abbreviations_are_not():
    assert [is_domain(w) for w in ("tass.com", "www.unz.com", "thealtworld.com/alastair_crooke", "x.com",
                                   "strategic-culture.su")] == [True] * 5
    assert [is_domain(w) for w in ("U.S.", "e.g.", "Phys.Rev.", "J.Appl.", "Amazon.com")] == [False] * 5


def test_links_and_dois_have_their_label_whatever_the_tagger_says():
    assert [fixed_label(w) for w in ("https://doi.org/10.1353/apr.2019.0010", "doi:10.1000/x", "www.sott.net",
                                     "nationalinterest.org.", "Times,")] == ["doi", "doi", "url", "url", None]
    assert doi_in("https://doi.org/10.1353/apr.2019.0010.") == "10.1353/apr.2019.0010"
