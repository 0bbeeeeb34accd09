/*
 * Material's search, query to results, for the split index: in the search worker.
 *
 * Material 9.8's worker can only search an index it builds itself from every document's text,
 * and exposes none of its functions. The steps below are its own (material/src/templates/assets/
 * javascripts/integrations/search: `transformSearchQuery`, `parseSearchQuery`,
 * `getSearchQueryTerms`, `Search.search`, `highlight`), written again for an index that knows no
 * word positions: the words to highlight are found by reading the passages shown, with the same
 * tokenizer and the same French terms. Results keep Material's shape, so its page draws them as
 * ever (layout, highlighting, keyboard, labels). Not ported: Chinese segmentation and search
 * suggestions, which this French site does not use.
 */
"use strict"

const TEXT = 1 /* Material's Extract.TEXT: the other entries of a block are its tags */
const MAX_PASSAGES = 2 /* Material shows a section's first two matching blocks */

/** Material's `transformSearchQuery`: quotes, operators, separators, and `*` after each term. */
function transformSearchQuery(query) {
  return query.trim()
    .split(/"([^"]+)"/g)
    .map((parts, index) => index & 1 ? parts.replace(/^\b|^(?![^\x00-\x7F]|$)|\s+/g, " +") : parts)
    .join("")
    .replace(/"|(?:^|\s+)[*+\-:^~]+(?=\s+|$)/g, "")
    .split(/\s+/g)
    .flatMap(splitPart)
    .map(term => /([~^]$)/.test(term) ? `${term}1` : term)
    .map(term => /(^[+-]|[~^]\d+$)/.test(term) ? term : `${term}*`)
    .join(" ")
}

/** A lunr query with Material's clauses (prefix wildcards made explicit), for `queryTerms`. */
function parseSearchQuery(value, fields) {
  const query = new lunr.Query(fields)
  new lunr.QueryParser(value, query).parse()
  for (const clause of query.clauses) {
    clause.usePipeline = true
    if (clause.term.startsWith("*")) {
      clause.wildcard = lunr.Query.wildcard.LEADING
      clause.term = clause.term.slice(1)
    }
    if (clause.term.endsWith("*")) {
      clause.wildcard = lunr.Query.wildcard.TRAILING
      clause.term = clause.term.slice(0, -1)
    }
  }
  return query.clauses
}

/**
 * lunr's results → Material's result groups (page document number → its results, best page
 * first), for `docs` (the split index's documents). Material's boosts: a page above its
 * sections, a document with every query term above one with some; each group holds its page.
 */
function groupResults(results, query, docs) {
  const clauses = parseSearchQuery(query, ["title", "text", "tags"])
    .filter(clause => clause.presence !== lunr.Query.presence.PROHIBITED)
  const items = results.map(({ ref, score, matchData }) => {
    const doc = docs[ref]
    const terms = queryTerms(clauses, Object.keys(matchData.metadata))
    const boost = +(doc.parent === undefined) + Object.values(terms).filter(t => t).length / Object.keys(terms).length
    return { doc, page: doc.parent ?? Number(ref), score: score * (1 + boost ** 2), terms, matches: matchData.metadata }
  }).sort((a, b) => b.score - a.score)
  const groups = new Map()
  for (const item of items) {
    groups.has(item.page) || groups.set(item.page, [])
    groups.get(item.page).push(item)
  }
  for (const [page, group] of groups)
    if (!group.some(item => item.doc === docs[page]))
      group.push({ doc: docs[page], page, score: 0, terms: {}, matches: {}, added: true })
  return groups
}

/**
 * A result as Material's page draws it: `title` and `text` (false: not shown) highlighted where
 * the document matched.
 */
function resultItem({ score, terms, matches }, location, title, text, termOf) {
  const matched = field => {
    const found = new Set(Object.keys(matches).filter(term => matches[term][field]))
    return found.size ? word => found.has(termOf(word)) : null
  }
  const inTitle = matched("title")
  const inText = matched("text")
  return {
    location,
    title: inTitle ? highlight(title, inTitle, true) : title,
    text: typeof text !== "string" ? "" : inText ? highlight(text, inText, false) : text,
    score,
    terms
  }
}

/**
 * Material's `highlight`: `<mark>` around the matching words; unless `full`, only the first two
 * blocks (paragraph, list…) that hold one. `isMatch` tells, for a word, if it matched.
 */
function highlight(input, isMatch, full) {
  const { table, marks } = tokenize(input, isMatch, full ? Infinity : MAX_PASSAGES)
  const slices = []
  let cursor = 0
  for (const [block, indexes] of marks) {
    const entries = table[block]
    const [start] = entries[0]
    const [end, length] = entries[entries.length - 1]
    if (full && start > cursor)
      slices.push(input.slice(cursor, start))
    let slice = input.slice(start, end + length)
    for (const index of indexes.reverse()) {
      const p = entries[index][0] - start
      const q = entries[index][1] + p
      slice = `${slice.slice(0, p)}<mark>${slice.slice(p, q)}</mark>${slice.slice(q)}`
    }
    cursor = end + length
    if (slices.push(slice) === MAX_PASSAGES)
      break
  }
  if (full && cursor < input.length)
    slices.push(input.slice(cursor))
  return marks.size ? slices.join("") : input
}

/* ----------------------------------------------------------------------------------------- */

/**
 * Material's tokenizer: entries [start, length] per top-level block; words that match, per
 * block. Stops once `limit` blocks hold a match: the later ones are not shown.
 */
function tokenize(input, isMatch, limit) {
  const table = []
  const marks = new Map()
  extract(input, (block, type, start, end) => {
    if (marks.size === limit && !marks.has(block))
      return false
    table[block] ||= []
    if (type !== TEXT) {
      table[block].push([start, end - start])
      return true
    }
    const section = input.slice(start, end)
    split(section, lunr.tokenizer.separator, (index, until) => {
      table[block].push([start + index, until - index])
      if (isMatch(section.slice(index, until).toLowerCase())) {
        marks.has(block) || marks.set(block, [])
        marks.get(block).push(table[block].length - 1)
      }
    })
    return true
  })
  return { table, marks }
}

/**
 * Material's `extract`: top-level blocks of an HTML string (tag open, text, tag close), given
 * to `fn` in order until it returns false.
 */
function extract(input, fn) {
  let block = 0
  let start = 0
  let end = 0
  let going = true
  for (let stack = 0; going && end < input.length; end++) {
    if (input.charAt(end) === "<" && end > start) {
      going = fn(block, TEXT, start, start = end)
    } else if (input.charAt(end) === ">") {
      if (input.charAt(start + 1) === "/") {
        if (--stack === 0)
          going = fn(block++, 2, start, end + 1)
      } else if (input.charAt(end - 1) !== "/") {
        if (stack++ === 0)
          going = fn(block, 0, start, end + 1)
      }
      start = end + 1
    }
  }
  if (going && end > start)
    fn(block, TEXT, start, end)
}

const globalSeparators = new Map()
/** Material's `split`: the non-empty ranges between matches of `separator`. */
function split(input, separator, fn) {
  if (!globalSeparators.has(separator))
    globalSeparators.set(separator, new RegExp(separator, "g"))
  separator = globalSeparators.get(separator)
  separator.lastIndex = 0
  let match
  let index = 0
  do {
    match = separator.exec(input)
    const until = match?.index ?? input.length
    if (index < until)
      fn(index, until)
    if (match) {
      index = match.index + match[0].length
      if (match[0].length === 0)
        separator.lastIndex = match.index + 1
    }
  } while (match)
}

/** One whitespace-separated part of the query → its terms (Material splits them on the separator). */
function splitPart(part) {
  const terms = []
  const lexer = new lunr.QueryLexer(part)
  lexer.run()
  for (const { type, str: term, start, end } of lexer.lexemes) {
    if (type === "FIELD" && !["title", "text", "tags"].includes(term))
      part = `${part.slice(0, end)} ${part.slice(end + 1)}`
    else if (type === "TERM")
      split(term, lunr.tokenizer.separator, (...range) => {
        terms.push(`${part.slice(0, start)}${term.slice(...range)}${part.slice(end)}`)
      })
  }
  return terms
}

/** Material's `getSearchQueryTerms`: which query terms a document matched (unmatched stop words left out). */
function queryTerms(clauses, terms) {
  const remaining = new Set(clauses)
  const result = {}
  for (const term of terms)
    for (const clause of remaining)
      if (term.startsWith(clause.term)) {
        result[clause.term] = true
        remaining.delete(clause)
      }
  for (const clause of remaining)
    if (lunr.stopWordFilter?.(clause.term))
      result[clause.term] = false
  return result
}
