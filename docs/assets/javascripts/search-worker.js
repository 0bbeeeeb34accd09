/*
 * French search for Material for MkDocs — the search Web Worker, answering from the split index.
 *
 * Material 9.8's worker receives every document's text and builds a lunr index of it before it
 * can answer: at 1,000 articles, 15 MB fetched and seconds of work. This worker speaks Material's
 * messages instead (SETUP → READY at once, QUERY → RESULT), and answers each query from the
 * split index the build wrote (hooks/dossier_ia/search/): it fetches only the term shards of the
 * query and the text of the pages shown first (search-split.js), lets lunr score, and shapes
 * the results as Material's own worker does (search-results.js), so Material's page draws them.
 * Material's worker is still loaded, for the lunr it bundles; its message handler never runs.
 *
 * French: the build gave each word of the site its term (folded, stemmed: `données` →
 * `donn`); here each query word gets the same (`rewriteQuery`), so accents, elisions and
 * inflections meet: both sides run the same rules, search-french.js (the build through Node.js,
 * hooks/dossier_ia/search/french_terms.py); the browser tests check that both agree on every word
 * of the site.
 */
"use strict"

const PARAMETERS = new URL(self.location.href).searchParams
const MATERIAL_WORKER = PARAMETERS.get("material")
const SEARCH_FOLDER = PARAMETERS.get("search") /* the site's search/, set by search.js */
const MESSAGE = { SETUP: 0, READY: 1, QUERY: 2, RESULT: 3 } /* Material 9's SearchMessageType */
/* The best pages, those the search panel shows without scrolling (three to five), come with their
   matching sections and passages; the later pages are counted and listed by title only. Their
   texts are one file per page, fetched once the results are scored: six at most, the requests a
   browser sends at once to a server without HTTP/2, so that a query waits for one exchange. */
const PAGES_WITH_TEXT = 6
const WORD = /[\p{L}\p{N}]+/gu
/* Every term shard (terms.json, when the build wrote it) is fetched this long after the first
   answer: once Material has drawn it, whose drawing it must not slow down. */
const TERMS_DELAY_MS = 300
/* The French rules (search-french.js), once lunr-languages' French is loaded: `setup`. */
let french = null

/**
 * The reader's query → the query Material runs. Each word is stemmed, so `personnaliser`
 * finds `personnalisation` (Material then appends `*`: prefixes still work while typing);
 * French stop words go, elided ones included (`l'IA` → `ia`), since a `l*` prefix would match
 * half the index. Operators (`+`, `-`, `"…"`, `*`) are left where they are.
 */
function rewriteQuery(query) {
  const words = query.match(WORD) || []
  const kept = words.filter(word => !french.isStopWord(word))
  if (!kept.length)
    return french.fold(query) /* only stop words: Material's plain prefix search */
  return query.replace(WORD, word => kept.includes(word) ? indexTerm(word) : "")
}

/** A word as the index pipeline leaves it, once `installFolding` has run. */
function indexTerm(word) {
  return lunr.fr.stemmer(new lunr.Token(word.toLowerCase())).toString()
}

const terms = new Map()
/** A word of a shown passage (lower case) → its index term, or null for a stop word: cached. */
function termOf(word) {
  if (!terms.has(word))
    terms.set(word, french.termOf(word))
  return terms.get(word)
}

/** lunr's pipeline stems with the French rules (folding first): lunr stems query terms as the build did. */
function installFolding() {
  french = frenchSearchTerms(lunr)
  const stemmer = token => token.update(word => french.indexTerm(word))
  lunr.Pipeline.registerFunction(stemmer, "stemmer-fr-folded")
  lunr.fr.stemmer = stemmer
}

let engine = null /* set up by SETUP: { config, index } */
let latest = 0 /* the last query received: an older one still loading is not answered */

/** Material's config → lunr-languages loaded, the separator set, the split index ready to fetch. */
function setup(config) {
  if (engine)
    return
  const languages = new URL("../lunr/min/", MATERIAL_WORKER)
  self.importScripts(...["stemmer.support", "fr"].map(name => new URL(`lunr.${name}.min.js`, languages).href))
  installFolding()
  lunr.tokenizer.separator = new RegExp(config.separator)
  const pipeline = new lunr.Pipeline()
  pipeline.add(lunr.fr.stemmer)
  const folder = new URL(`${config.split.path}/`, SEARCH_FOLDER)
  engine = { config, index: new SplitIndex(folder, config.split.version, pipeline) }
  if (config.split.prefetch)
    engine.index.prefetch()
}

/** The reader's query → Material's search result ({ items }: groups of results, best first). */
async function answer(query, number) {
  const transformed = transformSearchQuery(rewriteQuery(query))
  if (!transformed)
    return { items: [] }
  const meta = await engine.index.meta()
  const fields = meta.fields.map(([field]) => field)
  const parsed = new lunr.Query(fields)
  new lunr.QueryParser(transformed, parsed).parse()
  const index = await engine.index.indexFor(parsed)
  if (number !== latest)
    return null
  const groups = [...groupResults(index.search(transformed), transformed, meta.docs).values()]
  const shown = groups.slice(0, PAGES_WITH_TEXT)
  const pages = await Promise.all(shown.map(([{ doc }]) => engine.index.page(doc.page)))
  return {
    items: [
      ...shown.map((group, i) => group.map(item => {
        const [suffix, title, text] = pages[i][item.doc.offset]
        return resultItem(item, meta.docs[item.page].location + suffix, title, !item.added && text, termOf)
      })),
      ...groups.slice(PAGES_WITH_TEXT).map(group => {
        const item = group.find(item => item.doc.parent === undefined)
        return [resultItem(item, item.doc.location, item.doc.title, false, termOf)]
      })
    ]
  }
}

/* Registered before Material's listener, which never sees SETUP and QUERY: they are answered here. */
self.addEventListener("message", async event => {
  const message = event.data
  if (!message || (message.type !== MESSAGE.SETUP && message.type !== MESSAGE.QUERY))
    return
  event.stopImmediatePropagation()
  if (message.type === MESSAGE.SETUP) {
    setup(message.data.config)
    self.postMessage({ type: MESSAGE.READY })
    return
  }
  const number = ++latest
  let data
  try {
    data = await answer(message.data, number)
  } catch (error) {
    console.warn(`Recherche impossible : ${message.data}`, error)
    data = { items: [] }
  }
  if (data && number === latest)
    self.postMessage({ type: MESSAGE.RESULT, data })
  if (data && engine.config.split.terms)
    setTimeout(() => engine.index.prefetchTerms(), TERMS_DELAY_MS)
})

/* For the browser tests: the French rules, and a query answered as Material's page would get it. */
self.searchFrench = { fold: text => french.fold(text), indexTerm, rewriteQuery, search: query => answer(query, ++latest) }
self.importScripts(MATERIAL_WORKER, "search-french.js", "search-split.js", "search-results.js")
