"""Dates, bylines and datelines as web pages write them, in French and numeric forms.

A dateline (« Publié le 3 mars 2024 à 10h12 », « Mis à jour le … », « 12/03/2024 · 4 min read »)
or a byline (« Par Jeanne Martin ») is page chrome that tells the article's date and author:
the reader drops the line and keeps what it says. A line is one only when every part of it is
recognised (author, date, time, reading time), so a sentence that starts with « Par » is not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dossier_ia.french.tokens import is_french_word
from dossier_ia.reading.lines import folded

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "aou": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12, "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTHS_IN_A_YEAR = 12
WEEKDAYS = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
)
# Dates on folded text (lower case, no accents, plain apostrophes); a year may be written '16.
YEAR = r"(?P<year>\d{4}|'\d{2})"
DATE_FORMS = (
    rf"(?:{WEEKDAYS})?(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>[a-z]+)\.?,?\s+{YEAR}",
    rf"(?:{WEEKDAYS})?(?P<month>[a-z]+)\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR}",
    r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})",
    r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})",
    # « 21 06 2018 »: spaces between the numbers
    r"(?P<day>\d{1,2}) (?P<month>\d{1,2}) (?P<year>\d{4})",
)
# « Publié le 13/06/25 »: the century left out, between slashes, after its label only (alone on its
# line, « 11/12/23 » may be a newsletter box's issue, the same on every page of the site).
SHORT_YEAR_DATES = (
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{2})(?!\d)",
    # « Publié : 12 septembre 25 »
    r"(?P<day>\d{1,2})(?:er)?\s+(?P<month>[a-z]+)\.?\s+(?P<year>\d{2})(?![\d/])",
)
# The labels of an update's date (folded), which dates the publication only when nothing else does.
UPDATE_LABELS = (
    r"(?:page |article |documentation |contenu )?(?:actualisee?|revisee?|modifiee?)"
    r"|(?:derniere |date de )?(?:mise? a jour|modification)|updated|last updated|last edited"
)
UPDATE_LABEL = re.compile(rf"(?:{UPDATE_LABELS})\b")
DATE_LABEL = (
    r"(?:(?:(?:page |article |documentation |contenu |episode |emission |information )?"
    r"(?:publiee?|parue?|ecrit|redige|diffusee?|editee?|postee?|mise? en ligne)|"
    rf"{UPDATE_LABELS}|date de publication|cree|posted|published|date)"
    r"(?:\s+par)?(?:\s*:?\s*(?:le|on)\b)?|le|on"
    # a byline whose template left the author out (« Par 30 janvier 2026 »)
    r"|par)\s*:?\s*"
)
DATE_PATTERNS = (
    *(re.compile(rf"(?:{DATE_LABEL})?{form}") for form in DATE_FORMS),
    *(re.compile(rf"(?:{DATE_LABEL}){form}") for form in SHORT_YEAR_DATES),
)
# A month and a year (« mars 2023 ») mark a dateline too, though they give no day to publish;
# so do a day and a month (« 8 juin », a blog template's date of this year).
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A month and its year alone, named or in ISO form (« mars 2023 », « 2024-01 »), on folded text.
NAMED_MONTH_YEAR = rf"(?P<name>{MONTH_NAMES})\.?\s+(?P<year>\d{{4}})"
MONTH_YEAR_PARTS = rf"{NAMED_MONTH_YEAR}|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})(?![-\d])"
DAY_MONTH = rf"\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})\.?"


def _unnamed(pattern: str) -> str:
    """The pattern without its group names, to join it with others that use the same names."""
    return re.sub(r"[?]P<[a-z_]+>", "", pattern)


ANY_DATE = "|".join([
    *(f"(?:{_unnamed(form)})" for form in DATE_FORMS),
    *(f"(?:{DATE_LABEL}){_unnamed(form)}" for form in SHORT_YEAR_DATES),
    _unnamed(NAMED_MONTH_YEAR),
])
TIME = (
    r"(?:(?:a|at)\s+)?\d{1,2}\s*(?:h|:)\s*\d{0,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.|heures?))?"
    # an ISO timestamp's time, glued to its date (« 2024-11-02T08:15:00Z »)
    r"|t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?"
)
RELATIVE_DATE = (
    r"(?:il y a\s+)?\d+\s+(?:jours?|semaines?|mois|ans?|heures?|minutes?|days?|weeks?|months?|years?|hours?)(?:\s+ago)?"
)
READING_TIME = (
    r"(?:(?:(?:(?:temps de |min(?:utes?)? de )?lecture(?: estimee?| \(moyen\))?|reading time|article|video)"
    r"\s*[:•·]?\s*)?"
    r"(?:env(?:iron)?\.?\s*)?"
    # minutes, and the seconds some templates add (« 4 min 15 s »)
    # a range (« 16 à 20 minutes »)
    r"(?:\d{1,3}\s*(?:(?:a|-|–)\s*\d{1,3}\s*)?(?:min(?:utes?)?|minute\(s\)|mn)\.?(?:\s*,?\s*\d{1,2}\s*(?:s|sec|secondes?))?"
    # or as a clock writes it, minutes and seconds (« Lecture 9'00 »)
    r"|\d{1,2}'\d{2}(?:'')?"
    # or in words (« une dizaine de minutes »)
    r"|(?:une |environ )?(?:dizaine|quinzaine|vingtaine|trentaine) de minutes|quelques minutes)"
    r"(?:\s*(?:de lecture|read|reading|a lire|lire|lecture))?"
    # the article's length in words (« 1 255 mots »), which some pages give with the reading time
    r"|\d{1,3}(?:[\s.]?\d{3})*\s+(?:mots|words)"
    # a counter beside the date (« 15 Views », « 230 vues »)
    r"|\d{1,3}(?:[\s.]?\d{3})*\s+(?:vues|views|lectures|reads))"
)
# A person's name as bylines write it (on the original text: capitals matter): one to four
# capitalised words, or two people joined by « et », or « la rédaction ».
# Capitalised words that open a person's role, not a part of their name (« Par Jeanne Roy Docteure
# en économie »).
ROLE_OPENERS = (
    r"docteure?|directeur|directrice|fondat(?:eur|rice)|co-?fondat(?:eur|rice)|journaliste|r[ée]dact(?:eur|rice)"
    r"|consultante?|responsable|professeure?|chercheu(?:r|se)|experte?|pr[ée]sidente?|associ[ée]e?|chef|head"
)
# A name glued to the role under it, as a box of the page is copied (« Jeanne RoyRédactrice »,
# « Paul LenoirDirecteur des études chez Exemple »): the surname's last small letter, then the role's capital.
GLUED_NAME_ROLE = re.compile(
    rf"(?P<name>[A-ZÀ-Ý][\w’'-]+ [A-ZÀ-Ý][a-zà-ÿ’'-]*[a-zà-ÿ])"
    rf"(?P<role>(?=[A-ZÀ-Ý])(?i:{ROLE_OPENERS}|manager|auteure?|autrice)\b.{{0,120}})"
)
# The roles of the article's writer, among them.
WRITER_ROLE = re.compile(r"(?i:r[ée]dact(?:eur|rice)|journaliste|auteure?|autrice)\b")
# Words in capitals this long at most may be acronyms (« IBM », « SNCF »), not names.
MAX_ACRONYM_LETTERS = 4
VOWELS = frozenset("aeiouy")
NAME_WORD = (
    # « Publié », « Modifiée » (not « Publicis »), a role
    r"(?!(?i:(?:publi|modifi|actualis)(?:[ée]e?s?)?|mis|mise|le|lecture|temps|updated|posted|il y a"
    rf"|{ROLE_OPENERS})\b)"
    r"[A-ZÀ-Ý][\w’'.-]*"
)
NAME = rf"{NAME_WORD}(?:\s+(?:(?:de|du|des|van|von|da|le|la|d’|d')\s*)?{NAME_WORD}){{0,3}}"
# A name alone on its line just above a dateline: a person's, or the publisher's (« E-Commerce Nation »).
SIGNED_NAME = re.compile(NAME)
# The site's address may close the line (« Par Nom le 16/04/2008 - exemple.net »), or sign it
# (« Rédigé par exemple.net le … »); a sentence crediting the author ends on its period (« Cet
# article a été écrit par Nom. »).
SITE_ADDRESS = r"(?:www\.)?[\w-]+\.(?:com|fr|net|org|io|ca|ch|be|info|eu)"
PEOPLE_SLASH = re.compile(r"\s*/\s*")
SYMBOLS_BEFORE = re.compile(r"^[^\w«\"“(]+")
SITE_SIGNATURE = re.compile(SITE_ADDRESS)
# Two people may sign (« Jeanne Roy et Paul Lenoir », « Jeanne Roy / Paul Lenoir »), or the site,
# which names no author (the publisher is the editor's to give).
AUTHOR = (
    rf"(?P<author>{NAME}(?:(?:\s+(?:et|&)\s+|\s*/\s*){NAME})?|(?i:la r[ée]daction|l[’']?[ée]quipe [\w-]+)"
    rf"|{SITE_ADDRESS}"
    # a handle on a social network (« Par @jeanne_roy »)
    r"|@[\w.]{2,30})"
)
BYLINE_LABELS = (
    r"par|by|(?:cet article a [ée]t[ée] |article )?(?:(?:co-?)?[ée]crit|r[ée]dig[ée]) par|publi[ée] par|post[ée] par|"
    r"article par|"
    # an opinion piece's signature (« Une contribution de Nom, associée chez Exemple »)
    # ... or a column's (« La chronique mensuelle de Nom »)
    r"(?:une |la )?(?:contribution|tribune|chronique)(?: (?:mensuelle|hebdomadaire|quotidienne|invitee?))? d[e’']|"
    # « Auteur(s) », « Auteur(e) »: a template that allows for several authors, or either gender
    r"propos recueillis par|auteure?s?(?:\((?:e|s|es)\)){0,2}|autrices?|authors?|written by|reviewed by|r[ée]daction"
)
AUTHOR_LABEL = (
    rf"(?i:(?:(?:{BYLINE_LABELS})\s*:?\s+)"
    # a blog template's label, which the copy may glue to the name (« Photo du rédacteurNom »)
    r"|(?:photo du r[ée]dacteur|photo de l[’']auteur)\s*:?\s*)"
)
# A byline's label alone on its line, the name on the next one.
LONE_AUTHOR_LABEL = re.compile(rf"(?i:{BYLINE_LABELS})\s*:?")
# Empty fields leave separators side by side (« 09:20 | | 3 commentaires »); a hyphen may open
# what follows a byline's name, folded without its space (« Par Jeanne Roy - 3 mars 2026 »).
SEPARATOR = r"\s*(?:(?:[|·•—–/]\s*)+|(?:\s|^)-\s|,)?\s*"
# Parts of a dateline, on the folded text; the byline's author is read on the original text
# (its capitals tell a name), what follows it on the folded text.
# A template may leave its fields empty (« Publié par Nom le - mis à jour à »).
DATE_PART = (
    # a relative date alone, said so (« il y a 4 mois »): « 4 mois » alone may be a figure's label
    rf"(?:{DATE_LABEL}(?:{ANY_DATE}|{RELATIVE_DATE}|{DAY_MONTH})?|{ANY_DATE}|{DAY_MONTH}|(?=il y a ){RELATIVE_DATE})"
    # the hour after a comma, a space or a dash (« 13 mars 2025 - 06h00 »)
    rf"(?:(?:,?\s*|\s+[-–—]\s+)(?:{TIME}|a$))?"
)
# The count of comments may follow, glued or not (« 30 janvier 2026Sans commentaires »).
COMMENT_COUNT = r"(?:\d+|sans|aucun|pas de) commentaires?(?:\(s\))?"
# A blog's category, or a few tags, may close the dateline (« 22 mai 2025 | Non classé », « Juin 3, 2024 |
# Uncategorized », « Temps de lecture : 6 minutes • Photos, retouches »),
# before the count of its comments (« Juil 3, 2024 | Actualités | 0 commentaires »); two or three
# categories of a few words each (« | Accueil des clients et standard, Logiciels de gestion »).
CATEGORY_PART = (
    r"\s+[|•·]\s*(?:(?:categories?|rubriques?|themes?)\s*:\s*)?[\w'-]+(?:,? (?:[\w'-]+|&)){0,9}"
    rf"(?:\s*[|•·]\s*{COMMENT_COUNT})?$"
)
# What a template sets after the date when its slots are empty or only count: an author's label with
# no name, the count of comments (« /   par   /   comments (0) »).
EMPTY_SLOTS = re.compile(
    r"(?:\s+[/|·•]\s+(?:par|by|comments?\s*\(\d+\)|commentaires?\s*\(\d+\)|\d+\s+commentaires?))+\s*$",
    re.IGNORECASE,
)
# The links to the previous and next posts, which a template sets after the date on its line.
NEIGHBOURS_LINKS = re.compile(
    r"\s*[—–|-]?\s*(?:(?:article|actualit[ée]|billet|post)\s+)?pr[ée]c[ée]dente?\s*/\s*"
    r"(?:(?:article|actualit[ée]|billet|post)\s+)?suivante?\s*\|?\s*$",
    re.IGNORECASE,
)
# A magazine's issue after the date (« 04/11/2024 NOVEMBRE 2024 - n°97 »). A dateline's parts may
# also be sentences of their own (« Publié le 3 mars 2026. Mis à jour le 5 mars 2026 »).
ISSUE_PART = r"(?:n°|no\.?|numero)\s*\d{1,5}"
# A share button may close it too (« Article paru le 2 mai 2016 | Partager sur Facebook »).
SHARE_PART = r"(?:partager|share)(?: (?:sur|via|on) [\w' -]{1,30})?"
# A news site warns that the news may have changed since (« Les événements peuvent avoir évolué depuis »).
STALE_NOTICE_PART = r"les (?:evenements|informations) (?:peuvent|pourraient|ont pu) avoir evolue[^.!?]{0,60}"
DATELINE_PARTS = (
    rf"(?:(?:{SEPARATOR}|\.\s+)(?:{DATE_PART}|{READING_TIME}|{SITE_ADDRESS}|{COMMENT_COUNT}|{SHARE_PART}|{ISSUE_PART}"
    rf"|{STALE_NOTICE_PART}))*"
    rf"\s*[.!]?(?:{CATEGORY_PART})?[\s|·•]*"
)
DATELINE = re.compile(rf"(?:{DATE_PART}|{READING_TIME}){DATELINE_PARTS}")
BYLINE = re.compile(rf"{AUTHOR_LABEL}{AUTHOR}")
# What may follow the author's name: their role (« , journaliste »), then dateline parts.
ROLE_WORDS = (
    r"journaliste|redact\w*|auteur\w*|expert\w*|consultant\w*|fondat\w*|co-?fondat\w*|directeur\w*|directrice"
    r"|responsable|chef|ceo|cmo|head|editor|ecrivain\w*|blogueu\w*|specialiste|charge\w*|professeur\w*|chercheu\w*"
)
# A role in English job titles' words too (« Associate Creative Director »), on a line of its own.
ROLE_LINE = re.compile(
    rf"(?:[\w'&-]+\s+){{0,4}}(?:{ROLE_WORDS}|director|manager|lead|officer|strategist)(?:\s+[\w'&-]+){{0,5}}"
)
AUTHOR_ROLE = (
    rf"(?:,\s*(?:{ROLE_WORDS}"
    # the author's university or school (« par Jeanne Roy, l’Université de Lyon »)
    r"|l'universite|universite|l'ecole|ecole|l'institut|institut)"
    r"[\w\s'&-]{0,50})?"
)
# ... and their handle on a social network (« Par Jeanne Roy @jroy »).
AFTER_BYLINE = re.compile(AUTHOR_ROLE + r"(?:\s*@[\w.]{2,30})?" + DATELINE_PARTS)
# A signature in the article's body gives the person's role in words of any kind (« Par Jeanne Roy,
# Data Scientist, Exemple ») or their school's year (« Par Jean Roy (X93) »): a line of its own that
# opens on « Par » and a full name is no sentence. On the original text.
# … and may list several (« Par Jeanne Roy, professeure à …, chercheuse à …, directrice de … »):
# longer than a dateline may be, with still no sentence in it.
MAX_SIGNATURE_LENGTH = 400
SIGNATURE_LABEL = "par "
SIGNED_ROLE = re.compile(
    rf"\s*(?:,\s*[^.!?;:]{{1,{MAX_SIGNATURE_LENGTH}}}|\(\w{{1,12}}\)|(?=(?i:{ROLE_OPENERS})\b)[^.!?;:]{{1,80}})\.?"
)
# Where a byline may start: the line's start, or after a dateline (« Publié le 3 mars par … »).
BYLINE_START = re.compile(rf"(?:^|(?<=[\s|·•,]))(?={AUTHOR_LABEL})")
FIND_DATE = re.compile(ANY_DATE)
FIND_MONTH = re.compile(rf"(?<![\d-])(?:{MONTH_YEAR_PARTS})")
MONTH_DATE = re.compile(rf"(?:{DATE_LABEL}\s*:?\s*)?(?:{MONTH_YEAR_PARTS})")
# A blog template's byline with no label: the name, then its dateline, which gives the reading time
# (« Jeanne Roy · 12 mars 2025 · 4 min de lecture », « Jeanne Roy 3 min de lecture »); without the
# reading time, a name before a date may be a place (« Paris, 12 mars 2025 »).
FULL_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
NAMED_DATELINE = re.compile(rf"(?P<author>{FULL_NAME}){SEPARATOR}(?P<dateline>\d.*)")
# ... or the name and the separator before a date the template left empty (« Jeanne Roy | »).
NAME_BEFORE_EMPTY_DATE = re.compile(rf"(?P<author>{FULL_NAME})\s*[|·•]\s*")
# ... or a dash between the name and the date (« Jeanne Roy – 12 mars 2025 »), which a place's
# dateline writes with a comma.
DASHED_NAME = re.compile(rf"{FULL_NAME}\s+[–—]\s+\d")
# The date, then the author's full name (« 15 avril 2022 – Jeanne Roy »), with nothing between them
# after a year (« 17 octobre 2025 Jeanne Roy »).
DATED_NAME = re.compile(rf"(?P<dateline>\d.*?)(?:\s+[–—|·-]|(?<=\d{{4}}))\s+(?P<author>{FULL_NAME})")
# A short label, then a full date, glued, spaced or parted, as blogs print a post's kind or category
# and date near its headline (« Étude de cas3 février 2025 », « Article SEO 07.10.2023 »,
# « Commerce / 4 juin 2024 »), the reading time after it (« RUBRIQUE|14 Mars 2024|6 min »); on the
# folded line.
LABELLED_DATE = re.compile(rf"[a-z' ]{{2,30}}?{SEPARATOR}(?:{ANY_DATE}){DATELINE_PARTS}")
# A place's, a site's or a body's name, a comma, then the date (« Lyon, 12 mars 2025 », « Exemple Média,
# 9 Mai 2025 », « Observatoire des Usages de la Ville, 3 juin 2024 »): the date is the article's, the
# name no author's.
PLACE_DATELINE = re.compile(
    rf"{NAME_WORD}(?:\s(?:(?:de|du|des|la|le|les)\s)*(?:[dl][’'])?{NAME_WORD}){{0,5}},\s*(?P<dateline>\d.*)"
)
# A press release's town and date before its first sentence (« Lyon, le 3 juin 2025 – L’enseigne… »):
# a town's name, without the particles of a body's, which a course or a meeting may give too.
# A wire agency may sign it in brackets (« Bruxelles, le 8 août 2025 (Exemple) – … »).
PRESS_DATELINE = re.compile(
    rf"{NAME_WORD}(?:[\s-]+{NAME_WORD}){{0,3}},\s*(?:le\s+)?(?P<date>[^–—,()]{{6,30}}?)"
    r"(?:\s+\([A-ZÀ-Ý][\w/ .-]{1,20}\))?\s+[–—-]\s+(?=\S)"
)
# The author's name, their role, then the date after a dash (« Jeanne Roy, Professeure de gestion
# - 15 juin 2012 »): the role's first word says what it is (``ROLE_WORDS``, on the folded text).
ROLED_DATELINE = re.compile(
    rf"(?P<author>{FULL_NAME}),\s*(?P<role>[^,;:!?|]{{2,60}}?)\s+[-–—|]\s+(?P<dateline>\d.*)"
)
ROLE_START = re.compile(rf"(?:{ROLE_WORDS})\b")
# A magazine's name, its issue and the issue's date (« Commerce Hebdo n° 412 du 04/06/2024 »).
ISSUE_DATELINE = re.compile(
    rf"{NAME_WORD}(?:\s+[\w’'&-]+){{0,5}}\s+(?:n°|N°|no\.?|numéro)\s*\d{{1,5}}\s*(?:du|de|,|[-–—|])\s*(?P<dateline>\d.*)"
)
# A section's name between the dateline and the byline (« 13 mars 2025 - 06h00 - Régions - Écrit
# par … »), on the folded text: the byline after it tells it from a sentence.
DASHED_SECTION = re.compile(r"\s[-–—]\s[\w']+(?: [\w']+){0,2}$")
# « par » glued to the name that follows it.
GLUED_BY = re.compile(r"\bpar(?=[A-ZÀ-Ý][a-zà-ÿ])")
# A template's note on its label (« Auteur(s) »), left out to read the label's word.
LABEL_NOTE = re.compile(r"\(\w{1,2}\)")
# A wire story's place before its first sentence, set apart by a long dash (« Casablanca — »).
WIRE_PLACE = re.compile(rf"{NAME_WORD}(?:[\s-]+{NAME_WORD}){{0,2}}\s+—\s+(?=[A-ZÀ-Ý«])")
READING_TIME_PART = re.compile(rf"(?:^|{SEPARATOR})(?:{READING_TIME})\s*\.?$")
# English words in a dateline: the page's template is American, so 5/8/2024 is May 8.
ENGLISH_DATELINE = re.compile(r"\b(?:read|posted|updated|published|by|ago|am|pm)\b")
# Bylines and datelines are short: longer lines are never compared with these patterns; nor are
# lines whose first word cannot open one (a digit, a label, a weekday or a month can).
MAX_DATELINE_LENGTH = 140
DATELINE_FIRST_WORDS = frozenset(
    "par by ecrit redige publie publiee propos auteur auteurs autrice autrices author authors redaction "
    "mis mise modifie paru parue revise revisee documentation contenu "
    "actualise cree posted updated published last derniere date le on temps lecture reading min minutes env "
    "environ il lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
    "friday saturday sunday photo article page written reviewed cet co-ecrit une la contribution tribune chronique "
    "episode emission diffuse diffusee information poste".split()
) | frozenset(MONTHS)


@dataclass(frozen=True)
class Byline:
    """What a byline or dateline says: either may be missing (« Publié le » with no date); ``month``,
    the first day of the month a dateline gives without its day (« Mars 2026 »)."""

    date: dt.date | None
    author: str | None
    month: dt.date | None = None
    # The line dates an update (« Mis à jour le … », « Révisé : … »), not the publication.
    updated: bool = False


def parse_month(text: str) -> dt.date | None:
    """The first day of the month a line gives without its day (« date 2024-01 », « mars 2023 »)."""
    match = MONTH_DATE.fullmatch(folded(text).strip())
    return _month_date(match) if match else None


def _month_date(match: re.Match[str]) -> dt.date | None:
    year = int(match["year"] or match["iso_year"])
    month = MONTHS[match["name"]] if match["name"] else int(match["iso_month"])
    return dt.date(year, month, 1) if 1 <= month <= MONTHS_IN_A_YEAR else None


def parse_date(text: str, *, month_first: bool = False) -> dt.date | None:
    """A date written the ways web pages write it ("mai 7, 2024", "7 mai 2024", "07/05/2024");
    ``month_first`` reads 05/07/2024 the American way."""
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(folded(text))
        if match:
            return _date(match, month_first)
    return None


def press_release_date(text: str) -> dt.date | None:
    """The date a press release opens its text with, after its place (« Lyon, le 3 juin 2025 – … »)."""
    match = PRESS_DATELINE.match(text)
    return parse_date(match["date"]) if match else None


def without_press_dateline(text: str) -> str:
    """A press release's first sentence without the place and date it opens with, when they date it,
    or a wire story's without its place (« Casablanca — L’enseigne… »)."""
    match = PRESS_DATELINE.match(text)
    if match and parse_date(match["date"]):
        return text[match.end() :]
    placed = WIRE_PLACE.match(text)
    return text[placed.end() :] if placed else text


def read_byline(text: str) -> Byline | None:
    """The date and author of a byline or dateline line, or ``None`` when the line is something else."""
    if len(text) > MAX_DATELINE_LENGTH and not (len(text) <= MAX_SIGNATURE_LENGTH and opens_a_signature(text)):
        return None
    if glued := GLUED_NAME_ROLE.fullmatch(text):
        # an author's or an expert's box copied without its layout: the writer is the author
        return Byline(None, glued["name"] if WRITER_ROLE.match(glued["role"]) else None)
    text = SYMBOLS_BEFORE.sub("", text)  # an icon before the date or the reading time (« 🕑 : 6 minutes »)
    # their separators looked for first: most lines have none, and the patterns would be tried throughout
    if "/" in text:
        text = NEIGHBOURS_LINKS.sub("", text)  # « Posté le 21/09/2019 — Article précédent / suivant | »
    if "/" in text or "|" in text or "·" in text or "•" in text:
        text = EMPTY_SLOTS.sub("", text)  # « Posté le : 4 mars 2024   /   par   /   comments (0) »
    # a dateline framed by dashes (« - 26 mars 2025 - »), a byline's call to a note (« Par Jeanne Roy * »)
    text = text.rstrip(" -–—*")
    text = GLUED_BY.sub("par ", text)  # « Co-écrit parJeanne Roy »: the template's label against the name
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # a byline in brackets (« (Article par Jeanne Roy, fondatrice de X) »)
    plain = folded(text)
    first = LABEL_NOTE.sub("", plain.split(None, 1)[0]).rstrip(":,.") if plain else ""
    if not (first[:1].isdigit() or first in DATELINE_FIRST_WORDS):
        named = NAMED_DATELINE.fullmatch(text)
        dateline = folded(named["dateline"]) if named else ""
        if DATELINE.fullmatch(dateline) and (READING_TIME_PART.search(dateline) or DASHED_NAME.match(text)):
            return Byline(_first_date(dateline), named["author"], _first_month(dateline))
        signed = NAME_BEFORE_EMPTY_DATE.fullmatch(text)
        if signed is not None and ends_on_a_surname(signed["author"]):
            # « Jeanne Roy | »: the template's date left empty (« Intelligence Artificielle | » is a rubric)
            return Byline(None, signed["author"])
        roled = ROLED_DATELINE.fullmatch(text)
        dateline = folded(roled["dateline"]) if roled and ROLE_START.match(folded(roled["role"])) else ""
        if DATELINE.fullmatch(dateline) and (date := _first_date(dateline)):
            return Byline(date, roled["author"])
        placed = PLACE_DATELINE.fullmatch(text) or ISSUE_DATELINE.fullmatch(text)
        dateline = folded(placed["dateline"]) if placed else ""
        if DATELINE.fullmatch(dateline) and (date := _first_date(dateline)):
            return Byline(date, None, None)
        return None
    author = _author(text)
    if author is None and not DATELINE.fullmatch(plain):
        dated = DATED_NAME.fullmatch(text)
        if dated is None or not DATELINE.fullmatch(folded(dated["dateline"])):
            return None
        author = dated["author"]
    named = None if author is None or SITE_SIGNATURE.fullmatch(author) else author
    return Byline(_first_date(plain), named, _first_month(plain), UPDATE_LABEL.match(plain) is not None)


def opens_a_signature(text: str) -> bool:
    """Whether a line opens as a signature does (« Par Jeanne Roy, … »): the only bylines that may
    be longer than a dateline (``MAX_SIGNATURE_LENGTH``), listing their author's roles."""
    return text[:len(SIGNATURE_LABEL)].lower() == SIGNATURE_LABEL


def labelled_date(text: str) -> dt.date | None:
    """The date of a line made of a short label and a full date (``LABELLED_DATE``), None for any
    other line."""
    plain = folded(text)
    return _first_date(plain) if LABELLED_DATE.fullmatch(plain) else None


def _first_month(plain: str) -> dt.date | None:
    """The first month and year a folded dateline gives without a day."""
    return next(filter(None, map(_month_date, FIND_MONTH.finditer(plain))), None)


def _first_date(plain: str) -> dt.date | None:
    """The first date a folded dateline gives, read the American way in an English one."""
    month_first = bool(ENGLISH_DATELINE.search(plain))
    dates = (parse_date(found.group(), month_first=month_first) for found in FIND_DATE.finditer(plain))
    return next(filter(None, dates), None)


def _author(text: str) -> str | None:
    """The author of a byline, alone or after a dateline, when the whole line is one."""
    for start in BYLINE_START.finditer(text):
        head, tail = text[: start.start()], text[start.start() :]
        match = BYLINE.match(tail)
        if match is None:
            continue
        rest = tail[match.end() :]
        if (
            AFTER_BYLINE.fullmatch(folded(rest))
            and (not head.strip() or DATELINE.fullmatch(DASHED_SECTION.sub("", folded(head).rstrip(" ,|·•-–—"))))
            or not head.strip() and len(match["author"].split()) > 1 and SIGNED_ROLE.fullmatch(rest)
        ):
            author = match["author"]
            # a sentence's period, not an initial's (« … par Nicole Greene. », « Par Jean D. »)
            return _as_written_in_prose(author[:-1] if author.endswith(".") and author[-2:-1].islower() else author)
    return None


def ends_on_a_surname(name: str) -> bool:
    """Whether capitalised words end on a word the lemmatiser does not know, as surnames and
    companies' names mostly are not French words: a person's name, not a rubric's or a section's
    (« Intelligence Artificielle », « Services tiers »)."""
    return not is_french_word(name.split()[-1])


def author_as_written(author: str | None) -> str | None:
    """An author's name as prose writes it, however the page spaced or capitalised it (« Jeanne
    ROY », « Jeanne  Roy »)."""
    return _as_written_in_prose(" ".join(author.split())) if author else author


def _as_written_in_prose(author: str) -> str:
    """The byline's name as a sentence would write it: two people joined by « et », a surname the
    template sets in capitals (« Jeanne ROY ») capitalised, unless every word is (« ACME »)."""
    author = PEOPLE_SLASH.sub(" et ", author)
    words = author.split()
    if all(word.isupper() for word in words) and not name_in_capitals(words):
        return author  # an acronym (« AFP ») stays; a person's name in capitals does not
    return " ".join(
        "-".join(part.capitalize() for part in word.split("-")) if word.isupper() and len(word) > 1 else word
        for word in words
    )


def name_in_capitals(words: list[str]) -> bool:
    """Whether words in capitals read as a person's name rather than acronyms: two at least, each
    with a vowel, one longer than an acronym (« LISE MARCHAL », not « AFP » nor « SNCF RH »)."""
    return (
        len(words) >= 2 and max(map(len, words)) > MAX_ACRONYM_LETTERS
        and all(any(character in VOWELS for character in folded(word)) for word in words)
    )


def _date(match: re.Match[str], month_first: bool) -> dt.date | None:
    day, month, year = match["day"], match["month"], match["year"]
    # 2/21/2024 can only be American, whatever language the line is in
    if month.isdigit() and (month_first or int(month) > MONTHS_IN_A_YEAR >= int(day)):
        day, month = month, day
    month_number = int(month) if month.isdigit() else MONTHS.get(month)
    year_number = 2000 + int(year.lstrip("'")) if len(year.lstrip("'")) == 2 else int(year)
    try:
        return dt.date(year_number, month_number or 0, int(day))
    except ValueError:
        return None
