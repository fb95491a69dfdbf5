"""The rule registry: one line per rule, ``"<area>.<module>:<Class>"``.

A new rule is one module here, one line below and one cases file in ``tests/rules/cases/``.
"""

from __future__ import annotations

import importlib
from functools import cache

from citecheck.rules.base import Rule

REGISTRY = (
    "structure.input_problem:InputProblem",
    "titles.missing_title:MissingTitle",
    "titles.all_caps_title:AllCapsTitle",
    "titles.wiki_markup:WikiMarkup",
    "titles.html_markup:HtmlMarkup",
    "titles.html_entity:HtmlEntity",
    "titles.unbalanced_brackets:UnbalancedBrackets",
    "titles.unbalanced_quotes:UnbalancedQuotes",
    "titles.invisible_character:InvisibleCharacter",
    "titles.mojibake:Mojibake",
    "titles.doubled_space:DoubledSpace",
    "titles.surrounding_whitespace:SurroundingWhitespace",
    "titles.trailing_punctuation:TrailingPunctuation",
    "titles.generic_title:GenericTitle",
    "titles.url_in_title:UrlInTitle",
    "titles.author_in_title:AuthorInTitle",
    "titles.retrieved_note:RetrievedNote",
    "titles.quoted_title:QuotedTitle",
    "titles.site_name_in_title:SiteNameInTitle",
    "titles.latex_residue:LatexResidue",
    "titles.latex_residue:LatexResidueInName",
    "titles.decomposed_unicode:DecomposedUnicode",
    "names.byline_in_name:BylineInName",
    "names.all_caps_name:AllCapsName",
    "names.several_people_in_name:SeveralPeopleInName",
    "names.organisation_as_person:OrganisationAsPerson",
    "names.initials_spacing:InitialsSpacing",
    "names.et_al_in_name:EtAlInName",
    "names.name_without_letters:NameWithoutLetters",
    "names.inverted_name:InvertedName",
    "names.generic_name:GenericName",
    "names.missing_author:MissingAuthor",
    "names.anonymous_author:AnonymousAuthor",
    "names.email_in_name:EmailInName",
    "names.role_in_name:RoleInName",
    "names.honorific_in_name:HonorificInName",
    "names.whole_name_in_family:WholeNameInFamily",
    "names.several_people_in_literal:SeveralPeopleInLiteral",
    "dates.missing_date:MissingDate",
    "dates.future_date:FutureDate",
    "dates.accessed_before_issued:AccessedBeforeIssued",
    "dates.two_digit_year:TwoDigitYear",
    "dates.implausible_year:ImplausibleYear",
    "dates.accessed_before_web:AccessedBeforeWeb",
    "dates.archived_before_issued:ArchivedBeforeIssued",
    "dates.reversed_date_range:ReversedDateRange",
    "dates.free_text_date:FreeTextDate",
    "dates.accessed_without_day:AccessedWithoutDay",
    "dates.archive_date_mismatch:ArchiveDateMismatch",
    "urls.bare_domain:BareDomain",
    "urls.malformed_url:MalformedUrl",
    "urls.home_page_url:HomePageUrl",
    "urls.tracking_parameter:TrackingParameter",
    "urls.missing_url:MissingUrl",
    "urls.archive_without_url:ArchiveWithoutUrl",
    "urls.archive_without_date:ArchiveWithoutDate",
    "urls.malformed_archive_url:MalformedArchiveUrl",
    "urls.accessed_without_url:AccessedWithoutUrl",
    "urls.redirect_wrapper:RedirectWrapper",
    "urls.url_trailing_punctuation:UrlTrailingPunctuation",
    "urls.url_date_mismatch:UrlDateMismatch",
    "urls.outlet_domain_mismatch:OutletDomainMismatch",
    "urls.online_without_url:OnlineWithoutUrl",
    "outlets.missing_container:MissingContainer",
    "outlets.outlet_is_domain:OutletIsDomain",
    "outlets.all_caps_outlet:AllCapsOutlet",
    "outlets.inconsistent_outlet:InconsistentOutlet",
    "outlets.publisher_is_outlet:PublisherIsOutlet",
    "structure.missing_required_field:MissingRequiredField",
    "structure.invalid_language:InvalidLanguage",
    "structure.non_canonical_language:NonCanonicalLanguage",
    "structure.malformed_doi:MalformedDoi",
    "structure.invalid_isbn:InvalidIsbn",
    "structure.invalid_issn:InvalidIssn",
    "structure.empty_field:EmptyField",
    "structure.citekey_characters:CitekeyCharacters",
    "structure.label_in_number:LabelInNumber",
    "structure.reversed_page_range:ReversedPageRange",
    "structure.suspicious_doi:SuspiciousDoi",
    "structure.invalid_pubmed_id:InvalidPubmedId",
    "structure.page_range_words:PageRangeWords",
    "structure.language_script_mismatch:LanguageScriptMismatch",
    "structure.type_mismatch:TypeMismatch",
    "structure.field_not_for_type:FieldNotForType",
    "structure.printed_contradiction:PrintedContradiction",
    "duplicates.duplicate_work:DuplicateWork",
    "duplicates.duplicate_url:DuplicateUrl",
    "duplicates.duplicate_doi:DuplicateDoi",
    "duplicates.footnote_gap:FootnoteGap",
    "duplicates.footnote_repeated:FootnoteRepeated",
    "duplicates.footnote_missing:FootnoteMissing",
    "duplicates.ids_differ_in_case:IdsDifferInCase",
    "duplicates.inconsistent_person:InconsistentPerson",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    """One instance of every registered rule, in code order."""
    rules = []
    for entry in REGISTRY:
        module, _, cls = entry.partition(":")
        rules.append(getattr(importlib.import_module(f"citecheck.rules.{module}"), cls)())
    return tuple(sorted(rules, key=lambda rule: rule.code))


def get(code: str) -> Rule:
    """The rule with ``code`` (or name); KeyError naming the unknown code."""
    for rule in all_rules():
        if code.upper() == rule.code or code == rule.name:
            return rule
    raise KeyError(f"no such rule: {code!r}")
