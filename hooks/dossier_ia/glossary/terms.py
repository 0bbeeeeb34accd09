"""The editor's glossary (``docs/_data/glossaire.yml``) → a validated ``Glossary``.

The glossary is content: the editor adds or fixes a term without touching Python. A mistake in the
file must never stop the build: each problem is returned as a message naming the file, the line
and the entry, and only that entry (or that variant) is left out; the wiring decides how to log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from dossier_ia.editor_data import EditorListFile, Field, missing_phrase
from dossier_ia.french.text import complete_table, fold_accents, slugify, sort_key
from dossier_ia.notices import Kind, Notice, problem

TERMS_KEY = "terms"
IGNORE_KEY = "ignore"
TOP_LEVEL_KEYS = (TERMS_KEY, IGNORE_KEY)
FIELDS = (
    Field("term", "le terme tel qu’il s’affiche", required=True),
    Field("definition", "la définition, en quelques phrases simples", required=True),
    Field("variants", "autres façons de l’écrire (pluriels et accents sont reconnus seuls)"),
    Field("exclude", "expressions où le terme veut dire autre chose (« vie privée et professionnelle »)"),
    Field("anchor", "identifiant stable sur la page du glossaire (minuscules, chiffres, tirets)"),
    Field("proper_name", "true pour un nom propre : reconnu seulement avec sa majuscule (« méta » n’est pas Meta)"),
)
ANCHOR = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Typographic apostrophes and hyphens are the same character to a reader.
# Every way the articles write an apostrophe or a hyphen; the first of each is the plain one.
APOSTROPHES = "'’‘ʼ"
HYPHENS = "-‐‑"
APOSTROPHES_AND_HYPHENS = complete_table(
    str.maketrans({**dict.fromkeys(APOSTROPHES[1:], APOSTROPHES[0]), **dict.fromkeys(HYPHENS[1:], HYPHENS[0])})
)
WHITESPACE = re.compile(r"\s+")
# How a list of spellings is named in messages: (what, "ignored" agreed with it, one of them).
VARIANTS_LIST = ("variante", "ignorée", "une variante")
CONTEXTS_LIST = ("contexte exclu", "ignoré", "un contexte exclu")
# A spelling is found where a word starts and ends: « Inc. » or « (IA) » could never be.
WORD_EDGES = re.compile(r"^\w(?:.*\w)?$")
GLOSSARY_FILE = EditorListFile(
    Kind.GLOSSARY, "glossaire illisible", "le glossaire sera vide", TERMS_KEY, "termes", "terme", "term", FIELDS
)


@dataclass(frozen=True)
class Term:
    """One glossary entry: ``name`` as shown, ``variants`` as the editor listed them."""

    name: str
    anchor: str
    definition: str
    variants: tuple[str, ...] = ()
    # Phrases in which a spelling of the term means something else (« vie privée et
    # professionnelle » is not data privacy): an occurrence inside one is not the term.
    excluded_contexts: tuple[str, ...] = ()
    # A proper name (« Meta »): found only with its capitals, since in lower case the word is a
    # common one (« balises méta »).
    proper_name: bool = False
    # Where the entry is in the glossary file: the editor's report points to it.
    line: int | None = field(default=None, compare=False)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every spelling the editor gave: the name first, then the variants."""
        return (self.name, *self.variants)


@dataclass(frozen=True, eq=False)
class Glossary:
    """Valid terms in French alphabetical order, and the names the editor never wants hinted.

    Compared by identity: one load of the file is one glossary, which lets the linker cache the
    pattern it compiles for it without hashing hundreds of terms on every page.
    """

    terms: tuple[Term, ...]
    ignored: frozenset[str] = frozenset()


def load_glossary(path: Path) -> tuple[Glossary, list[Notice]]:
    """Read the glossary file; a missing or unreadable file gives an empty glossary and one problem."""
    text, problems = GLOSSARY_FILE.read(path)
    return (Glossary(()), problems) if text is None else parse_glossary(text, str(path))


def parse_glossary(text: str, source: str) -> tuple[Glossary, list[Notice]]:
    """Validate the YAML text of a glossary; bad entries are skipped and reported, never raised."""
    data, entries, problems = GLOSSARY_FILE.entries(text, source)
    problems += [
        problem(Kind.GLOSSARY, source, f"clé « {key} » inconnue ignorée ; clés possibles : {', '.join(TOP_LEVEL_KEYS)}")
        for key in sorted(map(str, set(data) - set(TOP_LEVEL_KEYS)))
    ]
    terms: list[Term] = []
    owners: dict[str, str] = {}
    for index, (entry, line) in enumerate(entries):
        term, entry_problems = _term(entry, index)
        problems.extend(problem(Kind.GLOSSARY, source, message, line) for message in entry_problems)
        if term is None:
            continue
        term, clash_problems = _without_taken_forms(term, owners, terms)
        problems.extend(problem(Kind.GLOSSARY, source, message, line) for message in clash_problems)
        if term is None:
            continue
        owners.update((form_key(form), term.anchor) for form in term.forms)
        terms.append(replace(term, line=line))
    ignored, ignore_problems = _ignored(data.get(IGNORE_KEY), source)
    terms.sort(key=lambda term: sort_key(term.name))
    return Glossary(tuple(terms), ignored), problems + ignore_problems


def form_key(text: str) -> str:
    """What two spellings share when a reader would call them the same word: one term owns them.

    Case, accents, typographic apostrophes and hyphens, and runs of spaces do not count, as they
    do not count for the linker's patterns either.
    """
    folded = fold_accents(text.translate(APOSTROPHES_AND_HYPHENS)).casefold()
    return WHITESPACE.sub(" ", folded).strip()


def _term(entry: object, index: int) -> tuple[Term | None, list[str]]:
    """One entry → a term, or ``None`` and why; unknown fields and bad variants do not reject it."""
    name, problems = GLOSSARY_FILE.entry_name(entry, index)
    if not isinstance(entry, dict):  # ``entry_name`` said so
        return None, problems
    missing = [
        field.name
        for field in FIELDS
        if field.required and (not isinstance(entry.get(field.name), str) or not entry[field.name].strip())
    ]
    if missing:
        return None, [
            *problems,
            f"terme {name} ignoré : {missing_phrase(missing)} (du texte est attendu) : {', '.join(missing)}",
        ]
    term_name = " ".join(entry["term"].split())
    if not WORD_EDGES.match(term_name):
        return None, [*problems, f"terme {name} ignoré : un terme doit commencer et finir par une lettre ou un chiffre"]
    variants, variant_problems = _variants(entry.get("variants"), name)
    contexts, context_problems = _variants(entry.get("exclude"), name, CONTEXTS_LIST)
    anchor, anchor_problems = _anchor(entry.get("anchor"), term_name, name)
    problems += variant_problems + context_problems + anchor_problems
    if not anchor:
        return None, [
            *problems,
            f"terme {name} ignoré : impossible d’en tirer une ancre ; ajoutez « anchor: » (minuscules, chiffres, "
            "tirets)",
        ]
    proper_name = entry.get("proper_name", False)
    if not isinstance(proper_name, bool):
        problems = [*problems, f"terme {name} : « proper_name » vaut true ou false ; il est lu comme false"]
        proper_name = False
    return Term(
        term_name, anchor, " ".join(entry["definition"].split()), variants, excluded_contexts=contexts,
        proper_name=proper_name,
    ), problems


def _variants(
    value: object, name: str, kind: tuple[str, str, str] = VARIANTS_LIST
) -> tuple[tuple[str, ...], list[str]]:
    """Spellings (``variants``) or phrases (``exclude``): words or expressions, once each."""
    if value is None:
        return (), []
    items = value if isinstance(value, list) else [value]
    variants: list[str] = []
    problems: list[str] = []
    for item in items:
        variant = " ".join(item.split()) if isinstance(item, str) else ""
        if not WORD_EDGES.match(variant):
            what, ignored, one = kind
            problems.append(
                f"terme {name} : {what} « {item} » {ignored} : {one} est un mot ou une expression, qui commence et "
                "finit par une lettre ou un chiffre"
            )
            continue
        if form_key(variant) not in {form_key(known) for known in variants}:
            variants.append(variant)
    return tuple(variants), problems


def _anchor(value: object, term_name: str, name: str) -> tuple[str, list[str]]:
    """The term's id on the glossary page: given by the editor (to keep old links working) or derived."""
    if value is None:
        return slugify(term_name), []
    if isinstance(value, str) and ANCHOR.match(value):
        return value, []
    return slugify(term_name), [
        f"terme {name} : ancre « {value} » invalide (minuscules, chiffres, tirets) ; « {slugify(term_name)} » utilisée"
    ]


def _without_taken_forms(term: Term, owners: dict[str, str], terms: list[Term]) -> tuple[Term | None, list[str]]:
    """A spelling belongs to one term only, the first one listed; the later entry loses it."""
    if any(known.anchor == term.anchor for known in terms):
        return None, [
            f"terme « {term.name} » ignoré : l’ancre « {term.anchor} » est déjà utilisée ; "
            "donnez-lui une « anchor: » propre"
        ]
    if form_key(term.name) in owners:
        return None, [
            f"terme « {term.name} » ignoré : c’est déjà une forme du terme « {_owner_name(term.name, owners, terms)} »"
        ]
    kept = tuple(
        variant
        for variant in term.variants
        if form_key(variant) not in owners and form_key(variant) != form_key(term.name)
    )
    problems = [
        f"terme « {term.name} » : variante « {variant} » ignorée : elle appartient déjà au terme « "
        f"{_owner_name(variant, owners, terms)} »"
        for variant in term.variants
        if form_key(variant) in owners
    ]
    return replace(term, variants=kept), problems


def _owner_name(form: str, owners: dict[str, str], terms: list[Term]) -> str:
    anchor = owners[form_key(form)]
    return next(term.name for term in terms if term.anchor == anchor)


def _ignored(value: object, source: str) -> tuple[frozenset[str], list[Notice]]:
    """Names the editor knows about and does not want in the glossary (no hint about them)."""
    if value is None:
        return frozenset(), []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return frozenset(), [
            problem(Kind.GLOSSARY, source, f"« {IGNORE_KEY}: » doit être une liste de noms ; liste ignorée")
        ]
    return frozenset(form_key(item) for item in value if item.strip()), []
