"""The reader on each construct of raw text, without MkDocs."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier_ia.notices import Kind
from dossier_ia.reading.dates import parse_date
from dossier_ia.reading.model import BlockKind, DatePrecision
from dossier_ia.reading.reader import MIN_REPEATED_PARAGRAPH_LENGTH, ArticleMetadata, EmptyArticle, read_article

PARAGRAPH = "Ceci est un paragraphe complet qui se termine par un point."
SECOND = "Les vendeurs relisent chaque fiche avant de la mettre en ligne."
THIRD = "Le magasin garde deux conseillers le samedi pour les questions difficiles."
# A picture's caption longer than any line of chrome, as news sites write them.
CAPTION = (
    "Le directeur de l’enseigne a présenté jeudi à Lyon la borne qui répond aux clients, installée depuis "
    "le printemps dans trois magasins de la région et bientôt dans dix autres."
)
# Five paragraphs: what comes after them is no longer among the page's first lines.
OPENING = "\n\n".join(
    [PARAGRAPH, SECOND, THIRD, PARAGRAPH.replace("complet", "entier"), SECOND.replace("chaque", "la")]
)


def read(text: str, metadata: ArticleMetadata | None = None):
    return read_article("exemple.txt", text.encode("utf-8"), metadata)


def kinds(article) -> list[tuple[str, str]]:
    return [(block.kind.value, block.text) for block in article.blocks]


def test_title_is_the_first_line_when_it_looks_like_one():
    article = read(f"L’IA et le marketing : un état des lieux\n{PARAGRAPH}\n")
    assert article.title == "L’IA et le marketing : un état des lieux"
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_title_skips_page_chrome_and_keeps_the_date():
    article = read(f"Fermer\n\nmai 7, 2024\n\nUn vrai titre\n\nUn vrai titre\n\n\n{PARAGRAPH}\n\n\nSource link")
    assert article.title == "Un vrai titre"
    assert article.date == dt.date(2024, 5, 7)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize(("lead", "heading", "title"), [
    (
        "Le marketing digital continue d’être à la pointe des avancées en matière d’intelligence artificielle et "
        "d’innovations de haute technologie. Une deuxième phrase.",
        "Un intertitre",
        "Le marketing digital continue d’être à la pointe des avancées…",
    ),
    (
        "Les enseignes régionales adoptent progressivement les outils de recommandation automatisée comme "
        "moyen de fidéliser une clientèle volatile.",
        "Un robot au rayon frais",
        "Les enseignes régionales adoptent progressivement les outils de recommandation…",
    ),
])
def test_a_title_derived_from_the_lead_is_a_whole_phrase_or_its_start_never_a_later_heading(lead, heading, title):
    """A heading further down names one section: as the title, it would also leave that section."""
    article = read(f"{lead}\n{SECOND}\n{heading}\n{PARAGRAPH}\n")
    assert article.title == title
    assert kinds(article) == [
        ("paragraph", lead), ("paragraph", SECOND), ("heading", heading), ("paragraph", PARAGRAPH),
    ]


@pytest.mark.parametrize(
    ("text", "metadata", "guessed"),
    [
        (f"Une boutique de quartier face aux assistants d’achat\n{PARAGRAPH}\n", None, False),
        (f"{PARAGRAPH} {SECOND}\n{THIRD}\n", None, True),
        (f"{PARAGRAPH} {SECOND}\n{THIRD}\n", ArticleMetadata(title="Le titre donné par l’équipe"), False),
    ],
)
def test_a_title_taken_from_the_lead_is_marked_as_guessed(text, metadata, guessed):
    """The editor is told which titles are the start of a lead (``reading.completeness``)."""
    assert read(text, metadata).title_guessed is guessed


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # Cut before « en » or « que », the title would stop on its verb or a pronoun.
        (
            "Le commerce conversationnel sur mobile est en train de bouleverser profondément la relation qui "
            "unit les marques de distribution et leurs clients les plus fidèles.",
            "Le commerce conversationnel sur mobile est en train de bouleverser profondément…",
        ),
        (
            "La suggestion d’articles sur mesure se fonde avant tout sur ce que les acheteurs ont déjà "
            "commandé auparavant dans la même boutique en ligne.",
            "La suggestion d’articles sur mesure se fonde avant tout…",
        ),
        # Cut after « celui » or « que ce soit », the title would stop on what names what follows.
        (
            "Entretien avec trois directrices de boutique, sur celui qui pourrait un jour tenir la caisse à leur "
            "place sans se fatiguer.",
            "Entretien avec trois directrices de boutique…",
        ),
        (
            "Le paiement sans contact est désormais courant dans les boulangeries, que ce soit en centre-ville ou "
            "dans les villages les plus reculés.",
            "Le paiement sans contact est désormais courant dans les boulangeries…",
        ),
        # a phrase that sets the scene, at the start or between commas, says nothing yet
        (
            "Face à la hausse des prix de l’énergie, les boulangeries de quartier installent des fours pilotés par "
            "logiciel pour réduire leur facture chaque mois.",
            "Face à la hausse des prix de l’énergie, les boulangeries de quartier installent…",
        ),
        (
            "L’association des commerçants, en collaboration avec la mairie et trois banques locales, a lancé une "
            "application qui recense les promotions du centre-ville.",
            "L’association des commerçants, en collaboration avec la mairie et trois banques locales…",
        ),
        # a press release's place and date open its text, not its title
        (
            "LYON, le 3 juin 2025 (Exemple) – L’enseigne ouvre son premier magasin sans caisse dans le quartier de la "
            "gare, après deux ans de tests.",
            "L’enseigne ouvre son premier magasin sans caisse dans le quartier de la gare, après deux ans de tests",
        ),
    ],
)
def test_a_derived_title_never_stops_on_a_word_that_needs_what_follows(lead, title):
    """Nor inside a phrase that only sets the scene, nor on a press release's place and date."""
    assert read(f"{lead} Une deuxième phrase.").title == title


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a subject cut from its verb would read as a headline about something else
        (
            "La marée des assistants de rédaction, que personne n’avait vue venir il y a trois ans, recouvre "
            "désormais les agences de communication de la région.",
            "La marée des assistants de rédaction, que personne n’avait vue venir il y a trois ans…",
        ),
        # a quotation the title's start opens and does not close loses its opening mark
        (
            "« Les robots de conversation changent notre métier et nous laissent du temps pour les clients "
            "difficiles », estime la gérante d’une agence de voyages de Valence.",
            "Les robots de conversation changent notre métier et nous laissent du temps…",
        ),
        # a survey's dates open the sentence: the title goes on to what was done
        (
            "Du 3 au 28 février 2025, une école de commerce lilloise a interrogé deux cents gérants de boutiques "
            "sur les logiciels qui rédigent leurs fiches produits et sur ce qu’ils en attendent vraiment.",
            "Du 3 au 28 février 2025, une école de commerce lilloise a interrogé deux cents gérants…",
        ),
    ],
)
def test_a_title_cut_from_the_lead_says_that_the_sentence_goes_on(lead, title):
    """An ellipsis ends every title cut from a sentence, and no quotation mark opens what it does
    not close."""
    assert read(f"{lead} Une deuxième phrase.").title == title


def test_a_press_release_signed_by_a_wire_agency_is_dated_by_its_dateline():
    article = read(f"LYON, le 3 juin 2025 (Exemple) – L’enseigne ouvre son premier magasin sans caisse.\n\n{PARAGRAPH}")
    assert article.date == dt.date(2025, 6, 3)


@pytest.mark.parametrize("header", [
    "Rubrique",
    "Billet",
    "Agrément n° 12-345. Liste des agréments sur www.exemple.org",
])
def test_a_lone_word_or_a_web_address_above_the_lead_is_no_headline(header):
    """A page copied without its headline: its section's name or its header's notice is dropped and
    the title comes from the lead; a section of the article (« Introduction ») stays."""
    article = read(f"{header}\n\n{SECOND}\n\nIntroduction\n\n{PARAGRAPH}")
    assert article.title == SECOND.rstrip(".")
    assert kinds(article) == [("paragraph", SECOND), ("heading", "Introduction"), ("paragraph", PARAGRAPH)]


def test_a_section_name_glued_to_the_lead_is_not_the_title():
    article = read("ENQUÊTE. Les assistants vocaux peinent à convaincre les acheteurs en ligne. Deuxième phrase.")
    assert article.title == "Les assistants vocaux peinent à convaincre les acheteurs en ligne"


@pytest.mark.parametrize(
    ("ending", "cut"),
    [
        ("Les conseillers relisent chaque texte avant de le publier sur le site de l’agence.", False),
        ("Les conseillers relisent chaque texte avant de le publier sur le site de l’ag", True),
        ("- Moins de ruptures en rayon\n- Moins de surstocks, moins de", True),
        ("- Moins de ruptures en rayon\n- Un réassort plus rapide", False),
        # a last word no dictionary knows was cut; a word French borrows from English was not
        ("- Moins de ruptures en rayon\n- Une attente moins longu", True),
        ("- Moins de ruptures en rayon\n- Un suivi par deep learning", False),
    ],
)
def test_a_text_that_stops_mid_sentence_is_told_apart(ending, cut):
    """A page copied in part stops mid-sentence: a long last paragraph without a final stop, or a
    last item on a word that needs what follows; a list item may end without a stop."""
    assert read(f"Titre du texte\n{PARAGRAPH}\n{ending}\n").cut_short is cut


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("🤖 Les risques des visuels générés pour les marques", "Les risques des visuels générés pour les marques"),
        ("▌Une campagne de fin d’année trop lisse", "Une campagne de fin d’année trop lisse"),
        ("l’empreinte carbone des campagnes générées", "L’empreinte carbone des campagnes générées"),
    ],
)
def test_a_title_is_shown_as_headlines_are_written(first_line, title):
    """No symbol or emoji before it (a reader's font may show an empty box), a capital first."""
    assert read(f"{first_line}\n{PARAGRAPH}\n").title == title


def test_a_few_words_and_a_period_alone_above_the_prose_are_the_headline_shown_once():
    article = read(f"Des rayons sans papier.\n{PARAGRAPH}\n")
    assert article.title == "Des rayons sans papier"
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_headline_ending_in_an_ellipsis_above_its_byline_is_the_title_not_the_section_name_above_it():
    headline = "Les boutiques ne passeront peut-être pas toutes aux robots…"
    article = read(f"Tech\n\n{headline}\n\nPar Jeanne Martin, publié le 3 mars 2024\n\n{PARAGRAPH}")
    assert article.title == headline
    assert article.date == dt.date(2024, 3, 3)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_headline_written_in_lower_case_is_the_title_once_not_also_the_first_paragraph():
    article = read(f"l’IA change-t-elle la relation client ?\n\n{PARAGRAPH}")
    assert article.title == "L’IA change-t-elle la relation client ?"
    assert kinds(article) == [("paragraph", PARAGRAPH)]
    # A sentence wrapped over two lines is no headline, whatever its first letter.
    sentence = "l’IA change la relation client depuis deux ans, disent les enseignes interrogées."
    wrapped = read(sentence.replace("relation ", "relation\n"))
    assert kinds(wrapped) == [("paragraph", sentence)]


def test_short_first_sentence_becomes_the_title_without_its_period():
    article = read("L’IA change le marketing. Voici pourquoi, en détail et avec des exemples concrets.")
    assert article.title == "L’IA change le marketing"


def test_an_abbreviation_does_not_end_the_derived_title_nor_the_excerpt():
    from dossier_ia.articles.render import excerpt

    article = read("Selon M. Dupont, l’IA aide les équipes. Elle coûte pourtant cher, d’après les études récentes.")
    assert article.title == "Selon M. Dupont, l’IA aide les équipes"
    assert excerpt(article).startswith("Selon M. Dupont, l’IA aide les équipes.")


def test_title_is_never_a_section_label():
    article = read(f"Points clés à retenir\n✅ Premier point : une idée claire.\nIntroduction\n{PARAGRAPH}")
    assert article.title not in {"Points clés à retenir", "Introduction"}
    assert article.title == PARAGRAPH.removesuffix(".")
    assert kinds(article)[0] == ("heading", "Points clés à retenir")


def test_editor_metadata_overrides_title_date_and_slug():
    metadata = ArticleMetadata(title="Titre choisi", date=dt.date(2023, 1, 2), slug="mon-article", author="Anne")
    article = read(f"Fermer\nmai 7, 2024\nTitre du texte\n{PARAGRAPH}", metadata)
    assert (article.title, article.date, article.slug, article.author) == (
        "Titre choisi",
        dt.date(2023, 1, 2),
        "mon-article",
        "Anne",
    )


def test_headings_are_short_lines_without_final_punctuation():
    article = read(
        f"Titre\n{PARAGRAPH}\nLe cas des médias sociaux\n{PARAGRAPH}\nSommes-nous déjà en retard "
        f"?\n{PARAGRAPH}\nVoici les tendances :\n{PARAGRAPH}"
    )
    assert [kind for kind, _ in kinds(article)] == [
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
    ]


def test_a_heading_like_last_line_stays_a_paragraph():
    article = read(f"Titre\n{PARAGRAPH}\nUne remarque en guise de fin")
    assert kinds(article)[-1] == ("paragraph", "Une remarque en guise de fin")


def test_label_lines_pasted_without_their_bullets_are_items_not_headings():
    """« Label : texte » lines in a row are a list copied without its bullets: one without a final
    stop is no heading; a « Label : titre » line after a paragraph of several sentences still is."""
    article = read(
        "Titre\nL’outil change trois choses :\nSuivi des stocks : il compte chaque article vendu.\n"
        "Prévisions : il annonce les ruptures une semaine avant\nRelances : il écrit aux clients partis.\n"
        f"Bilan : deux phrases ici. {PARAGRAPH}\nÉtape suivante : former l’équipe\n{SECOND}"
    )
    assert [kind for kind, _ in kinds(article)] == [
        "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "heading", "paragraph",
    ]


@pytest.mark.parametrize("marker", ["•", "✅", "-", "  • ", "*", "–"])
def test_bullet_items_lose_their_marker(marker):
    article = read(f"Titre\n{PARAGRAPH}\n{marker} Premier point.\n{marker} Second point.")
    assert kinds(article)[1:] == [("bullet_item", "Premier point."), ("bullet_item", "Second point.")]


def test_numbered_items_keep_their_number_and_bold_label():
    article = read(
        f"Titre\n{PARAGRAPH}\n1. Perte de contact humain: Les algorithmes perdent les nuances.\n10. Pannes: Le "
        "système tombe."
    )
    items = article.blocks[1:]
    assert [(item.kind, item.number, item.label, item.text) for item in items] == [
        (BlockKind.NUMBERED_ITEM, 1, "Perte de contact humain", "Les algorithmes perdent les nuances."),
        (BlockKind.NUMBERED_ITEM, 10, "Pannes", "Le système tombe."),
    ]


def test_a_long_clause_before_a_colon_is_not_a_label():
    text = "Il y a un autre aspect très important que nous devons absolument considérer ici : la paresse."
    article = read(f"Titre\n{PARAGRAPH}\n• {text}")
    assert (article.blocks[1].label, article.blocks[1].text) == ("", text)


def test_paragraphs_are_never_split_into_labels():
    article = read("Titre\nParmi eux: la vente et le marketing.")
    assert (article.blocks[0].kind, article.blocks[0].label) == (BlockKind.PARAGRAPH, "")


def test_faq_questions_and_answers_are_paired():
    article = read(
        "Titre\nFAQ\nQuestion 1 : Quelles sont les conséquences ?\nRépondre: Certaines conséquences sont graves.\n"
        "Question : Comment faire ?\nRéponse : Avec prudence."
    )
    assert [(block.kind.value, block.label, block.text) for block in article.blocks] == [
        ("heading", "", "FAQ"),
        ("question", "Question 1", "Quelles sont les conséquences ?"),
        ("answer", "Réponse", "Certaines conséquences sont graves."),
        ("question", "Question", "Comment faire ?"),
        ("answer", "Réponse", "Avec prudence."),
    ]


@pytest.mark.parametrize(
    "line", ["Question 2 – Les débuts : comment avez-vous commencé ?", "Q2 - Les débuts : comment avez-vous commencé ?"]
)
def test_an_interview_s_numbered_question_after_a_dash_is_a_question(line):
    block = read(f"Un vrai titre d’article\n{PARAGRAPH}\n{line}\n{SECOND}").blocks[1]
    assert (block.kind, block.text) == (BlockKind.QUESTION, "Les débuts : comment avez-vous commencé ?")


def test_an_interview_s_answers_signed_by_their_speakers_follow_its_questions():
    article = read(
        "Trois patrons de studio face aux assistants de code\n"
        f"{PARAGRAPH}\n\n"
        "Le Courrier Num : Qu’est-ce qui a changé dans vos équipes depuis un an ?\n\n"
        "Odile Marchetti, directrice de Studio Vague: les relectures prennent moins de place.\n"
        "Bruno Tessier : Rien de fondamental, à vrai dire.\n\n"
        "Nous gardons nos habitudes de relecture croisée.\n\n"
        "Et demain ?\n\n"
        "O.M. : Je parie sur des équipes plus petites.\n"
    )
    assert [(block.kind.value, block.label, block.text) for block in article.blocks[1:]] == [
        ("question", "Le Courrier Num", "Qu’est-ce qui a changé dans vos équipes depuis un an ?"),
        ("answer", "Odile Marchetti, directrice de Studio Vague", "les relectures prennent moins de place."),
        ("answer", "Bruno Tessier", "Rien de fondamental, à vrai dire."),
        ("paragraph", "", "Nous gardons nos habitudes de relecture croisée."),
        ("question", "", "Et demain ?"),
        ("answer", "O.M.", "Je parie sur des équipes plus petites."),
    ]


@pytest.mark.parametrize(
    "byline",
    [
        "par | 4 mars 2024 | Accueil des clients et standard, Logiciels de gestion",
        "par | Mar 4, 2024 | Relation client, Outils de gestion et de suivi des appels",
    ],
)
def test_a_byline_whose_author_the_template_left_empty_is_no_breadcrumb(byline):
    article = read(f"Le journal du standard téléphonique\n\nLes robots au bout du fil ?\n\n{byline}\n\n{PARAGRAPH}\n")
    assert (article.title, article.date) == ("Les robots au bout du fil ?", dt.date(2024, 3, 4))
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_dateline_glued_to_the_headline_s_repeat_and_a_line_of_hashtags_are_chrome():
    article = read(
        "Le rayon sans vendeur\n\nLe rayon sans vendeurMis à jour le : 02-05-2023\n\n#commerce #robots\n\n"
        f"{PARAGRAPH}\n"
    )
    assert (article.title, article.date) == ("Le rayon sans vendeur", dt.date(2023, 5, 2))
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_summary_s_name_with_its_english_name_in_brackets_is_never_the_title():
    article = read(f"En bref (TL;DR)\n{PARAGRAPH}\n{SECOND}\n")
    assert article.title != "En bref (TL;DR)" and article.title_guessed


@pytest.mark.parametrize(("line", "author"), [("- ODILE MARCHETTI", "Odile Marchetti"), ("ITW ROBOTIQUE", None)])
def test_a_name_in_capitals_behind_a_dash_under_the_standfirst_signs_the_article(line, author):
    article = read(f"Les robots au comptoir\n\n{SECOND}\n\n{line}\n\n{PARAGRAPH}\n")
    assert article.author == author


def test_a_paragraph_a_column_broke_after_a_word_that_needs_what_follows_is_one_paragraph():
    article = read(
        f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nLe logiciel de caisse permet aux gérants de\n\n"
        "suivre leurs ventes heure par heure.\n\nfin de la citation, en minuscules.\n"
    )
    assert kinds(article)[1:] == [
        ("paragraph", "Le logiciel de caisse permet aux gérants de suivre leurs ventes heure par heure."),
        ("paragraph", "fin de la citation, en minuscules."),
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        "Ceci pourrait vous plaire", "ree", "Featured image for Les caisses",
        "N’oubliez pas de partager cet article !", "Don't forget to share this post!",
        "Cet article fait partie de notre dossier : Le commerce de proximité et les robots",
    ],
)
def test_a_related_widget_s_label_and_a_picture_s_default_or_theme_s_text_are_chrome(chrome):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{chrome}\n\n{SECOND}\n")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


@pytest.mark.parametrize(
    "headline", ["Les salons du commerce misent tout sur les robots !", "#Salon2026 : les robots font leur entrée !"]
)
def test_a_headline_that_exclaims_above_the_prose_is_the_title(headline):
    article = read(f"Actualité\n\n{headline}\n\n{PARAGRAPH}\n")
    assert (article.title, article.title_guessed) == (headline, False)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize(
    "dateline", ["Posté le 21/09/2019 — Article précédent / suivant |", "Mis en ligne le 21 septembre 2019"]
)
def test_a_posting_date_is_read_with_the_links_to_the_neighbouring_posts_after_it(dateline):
    article = read(f"Les robots au comptoir\n{dateline}\n{PARAGRAPH}\n")
    assert article.date == dt.date(2019, 9, 21)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_first_sentence_of_a_headline_s_length_alone_in_its_paragraph_is_the_title():
    article = read(f"Nous avons confié nos fiches produits à un assistant de rédaction.\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert (article.title, article.title_guessed) == (
        "Nous avons confié nos fiches produits à un assistant de rédaction", False
    )
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_sentence_pointing_down_to_what_follows_is_no_heading():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nVoici ce que nous avons appris 👇\n\n{SECOND}\n")
    assert kinds(article)[1] == ("paragraph", "Voici ce que nous avons appris 👇")


def test_a_copy_that_stops_on_a_bare_list_marker_was_cut_short():
    assert read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nLes vendeurs attendent :\n- plus de temps\n-\n").cut_short


def test_a_guest_column_signed_after_a_comma_in_its_headline_gives_the_author():
    article = read(f"Trois leçons d’un salon du commerce connecté, par Odile Marchetti\n\n{PARAGRAPH}\n")
    assert (article.title, article.author) == ("Trois leçons d’un salon du commerce connecté", "Odile Marchetti")


def test_a_signature_listing_many_roles_and_schools_gives_the_author():
    roles = ", ".join(f"chargée de cours à l’école numéro {number} de la région" for number in range(1, 7))
    article = read(f"Les rayons qui se réassortent seuls\n\nPar Odile Marchetti, {roles}\n\n{PARAGRAPH}\n")
    assert article.author == "Odile Marchetti"
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_list_s_own_dash_under_the_copy_s_bullet_is_dropped():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n  • - Des fiches courtes\n  • - Des photos\n")
    assert kinds(article)[1:] == [
        ("bullet_item", "Des fiches courtes"), ("bullet_item", "Des photos"),
    ]


def test_a_dateline_with_its_empty_author_slot_and_comment_count_gives_the_date():
    dateline = "Posté le : 4 mars 2024 à 9 h 12 min   /   par   /   comments (0)"
    article = read(f"Les robots au comptoir\n\n{dateline}\n\n{PARAGRAPH}\n")
    assert article.date == dt.date(2024, 3, 4)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize(("lead", "kept"), [
    ("REPORTAGE RADIO - Les boulangers s’équipent d’assistants qui prennent les commandes.", False),
    ("RGPD - Les boulangers s’équipent d’assistants qui prennent les commandes.", True),
])
def test_a_rubric_in_capitals_before_a_dash_is_chrome_but_an_acronym_stays(lead, kept):
    article = read(f"Un vrai titre d’article\n\n{lead}\n\n{PARAGRAPH}\n")
    first = article.blocks[0].text
    assert first.startswith(lead.split(" - ")[0]) is kept
    assert first.endswith("Les boulangers s’équipent d’assistants qui prennent les commandes.")


def test_a_caption_credited_to_a_photographer_of_a_news_agency_is_chrome():
    caption = "Une caisse sans caissier dans une supérette de Lille, le 4 mars 2024. (Odile Marchetti/AFP)"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{caption}\n\n{SECOND}\n")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_headline_asking_after_a_few_names_and_an_ellipsis_is_the_title():
    headline = "Fnac, Darty, Boulanger... Peut-on se fier aux vendeurs virtuels ?"
    article = read(f"{headline}\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert (article.title, kinds(article)) == (headline, [("paragraph", PARAGRAPH), ("paragraph", SECOND)])


def test_a_question_headline_signed_in_lower_case_gives_the_author():
    article = read(f"Le vendeur augmenté : un métier qui change ? par Odile Marchetti\n\n{PARAGRAPH}\n")
    assert (article.title, article.author) == ("Le vendeur augmenté : un métier qui change ?", "Odile Marchetti")


@pytest.mark.parametrize(
    "above",
    [
        # the page's markup copied as text, and what its software printed of an empty value
        '<img src="https://pixel.exemple.net/p?id=42" alt="" width="1" height="1">\n(RenderCacheMap: {})\n',
        # a picture's caption with its credit, above the headline
        "Aller au contenu\nUne cliente règle ses achats devant une borne sans caissier.\n© Banque d’images\n",
        # a dialog box between its close buttons
        "Fermer\n\nInscrivez-vous pour recevoir chaque matin nos articles, ou notre sélection.\n\nFermer\n",
        # links to other issues, each cut short
        "Le rayon frais Chers lecteurs et…\nLa caisse du futur Chers…\nNos vendeurs augmentés Chers…\n",
        # a newsletter's name and issue number, a consent box's label
        "Le Café du commerce – #214\n",
        "Pour gérer vos consentements :\n",
    ],
)
def test_chrome_above_the_headline_leaves_it_the_title(above):
    article = read(f"{above}\nLes rayons qui se réassortent seuls\n\n{PARAGRAPH}\n")
    assert (article.title, kinds(article)) == ("Les rayons qui se réassortent seuls", [("paragraph", PARAGRAPH)])


def test_a_label_after_a_question_is_no_speaker_when_it_names_no_one():
    article = read(
        f"Un vrai titre d’article\n{PARAGRAPH}\nPourquoi en parler maintenant ?\nEn bref : parce que tout va vite.\n"
    )
    assert [block.kind.value for block in article.blocks[1:]] == ["heading", "paragraph"]


@pytest.mark.parametrize("player", ["Écoutez cet article :", "Écouter l’article"])
def test_an_audio_player_s_label_above_the_text_is_dropped(player):
    article = read(f"Un vrai titre d’article\n{player}\n{PARAGRAPH}")
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_image_captions_between_sections_are_dropped():
    article = read(
        f"Titre\n\n{PARAGRAPH}\n\nIntelligence artificielle marketing smartphone\n\nAvantages et inconvénients de "
        f"l’IA\n\n{PARAGRAPH}"
    )
    assert kinds(article) == [
        ("paragraph", PARAGRAPH),
        ("heading", "Avantages et inconvénients de l’IA"),
        ("paragraph", PARAGRAPH),
    ]


def test_an_image_described_in_lower_case_is_dropped_pasted_twice_or_above_its_credit():
    """An image's alternative text, then its title, the same words; or its description just above
    its credit: neither is the article's, whatever language it is in."""
    article = read(
        f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nrobot blanc posé sur un bureau\nrobot blanc posé sur un bureau\n\n"
        f"Ce que disent les vendeurs\n\n{SECOND}\n\nune vendeuse scanne une étiquette en rayon\n"
        f"© Jeanne Roy - banque d’images\n\n{THIRD}"
    )
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("heading", "Ce que disent les vendeurs"), ("paragraph", SECOND),
        ("paragraph", THIRD),
    ]
    assert [note.line for note in article.left_out] == [5, 6, 12, 13]


@pytest.mark.parametrize("caption, again", [
    # a picture named as such, given twice
    ("Photo de une du dossier", "Photo de une du dossier"),
    ("Image principale du billet", "Image principale du billet"),
    # a caption that ends on its agency, given twice
    ("Des visiteurs testent une cabine d’essayage connectée au salon de Lille. (Reuters)",
     "Des visiteurs testent une cabine d’essayage connectée au salon de Lille. (Reuters)"),
    # a caption that ends on the brand it shows, given twice
    ("La cliente et son « double numérique » (Exemple)", "La cliente et son « double numérique » (Exemple)"),
    # a caption ending on its credit
    ("Le campus en visite virtuelle - © D.R.", "Le campus en visite virtuelle - © D.R."),
    # a portrait's caption: the person and their role
    ("Lina Ferreira, directrice de l’innovation.", "Lina Ferreira, directrice de l’innovation."),
    # its credits named one by one the second time
    ("La crème de nuit Exemple, flacon de 50 ml.",
     "La crème de nuit Exemple, flacon de 50 ml. Photo Lou Martin / Stylisme Jean Roy / Modèle Ana Lenoir"),
    # its photographer and the site named in words of any case the second time
    ("Le comptoir du magasin de Lyon", "Le comptoir du magasin de Lyon - L.Roy/Exemple24"),
    ("Borne de commande", "Borne de commande — Exemple Studio"),
])
def test_a_caption_given_twice_is_dropped_both_times(caption, again):
    """An image's alternative text, then its caption: the article's sentences never come twice."""
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{caption}\n{again}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]
    assert [note.line for note in article.left_out] == [5, 6]


def test_labels_set_apart_by_spaces_under_the_headline_are_the_page_s_tags():
    article = read(f"Un vrai titre d’article sur le commerce\n\nInnover   Vendre en ligne\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == ("Un vrai titre d’article sur le commerce", [("paragraph", PARAGRAPH)])


def test_short_list_items_above_the_headline_are_the_page_s_tags():
    article = read(f"• Innovation\n\n• Commerce et artisanat\n\nUn vrai titre d’article sur le commerce\n\n{PARAGRAPH}")
    assert article.title == "Un vrai titre d’article sur le commerce"
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("line, author", [
    ("Jeanne Dufresnoy", "Jeanne Dufresnoy"), ("Canal Factory", "Canal Factory"),
    ("Avec Exemple Conseil", None), ("En partenariat avec Exemple Conseil", None),
])
def test_a_name_or_a_partner_between_the_headline_and_the_prose_is_no_heading(line, author):
    article = read(f"Un vrai titre d’article\n\n{line}\n\n{PARAGRAPH}")
    assert (article.title, article.author) == ("Un vrai titre d’article", author)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("line", ["Services tiers", "Introduction", "Relation Client"])
def test_a_section_s_name_right_under_the_headline_stays_a_heading(line):
    article = read(f"Un vrai titre d’article\n\n{line}\n\n{PARAGRAPH}")
    assert article.author is None and kinds(article) == [("heading", line), ("paragraph", PARAGRAPH)]


def test_a_date_glued_to_a_reading_time_under_a_name_is_a_byline():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nJeanne Dufresnoy\n\n2/21/20245 min lire\n\n{SECOND}")
    assert (article.author, article.date) == ("Jeanne Dufresnoy", dt.date(2024, 2, 21))
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


@pytest.mark.parametrize("line", [
    "Si vous voyez ce champ, ne le remplissez surtout pas.", "Merci ! Nous avons bien reçu votre demande, à très vite.",
    "Votre demande a bien été envoyée.", "Oups ! Une erreur s’est produite pendant l’envoi.",
])
def test_a_contact_form_s_messages_printed_with_the_page_are_dropped(line):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_site_s_banner_a_caption_with_its_credit_and_a_page_s_dateline_are_chrome():
    article = read(
        f"Vous naviguez sur le site Exemple Cuisine\n\nUne photo retouchée d’un plat du jour. | Photo : Jeanne Roy\n\n"
        f"Un vrai titre d’article\n\nPage publiée le 21 mars 2023\n\n{PARAGRAPH}\n\n{SECOND}"
    )
    assert (article.title, article.date) == ("Un vrai titre d’article", dt.date(2023, 3, 21))
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


@pytest.mark.parametrize("text", [
    f" date 2026-03 Un vrai titre d’article\n\n{PARAGRAPH}", f"Un vrai titre d’article\n\nMars 2026\n\n{PARAGRAPH}",
])
def test_a_page_that_gives_only_its_month_is_dated_by_its_month(text):
    article = read(text)
    assert (article.title, article.date, article.date_precision) == (
        "Un vrai titre d’article", dt.date(2026, 3, 1), DatePrecision.MONTH
    )
    assert kinds(article) == [("paragraph", PARAGRAPH)]
    assert read(f"Un vrai titre d’article\n\nPublié le 3 mars 2026\n\n{PARAGRAPH}").date_precision is DatePrecision.DAY


@pytest.mark.parametrize("byline, author", [
    ("Par Lise Marchal, responsable du pôle éditorial et stratégique chez EXEMPLE CONSEIL", "Lise Marchal"),
    ("Photo de l’auteur : Lise MarchalLise Marchal", "Lise Marchal"),
    ("Photo de l’auteur : Lise Marchal Lise Marchal", "Lise Marchal"),
    ("Une contribution de Lise Marchal, associée chez Exemple Conseil et directrice d’études", "Lise Marchal"),
    ("Par Paul de VERNAY (X07)", "Paul de Vernay"),
    ("Par Lise Marchal Publié le 3 mars 2024 à 8h15", "Lise Marchal"),
    # every role listed, longer than a dateline
    ("Par Lise Marchal, maîtresse de conférences en gestion à l’université de Tours, chercheuse au laboratoire "
     "Exemple, responsable du master Commerce connecté et autrice d’un essai sur les vitrines", "Lise Marchal"),
])
def test_a_signature_under_the_standfirst_names_the_author_once_without_its_label(byline, author):
    """A role of any words after the name, the name pasted twice, « Publié » glued after it."""
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{byline}\n\n{SECOND}")
    assert (article.title, article.author) == ("Un vrai titre d’article", author)
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_name_alone_under_the_standfirst_is_the_author():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nLise Marchal\n\n{SECOND}\n\n{THIRD}")
    assert article.author == "Lise Marchal"
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND), ("paragraph", THIRD)]


@pytest.mark.parametrize(
    "line", ["Exemple Média, 9 Mai 2025", "Lyon, 9 mai 2025", "Observatoire des Métiers de la Vente, 9 mai 2025"]
)
def test_a_place_or_a_site_before_the_date_dates_the_article_and_names_no_author(line):
    article = read(f"Un vrai titre d’article\n\n{line}\n\n{PARAGRAPH}")
    assert (article.date, article.author) == (dt.date(2025, 5, 9), None)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("line", [
    "Un conseiller répond sur une tablette en magasin. Exemple Photos, CC BY-SA",
    "Un conseiller répond sur une tablette en magasin. Exemple Photos, CC BY 4.0",
    "Le robot d’accueil de l’agence. Auteur",
    "4 min 15 s",
    "Dossier : Les marques face aux robots Magazine N°412 Mars 2025",
    "Extrait de l’hebdo n°2417",
    "Podcast: Play in new window | Download (Duration: 9:12 — 12.1MB)",
    "Admin",
    "Visuel réalisé à l’aide d’un générateur d’images",
    "Copyright photo : Exemple Studio",
    "infographie sur les usages de l’IA dans les agences en 2024",
    "Faites appel à nos experts en référencement naturel !",
    "Lien copié dans le presse-papiers",
    "Date de mise à jour : 2 juin 2025",
    "Formation / Communication / Innovation / Actualités",
    '" data-share-url="">',
    "mm",
    "Calque 3",
    "borne accueil 02 borne accueil 02",
    "lock-iconContenu réservé aux abonnés",
    "Accès rapide (Sommaire) :",
    "# Commerce # Réseaux d'entreprises",
    "Une vendeuse présente la borne aux clients. — Photo : Exemple Studio",
    f"{CAPTION} (© EXEMPLE/PAUL LENOIR)",
    f"{CAPTION} (Paul Lenoir | Exemple Presse)",
    "Il vous reste 3/10 articles gratuits ce mois-ci",
    "Il vous reste 60 % de l’article à lire : la fin est pour nos abonnés.",
    "Merci, vous voilà inscrit !",
    "broken image",
    "exemple.net | L’actualité du commerce en continu",
    "Image générée",
    "OFFRE DE PRINTEMPS Des boissons fraîches livrées chez vous Exemple® Publicité par Exemple Ads",
    "🕑 : 6 minutes",
    "Temps de lecture :6 Minutes, 10 Secondes",
    "Temps de lecture : 5 minutes • Vitrines, caisses, bornes",
    "de lecture",
    "Copier le lien",
    "+33 (0)4 12 34 56 78",
    "Cet article pourrait vous intéresser : Les caisses parlantes arrivent en ville",
    "— Lise Marchal (@lise_marchal) June 4, 2024",
    "Résumez cet article avec une IA",
    "Sponsoring",
    "Obtenez mon essai gratuit aujourd’hui",
    "Tester la solution de caisse parlante Exemple",
    "Télécharger Vendre mieux en boutique avec deux heures par semaine",
    "Je réserve ma place →",
    "Paul Lenoir; Directeur général, Exemple Ltée",
    "Photo: Exemple Images  Une vendeuse présente la borne aux clients du magasin de Lyon, installée depuis le "
    "printemps dans trois magasins de la région.",
    # another article under its label
    "Dans la même série\n\nLes vitrines qui parlent",
    "À lire\n\nLes vitrines qui parlent",
    "A voir aussi : Les assistants de rédaction passés au crible",
    # buttons side by side, with a comment's likes, a download link, an image's placeholder
    "Partager Imprimer Envoyer à un ami", "👍 12 · Répondre · Signaler", "Télécharger (2MB)", "[img]", "- [img]",
    "- Prévisualisation", "J'ai compris", "… à notre lettre du vendredi - Cliquez ICI",
    "Je m'abonne à notre newsletter « Matin »", "Je m'inscris à notre lettre, la newsletter du lundi !",
    "placeholder video", "Topics", "FacebookTwitterLinkedIn", "Demander une démo", "Index", "Expert Verified",
    "Article • 1 min read", "Temps de lecture : 2min - vidéo : 6min", "Lire : Enquête sur les clients | Exemple Mag",
    ".jpg)", "Ce contenu reste masqué selon votre choix de consentement",
    # captions credited to a long agency name, a screenshot, after their sentence
    "Une borne à l’entrée d’un magasin. Photo d'illustration. (STUDIONORD / COLLECTION VECTORS / GETTY IMAGES)",
    "Le robot salue le client. / Capture d'écran Instagram",
    "La borne d’accueil répond aux visiteurs du salon. Photo : Exemple Presse / Lou Martin",
    "La borne d’accueil répond aux visiteurs du salon. | Lou Martin pour Exemple.ch",
    "La borne d’accueil répond aux visiteurs du salon. Keystone",
    # a picture bank and its photographer, a picture said to illustrate, a rule of underscores
    "Un serveur pose un plateau près de la borne de commande (photo d’illustration). Pexels/lmartin",
    "Une borne de commande à l’entrée d’un restaurant (image d’illustration).", "__", "_____",
    # a share widget's short link, a breadcrumb whose home is an icon
    "Short Url", "Lien court", "/ Actualités / Les vitrines qui parlent aux passants", "Menu hamburger",
    # a slide counter, a logo's alternative text
    "1 of 48", "Exemple a Media company logo",
    # a newsletter's promise and its button
    "TOUS LES MATINS, RECEVEZ L’ESSENTIEL DU COMMERCE CONNECTÉ...", "Je découvre les newsletters Exemple !",
    # a theme's menu label, a sponsored article's label, a rubric closed by a detached period, a caption
    # credited to its photographer and agency in brackets
    "Sélectionner une page", "[Publirédactionnel par Exemple]", "Commerce .",
    "Une cliente essaie la cabine connectée sur le stand du salon (Lenoir. Exemple Presse)",
    # a table of contents' switch, a category's label, a banner's text, a related link with its title
    "Montrer le sommaire Cacher le sommaire", "Catégorie", "Bannière large - Salon du commerce 2024 (7)",
    ": à lire aussi Les vitrines connectées arrivent en centre-ville",
    # links back, buttons and an empty list's placeholder, a sponsored article's notice, credits
    "Retour aux guides", "Back to blog", "S'inscrire maintenant", "Demande de démo", "No items found.",
    "Article sponsorisé par Exemple.", "Photo Flickr by Lou Martin http://exemple.ly/ab12", "♬ son original – Lou",
    # a cookie banner, a reading time's words under its number, a content manager's field labels, a
    # blog engine's caption tags
    "En cliquant sur « Accepter », vous acceptez le dépôt de cookies sur cet appareil, qui comptent les visites "
    "et ajustent nos offres à vos goûts. Voir notre politique de confidentialité.",
    "min de lecture", "Chapo", "Body", '[caption id="attachment_12" align="alignnone" width="640"]',
    "Lou Martin, directrice de l’agence Exemple[/caption]", "Passer au contenu principal Skip to footer",
    # a link to another of the site's articles, a blog template's fields
    "Ne manquez pas notre article : Les vitrines qui parlent aux passants", "• Auteur/autrice de la publication :",
    "• Post category:Commerce",
    # a label closed by an emoji, a cover's and a portrait's texts, a caption credited after a dash
    "Table des matières 📚", "article cover", "Lou Martin - Image Avatar",
    "Des clients attendent à la caisse automatique. - Credit:Lou Martin/Exemple",
    # a link to the comments with their count, a reading time said to be an average
    "Lire les 0 commentaires", "Temps de lecture (moyen) : 4 minutes",
    # a share bar with « Google + », an order button, one word above a picture's credit
    "Facebook Twitter Google + Linkedin Email Imprimer", "Je commande !", "Vitrine\n© Exemple Images",
    # a picture's placeholder, a share button for one more network
    "title..", "Partager sur google",
    # the publisher's offer in capitals
    "NOTRE OFFRE DE FICHES PRODUITS OPTIMISÉES",
    # a newsletter's words to its subscriber, with a field its sending tool left unfilled
    "Merci de ta fidélité, {{Prénom}} !",
    # teasers under a related-articles label: each a title, then its summary cut short
    "Sur le même thème :\n\nLes caisses automatiques gagnent les supérettes de quartier\n\n"
    "Depuis janvier, une enseigne régionale a équipé quarante magasins de caisses qui…\n\n"
    "Un salon du commerce connecté ouvre ses portes à Nantes\n\n"
    "Pendant trois jours, les exposants présentent des étiquettes qui changent de prix...",
    "Pour recevoir la version complète chaque semaine, il suffit de suivre le lien personnel envoyé à {{Préno",
    # a browser's notice, a related link under another label, the text a blog engine gives a picture
    # left without one, a rating widget's label and votes
    "Veuillez activer le JavaScript", "Contenu similaire : Les vitrines qui parlent aux passants",
    "L’attribut alt de cette image est vide, son nom de fichier est vitrine-nantes-1024x683.jpg.",
    "Évaluation de l’article", "4.5 12 votes",
    # captions whose source a news site sets after two slashes, or names a picture bank misspelt
    "Des étiquettes qui changent de prix repérées par un site spécialisé // Source : Exemple Tech",
    "Un studio de podcast équipé d’un micro neuf (Source : Lou Martin, Pexel)",
    # a picture bank's number and English description, a column's issue
    "48123377 - woman scanning a price tag with her phone in a grocery store", "N°4, Juin 2023",
    # a related videos' label naming the site
    "À voir aussi sur Exemple TV",
    # a wire agency's credit in brackets, a link behind its arrows, a news site's link to its coverage
    "( AFP / JEAN DUPONT )", ">> Accédez à toutes nos analyses du commerce connecté", "Suivez la couverture complète",
    # an export's tags alone on their lines
    "<aside>", "</aside>",
    # « droits réservés » alone, a template's reading time left unfilled
    "DR", "– D.R.", "X min de lecture",
    # a site's skip links side by side, a partner's column's label
    "Aller au menu Aller au contenu Aller à la recherche", "[Tribune partenaire]",
])
def test_credits_reading_times_labels_and_other_page_details_are_chrome(line):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_user_s_handle_above_the_dateline_is_chrome_and_the_headline_above_it_the_title():
    article = read(
        "Un vrai titre d’article qui finit par un point.\n- lmarchal42\n- 3 sept.\n- 4 min de lecture\n"
        f"Un sous-titre qui pose la question ?\n\n{PARAGRAPH}"
    )
    assert (article.title, article.author) == ("Un vrai titre d’article qui finit par un point", None)
    assert kinds(article) == [("heading", "Un sous-titre qui pose la question ?"), ("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("line, date", [
    ("Publié: 14.03.2024 à 10:05 heures", dt.date(2024, 3, 14)),
    ("2024-11-02T08:15:00Z", dt.date(2024, 11, 2)),
    ("Juin 3, 2024 | Non classé", dt.date(2024, 6, 3)),
    ("Étude de cas3 février 2025", dt.date(2025, 2, 3)),
    ("Article SEO 07.10.2023", dt.date(2023, 10, 7)),
    # a category after a bullet, with an ampersand
    ("12 octobre 2017 • Commerce & IA", dt.date(2017, 10, 12)),
    # the century left out; spaces between the numbers
    ("Publié le 13/06/25", dt.date(2025, 6, 13)), ("21 06 2018", dt.date(2018, 6, 21)),
    ("Publié : 4 novembre 24 — Actualisé : 5 novembre 24", dt.date(2024, 11, 4)),
])
def test_more_datelines_date_the_article(line, date):
    article = read(f"Un vrai titre d’article\n\n{line}\n\n{PARAGRAPH}")
    assert (article.title, article.date) == ("Un vrai titre d’article", date)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_category_and_a_date_above_the_headline_and_the_author_under_it_are_chrome():
    article = read(f"Commerce / 4 juin 2024\n\nLes vitrines parlantes arrivent en boutique\n\nLise Marchal\n\n"
                   f"Lise Marchal\n\n{PARAGRAPH}\n\n{SECOND}")
    assert (article.title, article.date, article.author) == (
        "Les vitrines parlantes arrivent en boutique", dt.date(2024, 6, 4), "Lise Marchal"
    )
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_headline_shortened_by_the_page_s_header_gives_way_to_the_whole_one():
    article = read(
        "Passer au contenu\n\nLes clients face aux assistants v…\n\nPrint & Email, PDF\n\n"
        f"Les clients face aux assistants vocaux des enseignes\n\n{PARAGRAPH}\n\n{SECOND}"
    )
    assert article.title == "Les clients face aux assistants vocaux des enseignes"
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


@pytest.mark.parametrize(("role", "kept"), [
    ("Associate Creative Director", []),
    ("Responsable des contenus chez Exemple", []),
    ("Les vitrines qui parlent", [("heading", "Les vitrines qui parlent")]),
])
def test_a_role_under_a_labelled_byline_is_byline_and_a_heading_is_not(role, kept):
    article = read(f"Un vrai titre d’article\n\nWritten by :\n\nLise Marchal\n\n{role}\n\n{PARAGRAPH}")
    assert article.author == "Lise Marchal"
    assert kinds(article) == [*kept, ("paragraph", PARAGRAPH)]


def test_a_section_named_after_a_guest_keeps_its_heading_and_leaves_out_the_portrait_s_caption():
    article = read(
        f"Un vrai titre d’article\n\n{OPENING}\n\nPaul Lenoir\n\nPaul Lenoir, directeur de la création chez Exemple\n\n"
        f"{THIRD}"
    )
    assert kinds(article)[-2:] == [("heading", "Paul Lenoir"), ("paragraph", THIRD)]
    assert article.author is None


def test_a_press_release_s_place_and_date_date_it_and_stay_in_its_text():
    lead = f"Lyon, le 3 juin 2025 – {PARAGRAPH}"
    article = read(f"Un vrai titre d’article\n\n{lead}\n\n{SECOND}")
    assert (article.date, kinds(article)) == (dt.date(2025, 6, 3), [("paragraph", lead), ("paragraph", SECOND)])


@pytest.mark.parametrize("items", [
    "-\nmoins de ruptures en rayon\n-\nun réassort plus rapide",
    "➡️ moins de ruptures en rayon\n➡️ un réassort plus rapide",
])
def test_bullets_alone_on_their_lines_or_emoji_bullets_make_a_list(items):
    article = read(f"Un vrai titre d’article\n\nLes magasins y gagnent :\n{items}\n\n{SECOND}")
    assert kinds(article)[1:3] == [
        ("bullet_item", "moins de ruptures en rayon"), ("bullet_item", "un réassort plus rapide"),
    ]


@pytest.mark.parametrize(("above", "kept"), [
    ("Une vendeuse présente la borne aux clients.", False),
    (CAPTION, True),  # more than a caption says: a paragraph above a picture
])
def test_one_short_sentence_above_a_credit_is_the_picture_s_caption(above, kept):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{above}\n\nCrédits : Exemple Images\n\n{SECOND}")
    assert (("paragraph", above) in kinds(article)) is kept


def test_a_line_broken_before_a_closing_mark_is_one_paragraph():
    article = read(
        "Un vrai titre d’article\n\nLes boutiques publient un fichier pour les robots (robots.txt\n"
        f"), puis une page d’aide pour les clients.\n\n{SECOND}"
    )
    assert kinds(article) == [
        ("paragraph", "Les boutiques publient un fichier pour les robots (robots.txt), puis une page d’aide pour les "
                      "clients."),
        ("paragraph", SECOND),
    ]


def test_a_sentence_that_opens_the_next_paragraph_is_shown_once():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{PARAGRAPH} {SECOND}\n\n{THIRD}")
    assert kinds(article) == [("paragraph", f"{PARAGRAPH} {SECOND}"), ("paragraph", THIRD)]


def test_a_line_cut_short_that_opens_no_line_below_stays():
    lines = ["Un vrai titre d’article", PARAGRAPH, "Les clients face aux assistants v…", SECOND, THIRD]
    assert ("paragraph", "Les clients face aux assistants v…") in kinds(read("\n\n".join(lines)))


def test_a_post_s_categories_near_the_headline_are_chrome_and_a_list_heading_further_down_is_not():
    categories = "Bonnes pratiques, Marque employeur, Réseaux sociaux, Tendances"
    article = read(f"Un vrai titre d’article\n\n{categories}\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == ("Un vrai titre d’article", [("paragraph", PARAGRAPH)])
    listing = "Vitesse, Coût, Qualité, Échelle"
    assert ("heading", listing) in kinds(read(f"Un vrai titre d’article\n\n{OPENING}\n\n{listing}\n\n{THIRD}"))


def test_a_label_and_a_date_far_below_the_headline_stay_in_the_article():
    body = "\n\n".join([OPENING, "Lancement 3 mars 2025", THIRD.replace("deux", "trois")])
    article = read(f"Un vrai titre d’article\n\n{body}")
    assert ("heading", "Lancement 3 mars 2025") in kinds(article) and article.date is None


def test_an_estimated_reading_time_is_never_the_title():
    article = read(f"Temps de lecture estimé : 3 minutes\n\nUn vrai titre d’article\n\n{PARAGRAPH}")
    assert article.title == "Un vrai titre d’article" and kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("text", [
    f"Un vrai titre d’article\n\nPartager\n\nPhoto portrait de Lise  Marchal\n\nLise Marchal\n\n{PARAGRAPH}",
    # the author's picture's file name makes the name a byline however far down the page
    f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{SECOND}\n\n1/3\n\nUne légende.\n\nPhoto : Exemple\n\n"
    f"Photo_Portrait_Auteur_12.JPG\n\nLise Marchal\n\n{THIRD}",
])
def test_the_name_under_the_author_s_picture_is_the_author(text):
    article = read(text)
    assert article.author == "Lise Marchal"
    assert not [block_text for _, block_text in kinds(article) if "Marchal" in block_text or "Portrait" in block_text]


def test_a_news_agency_s_byline_before_the_first_sentence_gives_the_author():
    article = read(f"Un vrai titre d’article\n\npar Lise Marchal (Reuters) - {PARAGRAPH}\n\n{SECOND}")
    assert article.author == "Lise Marchal"
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_date_then_the_author_s_name_is_a_byline():
    article = read(f"Un vrai titre d’article\n\n15 avril 2022 – Lise Marchal\n\n{PARAGRAPH}")
    assert (article.author, article.date) == ("Lise Marchal", dt.date(2022, 4, 15))
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_interview_speakers_named_with_their_role_are_headings_not_the_author():
    article = read(
        f"{{Interview}} Un vrai titre d’article ?\n\n{PARAGRAPH}\n\nLise Marchal, fondatrice de Exemple Conseil\n\n"
        f"{SECOND}\n\nPaul Lenoir, country manager chez Exemple\n\n{THIRD}"
    )
    assert (article.title, article.author) == ("{Interview} Un vrai titre d’article ?", None)
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("heading", "Lise Marchal, fondatrice de Exemple Conseil"), ("paragraph", SECOND),
        ("heading", "Paul Lenoir, country manager chez Exemple"), ("paragraph", THIRD),
    ]


def test_an_agency_s_heading_between_dashes_is_a_heading_and_a_title_loses_its_runs_of_spaces():
    article = read(f"Un  vrai  titre d’article\n\n{PARAGRAPH}\n\n– Des clients plus jeunes –\n\n{SECOND}")
    assert article.title == "Un vrai titre d’article"
    assert kinds(article) == [("paragraph", PARAGRAPH), ("heading", "Des clients plus jeunes"), ("paragraph", SECOND)]


def test_a_sponsor_under_a_headline_set_as_a_question_is_chrome():
    article = read(f"Un vrai titre d’article, est-il prêt ?\n\nEn collaboration avec Exemple & Fils\n\n{PARAGRAPH}")
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_the_author_s_picture_above_a_name_read_by_its_dateline_is_a_caption_not_the_title():
    article = read(
        "Publicité\nL’article provient de Exemple Nouvelles\nSociété\n\n"
        "Comment les agences d’ici testent l’IA dans leurs publicités\n\nPartager\n"
        "Photo portrait de Rose  Marchal-Diop\n\nRose Marchal-Diop\n\n2024-11-02T08:15:00Z\nPartager\n\n"
        f"{PARAGRAPH}\n\n• À lire aussi: Une chaîne de magasins confie ses affiches à un générateur d’images\n\n"
        f"{SECOND}\n\nDes méthodes différentes\n\n{THIRD}"
    )
    assert (article.title, article.author, article.date) == (
        "Comment les agences d’ici testent l’IA dans leurs publicités", "Rose Marchal-Diop", dt.date(2024, 11, 2)
    )
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("paragraph", SECOND), ("heading", "Des méthodes différentes"), ("paragraph", THIRD),
    ]


@pytest.mark.parametrize("kicker", ["Bonne nouvelle…", "Enfin du nouveau..."])
def test_a_kicker_trailing_off_above_the_headline_is_no_part_of_the_article(kicker):
    article = read(f"{kicker}\nUn vrai titre d’article\n\n{PARAGRAPH}")
    assert article.title == "Un vrai titre d’article" and kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("line, heading", [
    ("Ce que les chiffres ne disent pas#", "Ce que les chiffres ne disent pas"),
    ("Le bilan de l’année¶", "Le bilan de l’année"),
    ("Développer en C#", "Développer en C#"),
    # a subsection's number, even closed by a period; a question with a note in brackets after its mark
    ("1.2/ Les vitrines qui parlent.", "1.2/ Les vitrines qui parlent."),
    ("À quoi sert la vitrine ? (Trois exemples)", "À quoi sert la vitrine ? (Trois exemples)"),
])
def test_a_heading_is_read_by_its_shape_and_number_without_its_permalink_s_mark(line, heading):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("heading", heading), ("paragraph", SECOND)]


def test_short_questions_in_a_row_are_one_headline_but_a_question_after_a_statement_is_prose():
    article = read(
        f"Commerce et IA : pourquoi ? Comment ?\n\n{PARAGRAPH}\n\nC’est simple. Pourquoi attendre ?\n\n{SECOND}"
    )
    assert article.title == "Commerce et IA : pourquoi ? Comment ?"
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("paragraph", "C’est simple. Pourquoi attendre ?"), ("paragraph", SECOND),
    ]


def test_the_headline_repeated_with_other_capitals_and_points_is_not_shown_again():
    article = read(
        f"Vitrines et algorithmes : vieux couple… couple heureux ?\n\nVitrines et Algorithmes : vieux couple…. "
        f"Couple heureux ?\n\n{PARAGRAPH}"
    )
    assert article.title == "Vitrines et algorithmes : vieux couple… couple heureux ?"
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_headline_asking_a_question_above_its_picture_is_the_title_and_a_section_may_open_a_section():
    article = read(
        "Magasins : vitrines connectées, vendeurs pressés : sommes-nous prêts ?\n\nImage générée avec un logiciel\n\n"
        f"Image générée avec un logiciel\n\n{PARAGRAPH}\n\nChiffres & tendances du trimestre\n\n"
        f"Les signaux forts\n\n{SECOND}"
    )
    assert article.title == "Magasins : vitrines connectées, vendeurs pressés : sommes-nous prêts ?"
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("heading", "Chiffres & tendances du trimestre"), ("heading", "Les signaux forts"),
        ("paragraph", SECOND),
    ]


def test_a_byline_naming_the_author_s_university_is_no_part_of_the_title():
    article = read(f"Un vrai titre d’article\npar Jeanne L. Dufresnoy, l’Université de Lyon\n{PARAGRAPH}")
    assert (article.title, article.author) == ("Un vrai titre d’article", "Jeanne L. Dufresnoy")
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_keyword_heading_followed_by_text_is_kept():
    article = read(f"Titre\n{PARAGRAPH}\nIngénieurs marketing IA Recommandation\n{PARAGRAPH}")
    assert ("heading", "Ingénieurs marketing IA Recommandation") in kinds(article)


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    article = read("Titre\n\nUne phrase qui a été coupée\nau milieu par un éditeur de texte.\n\nUne autre.")
    assert kinds(article) == [
        ("paragraph", "Une phrase qui a été coupée au milieu par un éditeur de texte."),
        ("paragraph", "Une autre."),
    ]


def test_typography_is_kept_verbatim():
    text = "L’IA « générative » coûte 10\u00a0% de moins\u202f; c’est dit\u00a0!"
    article = read(f"Titre\n{text}")
    assert article.blocks[0].text == text


def test_every_block_has_a_unique_stable_anchor():
    text = f"Titre\n{PARAGRAPH}\nSection\n{PARAGRAPH}\n• Point.\nSection\n{PARAGRAPH}"
    first, second = read(text), read(text)
    anchors = [block.anchor for block in first.blocks]
    assert len(set(anchors)) == len(anchors)
    assert anchors == [block.anchor for block in second.blocks]
    edited = read(text.replace("• Point.", "• Point modifié."))
    assert edited.blocks[0].anchor == first.blocks[0].anchor


def test_empty_and_whitespace_files_are_rejected_with_a_reason():
    for text in ("", " \n\t\n  "):
        with pytest.raises(EmptyArticle, match="vide"):
            read(text)


def test_title_only_file_is_reported():
    article = read("Un titre seul")
    assert article.title == "Un titre seul"
    assert article.blocks == ()
    assert any("titre" in issue.message for issue in article.issues)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mai 7, 2024", dt.date(2024, 5, 7)),
        ("7 mai 2024", dt.date(2024, 5, 7)),
        ("1er août 2023", dt.date(2023, 8, 1)),
        ("Publié le 12 décembre 2022", dt.date(2022, 12, 12)),
        ("07/05/2024", dt.date(2024, 5, 7)),
        ("2/21/2024", dt.date(2024, 2, 21)),
        ("2024-05-07", dt.date(2024, 5, 7)),
        ("May 7, 2024", dt.date(2024, 5, 7)),
        ("29.09.2022", dt.date(2022, 9, 29)),
        ("Publié le 16 Déc '16", dt.date(2016, 12, 16)),
        ("lundi 4 mars 2024", dt.date(2024, 3, 4)),
        ("Mis à jour le 1er février 2025", dt.date(2025, 2, 1)),
        ("31 février 2024", None),
        ("Mai 68 est loin", None),
    ],
)
def test_dates_are_recognised_as_web_pages_write_them(text, expected):
    assert parse_date(text) == expected


def test_words_and_reading_time():
    article = read("Le titre\n" + " ".join(["Mot"] * 460) + ".")
    assert article.title == "Le titre"
    assert article.words == 460
    assert article.reading_minutes == 2


def test_a_dropped_caption_is_told_to_the_editor():
    article = read(
        f"Le titre\n\n{PARAGRAPH}\n\nIntelligence artificielle marketing smartphone\n\nAvantages et "
        f"inconvénients\n\n{PARAGRAPH}"
    )
    assert [(note.line, "légende" in note.message) for note in article.left_out] == [(5, True)]
    assert "Intelligence artificielle marketing smartphone" in article.left_out[0].message
    assert not article.issues


def test_every_dropped_line_is_told_to_the_editor_with_its_line_and_what_it_was_read_as():
    article = read(
        f"Accueil > Blog > Tendances\nUn vrai titre d’article\nPar Jeanne Martin\n{PARAGRAPH}\nPartager sur LinkedIn\n"
    )
    assert [(note.kind, note.severity.value, note.line) for note in article.left_out] == [
        (Kind.LEFT_OUT, "conseil", 1), (Kind.LEFT_OUT, "conseil", 3), (Kind.LEFT_OUT, "conseil", 5),
    ]
    messages = [note.message for note in article.left_out]
    assert "fil d’Ariane" in messages[0] and "signature" in messages[1] and "partage" in messages[2]
    assert str(article.left_out[0]).startswith("exemple.txt:1")
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("byline, date", [
    ("Jeanne Roy · 12 mars 2025 · 4 min de lecture", dt.date(2025, 3, 12)),
    ("Jeanne Roy 3 min de lecture", None),
])
def test_a_name_before_a_dateline_with_its_reading_time_is_a_byline_even_below_a_tag(byline, date):
    article = read(f"Un vrai titre d’article sur les assistants vocaux\nAssistants-vocaux\n{byline}\n{PARAGRAPH}")
    assert (article.title, article.author, article.date) == ("Un vrai titre d’article sur les assistants vocaux",
                                                             "Jeanne Roy", date)
    assert ("paragraph", PARAGRAPH) in kinds(article) and not any("Roy" in text for _, text in kinds(article))


@pytest.mark.parametrize("line", ["Paris, 12 mars 2025 : le salon ouvre ses portes.", "Les 3 min de lecture"])
def test_a_place_before_a_date_or_a_common_word_before_a_reading_time_names_no_author(line):
    assert read(f"Un vrai titre d’article\n{PARAGRAPH}\n{line}").author is None


def test_a_date_without_its_century_dates_the_article_only_after_its_label():
    """Alone on its line, « 11/12/23 » may be a newsletter box's issue, the same on every page."""
    assert read(f"Lettre du lundi\n11/12/23\n\nUn vrai titre d’article\n\n{PARAGRAPH}").date is None
    assert read(f"Un vrai titre d’article\n\nPublié 11/25/25\n\n{PARAGRAPH}").date == dt.date(2025, 11, 25)


def test_a_byline_gives_the_author_and_the_date_and_metadata_still_wins():
    text = f"Un vrai titre d’article\nPar Jeanne Martin | Publié le 3 mars 2024 à 10h12 | 4 min de lecture\n{PARAGRAPH}"
    article = read(text)
    assert (article.author, article.date) == ("Jeanne Martin", dt.date(2024, 3, 3))
    assert read(text, ArticleMetadata(author="Anne Dupont", date=dt.date(2020, 1, 2))).author == "Anne Dupont"


@pytest.mark.parametrize("bylines, author, date", [
    (["Rédigé par Lise MARCHAL | June 4, 2024 9:15:30 AM"], "Lise Marchal", dt.date(2024, 6, 4)),
    (["Rédigé par exemple.net le Mardi 4 Juin 2024 à 09:20 | | 3 commentaire(s)|"], None, dt.date(2024, 6, 4)),
    (["Auteurs : Lise Marchal / Paul Lenoir"], "Lise Marchal et Paul Lenoir", None),
    (["Lise Marchal – 4 juin 2024"], "Lise Marchal", dt.date(2024, 6, 4)),
    # a name in capitals, hyphenated; an acronym stays as it is
    (["PAR JEAN-MARC DUBOIS"], "Jean-Marc Dubois", None),
    (["Par AFP"], "AFP", None),
    (["Rédigé par Lise Marchal | 4 juin 2024", "Par Lise Marchal et Paul Lenoir"], "Lise Marchal et Paul Lenoir",
     dt.date(2024, 6, 4)),
    # a label that allows for several authors
    (["Auteur(s) : Lise Marchal"], "Lise Marchal", None),
    # the date framed by dashes, as a list item would be
    (["- 4 juin 2024 -"], None, dt.date(2024, 6, 4)),
    # the hour after a dash, the section, then the author's initials
    (["4 juin 2024 - 08h30 - Régions - Écrit par : L. M"], "L. M", dt.date(2024, 6, 4)),
    # the name, the role, then the date
    (["Lise Marchal, Professeure de Gestion - 4 juin 2024"], "Lise Marchal", dt.date(2024, 6, 4)),
    # a magazine's issue and its date
    (["Commerce Hebdo n° 412 du 04/06/2024"], None, dt.date(2024, 6, 4)),
    # a handle on a social network
    (["Par @lise_marchal"], "@lise_marchal", None),
    # a hyphen before the date; a call to the author's note
    (["Par Lise Marchal - 4 juin 2024"], "Lise Marchal", dt.date(2024, 6, 4)),
    (["Par Lise Marchal *"], "Lise Marchal", None),
    # a column's label above the headline
    (["La chronique mensuelle de Lise Marchal"], "Lise Marchal", None),
    # « par » glued to the name; an edit's date after the reading time
    (["Co-écrit parLise Marchal"], "Lise Marchal", None),
    (["7min • Édité le 4 juin 2024"], None, dt.date(2024, 6, 4)),
])
def test_more_bylines_name_the_authors_as_prose_would(bylines, author, date):
    article = read("Un vrai titre d’article\n\n" + "\n\n".join(bylines) + f"\n\n{PARAGRAPH}")
    assert (article.author, article.date, kinds(article)) == (author, date, [("paragraph", PARAGRAPH)])


def test_a_list_of_titles_under_read_also_and_a_glued_newsletter_button_are_dropped():
    """« À lire aussi » above a bulleted list of article titles: every title is a link, not an
    item of the article; the line after the list is not one of them. A newsletter's promotion
    with its button pasted at the end of the line (« … Je m’abonne ») is chrome too."""
    closing = "Le magasin garde pourtant deux vendeurs le samedi pour conseiller les clients."
    article = read(
        f"Un vrai titre d’article\n{PARAGRAPH}\nÀ lire aussi\n- Vitrines : faut-il encore les changer chaque mois ?\n"
        f"- Le retour des catalogues papier dans les boîtes aux lettres\nCe que disent les vendeurs\n{closing}\n"
        "Tous les jeudis, nos astuces pour les commerçants. Je m’abonne\n"
    )
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("heading", "Ce que disent les vendeurs"), ("paragraph", closing),
    ]
    assert [note.line for note in article.left_out] == [3, 4, 5, 8]


@pytest.mark.parametrize("text, title", [
    # a breadcrumb glued together, its last step the headline shortened
    ("AccueilCommerceLes vitrines qui parlent aux passants du...\n\n"
     f"Les vitrines qui parlent aux passants du centre-ville\n\n{PARAGRAPH}",
     "Les vitrines qui parlent aux passants du centre-ville"),
    # a breadcrumb listed from its home item, its last step the headline
    ("- Accueil\n- Commerce\n- Les vitrines qui parlent aux passants\nLes vitrines qui parlent aux passants\n"
     f"{PARAGRAPH}", "Les vitrines qui parlent aux passants"),
    (f"Un vrai titre d’article\n\n#Commerce connecté {PARAGRAPH}", "Un vrai titre d’article"),
    ("vitrine lumineuse bleue avec des reflets. illustration commerciale. rendu 3d.\n\n© Exemple Images\n\n"
     f"Un vrai titre d’article\n\n{PARAGRAPH}", "Un vrai titre d’article"),
    ("Un vrai titre d’article\n\nUne vendeuse présente la borne aux clients.\n\nUn vrai titre d’article\n\n"
     f"{PARAGRAPH}", "Un vrai titre d’article"),
])
def test_a_breadcrumb_a_hashtag_a_stock_picture_s_description_and_a_caption_around_the_headline_are_chrome(
    text, title
):
    article = read(text)
    assert (article.title, kinds(article)) == (title, [("paragraph", PARAGRAPH)])


def test_the_author_s_portrait_named_with_the_role_is_a_caption_and_names_the_author():
    article = read(
        "Un vrai titre d’article\n\nPartager\n\nPortrait Lise Marchal, responsable des contenus chez Exemple\n\n"
        f"Lise Marchal\n\n{PARAGRAPH}"
    )
    assert (article.author, kinds(article)) == ("Lise Marchal", [("paragraph", PARAGRAPH)])


@pytest.mark.parametrize("line", [
    "Pour recevoir la lettre du club, il suffit de s’inscrire à l’accueil.",
    "Par ailleurs, les données restent rares.", "Par exemple", "Le marketing par l’exemple", "87 %",
    "Source : étude Ipsos 2023", "Image de marque et IA", "Les années 2020 ont changé la donne",
    "Photographie et IA générative", "• Blog", "Contact humain et empathie",
    "Par 2030, la moitié des campagnes seront pilotées par des agents.",
    "Agence spécialisée en IA : comment bien la choisir ?", "Avec Exemple, le suivi devient simple",
    "Avec les clients", "robot et vendeur côte à côte", "Merci à tous pour vos messages.",
    "Le choix est simple | le prix, ou la qualité.", "Page après page, le catalogue s’allonge.",
    "Ce que change la publicité par ciblage",
])
def test_content_that_looks_a_little_like_chrome_is_kept(line):
    article = read(f"Un vrai titre d’article\n{PARAGRAPH}\n{line}\n{PARAGRAPH}")
    assert line.removeprefix("• ") in [block.text for block in article.blocks]
    assert not article.left_out


@pytest.mark.parametrize("byline", [
    "Par 30 janvier 2026Sans commentaires", "Par 30 janvier 2026", "30 janvier 2026 | Aucun commentaire",
])
def test_a_byline_whose_template_left_out_the_author_dates_the_article(byline):
    closing = "Les équipes relisent chaque réponse proposée avant de l’envoyer au client."
    article = read(f"Un vrai titre d’article\n{byline}\n{PARAGRAPH}\nSans commentaires\n{closing}")
    assert article.date == dt.date(2026, 1, 30) and article.author is None
    assert {note.line for note in article.left_out} == {2, 4}


def test_generated_articles_lose_nothing_but_their_chrome(tmp_path):
    """Sixty articles in the seeds' style, page chrome included: exactly the chrome is left out, and
    a paragraph the recombined sentences give again word for word, shown once."""
    from generate_articles import CHROME_BOTTOM, CHROME_TOP, generate_articles

    for path in generate_articles(60, tmp_path, seed=3):
        article = read_article(path.name, path.read_bytes())
        dropped = {note.line for note in article.left_out}
        lines = path.read_text(encoding="utf-8").splitlines()
        chrome = {
            number
            for number, line in enumerate(lines, start=1)
            if line in CHROME_TOP + CHROME_BOTTOM or parse_date(line)
            or len(line) >= MIN_REPEATED_PARAGRAPH_LENGTH and line in lines[: number - 1]
        }
        assert dropped == chrome, path.name


@pytest.mark.parametrize(("title", "problem"), [("T" * 150, False), ("T" * 151, True)])
def test_a_real_title_is_kept_whole_up_to_150_characters(title, problem):
    article = read(f"{PARAGRAPH}", ArticleMetadata(title=title))
    assert article.title == title
    assert any("150" in issue.message for issue in article.issues) is problem


def test_an_english_banner_above_the_prose_is_the_template_not_the_title():
    """A French page copied with its English template's banner (« Sign up to keep your notes »)
    takes its title from its own text; an English heading inside the article stays."""
    lead = "La rédaction automatisée change le quotidien des agences, et pas seulement pour les textes courts."
    text = f"Sign up to keep your notes\nOr\n\n\n{lead}\nThe end of the brief\n{PARAGRAPH}\n"
    article = read(text)
    assert "Sign up" not in article.title and not any("Sign up" in block.text for block in article.blocks)
    assert ("heading", "The end of the brief") in kinds(article)


def test_a_name_above_a_reading_time_written_as_a_clock_is_the_byline():
    article = read(f"Un vrai titre d’article\nClara Vidal\nLecture 7'30\n{PARAGRAPH}")
    assert (article.author, kinds(article)) == ("Clara Vidal", [("paragraph", PARAGRAPH)])


@pytest.mark.parametrize("line", [
    "Comment ?", "L’image de cette vendeuse virtuelle divise les clients", "Recherche et publicité",
    "« Le bot répond à 200 questions »", "Résumé",
])
def test_a_french_question_and_a_sentence_about_an_image_are_content(line):
    article = read(f"Un vrai titre d’article\n{PARAGRAPH}\n{line}\n{SECOND}")
    assert line in [block.text for block in article.blocks] and not article.left_out


@pytest.mark.parametrize("header", [
    # a stock index's quote in a portal's header
    "CAC 40 : 7412.35 -0.82 %",
    # the same menu twice, as a site copies its menu for two sizes of screen
    "- Le studio de la rue Haute\n- Nos ateliers du samedi\n- Le carnet du studio\n"
    "- Le studio de la rue Haute\n- Nos ateliers du samedi\n- Le carnet du studio",
    # a breadcrumb with doubled marks and an empty step, behind a bullet
    "• Économie >> Économie >  >> Divers",
    # a bookmark button and its prompt to sign in; a browser's warning; a summary's button; a logo
    "Sauvegarder l'article\nIdentifiez-vous, pour garder cet article et le lire plus tard !",
    "Logo\nPage indisponible sur ce navigateur\nPour une meilleure lecture, merci de consulter ce site sur Firefox ou "
    "Safari.",
    "LISEZ-LE",
    # a magazine's issue after the date
    "04/11/2024 NOVEMBRE 2024 - n°97",
])
def test_quotes_menus_buttons_warnings_and_issues_above_the_headline_are_the_site_s_header(header):
    article = read(f"{header}\nUn vrai titre d’article\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == ("Un vrai titre d’article", [("paragraph", PARAGRAPH)])


def test_a_headline_about_an_image_named_by_a_demonstrative_is_the_title():
    article = read(f"L’image de cette vendeuse virtuelle divise les clients\n{PARAGRAPH}")
    assert (article.title, article.left_out) == ("L’image de cette vendeuse virtuelle divise les clients", ())


def test_a_summary_running_over_two_paragraphs_is_shown_once_however_it_spaces_a_figure():
    first = "Le groupe a présenté hier son plan. Doté de 40 millions d’euros, il vise une hausse de 4,5 % en 2026."
    second = "Dès cet été, 10 millions seront investis dans la formation des équipes."
    summary = first.replace("4,5", "4, 5") + " Dès cet été, 10 millions seront ..."
    article = read(f"Un vrai titre d’article\n{summary}\n\n{first}\n\n{second}")
    assert kinds(article) == [("paragraph", first), ("paragraph", second)]


def test_a_pull_quote_that_the_text_gives_below_is_shown_once():
    quote = "« Je vous trouve une place dans le train de 18 h ! »"
    text = f"Le guichet virtuel répond aussitôt : {quote} Le voyageur n’a plus qu’à payer."
    article = read(f"Un vrai titre d’article\n{PARAGRAPH}\n{quote}\n{text}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", text)]


def test_a_quotation_pulled_above_its_paragraph_without_marks_is_shown_once_and_a_heading_stays():
    pulled = (
        "Nous avons trop longtemps vendu des remises à la chaîne, nous avons oublié de raconter ce qui fait "
        "la valeur de nos produits"
    )
    text = f"La directrice revient sur dix ans de promotions. « {pulled}, » admet-elle aujourd’hui."
    heading = "Le filtrage par contenu"
    explained = f"{heading} compare les produits entre eux. Il recommande ce qui ressemble aux achats passés."
    article = read(f"Un vrai titre d’article\n{PARAGRAPH}\n{pulled}\n{text}\n{heading}\n{explained}")
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("paragraph", text), ("heading", heading), ("paragraph", explained),
    ]


def test_a_sentence_broken_after_a_comma_or_an_ellipsis_is_one_paragraph():
    first = "Les équipes ont testé trois outils cet hiver,"
    rest = "sans jamais mesurer le temps gagné…\net sans rien changer à leur façon de faire."
    article = read(f"Un vrai titre d’article\n\n{first}\n{rest}\n")
    assert kinds(article) == [(
        "paragraph",
        f"{first} sans jamais mesurer le temps gagné… et sans rien changer à leur façon de faire.",
    )]


@pytest.mark.parametrize("lines, date", [
    # « paru », a share button after the date
    (["Article paru le 3 avril 2019 | Partager sur Facebook"], dt.date(2019, 4, 3)),
    # written, then updated: the first date is the article's
    (["Article écrit le 21/09/2017.", "Mise à jour le 02/03/2024."], dt.date(2017, 9, 21)),
    # both on one line, each its own sentence
    (["Publié le Feb 7, 2025. Dernière modification le Feb 9, 2025 à 8:10 am"], dt.date(2025, 2, 7)),
    # the post's category, its date and its reading time, joined by bars
    (["ANALYSER|9 Février 2024|7 min"], dt.date(2024, 2, 9)),
    # the date, the reading time and the category after its label
    (["Publié le 9 avril 2025 | Temps de lecture : 12 minutes | Catégorie : Service client"], dt.date(2025, 4, 9)),
    # an update's date, the only one the page gives
    (
        ["Documentation actualisée le 5 juin 2025 !", "Temps de lecture : une quinzaine de minutes !"],
        dt.date(2025, 6, 5),
    ),
    # a revision's date gives way to the month of publication
    (["Mars 2018", "Révisé : Le 2 octobre 2019"], dt.date(2018, 3, 1)),
])
def test_datelines_of_more_kinds_date_the_article_and_leave_it(lines, date):
    article = read("\n".join(["Un vrai titre d’article", *lines, PARAGRAPH]))
    assert (article.title, article.date) == ("Un vrai titre d’article", date)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_table_pasted_as_text_keeps_its_header_and_reads_its_rows_as_paragraphs():
    rows = [
        "Critère Outil gratuit Outil payant", "Langues Français seulement Vingt langues",
        "Support Forum Conseiller dédié",
    ]
    table = "\n".join(rows)
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nComparatif des deux offres\n\n{table}\n\n{SECOND}")
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("heading", "Comparatif des deux offres"), *(("paragraph", row) for row in rows),
        ("paragraph", SECOND),
    ]
    assert not article.left_out


def test_a_numbered_breadcrumb_whose_last_step_is_the_headline_below_a_dateline_names_the_title():
    headline = "Une enseigne confie ses vitrines à un robot et les passants s’arrêtent pour le regarder"
    page = f"1. Accueil\n2. Actu\n3. Commerce\n4. {headline}\n3 min de lecture\n\n{headline}\n\n{PARAGRAPH}"
    article = read(page)
    assert (article.title, kinds(article)) == (headline, [("paragraph", PARAGRAPH)])


def test_a_quotation_cut_by_the_copy_after_read_also_is_the_text_not_a_linked_title():
    quotation = "« Nous savions que la campagne ferait parler d’elle, car nous changeons les habitudes"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nÀ lire aussi\n\n{quotation}")
    assert kinds(article)[-1] == ("paragraph", quotation)


def test_a_lone_bulleted_question_above_its_text_is_a_heading():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n• Qu’est-ce qu’une voix de synthèse ?\n\n{SECOND}")
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("heading", "Qu’est-ce qu’une voix de synthèse ?"), ("paragraph", SECOND),
    ]


def test_a_link_back_glued_to_the_headline_and_a_reading_time_glued_after_it_are_not_the_title():
    article = read(f"Retour aux articlesLes vitrines qui parlent aux passants\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == ("Les vitrines qui parlent aux passants", [("paragraph", PARAGRAPH)])
    article = read(f"Les vitrines qui parlent aux passants : faut-il s’y fier ?6 min read\n\n{PARAGRAPH}")
    assert article.title == "Les vitrines qui parlent aux passants : faut-il s’y fier ?"


def test_a_teaser_cut_short_with_a_bracketed_ellipsis_is_shown_only_in_full():
    lead = f"{SECOND} {THIRD}"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{SECOND} Le magasin garde deux […]\n\n{lead}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", lead)]


@pytest.mark.parametrize("line, kind", [
    ("Bonjour à toutes et à tous ! 👋", "paragraph"),
    ("On y va. 🚀", "paragraph"),
    ("Pourquoi s’en servir ? 🤔", "heading"),
    ("Les outils du moment 🛠️", "heading"),
])
def test_an_emoji_after_a_line_leaves_its_final_mark_to_decide_its_kind(line, kind):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}")
    assert kinds(article)[1] == (kind, line)


@pytest.mark.parametrize("heading", [
    "1. Les limites de l’outil", "1. les limites de l’outil", "2. coût : ce que l’on paie",
])
def test_a_numbered_line_followed_by_its_paragraphs_is_a_section_heading_whatever_its_case(heading):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{heading}\n\n{SECOND}\n\n{THIRD}")
    assert kinds(article)[1] == ("heading", heading)


@pytest.mark.parametrize("question", [
    "Pour autant, faut-il tout confier au générateur ?", "Plus encore, lui confie-t-on les bonnes tâches ?",
    "En revanche, qui relit les fiches ?",
])
def test_a_question_that_opens_on_a_linking_word_goes_on_with_the_text(question):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{question}\n\n{SECOND}")
    assert kinds(article)[1] == ("paragraph", question)


def test_the_headline_given_again_below_without_the_rubric_glued_before_it_is_the_title():
    article = read(
        "Commerce Les vitrines qui parlent aux passants\n\nLes vitrines qui parlent aux passants\n\n"
        f"{PARAGRAPH}"
    )
    assert (article.title, kinds(article)) == ("Les vitrines qui parlent aux passants", [("paragraph", PARAGRAPH)])
    question = "Les vitrines parlent-elles aux passants ?"
    article = read(f"{question}\n\n{question.rstrip(' ?')}\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == (question, [("paragraph", PARAGRAPH)])
    # after a sentence, the title's last words may name a section
    article = read(f"Partie 2 : Les limites de l’outil\n\n{PARAGRAPH}\n\nLes limites de l’outil\n\n{SECOND}")
    assert article.title == "Partie 2 : Les limites de l’outil"
    assert kinds(article)[1] == ("heading", "Les limites de l’outil")


def test_the_title_again_right_above_the_first_section_heading_is_a_repeat_further_down_too():
    title = "Les vitrines qui parlent aux passants"
    article = read(f"{title}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{title}\n\nCe que disent les vendeurs\n\n{THIRD}")
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("paragraph", SECOND), ("heading", "Ce que disent les vendeurs"),
        ("paragraph", THIRD),
    ]
    # heading a section of its own, it stays
    article = read(f"{title}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{title}\n\n{THIRD}")
    assert kinds(article)[2] == ("heading", title)


def test_a_quotation_wrapped_on_the_next_line_is_kept_whole_not_read_as_a_button():
    article = read(
        f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nLe rapport s’intitule « Les vendeurs face aux bornes\n"
        f"de commande »\n\n{SECOND}"
    )
    assert kinds(article)[1][1] == "Le rapport s’intitule « Les vendeurs face aux bornes de commande »"


def test_a_first_line_ending_on_a_comma_is_no_headline_nor_ends_a_derived_title():
    article = read(f"Je soussigné Paul Lenoir,\natteste avoir relu ce mémoire.\n\n{PARAGRAPH}")
    assert article.title == "Je soussigné Paul Lenoir, atteste avoir relu ce mémoire"
    article = read(f"Je soussigné Paul Lenoir,\n\n{PARAGRAPH}")
    assert article.title == "Je soussigné Paul Lenoir"


def test_a_heading_and_its_subheading_shaped_label_colon_title_are_headings_not_items():
    for question in ("2024 : Quel bilan pour les bornes ?", "Borne ou vendeur : qui conseille le mieux ?"):
        article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{question}\nDates clés : Les étapes\n{SECOND}")
        assert kinds(article)[1:3] == [("heading", question), ("heading", "Dates clés : Les étapes")]
    # items pasted without their bullets, their text in lower case, stay items
    items = "Ciblage : segmentation des clients\nPrix : ajustement en continu"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{items}\n{SECOND}")
    assert [kind for kind, _ in kinds(article)[1:3]] != ["heading", "heading"]


def test_a_brand_written_in_camel_case_does_not_split_a_paragraph_into_a_heading():
    text = "Le rachat en 2019 de la société lyonnaise VitriNet, installée près de la gare, a tout changé."
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{text}")
    assert kinds(article)[1] == ("paragraph", text)


def test_a_definition_and_a_table_s_header_above_its_rows_of_figures_are_kept():
    definition = "SEA = Search Engine Advertising"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{definition}\n\nLes moteurs concernés\n\n{SECOND}")
    assert definition in [text for _, text in kinds(article)]
    table = "Indicateur Valeur Source\nPaniers abandonnés 70 % Exemple, 2024\nVisites sur mobile 62 % Exemple, 2025"
    article = read(f"Un vrai titre d’article\n{PARAGRAPH}\n{table}\n{SECOND}")
    texts = [text for _, text in kinds(article)]
    assert "Indicateur Valeur Source" in texts and "Paniers abandonnés 70 % Exemple, 2024" in texts


def test_the_title_asked_as_a_question_heads_the_first_section():
    title = "Charte d’usage des assistants de rédaction"
    article = read(f"{title}\n\n{PARAGRAPH}\n\nPourquoi une charte d’usage des assistants de rédaction ?\n\n{SECOND}")
    assert (article.title, kinds(article)[1]) == (
        title, ("heading", "Pourquoi une charte d’usage des assistants de rédaction ?"),
    )


@pytest.mark.parametrize("breadcrumb", [
    "Accueil > Ressources > Les vitrines qui parlent aux passants.",
    "  • Acceuil\n  • Commerce\n  • Les vitrines qui parlent aux passants\n\nLes vitrines qui parlent aux passants",
])
def test_a_breadcrumb_ending_on_the_headline_gives_the_title(breadcrumb):
    article = read(f"{breadcrumb}\n\n{PARAGRAPH}\n\n{SECOND}")
    assert (article.title, kinds(article)) == (
        "Les vitrines qui parlent aux passants", [("paragraph", PARAGRAPH), ("paragraph", SECOND)],
    )


def test_a_heading_opening_on_de_and_a_place_is_no_byline():
    article = read(f"Un vrai titre d’article\n\nDe Paris à Lyon\n\n{PARAGRAPH}")
    assert (article.author, kinds(article)[0]) == (None, ("heading", "De Paris à Lyon"))


def test_a_bulleted_breadcrumb_may_end_on_a_headline_that_asks_a_question():
    question = "Les vitrines parlent-elles aux passants ?"
    article = read(f"- Home\n- Actualités\n- {question}\n\n{question}\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == (question, [("paragraph", PARAGRAPH)])


PASTED_FIRST = "Les vitrines connectées affichent le prix du jour et répondent aux questions des passants pressés."
PASTED_SECOND = "Dans le quartier de la gare, trois commerçants les ont installées au printemps dernier sans regret."
PASTED_APOSTROPHES = "L’enseigne l’a testée un an avant de l’étendre à ses quarante magasins de centre-ville."
PULLED_FROM = "Les vendeurs gardent la main sur le conseil. 🙂 L’écran ne remplace pas le sourire. Il le prolonge."
HEADED_BY = "Les vitrines qui parlent aux passants attirent l’œil de loin. Elles coûtent cher."


@pytest.mark.parametrize("text, expected", [
    (f"{PASTED_FIRST}\n\n{PASTED_SECOND}\n\n{PARAGRAPH}\n\n{PASTED_FIRST}\n\n{PASTED_SECOND}",
     [("paragraph", PASTED_FIRST), ("paragraph", PASTED_SECOND), ("paragraph", PARAGRAPH)]),
    # given again with plain apostrophes for typographic ones
    (f"{PASTED_APOSTROPHES}\n\n{PARAGRAPH}\n\n{PASTED_APOSTROPHES.replace('’', chr(39))}",
     [("paragraph", PASTED_APOSTROPHES), ("paragraph", PARAGRAPH)]),
    # one of its sentences, whole, set apart in large type under it
    (f"{PULLED_FROM}\n\nL’écran ne remplace pas le sourire.\n\n{SECOND}",
     [("paragraph", PULLED_FROM), ("paragraph", SECOND)]),
    # a heading taking up its first words stays
    (f"{HEADED_BY}\n\nLes vitrines qui parlent aux passants\n\n{SECOND}",
     [("paragraph", HEADED_BY), ("heading", "Les vitrines qui parlent aux passants"), ("paragraph", SECOND)]),
])
def test_paragraphs_and_sentences_pasted_twice_are_shown_once(text, expected):
    assert kinds(read(f"Un vrai titre d’article\n\n{text}")) == expected


def test_steps_joined_by_arrows_in_the_text_are_no_breadcrumb():
    steps = "Remercier → Réparer → Relancer"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nLa méthode\n\n{steps}\n\n{SECOND}")
    assert steps in [text for _, text in kinds(article)]


def test_a_table_of_contents_widget_s_label_and_button_are_chrome():
    widget = "Table de matières\nToggleLe commerce de demain"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{widget}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("heading", "Le commerce de demain"), ("paragraph", SECOND)]


def test_an_advertisement_s_label_glued_to_a_paragraph_is_cut_off():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nPublicité{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


TITLE = "Un vrai titre d’article"


@pytest.mark.parametrize("header, title, author, date", [
    # a headline between its category's dateline and its reading time
    ("retour\nANALYSER|9 Février 2024|7 min\n\nCe que les outils ne disent pas\n\nLecture :7 min",
     "Ce que les outils ne disent pas", None, dt.date(2024, 2, 9)),
    # a name given twice (the portrait's text, then the name) between the date and the reading time
    (f"{TITLE}\n\nMardi 4 mars 2025\nLina Ferreira Lina Ferreira\n6 minutes", TITLE, "Lina Ferreira",
     dt.date(2025, 3, 4)),
    # the date before the name, the byline in brackets, a relative date
    (f"{TITLE}\n\n17 octobre 2025 Lina Ferreira", TITLE, "Lina Ferreira", dt.date(2025, 10, 17)),
    (f"{TITLE}\n\n(Article par Lina Ferreira, fondatrice de l’agence Exemple)", TITLE, "Lina Ferreira", None),
    (f"{TITLE}\n\n- il y a 4 mois", TITLE, None, None),
    # a name with an apostrophe, the role, the handle on a social network
    (f"{TITLE}\n\nJeanne O’Brien\nResponsable des contenus\n\n@jobrien_redac", TITLE, "Jeanne O’Brien", None),
    # the handle after the name in the dateline; the role after the name with no comma
    (f"{TITLE}\n\nPublié le 3 mars 2021 par Lina Ferreira @lferreira", TITLE, "Lina Ferreira", dt.date(2021, 3, 3)),
    (f"{TITLE}\n\nPar Jean-Marc Dubois Docteur en sociologie, fondateur de Exemple", TITLE, "Jean-Marc Dubois",
     None),
    # an expert's box and the writer's, each name glued to its role: the writer is the author
    (f"{TITLE}\n\nPaul LenoirDirecteur des études chez Exemple\nLina FerreiraJournaliste", TITLE, "Lina Ferreira",
     None),
    # the page's kind above its date names no one; a first name does
    (f"{TITLE}\n\nDéfinition\n12.3.2025", TITLE, None, dt.date(2025, 3, 12)),
    (f"{TITLE}\n\nGérald\n12.3.2025", TITLE, "Gérald", dt.date(2025, 3, 12)),
    # a blog's author widget, a bulleted name, above the headline that trails off
    (f"• Lina Ferreira\n\n{TITLE}…\n\nMis à jour le 3 mars 2025", f"{TITLE}…", "Lina Ferreira", dt.date(2025, 3, 3)),
    # a long headline quoting its guest, between the rubric and the byline, is no author's presentation
    ("@Commerce\nPaul Lenoir (Exemple) : « Nous allons confier nos vitrines à des robots qui parlent aux passants »\n"
     "Par Lina Ferreira, publié le 3 mars 2025",
     "Paul Lenoir (Exemple) : « Nous allons confier nos vitrines à des robots qui parlent aux passants »",
     "Lina Ferreira", dt.date(2025, 3, 3)),
    # the byline glued after the headline
    ("Faut-il confier sa vitrine à un robot ? Par Lina Ferreira (EX)", "Faut-il confier sa vitrine à un robot ?",
     "Lina Ferreira", None),
    # a name, then its card (the name and the role); a name under a picture's credit; a name, a
    # separator alone on its line, the date
    (f"{TITLE}\n\nLina Ferreira\nLina Ferreira Journaliste indépendante", TITLE, "Lina Ferreira", None),
    (f"{TITLE}\n\n© Exemple Images\n\nLina Ferreira", TITLE, "Lina Ferreira", None),
    (f"{TITLE}\n\nLina Ferreira\n\n·\n\n3 mars 2025", TITLE, "Lina Ferreira", dt.date(2025, 3, 3)),
    # a name spaced and set in capitals by its template
    (f"{TITLE}\n\nPar Lina  FERREIRA", TITLE, "Lina Ferreira", None),
    # a name before the date its template left empty
    (f"{TITLE}\n\nLina Ferreira |", TITLE, "Lina Ferreira", None),
    # a byline labelled « De »; a heading that opens on « De » names no one
    (f"{TITLE}\n\nDe Lina Ferreira", TITLE, "Lina Ferreira", None),
    # a signature ending on a period after the role
    (f"{TITLE}\n\nPar Lina Ferreira, responsable de la communication de la ville.", TITLE, "Lina Ferreira", None),
    # the name glued to « Auteur », under the initial that stands for the author's picture
    (f"{TITLE}\n\nL\nLina FerreiraAutrice", TITLE, "Lina Ferreira", None),
    # a search engine's review snippet pasted above the headline
    (f"{TITLE} Reviewed by Lina Ferreira on . Une vitrine qui parle 3 mars 2025 De Rating: 0\n\n{TITLE}",
     TITLE, None, None),
    # a blog template's byline with its category and comments count, its author left empty
    (f"{TITLE}\n\npar | Mar 3, 2025 | Commerce | 0 commentaires", TITLE, None, dt.date(2025, 3, 3)),
    # a podcast episode's byline
    (f"{TITLE}\n\nÉpisode diffusé le 3 mars 2025 par Lina Ferreira\n\nÉcouter l’épisode :", TITLE, "Lina Ferreira",
     dt.date(2025, 3, 3)),
    # the site's address and motto side by side above the headline
    (f"exemple.fr Le site des pros du commerce\n\n{TITLE}", TITLE, None, None),
    # « Posté par »
    (f"{TITLE}\n\nPosté par : Lina Ferreira le 3 mars 2025", TITLE, "Lina Ferreira", dt.date(2025, 3, 3)),
    # an English-style date with a French month cut short
    (f"{TITLE}\n\nUpdated Aoû 04, 2025", TITLE, None, dt.date(2025, 8, 4)),
    # a news site's dateline warning that the news may have changed since
    (f"{TITLE}\n\nInformation publiée le 3 mars 2025 à 8:15. Les événements peuvent avoir évolué depuis.",
     TITLE, None, dt.date(2025, 3, 3)),
])
def test_bylines_of_more_kinds_give_the_author_and_date_and_leave_the_text(header, title, author, date):
    article = read(f"{header}\n\n{PARAGRAPH}")
    assert (article.title, article.author, article.date) == (title, author, date)
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_contact_line_and_postal_addresses_above_the_headline_are_the_site_s_header():
    header = "contact@exemple.fr +33 (0)1 23 45 67 89\n\n12 bis rue des Lilas\n75011 Paris\n\n4 avenue du Port\nH2X 1Y4"
    article = read(f"{header}\n\nUn vrai titre d’article\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == ("Un vrai titre d’article", [("paragraph", PARAGRAPH)])


@pytest.mark.parametrize("line", ["10000 clients", "3 rues commerçantes ont fermé leurs portes."])
def test_figures_that_look_a_little_like_an_address_are_content(line):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}")
    assert line in [block.text for block in article.blocks]


def test_the_title_s_words_heading_a_section_further_down_stay_and_a_standfirst_between_two_copies_too():
    standfirst = "Ajuster les prix à la demande, voilà ce que promet la tarification dynamique."
    intro = "Les assistants répondent à des millions de clients chaque jour."
    title = "Qu’est-ce que la tarification dynamique ?"
    article = read(f"{title}\n\n{title}\n\n{standfirst}\n\n{title}\n\n{intro}\n\n{title}\n\n{SECOND}")
    assert kinds(article) == [
        ("paragraph", standfirst), ("paragraph", intro), ("heading", title), ("paragraph", SECOND),
    ]


def test_a_headline_between_the_reading_time_and_the_dateline_is_the_title_not_the_author_s_presentation():
    headline = "C’est quoi un agent conversationnel ? Définition et usages"
    article = read(f"Outils et méthodes\n7 min\n\n{headline}\n\nPublié le\n03/06/2025\n\n{PARAGRAPH}")
    assert (article.title, article.date) == (headline, dt.date(2025, 6, 3))


def test_a_browser_s_title_loses_the_site_its_section_and_its_issue_and_tags_above_the_byline_are_chrome():
    title = "Le comptoir qui parlait tout seul"
    article = read(
        f"{title} - Commerce Hebdo n° 412 du 04/06/2024 - Dossiers - Commerce-hebdo.fr\n\n"
        f"Commerce Hebdo n° 412 du 04/06/2024\n\nCAISSE\n\nMAGASIN\n\nAuteur(s) : Lise Marchal\n\n{PARAGRAPH}"
    )
    assert (article.title, article.author, article.date) == (title, "Lise Marchal", dt.date(2024, 6, 4))
    assert kinds(article) == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("title", [
    # a site named without its address stays: it may be the headline's own words
    "Le comptoir qui parlait tout seul - Commerce Hebdo",
    "Tout savoir sur le commerce en ligne - Partie 2",
])
def test_a_title_without_a_site_s_address_after_it_is_kept_whole(title):
    assert read(f"{title}\n\n{PARAGRAPH}").title == title


def test_a_site_s_menu_copied_on_one_line_above_the_headline_is_chrome_not_the_title():
    menu = (
        "Accueil Actualités Annuaire des commerces Annonces du quartier Emplois et stages Marchés publics Agenda des "
        "marchés Vous avez la parole Qui sommes-nous Contact"
    )
    headline = "Les marchés couverts testent le paiement par reconnaissance vocale"
    article = read(f"{menu}\n\n{headline}\n\n04.06.2024\n\n{PARAGRAPH}")
    assert (article.title, article.date, kinds(article)) == (headline, dt.date(2024, 6, 4), [("paragraph", PARAGRAPH)])


def test_a_date_split_over_two_lines_dates_the_article_and_the_headline_printed_with_its_marks_is_the_title():
    headline = "Commerce de proximité : que change la caisse automatique ?"
    article = read(
        f"Commerce de proximité que change la caisse automatique\nMar 9\n2024\n\n{headline}\n\nLise Marchal\n\n"
        f"{PARAGRAPH}"
    )
    assert (article.title, article.date, kinds(article)) == (headline, dt.date(2024, 3, 9), [("paragraph", PARAGRAPH)])


def test_a_first_section_s_heading_is_no_title_and_a_category_above_the_date_s_item_is_chrome():
    heading = "Introduction — Vendre mieux avec moins de stock"
    assert read(f"{heading}\n{PARAGRAPH}\n{SECOND}").title_guessed
    article = read(
        "Un vrai titre d’article\n\n  • Commerce de détail\n  • 04 Septembre 2023\n  • Aucun commentaire\n\n"
        f"{PARAGRAPH}"
    )
    assert (article.date, kinds(article)) == (dt.date(2023, 9, 4), [("paragraph", PARAGRAPH)])


def test_a_republication_notice_a_decorative_bar_and_a_player_s_times_are_no_text():
    notice = "Ce texte a d’abord paru dans Commerce Hebdo. Cliquez ici pour lire la version d’origine"
    lead = "Les boulangers du quartier ont adopté une caisse qui parle aux clients pressés du matin."
    article = read(
        f"{notice}\n\n{lead}\n\n▌Une caisse bavarde\n\n00:00Bonjour à tous, voici la boutique.\n"
        "00:41Les clients ont vite pris le pli.\n"
    )
    assert article.title == lead.rstrip(".")
    assert kinds(article) == [
        ("paragraph", lead), ("heading", "Une caisse bavarde"), ("paragraph", "Bonjour à tous, voici la boutique."),
        ("paragraph", "Les clients ont vite pris le pli."),
    ]


@pytest.mark.parametrize("opening", [
    # the date the lead opens on, a wire story's place, a summary's label (kept as a heading), a
    # table's row, a preamble's name (kept)
    "Mars 2024. ",
    "Valence — ",
    "La réponse courte\n\n| Critère | Effet |\n\n",
    "Préambule\n\n",
])
def test_a_title_taken_from_the_lead_skips_what_opens_it(opening):
    lead = "Une vendeuse virtuelle accueille les clients d’une boutique de chaussures lyonnaise."
    article = read(f"{opening}{lead} Une deuxième phrase.")
    assert article.title == lead.rstrip(".")
    assert [text for kind, text in kinds(article) if kind == "heading"] == [
        label for label in ("La réponse courte", "Préambule") if opening.startswith(label)
    ]


def test_a_caption_credited_image_invitations_to_read_or_listen_on_and_a_block_pasted_twice_are_not_shown():
    headline = "Les vitrines animées reviennent dans les rues commerçantes"
    heading = "Une vitrine qui parle"
    first = "Les commerçants du centre installent des mannequins qui saluent les passants et annoncent les soldes."
    second = "Une boutique de jouets a vu ses entrées doubler depuis que sa vitrine raconte une histoire chaque soir."
    article = read(
        f" date 2024-06-04 Avez-vous déjà vu un mannequin cligner des yeux ? Image: Exemple\n\n{headline}\n\n"
        f"{first}\n\n{heading}\n\n{second}\n\n{first}\n\n{heading}\n\n{second[:90]}\n\n"
    )
    assert (article.title, article.date) == (headline, dt.date(2024, 6, 4))
    assert kinds(article) == [("paragraph", first), ("heading", heading), ("paragraph", second)]
    endings = (
        "Accédez à la suite du contenu.", "Écoutez la suite de l’entretien avec la gérante dans l’extrait ci-dessus.",
        "Envie de voir ? Regardez la session complète en replay.", "🎧 Plutôt à l’écoute ? Retrouvez le balado ici.",
        "📘 Allez plus loin avec notre livre blanc : vendre en boutique à l’heure des assistants",
        "Une vitrine parlante vue depuis le trottoir | Capture d’écran via Exemple",
    )
    for ending in endings:
        assert kinds(read(f"{headline}\n\n{PARAGRAPH}\n\n{ending}\n")) == [("paragraph", PARAGRAPH)]


def test_a_section_s_name_behind_an_emoji_and_before_a_colon_is_a_heading_unless_a_list_follows():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n🧾 Le choix de la caisse :\n\n{SECOND}\n")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("heading", "🧾 Le choix de la caisse"), ("paragraph", SECOND)]
    items = "- le prix\n- la taille\n- le service\n"
    listed = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n🧾 Trois critères :\n{items}")
    assert [kind for kind, _ in kinds(listed)][:2] == ["paragraph", "paragraph"]


def test_an_image_s_path_above_the_headline_and_the_page_s_script_below_the_text_are_chrome():
    headline = "Les caisses parlantes arrivent dans les supérettes de quartier"
    article = read(
        f"/media/2f9c-41aa/une-caisse-dans-une-superette.jpg)\n{headline}\n\n{PARAGRAPH}\n\n"
        "// ================= // LOT 2 // =================\n"
        "const PAGES_LOT_2 = [ { titre: “Les caisses parlantes”, lien: “caisses-parlantes” } ];\n"
    )
    assert (article.title, kinds(article)) == (headline, [("paragraph", PARAGRAPH)])


def test_a_menu_under_its_label_a_search_box_s_button_and_a_reading_time_range_are_chrome():
    headline = "Les supérettes de village misent sur la caisse parlante"
    menu = "\n".join(f"  • {item}" for item in ("Ressources", "Toutes les ressources", "Analyses", "Je me connecte"))
    article = read(
        f"Menu\n{menu}\nClose this search box.\n\n⏱️ Temps de lecture estimé : 6 à 8 minutes\n\n"
        f"## {headline}\n\n{PARAGRAPH}"
    )
    assert (article.title, kinds(article)) == (headline, [("paragraph", PARAGRAPH)])


def test_the_heading_of_the_article_s_summary_stays_below_the_page_s_short_links():
    article = read(
        f"Un vrai titre d’article\n\nPar Lise Marchal\n\nExemple\n  • Ressources\nLes points clés\n{PARAGRAPH}\n"
        f"{SECOND}\n\n{THIRD}"
    )
    assert ("heading", "Les points clés") in kinds(article)
    assert not {"Exemple", "Ressources"} & {text for _, text in kinds(article)}


def test_the_author_s_name_and_role_between_the_date_and_the_share_buttons_sign_the_article():
    title = "Un vrai titre d’article"
    article = read(
        f"{title}\n\nSeptember 8, 2025\n6 min\nLise Marchal\nCo-fondatrice\nCopier le lien\n"
        f"Partager sur Linkedin\n\n{PARAGRAPH}"
    )
    assert (article.author, article.date, kinds(article)) == (
        "Lise Marchal", dt.date(2025, 9, 8), [("paragraph", PARAGRAPH)]
    )


def test_a_date_in_figures_glued_to_the_standfirst_and_an_image_in_markdown_are_chrome():
    standfirst = "En 2024, les boulangeries adoptent la caisse parlante."
    image = "![[Dossier] Les caisses parlantes](https://exemple.fr/images/caisse.webp)"
    article = read(f"Un vrai titre d’article\n\n04/06/2024{standfirst}\n\n{image}\n\n{PARAGRAPH}")
    assert article.date == dt.date(2024, 6, 4)
    assert kinds(article) == [("paragraph", standfirst), ("paragraph", PARAGRAPH)]


def test_a_list_s_first_item_glued_to_the_sentence_that_announces_it_is_an_item():
    article = read(
        f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nLa caisse parlante sert à trois choses :- Accueillir les clients.\n"
        "- Annoncer les promotions.\n- Rendre la monnaie.\n"
    )
    assert kinds(article)[1:] == [
        ("paragraph", "La caisse parlante sert à trois choses :"), ("bullet_item", "Accueillir les clients."),
        ("bullet_item", "Annoncer les promotions."), ("bullet_item", "Rendre la monnaie."),
    ]


def test_a_breadcrumb_behind_its_label_and_a_headline_pasted_twice_name_the_title():
    headline = "Les caisses, ou comment parler aux clients"
    breadcrumb = f"Vous êtes ici : Blog De Lise » Boite à Outils » {headline}"
    assert read(f"{breadcrumb}\n\n{headline}\n\n{PARAGRAPH}").title == headline
    # two capitalised words, a colon and commas: a headline's topic, no person's name and role
    headline = "Caisse Parlante : Définition, Usages et Limites"
    assert read(f"{headline}\n\n{headline}\n\n{PARAGRAPH}").title == headline


def test_a_link_s_label_in_capitals_after_an_item_is_no_text():
    items = ["- Une étude compare trois caisses parlantes. LIRE", "- Les clients âgés les préfèrent aux bornes. LIRE"]
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n" + "\n".join(items))
    assert [text for _, text in kinds(article)][1:] == [
        "Une étude compare trois caisses parlantes.", "Les clients âgés les préfèrent aux bornes.",
    ]


def test_two_people_above_their_job_titles_and_the_dateline_sign_the_article():
    headline = "Les études qualitatives à l’heure des assistants conversationnels"
    article = read(
        f"{headline}\n\nLise Marchal et Paul Lenoir\nDeputy Research Director et Senior Consultant - Exemple\n\n"
        f"4 juin 2024\n\n{PARAGRAPH}"
    )
    authors = "Lise Marchal et Paul Lenoir"
    assert (article.title, article.author, article.date) == (headline, authors, dt.date(2024, 6, 4))
    assert kinds(article) == [("paragraph", PARAGRAPH)]


def test_a_question_above_its_deck_and_the_dateline_is_the_title():
    question = "Quelle caisse enregistreuse choisir pour une petite boutique ?"
    deck = "Trois logiciels de caisse passés au crible"
    article = read(f"Logo Exemple\n\n{question}\n{deck}\n\n- 4 juin 2024 -\n\n{PARAGRAPH}")
    assert (article.title, article.date) == (question, dt.date(2024, 6, 4))
    assert [text for _, text in kinds(article)] == [deck, PARAGRAPH]


def test_between_the_date_and_the_byline_the_standfirst_is_kept_and_the_author_s_presentation_dropped():
    title = "Les vitrines connectées changent le commerce de quartier"
    standfirst = (
        "Pourquoi les vitrines connectées séduisent peu à peu le commerce de quartier, et ce qu’elles coûtent "
        "vraiment aux petites enseignes"
    )
    presentation = "Consultante depuis quinze ans, elle accompagne les enseignes dans leurs projets numériques."
    for middle, kept in ((standfirst, [("paragraph", standfirst)]), (presentation, [])):
        article = read(f"{title}\n\n4 juin 2024\n\n{middle}\n\nPAR LISE MARCHAL\n\n{PARAGRAPH}")
        assert (article.title, article.author) == (title, "Lise Marchal")
        assert kinds(article) == [*kept, ("paragraph", PARAGRAPH)]


def test_a_list_item_that_gives_a_date_in_the_text_is_an_item():
    items = "- Coupe et brushing\n- Le 3 mars à 10 h\n- Avec Inès"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nVotre réservation :\n{items}\n\n{SECOND}")
    assert ("bullet_item", "Le 3 mars à 10 h") in kinds(article) and article.date is None


def test_a_link_to_another_article_is_left_out_and_the_heading_below_it_kept():
    link = "Lire notre analyse du lancement"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n{link}\nLa campagne du printemps\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("heading", "La campagne du printemps"), ("paragraph", SECOND)]


def test_a_sentence_pasted_twice_at_the_top_of_the_page_is_the_headline():
    headline = "Les agents d’IA prennent en charge les réservations des hôtels."
    article = read(f"{headline}\n\n{headline}\n\n{PARAGRAPH}")
    assert (article.title, kinds(article)) == (headline.rstrip("."), [("paragraph", PARAGRAPH)])


@pytest.mark.parametrize("line, kind", [
    ("👉 Retenez surtout ceci : le client juge la réponse, pas l’outil.", "paragraph"),
    ("✅ Ce qui a marché", "heading"),
])
def test_a_line_alone_after_a_pointing_sign_keeps_its_sign_and_is_no_list(line, kind):
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), (kind, line), ("paragraph", SECOND)]


def test_lines_after_pointing_signs_one_after_another_are_a_list():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n👉 la rapidité\n👉 le coût\n\n{SECOND}")
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("bullet_item", "la rapidité"), ("bullet_item", "le coût"), ("paragraph", SECOND),
    ]


@pytest.mark.parametrize("rubric", ["ÉCONOMIE", "ÉCONOMIE. "])
def test_a_rubric_in_capitals_before_the_first_words_is_cut_off(rubric):
    article = read(f"{rubric}Les vitrines qui parlent aux passants\n\n{rubric}{PARAGRAPH}")
    assert (article.title, kinds(article)) == ("Les vitrines qui parlent aux passants", [("paragraph", PARAGRAPH)])


def test_a_contents_label_over_one_entry_that_heads_the_text_keeps_it_and_a_widget_s_note_is_read():
    lost_list = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\nIndex\n\n1. Des vitrines qui parlent\n\n{SECOND}")
    assert kinds(lost_list) == [
        ("paragraph", PARAGRAPH), ("heading", "1. Des vitrines qui parlent"), ("paragraph", SECOND),
    ]
    widget = "Sommaire (généré automatiquement)\n- Le contexte\n- La méthode\n- Le bilan"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{widget}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", SECOND)]


def test_a_note_in_brackets_alone_on_its_line_is_no_heading():
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n(Source : Exemple, 2024)\n\n{SECOND}")
    note = "(Source : Exemple, 2024)"
    assert kinds(article) == [("paragraph", PARAGRAPH), ("paragraph", note), ("paragraph", SECOND)]


def test_quotations_listed_as_items_are_the_text_not_buttons():
    items = "- « Vendez deux fois plus dès demain »\n- « Le secret des vitrines qui parlent »"
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n{items}\n\n{SECOND}")
    assert kinds(article) == [
        ("paragraph", PARAGRAPH), ("bullet_item", "« Vendez deux fois plus dès demain »"),
        ("bullet_item", "« Le secret des vitrines qui parlent »"), ("paragraph", SECOND),
    ]


def test_a_question_word_alone_is_no_headline():
    article = read(f"Qui ?\n\nLina Ferreira, directrice de l’agence Exemple.\n\nQuoi ?\n\n{PARAGRAPH}")
    assert article.title != "Qui ?"


def test_items_pasted_without_bullets_after_a_colon_may_ask_a_question_behind_their_label():
    items = (
        "Au sommaire de ce numéro :\nVitrines : ce qui change en magasin\nDroit : que dit la loi ?\n"
        "Bilan : les chiffres du trimestre"
    )
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n{items}\n\n{SECOND}")
    assert [kind for kind, _ in kinds(article)] == [
        "paragraph", "paragraph", "bullet_item", "bullet_item", "bullet_item", "paragraph",
    ]


@pytest.mark.parametrize("spaced, joined", [
    ("L a vitrine parle aux passants depuis mars.", "La vitrine parle aux passants depuis mars."),
    ("L ’outil répond aux passants depuis mars.", "L’outil répond aux passants depuis mars."),
    ("B to B : les vitrines parlent aussi aux acheteurs.", "B to B : les vitrines parlent aussi aux acheteurs."),
])
def test_a_large_first_letter_set_apart_by_a_space_joins_its_word(spaced, joined):
    article = read(f"Un vrai titre d’article\n\n{spaced}\n\n{SECOND}")
    assert kinds(article) == [("paragraph", joined), ("paragraph", SECOND)]


@pytest.mark.parametrize("below, author", [
    ("Information publiée le 3 mars 2026 à 8:15.", None),
    # a byline that names a handle: the standfirst shares no word with the headline, and what tells
    # it from the author's presentation is that it speaks of no one's role or training
    ("Par @lise_marchal", "@lise_marchal"),
])
def test_a_standfirst_under_a_dateline_is_the_text_not_an_author_s_presentation(below, author):
    standfirst = "Imaginez une vitrine qui change ses prix quand le soleil tourne et que les passants ralentissent."
    article = read(f"Un vrai titre d’article\n\n3 mars 2026 à 8:15\n\n{standfirst}\n\n{below}\n\n{PARAGRAPH}")
    assert (article.author, article.date) == (author, dt.date(2026, 3, 3))
    assert kinds(article) == [("paragraph", standfirst), ("paragraph", PARAGRAPH)]


def test_a_section_s_name_in_quotation_marks_that_its_paragraph_quotes_again_stays_its_heading():
    quoting = "Les «vitrines interactives» ont gagné trois enseignes de la ville en un an, sans campagne."
    article = read(f"Un vrai titre d’article\n\n{PARAGRAPH}\n\n«Vitrines interactives»\n\n{quoting}")
    assert kinds(article) == [("paragraph", PARAGRAPH), ("heading", "«Vitrines interactives»"), ("paragraph", quoting)]
