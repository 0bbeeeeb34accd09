/*
 * French search for Material for MkDocs — runs inside the search Web Worker.
 *
 * Why here: Material 9 builds the lunr index in this worker, from the raw text of
 * search/search_index.json, and shows that same text in the results. Folding accents in the
 * JSON at build time would show « donnees » to readers; folding a copy would double the index.
 * So the folding is one lunr pipeline step, run on every token of the index and of the query,
 * after the tokenizer has recorded where each word sits in the original text: readers see the
 * accented text, highlighted, and `donnees` and `données` meet on the same index term.
 *
 * Material 9 dropped its page-side query hook (`search.transform`, 9.0.0 changelog), so the
 * query is rewritten here too, before Material's own worker sees it: see `rewriteQuery`.
 *
 * This file loads Material's worker unchanged (address in `?material=`, set by search.js).
 * tests/search_text.py is the same model in Python; the browser tests check both agree.
 */
"use strict"

const MATERIAL_WORKER = new URL(self.location.href).searchParams.get("material")
const SEARCH_QUERY = 2 /* SearchMessageType.QUERY in Material 9 */
const LIGATURES = { "œ": "oe", "æ": "ae", "ß": "ss" }
const LIGATURE = /[œæß]/g
const MARK = /\p{M}/gu
const WORD = /[\p{L}\p{N}]+/gu
const MIN_STEM_LENGTH = 3
const FINAL_E = /(?<=...)e$/

/** `Données` → `donnees`: lower case, ligatures spelled out, accents dropped. */
function fold(text) {
  return text.toLowerCase().replace(LIGATURE, char => LIGATURES[char])
    .normalize("NFKD").replace(MARK, "")
}

/**
 * One word → its index term: folded, then stemmed by lunr-languages' French stemmer (folding
 * first, so that `donnees` and `données` get the same stem). Folded, `-ée(s)` reads as `-ee(s)`,
 * which the stemmer cuts to `-e` (`biaisees` → `biaise`, but `biais` → `bi`): a final `e` goes
 * too. A stem under three letters is too short a prefix for Material's as-you-type search
 * (`bi` would find `bien`): the folded word is kept instead. Same rules: tests/search_text.py.
 */
function frenchTerm(word, stem) {
  const folded = fold(word)
  const stemmed = stem(new lunr.Token(folded)).toString().replace(FINAL_E, "")
  return stemmed.length < MIN_STEM_LENGTH && stemmed.length < folded.length
    ? folded.replace(FINAL_E, "")
    : stemmed
}

/**
 * The reader's query → the query Material runs. Each word is stemmed, so `personnaliser`
 * finds `personnalisation` (Material then appends `*`: prefixes still work while typing);
 * French stop words go, elided ones included (`l'IA` → `ia`), since a `l*` prefix would match
 * half the index. Operators (`+`, `-`, `"…"`, `*`) are left where they are.
 */
function rewriteQuery(query) {
  const words = query.match(WORD) || []
  const kept = words.filter(word => lunr.fr.stopWordFilter(new lunr.Token(word.toLowerCase())))
  if (!kept.length)
    return fold(query) /* only stop words: Material's plain prefix search */
  return query.replace(WORD, word => kept.includes(word) ? indexTerm(word) : "")
}

/** A word as the index pipeline leaves it, once `installFolding` has run. */
function indexTerm(word) {
  return lunr.fr.stemmer(new lunr.Token(word.toLowerCase())).toString()
}

/**
 * Make lunr-languages' French stemmer fold first: `lunr.fr` (the plugin Material `use`s) adds
 * `lunr.fr.stemmer` to the index pipeline and to the query pipeline, so both get `frenchTerm`.
 */
function installFolding() {
  const french = lunr.fr
  if (!french || french.folded)
    return
  const stem = french.stemmer
  const stemmer = token => token.update(word => frenchTerm(word, stem))
  lunr.Pipeline.registerFunction(stemmer, "stemmer-fr-folded")
  lunr.fr = Object.assign(function () { french.call(this) }, french, { stemmer, folded: true })
}

/* Material loads lunr-languages with importScripts at setup, relative to its own address:
   resolve them there, and add the folding step as soon as French support is loaded. */
const importOriginal = self.importScripts.bind(self)
self.importScripts = (...urls) => {
  importOriginal(...urls.map(url => new URL(url, MATERIAL_WORKER).href))
  if (self.lunr)
    installFolding()
}

/* Registered before Material's listener, so it runs first and rewrites the query in place. */
self.addEventListener("message", event => {
  const message = event.data
  if (message && message.type === SEARCH_QUERY && typeof message.data === "string")
    message.data = rewriteQuery(message.data)
})

self.searchFrench = { fold, indexTerm, rewriteQuery } /* for the browser tests */
self.importScripts(MATERIAL_WORKER)
