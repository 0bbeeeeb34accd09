"""Synthesis → the synthesis page a marketing director reads in five minutes, the « Thèmes
abordés » block of each article page, and the data of ``api/synthese.json``.

The page: « L'essentiel » (computed, ``overview``), each theme with its count and a few quotes
(the rest on its own page, ``theme_pages``), where the articles diverge (``disagreements``),
what they recommend (``recommendations``), the emerging topics, a link to « Qui dit quoi »
(``who_says_what``) and how the page is made. Its size does not grow with the collection: quotes
are chosen within a budget of words (``selection``), none shown more than twice. Every piece of
article or editor text goes through ``escape_text``; links are relative ``.md`` paths so that
MkDocs checks them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dossier_ia.french.text import capitalised
from dossier_ia.markdown import escape_text, front_matter
from dossier_ia.settings import (
    EMERGING_ANCHOR,
    SYNTHESIS_DISAGREEMENT_WORDS,
    SYNTHESIS_DISAGREEMENTS_SHOWN,
    SYNTHESIS_EMERGING_SHOWN,
    SYNTHESIS_EMERGING_WORDS,
    SYNTHESIS_PAGE,
    SYNTHESIS_QUOTE_WORDS,
    SYNTHESIS_QUOTES_PER_THEME,
    SYNTHESIS_RECOMMENDATION_WORDS,
    SYNTHESIS_RECOMMENDATIONS_SHOWN,
)
from dossier_ia.synthesis.disagreements import Disagreement, find_disagreements
from dossier_ia.synthesis.measured import MEASURED
from dossier_ia.synthesis.model import Quote, Synthesis, ThemeSupport
from dossier_ia.synthesis.overview import build_overview, most_cited, overview_markdown
from dossier_ia.synthesis.recommendation_pages import ANCHOR as RECOMMENDATIONS_ANCHOR
from dossier_ia.synthesis.recommendation_pages import (
    NO_RECOMMENDATION,
    group_recommendations,
    group_title,
    recommendations_uri,
)
from dossier_ia.synthesis.recommendations import Recommendation
from dossier_ia.synthesis.selection import Ledger, Passages, Ranked, WordBudget, rank_themes, themes_per_sentence
from dossier_ia.synthesis.theme_pages import theme_uri, themes_with_pages
from dossier_ia.synthesis.themes import Polarity
from dossier_ia.synthesis.who_says_what import ANCHOR as WHO_SAYS_WHAT_ANCHOR
from dossier_ia.synthesis.who_says_what import who_says_what_uri
from dossier_ia.synthesis.wording import (
    PART_TITLES,
    POLARITY_NOUNS,
    colon,
    count,
    label_in_sentence,
    label_of,
    question,
    quoted,
    share,
    source_link,
    title_of,
    typeset,
)

PAGE_TITLE = "Synthèse\u00a0: avantages et inconvénients de l’IA en marketing"
PAGE_DESCRIPTION = (
    "Ce que disent les articles des avantages et des inconvénients de l’IA en marketing\u00a0: l’essentiel, les "
    "thèmes, les divergences et les recommandations."
)
PART_ANCHORS = {Polarity.PRO: "avantages", Polarity.CON: "inconvenients"}
POLARITIES = (Polarity.PRO, Polarity.CON)
HOW_ANCHOR = "comment-cette-page-est-faite"
INTRODUCTION = (
    "Ce que disent les articles du site de l’IA en marketing : l’essentiel d’abord, puis chaque "
    "thème, citations à l’appui. Chaque citation mène au paragraphe d’où elle vient."
)
DISAGREEMENTS_INTRODUCTION = (
    "Sur ces sujets, les articles voient à la fois un avantage et un inconvénient : les deux points de vue, côte à "
    "côte."
)
EMERGING_INTRODUCTION = (
    "Des points que les articles soulèvent et qu’aucun thème de l’équipe éditoriale ne couvre encore, "
    "regroupés automatiquement par sujet."
)
# The place where the key figures of a theme go (``key_figures``: Markdown lines per theme id).


def render_synthesis_page(
    synthesis: Synthesis,
    recommendations: Sequence[Recommendation] = (),
    passages: Passages | None = None,
    key_figures: Mapping[str, Sequence[str]] | None = None,
    figures_overview: str = "",
) -> str:
    """The whole synthesis page. ``key_figures`` (theme id → Markdown lines) are shown in each
    theme's section and ``figures_overview`` after the overview; ``passages`` gives the sentence
    before a quote that leans on it."""
    passages = passages or Passages({})
    ledger = Ledger()
    disagreements = find_disagreements(synthesis)
    supported = [support for polarity in POLARITIES for support in synthesis.supported(polarity)]
    ranked = rank_themes((*supported, *synthesis.emerging), supported, passages)
    pages = themes_with_pages(synthesis)
    lines = [
        front_matter({"title": PAGE_TITLE, "description": PAGE_DESCRIPTION}),
        "",
        f"# {escape_text(PAGE_TITLE)}",
        "",
    ]
    lines += [INTRODUCTION, "", "## L’essentiel {#essentiel}", ""]
    lines += overview_markdown(build_overview(synthesis, disagreements, recommendations))
    lines += [figures_overview, ""] if figures_overview else []
    chosen = _theme_quotes(supported, ranked, ledger, passages)
    for polarity in POLARITIES:
        supports = synthesis.supported(polarity)
        if supports:
            lines += [f"## {PART_TITLES[polarity]} {{#{PART_ANCHORS[polarity]}}}", ""]
            for support in supports:
                figures = (key_figures or {}).get(support.theme.id, ())
                lines += _theme_section(
                    support, len(synthesis.articles), pages, chosen[support.theme.id], passages, figures
                )
    lines += _disagreements(disagreements, len(synthesis.articles), ranked, ledger, passages, pages)
    lines += _recommendations(recommendations, synthesis, ledger, passages)
    lines += _emerging(synthesis, pages, ranked, ledger, passages)
    lines += _who_says_what(synthesis)
    lines += _how_it_is_made()
    return "\n".join(lines) + "\n"


def render_article_themes(synthesis: Synthesis) -> dict[str, str]:
    """The "Thèmes abordés" block of every article page, by file name, in one pass over the themes."""
    links: dict[str, dict[Polarity, list[str]]] = {}
    for polarity in POLARITIES:
        for support in synthesis.supported(polarity):
            link = f"[{escape_text(title_of(support.theme))}](../{SYNTHESIS_PAGE}#{support.theme.anchor})"
            for name in support.articles:
                links.setdefault(name, {}).setdefault(polarity, []).append(link)
    return {name: _themes_block(by_polarity) for name, by_polarity in links.items()}


def _theme_quotes(
    supports: Sequence[ThemeSupport], ranked: dict[str, Ranked], ledger: Ledger, passages: Passages
) -> dict[str, list[Quote]]:
    """Each theme's quotes for the page: one each first (most cited themes first), whatever its
    length, since a theme shown with no quote reads as empty (the editor's themes bound their
    number); then a second and a third from other articles, while the section's budget of words
    lasts."""
    chosen: dict[str, list[Quote]] = {support.theme.id: [] for support in supports}
    budget = WordBudget(SYNTHESIS_QUOTE_WORDS)
    for round_number in range(SYNTHESIS_QUOTES_PER_THEME):
        for support in supports:
            picked = chosen[support.theme.id]
            if len(picked) < round_number:
                continue
            quote = ranked[support.theme.id].pick(ledger, avoid_articles=frozenset(quote.article for quote in picked))
            if quote is None:
                continue
            words = (passages.in_context(quote), quote.article_title)
            if round_number == 0:
                budget.spend(*words)
            elif not budget.take(*words):
                continue
            picked.append(quote)
            ledger.record(quote)
    return chosen


def _theme_section(
    support: ThemeSupport,
    total: int,
    pages: Mapping[str, ThemeSupport],
    quotes: list[Quote],
    passages: Passages,
    figures: Sequence[str],
) -> list[str]:
    theme = support.theme
    lines = [f"### {escape_text(title_of(theme))} {{#{theme.anchor}}}", "", *_theme_meta(support, total, pages), ""]
    if theme.summary:
        lines += [escape_text(typeset(theme.summary)), ""]
    lines += _quote_list(quotes, passages)
    if figures:
        lines += [*figures, ""]
    return lines


def _theme_meta(
    support: ThemeSupport, total: int, pages: Mapping[str, ThemeSupport], polarity_word: bool = False
) -> list[str]:
    """« Évoqué dans 3 articles sur 5 · 4 citations », the citations linking to the theme's page."""
    theme = support.theme
    said = f"{capitalised(POLARITY_NOUNS[theme.polarity])} évoqué" if polarity_word else "Évoqué"
    citations = escape_text(count(support.quote_count, "citation", "citations"))
    if pages.get(theme.id) is support:
        citations = f"[{citations}]({theme_uri(theme.id)})"
    return [f"{escape_text(f'{said} dans {share(len(support.articles), total)}')} · {citations}", "{: .theme-meta }"]


def _disagreements(
    disagreements: Sequence[Disagreement], total: int, ranked: dict[str, Ranked], ledger: Ledger, passages: Passages,
    pages: Mapping[str, ThemeSupport],
) -> list[str]:
    """Each subject's two sides, side by side; a quote on each side while the section's budget
    lasts, then a link to each side's quotes (the sides and their counts always: the overview
    links here, and a side with neither quote nor link reads as empty)."""
    if not disagreements:
        return []
    lines = ["## Où les articles divergent {#divergences}", "", DISAGREEMENTS_INTRODUCTION, ""]
    budget = WordBudget(SYNTHESIS_DISAGREEMENT_WORDS)
    for pair in disagreements[:SYNTHESIS_DISAGREEMENTS_SHOWN]:
        advantage, drawback = pair.advantage, pair.drawback
        sides = [(support, ranked[support.theme.id].pick(ledger, prefer_articles=support.articles - other.articles))
                 for support, other in ((advantage, drawback), (drawback, advantage))]
        quoted_sides = all(quote is not None for _, quote in sides) and budget.take(
            *(passages.in_context(quote) for _, quote in sides), *(quote.article_title for _, quote in sides),
        )
        title = question(f"{label_of(advantage.theme)} ou {label_in_sentence(drawback.theme)}")
        lines += [f"### {escape_text(title)} {{#{pair.anchor}}}", "", '<div class="divergence" markdown>', ""]
        for support, quote in sides:
            side = f"{capitalised(POLARITY_NOUNS[support.theme.polarity])}, selon {share(len(support.articles), total)}"
            lines += ['<div class="divergence-side" data-search-exclude markdown>', "", f"**{escape_text(side)}**", ""]
            if quoted_sides:
                ledger.record(quote)
                passage = quoted(passages.in_context(quote), passages.cut_off(quote))
                lines += [f"{passage} — {source_link(quote, SYNTHESIS_PAGE)}", ""]
            else:
                theme = support.theme
                target = theme_uri(theme.id) if pages.get(theme.id) is support else f"#{theme.anchor}"
                citations = escape_text(f"Voir {count(support.quote_count, 'citation', 'citations')}")
                lines += [f"[{citations}]({target})", ""]
            lines += ["</div>", ""]
        lines += ["</div>", ""]
        lines += _both_sides(pair)
    return lines


def _both_sides(pair: Disagreement) -> list[str]:
    """Whether the articles split into camps or each weighs both sides: the reader must know."""
    both = len(pair.both_sides)
    everyone = len(pair.advantage.articles | pair.drawback.articles)
    if not both:
        return [escape_text("Aucun article ne présente les deux points de vue."), ""]
    if both == everyone:
        return [
            escape_text(
                "Chacun de ces articles présente les deux points de vue."
                if both > 1
                else "Cet article présente les deux points de vue."
            ),
            "",
        ]
    return [
        escape_text(
            f"{count(both, 'article présente', 'articles présentent')} les deux points de vue, les autres n’en "
            "retiennent qu’un."
        ),
        "",
    ]


def _recommendations(
    recommendations: Sequence[Recommendation], synthesis: Synthesis, ledger: Ledger, passages: Passages
) -> list[str]:
    """A few recommendations, one per theme first (the themes most recommended on), a second
    from another article while room is left, only sentences that read well alone; all of them
    on their own pages."""
    lines = [f"## Que faire {{#{RECOMMENDATIONS_ANCHOR}}}", ""]
    if not recommendations:
        return [*lines, NO_RECOMMENDATION, ""]
    articles = len({recommendation.article for recommendation in recommendations})
    lines += [escape_text(f"Ce que les articles recommandent aux professionnels du marketing{colon('')} "
                          f"{count(len(recommendations), 'recommandation relevée', 'recommandations relevées')} dans "
                          f"{count(articles, 'article', 'articles')}, dont voici les principales, par thème."), ""]
    groups = group_recommendations(recommendations, synthesis)[:SYNTHESIS_RECOMMENDATIONS_SHOWN]
    ranked = [Ranked.of(items, themes_per_sentence(()), passages) for _, items in groups]
    picks: list[list[Recommendation]] = [[] for _ in groups]
    budget = WordBudget(SYNTHESIS_RECOMMENDATION_WORDS)
    for round_number in range(2):
        for position, group_ranked in enumerate(ranked):
            if len(picks[position]) < round_number:
                continue
            pick = group_ranked.pick(
                ledger, avoid_articles=frozenset(item.article for item in picks[position]), readable_only=True
            )
            if pick is not None and budget.take(passages.in_context(pick), pick.article_title):
                picks[position].append(pick)
                ledger.record(pick)
    for (support, items), picked in zip(groups, picks):
        if picked:
            recommendations_count = count(len(items), "recommandation", "recommandations")
            heading = f"{group_title(support.theme if support else None)} ({recommendations_count})"
            lines += [f"**{escape_text(heading)}**", "", *_quote_list(picked, passages)]
    lines += [f"[Toutes les recommandations, thème par thème]({recommendations_uri()})", ""]
    return lines


def _emerging(
    synthesis: Synthesis,
    pages: Mapping[str, ThemeSupport],
    ranked: dict[str, Ranked],
    ledger: Ledger,
    passages: Passages,
) -> list[str]:
    topics = most_cited([support for support in synthesis.emerging if support.quotes_by_article])
    if not topics:
        return []
    lines = [f"## Sujets émergents {{#{EMERGING_ANCHOR}}}", "", EMERGING_INTRODUCTION, ""]
    budget = WordBudget(SYNTHESIS_EMERGING_WORDS)
    for support in topics[:SYNTHESIS_EMERGING_SHOWN]:
        quote = ranked[support.theme.id].pick(ledger)
        lines += [
            f"### {escape_text(title_of(support.theme))} {{#{support.theme.anchor}}}",
            "",
            *_theme_meta(support, len(synthesis.articles), pages, polarity_word=True),
            "",
        ]
        if quote is not None and budget.take(passages.in_context(quote), quote.article_title):
            ledger.record(quote)
            lines += _quote_list([quote], passages)
    hidden = len(topics) - SYNTHESIS_EMERGING_SHOWN
    if hidden > 0:
        lines += [
            f"{escape_text(count(hidden, 'autre sujet, moins cité, figure', 'autres sujets, moins cités, figurent'))} "
            f"dans [Qui dit quoi]({who_says_what_uri()}).",
            "",
        ]
    return lines


def _who_says_what(synthesis: Synthesis) -> list[str]:
    total = len(synthesis.articles)
    if not total:
        return []
    each = "pour chacun des " + count(total, "article", "articles") if total > 1 else "pour l’article"
    return [
        f"## Qui dit quoi {{#{WHO_SAYS_WHAT_ANCHOR}}}", "",
        f"[Les thèmes de chaque article]({who_says_what_uri()}){escape_text(colon(''))} {escape_text(each)}, "
        "les avantages et les inconvénients évoqués, chacun relié à ses citations.", "",
    ]


def _how_it_is_made() -> list[str]:
    return [f"## Comment cette page est faite {{#{HOW_ANCHOR}}}", "", escape_text(MEASURED.summary), "",
            "[En savoir plus](a-propos.md#comment-la-synthese-est-faite)", ""]


def _quote_list(quotes: Sequence[Quote | Recommendation], passages: Passages) -> list[str]:
    """Quotes stay out of the search index: each is found on its own article page, and the
    synthesis entry would otherwise grow with the collection."""
    if not quotes:
        return []
    items = [
        f"- {quoted(passages.in_context(quote), passages.cut_off(quote))} — {source_link(quote, SYNTHESIS_PAGE)}"
        for quote in quotes
    ]
    return ['<div data-search-exclude markdown>', "", *items, "", "</div>", ""]


def _themes_block(links: dict[Polarity, list[str]]) -> str:
    rows = [
        f"    **{PART_TITLES[polarity]}**\u00a0: {', '.join(links[polarity])}"
        for polarity in POLARITIES
        if polarity in links
    ]
    return "\n".join(['!!! abstract "Thèmes abordés"', "", "\n\n".join(rows)]) + "\n"
