"""The editor's theme file: valid themes load, every mistake is a message, never a traceback."""

from __future__ import annotations

from pathlib import Path

from dossier_ia.synthesis.themes import Polarity, load_taxonomy, parse_taxonomy

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "docs" / "_data" / "themes.yml"

VALID = """
themes:
  - id: biais
    title: Biais et discrimination
    polarity: inconvénient
    summary: >-
      Une IA entraînée sur des données
      déséquilibrées discrimine.
    cues: [biais, discrimination]
  - id: personnalisation
    title: Personnalisation
    polarity: avantage
    summary: L’IA adapte le message.
    cues: [personnalisation]
"""


def _texts(result):
    """The taxonomy and its problems as the editor reads them."""
    taxonomy, problems = result
    return taxonomy, [str(problem) for problem in problems]


def test_valid_file_gives_themes_in_editor_order():
    taxonomy, problems = _texts(parse_taxonomy(VALID, "themes.yml"))
    assert problems == []
    assert [theme.id for theme in taxonomy.themes] == ["biais", "personnalisation"]
    biais = taxonomy.by_id["biais"]
    assert biais.polarity is Polarity.CON
    assert biais.summary == "Une IA entraînée sur des données déséquilibrées discrimine."
    assert biais.cues == ("biais", "discrimination")
    assert biais.anchor == "theme-biais"


def test_malformed_yaml_is_a_problem_with_its_line():
    taxonomy, problems = _texts(parse_taxonomy("themes:\n  - id: [oops\n", "themes.yml"))
    assert taxonomy.themes == ()
    assert len(problems) == 1 and problems[0].startswith("themes.yml:")


def test_theme_with_missing_fields_is_skipped_and_named():
    text = VALID + "  - id: emploi\n    title: Emplois\n    polarity: inconvénient\n"
    taxonomy, problems = _texts(parse_taxonomy(text, "themes.yml"))
    assert [theme.id for theme in taxonomy.themes] == ["biais", "personnalisation"]
    assert len(problems) == 1
    assert (
        "«\u00a0emploi\u00a0»" in problems[0]
        and "summary" in problems[0]
        and "cues" in problems[0]
        and problems[0].startswith("themes.yml:15")
    )


def test_unknown_polarity_duplicate_id_and_bad_id_are_reported():
    text = VALID + """
  - id: biais
    title: Encore
    polarity: avantage
    summary: Doublon.
    cues: [x]
  - id: Mauvais Id
    title: T
    polarity: neutre
    summary: S.
    cues: [y]
"""
    taxonomy, problems = _texts(parse_taxonomy(text, "themes.yml"))
    assert len(taxonomy.themes) == 2
    assert any("déjà utilisé" in problem for problem in problems)
    assert any("neutre" in problem and "Mauvais Id" in problem for problem in problems)


def test_unknown_keys_are_reported_but_the_theme_is_kept():
    text = VALID.replace("    cues: [personnalisation]", "    cues: [personnalisation]\n    couleur: bleu")
    taxonomy, problems = _texts(parse_taxonomy(text, "themes.yml"))
    assert len(taxonomy.themes) == 2
    assert problems and "couleur" in problems[0]


def test_file_without_a_theme_list_is_one_problem():
    taxonomy, problems = _texts(parse_taxonomy("- juste une liste\n", "themes.yml"))
    assert taxonomy.themes == () and len(problems) == 1


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    taxonomy, problems = _texts(load_taxonomy(tmp_path / "absent.yml"))
    assert taxonomy.themes == () and "absent.yml" in problems[0]


def test_fingerprint_changes_with_any_theme_field():
    taxonomy, _ = parse_taxonomy(VALID, "a")
    changed, _ = parse_taxonomy(VALID.replace("[biais, discrimination]", "[biais]"), "a")
    assert taxonomy.fingerprint != changed.fingerprint


def test_the_editors_theme_file_is_valid():
    taxonomy, problems = _texts(load_taxonomy(THEMES))
    assert problems == []
    assert {theme.polarity for theme in taxonomy.themes} == {Polarity.PRO, Polarity.CON}
    assert all(theme.summary and theme.cues for theme in taxonomy.themes)


def test_a_theme_cannot_take_the_name_of_a_fixed_synthesis_page():
    text = VALID + "  - {id: qui-dit-quoi, title: T, polarity: avantage, summary: S., cues: [x]}\n"
    taxonomy, problems = _texts(parse_taxonomy(text, "themes.yml"))
    assert [theme.id for theme in taxonomy.themes] == ["biais", "personnalisation"]
    assert len(problems) == 1 and problems[0].startswith("themes.yml:15")
    assert "«\u00a0qui-dit-quoi\u00a0»" in problems[0] and "synthese/qui-dit-quoi/" in problems[0]


def test_opposed_themes_must_exist_and_take_the_other_side():
    text = VALID.replace(
        "    cues: [personnalisation]", "    cues: [personnalisation]\n    opposes: [biais, inconnu, personnalisation]"
    )
    taxonomy, problems = _texts(parse_taxonomy(text, "themes.yml"))
    assert taxonomy.by_id["personnalisation"].opposes == ("biais",)
    assert len(problems) == 2 and all(problem.startswith("themes.yml:10") for problem in problems)
    assert "«\u00a0inconnu\u00a0»" in problems[0] and "n’est pas un thème valide" in problems[0]
    assert "aussi un avantage" in problems[1]


def test_the_editor_file_declares_short_labels_and_oppositions_that_hold():
    taxonomy, problems = load_taxonomy(THEMES)
    assert problems == []
    assert all(theme.short_title for theme in taxonomy.themes)
    assert any(theme.opposes for theme in taxonomy.themes)


LABELLED = """
phrases:
  - sentence: Chaque client reçoit une offre taillée pour lui.
    polarity: avantage
    theme: personnalisation
  - sentence: Voici ce que nous allons voir.
    polarity: neutre
  - sentence: Le modèle invente parfois des chiffres.
    polarity: inconvénient
    theme: autre
  - sentence: Une phrase sans verdict.
    polarity: peut-être
  - sentence: Une phrase au champ inconnu.
    polarity: neutre
    couleur: bleu
  - sentence: Voici ce que nous allons voir.
    polarity: avantage
  - sentence: Les rayons ne sont plus jamais vides.
    polarity: avantage
    theme: logistique
"""


def test_annotated_sentences_beside_the_themes_are_read_and_mistakes_named_with_their_line(tmp_path):
    """The file of annotated sentences lives beside themes.yml; an unknown verdict or a sentence
    written twice skips its entry with its line, an unknown field or theme is named, a claim under
    « autre » or an unknown theme keeps its side, no theme."""
    (tmp_path / "themes.yml").write_text(VALID, encoding="utf-8")
    (tmp_path / "phrases_annotees.yml").write_text(LABELLED, encoding="utf-8")
    taxonomy, problems = _texts(load_taxonomy(tmp_path / "themes.yml"))
    assert [(sentence.polarity, sentence.theme) for sentence in taxonomy.labelled] == [
        (Polarity.PRO, "personnalisation"), (None, None), (Polarity.CON, None), (None, None), (Polarity.PRO, None)
    ]
    problems = [problem.replace("\N{NO-BREAK SPACE}", " ") for problem in problems]
    assert len(problems) == 4
    assert "phrases_annotees.yml:11" in problems[0] and "polarity: peut-être » inconnue" in problems[0]
    assert "phrases_annotees.yml:13" in problems[1] and "champ inconnu « couleur »" in problems[1]
    assert "phrases_annotees.yml:16" in problems[2] and "déjà écrite ligne 6" in problems[2]
    assert "phrases_annotees.yml:18" in problems[3] and "thème « logistique » inconnu (1 phrase)" in problems[3]


def test_without_annotated_sentences_the_themes_load_alone(tmp_path):
    (tmp_path / "themes.yml").write_text(VALID, encoding="utf-8")
    taxonomy, problems = load_taxonomy(tmp_path / "themes.yml")
    assert not problems and taxonomy.labelled == () and len(taxonomy.themes) == 2


def test_the_editors_annotated_sentences_are_valid_and_change_the_fingerprint():
    taxonomy, problems = load_taxonomy(THEMES)
    assert not problems and len(taxonomy.labelled) > 1000
    themes = {theme.id for theme in taxonomy.themes}
    assert all(sentence.theme in themes for sentence in taxonomy.labelled if sentence.theme)
    assert taxonomy.fingerprint != type(taxonomy)(taxonomy.themes, taxonomy.neutral_examples).fingerprint


def test_a_broken_annotated_sentences_file_is_one_problem_with_its_line_and_the_themes_still_load(tmp_path):
    (tmp_path / "themes.yml").write_text(VALID, encoding="utf-8")
    (tmp_path / "phrases_annotees.yml").write_text("phrases:\n  - sentence: Bilan : rapide\n", encoding="utf-8")
    taxonomy, problems = _texts(load_taxonomy(tmp_path / "themes.yml"))
    assert len(taxonomy.themes) == 2 and taxonomy.labelled == ()
    assert len(problems) == 1 and "phrases_annotees.yml:2" in problems[0]
    assert "la synthèse n’apprendra que des exemples des thèmes" in problems[0].replace("\N{NO-BREAK SPACE}", " ")
