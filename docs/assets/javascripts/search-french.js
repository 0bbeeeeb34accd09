/*
 * French search terms: what a word of the site, or of a reader's query, becomes in the index.
 *
 * One definition for both sides. The search worker loads this file in the reader's browser
 * (search-worker.js); the build runs this very file with Node.js over every word of the site
 * (hooks/dossier_ia/search/french_terms.py, through french_terms.js), with the same
 * lunr-languages stemmer and stop words, read from Material's copy. Two implementations of the
 * Snowball French stemmer do not agree on every word (« française »: `francais` here, `franc`
 * in Python's snowballstemmer 3), and a word stemmed two ways is a page a query never finds.
 *
 * A word is folded (`données` → `donnees`: readers often type without accents), then stemmed
 * (`biaisées` → `biais`). Folded, `-ée(s)` reads `-ee(s)`, which the stemmer cuts to `-e`
 * (`biaisees` → `biaise`, while `biais` → `bi`): a final `e` goes too. A stem under three
 * letters is too short a prefix for Material's as-you-type search (`bi` would find `bien`):
 * the folded word is kept instead.
 */
"use strict"

/** The French rules, for a `lunr` with lunr-languages' French loaded (before the worker wraps its stemmer). */
function frenchSearchTerms(lunr) {
  const LIGATURES = { "œ": "oe", "æ": "ae", "ß": "ss" }
  const LIGATURE = /[œæß]/g
  const MARK = /\p{M}/gu
  const MIN_STEM_LENGTH = 3
  const FINAL_E = /(?<=...)e$/
  const stemmer = lunr.fr.stemmer
  const stopWordFilter = lunr.fr.stopWordFilter

  /** `Données` → `donnees`: lower case, ligatures spelled out, accents dropped. */
  function fold(text) {
    return text.toLowerCase().replace(LIGATURE, char => LIGATURES[char])
      .normalize("NFKD").replace(MARK, "")
  }

  /** One word → the term the index holds for it: folded, then stemmed (`biaisées` → `biais`). */
  function indexTerm(word) {
    const folded = fold(word)
    const stemmed = stemmer(new lunr.Token(folded)).toString().replace(FINAL_E, "")
    return stemmed.length < MIN_STEM_LENGTH && stemmed.length < folded.length
      ? folded.replace(FINAL_E, "")
      : stemmed
  }

  /** lunr-languages' test, on the word as typed (lower case, accents kept: `été`, `à`). */
  function isStopWord(word) {
    return !stopWordFilter(new lunr.Token(word.toLowerCase()))
  }

  /** A word as Material's tokenizer gives it (lower case) → its term, or null for a stop word. */
  function termOf(word) {
    return stopWordFilter(new lunr.Token(word)) ? indexTerm(word) : null
  }

  return { fold, indexTerm, isStopWord, termOf }
}
