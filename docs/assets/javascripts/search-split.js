/*
 * The split search index, in the search worker: fetched piece by piece, as queries need it.
 *
 * The build (hooks/dossier_ia/search/split_index.py) writes under search/split/: meta.json (the
 * address and title of every page and section, where each term shard starts), terms/N.json
 * (for each term of a range, the documents holding it, per field, and how often) and
 * pages/N.json (the text of page N's sections). For a query, `indexFor` fetches the shards
 * holding its terms and builds, for those terms only, the lunr index lunr's Builder would have
 * built for the whole site: same inverted index, same field vectors (BM25 weights, `b = 0` as
 * Material sets it). lunr then parses, expands and scores the query itself: a score depends only
 * on the query's terms, so it is the one a full index would give.
 */
"use strict"

const K1 = 1.2 /* lunr.Builder's default, which Material keeps */

/**
 * The site's split index. `folder` is the address of search/split/, `version` the build's (the
 * shards of two builds must not mix in a cache), `pipeline` what lunr runs on query terms.
 */
class SplitIndex {
  constructor(folder, version, pipeline) {
    this.folder = folder
    this.version = version
    this.pipeline = pipeline
    this.files = new Map()
    this.built = { key: null, index: null }
  }

  /** Documents (in index order) and shard starts, fetched once. */
  meta() {
    return this.fetch("meta.json").then(meta => this.unpack(meta))
  }

  /** The text of each document of page `number`, in index order. */
  texts(number) {
    return this.fetch(`pages/${number}.json`)
  }

  /** A lunr index that answers `query` (a lunr.Query, parsed) as the site's whole index would. */
  async indexFor(query) {
    const meta = await this.meta()
    const numbers = this.shardsFor(query, meta.starts)
    const key = numbers.join(" ")
    if (this.built.key !== key) {
      const shards = await Promise.all(numbers.map(number => this.fetch(`terms/${number}.json`)))
      this.built = { key, index: this.build(shards, meta) }
    }
    const index = this.built.index
    if (query.isNegated())
      index.addEveryDocument(meta)
    return index
  }

  /** Shards whose range of terms meets a clause's: a prefix (`donn*`) may span several. */
  shardsFor(query, starts) {
    const wanted = new Set()
    for (const clause of query.clauses) {
      const terms = clause.usePipeline
        ? this.pipeline.runString(clause.term, { fields: clause.fields })
        : [clause.term]
      for (const term of terms) {
        const [prefix] = term.split(lunr.Query.wildcard)
        const exact = prefix === term && !("editDistance" in clause)
        const open = !prefix || "editDistance" in clause
        const last = exact ? prefix : `${prefix}\uffff`
        starts.forEach((start, number) => {
          const next = starts[number + 1]
          if (open || (start <= last && (next === undefined || next > prefix)))
            wanted.add(number)
        })
      }
    }
    return [...wanted].sort((a, b) => a - b)
  }

  /** lunr.Builder's inverted index and field vectors, for the terms of `shards` only. */
  build(shards, meta) {
    const fields = meta.fields.map(([name]) => name)
    const invertedIndex = Object.create(null)
    const vectors = new Map()
    const terms = []
    for (const shard of shards)
      for (const [term, ...postings] of shard) {
        const posting = { _index: terms.length }
        const counts = fields.map((field, f) => {
          posting[field] = Object.create(null)
          const found = []
          for (let i = 0, doc = 0; i < postings[f].length; i += 2) {
            doc += postings[f][i]
            posting[field][doc] = {}
            found.push([doc, postings[f][i + 1]])
          }
          return found
        })
        const idf = lunr.idf(posting, meta.docs.length)
        meta.fields.forEach(([field, boost], f) => {
          for (const [doc, count] of counts[f]) {
            const ref = `${field}/${doc}`
            vectors.has(ref) || vectors.set(ref, [])
            vectors.get(ref).push(posting._index, weight(idf, count, boost, meta.docs[doc].boost))
          }
        })
        invertedIndex[term] = posting
        terms.push(term)
      }
    const fieldVectors = Object.create(null)
    for (const [ref, elements] of vectors)
      fieldVectors[ref] = new lunr.Vector(elements)
    const index = new lunr.Index({
      invertedIndex, fieldVectors, fields, pipeline: this.pipeline,
      tokenSet: lunr.TokenSet.fromArray(terms)
    })
    /* A query of exclusions only (`-biais`) is answered from every document, as lunr does. */
    index.addEveryDocument = ({ docs }) => {
      for (const field of fields)
        docs.forEach((_, doc) => { fieldVectors[`${field}/${doc}`] ||= new lunr.Vector([]) })
    }
    return index
  }

  /** meta.json → documents as Material's map holds them (the first of a page is the page). */
  unpack(meta) {
    if (meta.docs)
      return meta
    const docs = []
    meta.pages.forEach(([path, entries], page) => {
      const parent = docs.length
      entries.forEach(([suffix, title, boost], offset) => {
        docs.push({ location: path + suffix, title, boost, page, offset, parent: offset ? parent : undefined })
      })
    })
    return Object.assign(meta, { docs, starts: meta.shards })
  }

  fetch(path) {
    if (!this.files.has(path)) {
      const url = new URL(path, this.folder)
      url.searchParams.set("v", this.version)
      this.files.set(path, fetch(url).then(response => {
        if (!response.ok)
          throw new Error(`${url}: ${response.status}`)
        return response.json()
      }))
      this.files.get(path).catch(() => this.files.delete(path)) /* tried again by the next query */
    }
    return this.files.get(path)
  }
}

/** lunr.Builder's BM25 weight of a term in a field, with Material's `b = 0`, rounded as lunr does. */
function weight(idf, count, fieldBoost, docBoost = 1) {
  const score = idf * ((K1 + 1) * count) / (K1 + count) * fieldBoost * docBoost
  return Math.round(score * 1000) / 1000
}
