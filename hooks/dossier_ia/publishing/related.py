"""« À lire aussi »: for each article, the few others that share the most of its themes and
glossary terms, in time linear in the number of articles.

Comparing every pair is quadratic (12.5 million pairs at 5,000 articles). Instead each feature
(a theme, a term) keeps its articles in reading order, and an article meets only the
``NEIGHBOURS_PER_FEATURE`` nearest of them in that order — the closest in time — for each of its
features. The work per article is then bounded by its number of features, whatever the size of
the collection. A candidate's score sums what the features through which it was met are worth: a
rare term says more about two articles than a theme half the collection shares (inverse document
frequency).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from dossier_ia.reading.model import Article
from dossier_ia.settings import RELATED_SHOWN

# Nearest articles met per feature, on each side of the article in that feature's list.
NEIGHBOURS_PER_FEATURE = 10


def related_articles(
    articles: Sequence[Article],
    features: Mapping[str, frozenset[str]],
    shown: int = RELATED_SHOWN,
) -> dict[str, tuple[Article, ...]]:
    """File name → up to ``shown`` related articles, best first (ties: nearest in reading order).

    ``features`` maps a file name to what characterises it (theme ids, glossary anchors); an
    article with none, or sharing none, has no entry.
    """
    position = {article.source_name: index for index, article in enumerate(articles)}
    postings: dict[str, list[int]] = {}
    for article in articles:
        for feature in features.get(article.source_name, ()):
            postings.setdefault(feature, []).append(position[article.source_name])
    weight = {feature: math.log(1 + len(articles) / len(members)) for feature, members in postings.items()}
    related: dict[str, tuple[Article, ...]] = {}
    for index, article in enumerate(articles):
        scores: dict[int, float] = {}
        for feature in sorted(features.get(article.source_name, ())):
            members = postings[feature]
            # ``members`` is sorted (built in reading order): the article's place by bisection.
            at = bisect_left(members, index)
            for other in members[max(0, at - NEIGHBOURS_PER_FEATURE) : at + NEIGHBOURS_PER_FEATURE + 1]:
                scores[other] = scores.get(other, 0.0) + weight[feature]
        scores.pop(index, None)
        best = sorted(scores, key=lambda other: (-scores[other], abs(other - index), other))[:shown]
        if best:
            related[article.source_name] = tuple(articles[other] for other in best)
    return related
