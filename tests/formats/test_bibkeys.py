from citecheck.formats.bibkeys import citation_keys, generated_key
from citecheck.model import Reference


def ref(**data):
    return Reference.model_validate({"type": "webpage", **data})


def test_a_safe_id_is_the_key_and_an_unsafe_one_gets_author_year_word():
    refs = [ref(id="smith2020:a_b-c.d"), ref(id="Zoë's page", title="The Émoji page", issued=2020,
                                             author=[{"family": "Gogh", "non-dropping-particle": "van"}])]
    assert citation_keys(refs) == ["smith2020:a_b-c.d", "gogh2020emoji"]


def test_generated_keys_fall_back_to_the_outlet_then_the_domain_and_nd_for_no_date():
    assert generated_key(ref(id="x y", container_title="The Guardian", title="a")) == "guardiannd"
    assert generated_key(ref(id="x y", URL="www.tass.com/news", title="Putin and Xi")) == "tassndputin"
    assert generated_key(ref(id="x y", title="北京")) == "refnd"


def test_clashing_keys_get_letters_and_never_take_an_existing_id():
    refs = [ref(id="a b", title="Same", issued=2020, author=[{"family": "Li"}]),
            ref(id="li2020same"), ref(id="c d", title="Same", issued=2020, author=[{"family": "Li"}])]
    assert citation_keys(refs) == ["li2020samea", "li2020same", "li2020sameb"]


def test_many_clashes_on_one_base_take_the_letters_in_order_skipping_ids_already_used():
    taken = [ref(id=key) for key in ("smith2020data", "smith2020datab", "smith2020dataz", "smith2020dataab")]
    clashing = [ref(id=f"same key {i}", title="Data", issued=2020, author=[{"family": "Smith"}]) for i in range(30)]
    keys = citation_keys([*taken[:2], *clashing[:10], *taken[2:], *clashing[10:]])
    suffixes = [key.removeprefix("smith2020data") for key in keys if key not in {t.id for t in taken}]
    assert suffixes == ["a", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                        "u", "v", "w", "x", "y", "aa", "ac", "ad", "ae", "af", "ag"]


def test_a_better_bibtex_citation_key_is_the_key_and_the_id_is_kept_beside_it():
    from citecheck.formats import get

    ref = Reference.model_validate({"id": "item-7", "type": "book", "title": "T", "author": [{"family": "Doe"}],
                                    "publisher": "P", "citation-key": "doe2020t"})
    for fmt in ("bibtex", "biblatex"):
        text = get(fmt).dump([ref])
        assert text.startswith("@book{doe2020t,") and "verbc        = {item-7}," in text
        assert get(fmt).read(text, "refs.bib").references == [ref]
        assert get(fmt).uncarried([ref]) == {}


def test_a_citation_key_equal_to_the_id_comes_back_too():
    from citecheck.formats import get

    ref = Reference.model_validate({"id": "doe2020t", "type": "book", "title": "T", "citation-key": "doe2020t"})
    assert get("biblatex").read(get("biblatex").dump([ref])).references == [ref]


def test_a_url_urllib_cannot_split_gives_no_word_instead_of_an_error():
    from citecheck.formats.bibkeys import generated_key
    from citecheck.model import Reference

    assert generated_key(Reference(id="x", type="webpage", title="Notes", URL="http://a[0/x")) == "refndnotes"


def test_keys_made_a_part_at_a_time_from_the_handed_state_are_the_whole_files_keys():
    from citecheck.formats.bibkeys import KeyMaker, key_idents, taken_keys

    same = {"title": "Same", "issued": 2020, "author": [{"family": "Li"}]}
    refs = [ref(id="a b", **same), ref(id="li2020samec"), ref(id="dup"), ref(id="c d", **same),
            ref(id="dup2", citation_key="dup"), ref(id="e f", **same), ref(id="li2020same"), ref(id="g h", **same)]
    whole = citation_keys(refs)
    assert whole == ["li2020samea", "li2020samec", "dup", "li2020sameb", "refnd", "li2020samed", "li2020same",
                     "li2020samee"]
    idents = key_idents(refs)
    for cut in range(len(refs) + 1):
        first = KeyMaker(taken_keys(idents))
        keys = first.keys(refs[:cut], idents[:cut])
        second = KeyMaker(taken_keys(idents), first.used, first.suffixes_tried)
        assert keys + second.keys(refs[cut:], idents[cut:]) == whole, cut
