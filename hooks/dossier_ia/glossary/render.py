"""Glossary → the « Glossaire » page (Markdown) and ``api/glossaire.json`` (data).

Pure string and dict building, no MkDocs. Terms come grouped by their first letter in French
order (« Écoute sociale » files under E), each under a heading that carries the term's stable
anchor, which is where every article's glossary link points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from dossier_ia.articles.render import article_uri
from dossier_ia.french.text import fold_accents, sort_key
from dossier_ia.glossary.terms import Glossary, Term
from dossier_ia.markdown import escape_text, front_matter
from dossier_ia.reading.model import Article
from dossier_ia.settings import API_DIR, GLOSSARY_CITATIONS_SHOWN

PAGE_TITLE = "Glossaire"
PAGE_DESCRIPTION = "Les termes techniques, juridiques et économiques employés dans les articles, expliqués simplement."
INTRODUCTION = (
    "Les mots que vous croiserez dans les articles, expliqués en quelques phrases. "
    "Dans chaque article, le premier emploi d’un terme renvoie ici\u00a0; avec une souris, il suffit "
    "de le survoler pour lire sa définition sans quitter l’article. Sous chaque définition, «\u00a0Cité "
    "dans\u00a0» mène au passage de l’article où le terme apparaît."
)
GLOSSARY_JSON_URI = f"{API_DIR}/glossaire.json"
# Terms that do not start with a letter ("3D", "« Big Four »") come first, under this sign.
OTHER_LETTERS = "#"
LETTER_ANCHOR_PREFIX = "lettre-"


def render_glossary_page(
    glossary: Glossary,
    citations: Mapping[str, Sequence[Article]],
    passages: Mapping[tuple[str, str], str] | None = None,
) -> str:
    """The whole glossary page: letter index, then one section per letter, one entry per term.

    ``passages`` maps (term anchor, article file) to the block where the term occurs in that
    article: its « Cité dans » link goes there rather than to the top of the article.
    """
    ordered = sorted(glossary.terms, key=lambda term: (_letter(term), sort_key(term.name)))
    groups = [(letter, list(terms)) for letter, terms in groupby(ordered, key=_letter)]
    parts = [
        front_matter({"title": PAGE_TITLE, "description": PAGE_DESCRIPTION}),
        f"# {PAGE_TITLE}",
        INTRODUCTION,
    ]
    if groups:
        index = " · ".join(f"[{escape_text(letter)}](#{_letter_anchor(letter)})" for letter, _ in groups)
        parts.append(f'<nav class="glossary-letters" aria-label="Lettres du glossaire" markdown>\n\n{index}\n\n</nav>')
    else:
        parts.append("Le glossaire est vide pour l’instant.")
    cited_articles = {article.source_name: article for cited in citations.values() for article in cited}
    title_order = {name: sort_key(article.title) for name, article in cited_articles.items()}
    for letter, terms in groups:
        parts.append(f"## {escape_text(letter)} {{ #{_letter_anchor(letter)} data-search-exclude }}")
        parts.extend(
            _entry(term, shown_citations(term, citations, title_order), passages or {})
            for term in terms
        )
    return "\n\n".join(parts) + "\n"


def shown_citations(
    term: Term, citations: Mapping[str, Sequence[Article]], title_order: Mapping[str, object] | None = None
) -> list[Article]:
    """The articles citing ``term``, by title (all of them: the page shows the first ones)."""
    cited = citations.get(term.anchor, ())
    order = title_order or {article.source_name: sort_key(article.title) for article in cited}
    return sorted(cited, key=lambda article: order[article.source_name])


def glossary_json(glossary: Glossary, citations: Mapping[str, Sequence[Article]]) -> dict[str, object]:
    """The glossary as data for other tools: each term with the seed files it occurs in."""
    return {
        "terms": [
            {
                "term": term.name,
                "anchor": term.anchor,
                "definition": term.definition,
                "variants": list(term.variants),
                "articles": sorted(article.source_name for article in citations.get(term.anchor, ())),
            }
            for term in glossary.terms
        ]
    }


def _entry(term: Term, cited: Sequence[Article], passages: Mapping[tuple[str, str], str]) -> str:
    """A term's heading (its anchor), definition, other spellings, and the articles that cite it, by title."""
    lines = [f"### {escape_text(term.name)} {{ #{term.anchor} }}", "", escape_text(term.definition)]
    if term.variants:
        lines += ["", f"*Autres formes\u00a0:* {escape_text(', '.join(term.variants))}"]
    if cited:
        links = ", ".join(
            f"[{escape_text(article.title)}]({_passage(article, term, passages)})"
            for article in cited[:GLOSSARY_CITATIONS_SHOWN]
        )
        if len(cited) > GLOSSARY_CITATIONS_SHOWN:
            others = len(cited) - GLOSSARY_CITATIONS_SHOWN
            links += f" et {others} autres (liste complète\u00a0: [{GLOSSARY_JSON_URI}]({GLOSSARY_JSON_URI}))"
        # Out of the search index: article titles are found on the articles themselves.
        lines += ["", f"*Cité dans\u00a0:* {links}\n{{ data-search-exclude }}"]
    else:
        lines += ["", "*Cité dans\u00a0:* aucun article pour l’instant."]
    return "\n".join(lines)


def _passage(article: Article, term: Term, passages: Mapping[tuple[str, str], str]) -> str:
    anchor = passages.get((term.anchor, article.source_name))
    return f"{article_uri(article)}#{anchor}" if anchor else article_uri(article)


def _letter(term: Term) -> str:
    first = fold_accents(term.name)[:1].upper()
    return first if first.isascii() and first.isalpha() else OTHER_LETTERS


def _letter_anchor(letter: str) -> str:
    return f"{LETTER_ANCHOR_PREFIX}{letter.lower() if letter != OTHER_LETTERS else 'autres'}"
