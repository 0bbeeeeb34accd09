"""The editor's theme cues, compiled once per taxonomy and found in sentences, labels and headings."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier_ia.french.tokens import Token, chunk_words, match_phrases, parse_sentence, phrase_index, phrase_keys
from dossier_ia.synthesis.evaluative import evaluative_lemmas
from dossier_ia.synthesis.themes import Taxonomy

CUE_GAP = 1


@dataclass(frozen=True)
class BlockContext:
    """What a block contributes to its sentences: themes named by its label and by its section heading."""

    label_themes: frozenset[str]
    heading_themes: frozenset[str]


class Relevance(dict):
    """Chunk → whether any of its words is evaluative, an ability or starts a cue; filled on demand."""

    def __init__(self, lemmas: frozenset[str], keys: frozenset[str]) -> None:
        super().__init__()
        self.lemmas, self.keys = lemmas, keys

    def __missing__(self, chunk: str) -> bool:
        relevant = any(token.lemma in self.lemmas or token.key in self.keys for token in chunk_words(chunk))
        self[chunk] = relevant
        return relevant


@dataclass(frozen=True)
class CompiledTaxonomy:
    """Cue phrases indexed by their first key, the themes already found in labels and headings,
    and which chunks may make a sentence a claim."""

    cues: dict[str, list[tuple[tuple[str, ...], object]]]
    named: dict[str, frozenset[str]] = field(default_factory=dict)
    relevant: Relevance = field(default_factory=lambda: Relevance(frozenset(), frozenset()))


_compiled_taxonomies: dict[str, CompiledTaxonomy] = {}


def compile_taxonomy(taxonomy: Taxonomy) -> CompiledTaxonomy:
    fingerprint = taxonomy.fingerprint
    if fingerprint not in _compiled_taxonomies:
        entries = [(phrase_keys(cue), theme.id) for theme in taxonomy.themes for cue in theme.cues]
        _compiled_taxonomies.clear()
        cues = phrase_index([(keys, value) for keys, value in entries if keys])
        _compiled_taxonomies[fingerprint] = CompiledTaxonomy(cues, relevant=Relevance(evaluative_lemmas(), frozenset(cues)))
    return _compiled_taxonomies[fingerprint]


def block_context(label: str, heading: str, compiled: CompiledTaxonomy) -> BlockContext:
    return BlockContext(_text_themes(label, compiled), _text_themes(heading, compiled))


def _text_themes(text: str, compiled: CompiledTaxonomy) -> frozenset[str]:
    """Themes a label or heading names; headings repeat over many blocks, so they are memoised."""
    if text not in compiled.named:
        compiled.named[text] = frozenset(cue_themes(parse_sentence(text).content, compiled))
    return compiled.named[text]


def cue_themes(content: list[Token], compiled: CompiledTaxonomy) -> set[str]:
    keys = [token.key for token in content]
    return {hit.value for hit in match_phrases(keys, compiled.cues, max_gap=CUE_GAP, overlapping=True)}

