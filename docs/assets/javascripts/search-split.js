/*
 * The split search index, in the search worker: fetched piece by piece, as queries need it.
 *
 * The build (hooks/dossier_ia/search/split_index.py) writes under search/split/: meta.json (the
 * address, title and number of sections of every page, where each term shard starts), terms/N.json
 * (for each term of a range, the documents holding it, per field, and how often) and
 * pages/N.json (anchor, title and text of page N and its sections). For a query, `indexFor` fetches the shards
 * holding its terms not fetched yet, and adds them to a lunr index that grows with the queries:
 * for the terms it holds, the inverted index and field vectors lunr's Builder would have built
 * for the whole site (BM25 weights, `b = 0` as Material sets it). lunr then parses, expands and
 * scores the query itself: a score depends only on the query's terms, all of them loaded, so it
 * is the one the whole index would give.
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
    this.loaded = new Set()
    this.invertedIndex = Object.create(null)
    this.fieldVectors = Object.create(null)
    this.shardTerms = new Map() /* shard number → its terms, in order */
    this.index = null /* the last query's: { shards, index } */
    this.prefetched = null
    this.termsRequested = false
  }

  /** Documents (in index order) and shard starts, fetched once. */
  async meta() {
    await this.prefetched
    return this.unpack(await this.fetch("meta.json"))
  }

  /** Page `number`'s documents, in index order: [anchor (`#…`, or empty), title, text]. */
  async page(number) {
    await this.prefetched
    return this.fetch(`pages/${number}.json`)
  }

  /**
   * Fetch prefetch.json now (what is small enough to come with the page, gathered by the build
   * in one file), and add the term shards it holds to the index: the first query finds it ready
   * (and waits for it rather than fetch its parts again).
   */
  prefetch() {
    this.prefetched = this.fetch("prefetch.json").then(files => {
      for (const [path, content] of Object.entries(files))
        this.files.has(path) || this.files.set(path, Promise.resolve(content))
      const meta = this.unpack(files["meta.json"])
      for (const path of Object.keys(files).filter(path => path.startsWith("terms/")))
        this.load(Number(path.slice("terms/".length, -".json".length)), files[path], meta)
    }).catch(error => console.warn("Index de recherche : préchargement impossible", error))
  }

  /**
   * Fetch terms.json (every term shard, in one file: the build writes it when they are few
   * enough), once a first query is answered: the next queries find their shards in memory and
   * wait for the texts of their pages only. Shards already fetched are kept as they are.
   */
  prefetchTerms() {
    if (this.termsRequested)
      return
    this.termsRequested = true
    this.fetch("terms.json").then(shards => {
      shards.forEach((shard, number) => {
        const path = `terms/${number}.json`
        this.files.has(path) || this.files.set(path, Promise.resolve(shard))
      })
      this.files.delete("terms.json")
    }).catch(error => console.warn("Index de recherche : préchargement des termes impossible", error))
  }

  /**
   * A lunr index that answers `query` (a lunr.Query, parsed) as the site's whole index would.
   * Its vocabulary (lunr's TokenSet, where `donn*` finds `donnee`, `donnees`…) holds the terms
   * of the query's shards only: every term the query can reach, and a set built in a few
   * milliseconds rather than one of every term loaded so far, rebuilt at each query.
   */
  async indexFor(query) {
    const meta = await this.meta()
    const shards = this.shardsFor(query, meta.starts)
    const missing = shards.filter(number => !this.loaded.has(number))
    const fetched = await Promise.all(missing.map(number => this.fetch(`terms/${number}.json`)))
    missing.forEach((number, i) => this.load(number, fetched[i], meta))
    const key = shards.join()
    if (this.index?.shards !== key)
      this.index = { shards: key, index: this.lunrIndex(this.fieldVectors, meta, shards) }
    return query.isNegated() ? this.lunrIndex(this.everyDocument(meta), meta, shards) : this.index.index
  }

  /** A lunr index of the loaded postings, with the terms of `shards` as its vocabulary. */
  lunrIndex(fieldVectors, meta, shards) {
    const terms = shards.flatMap(number => this.shardTerms.get(number)) /* shards in order: terms sorted */
    return new lunr.Index({
      invertedIndex: this.invertedIndex, fieldVectors, pipeline: this.pipeline,
      fields: meta.fields.map(([field]) => field), tokenSet: lunr.TokenSet.fromArray(terms)
    })
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

  /**
   * Add a shard's terms to the index: their postings, and their BM25 weights to the documents'
   * field vectors. Terms are numbered in the order of the whole vocabulary (meta.json gives
   * each shard's first number): lunr adds a score's parts in that order, whichever shards came
   * first, so that equal scores stay equal and the order of results never depends on the
   * queries typed before.
   */
  load(number, shard, meta) {
    if (this.loaded.has(number))
      return
    this.loaded.add(number)
    const first = meta.shards[number][1]
    this.shardTerms.set(number, shard.map(([term]) => term))
    shard.forEach(([term, ...postings], position) => {
      const posting = { _index: first + position }
      const found = meta.fields.map(([field], f) => {
        posting[field] = Object.create(null)
        const counts = []
        for (let i = 0, doc = 0; i < postings[f].length; i += 2) {
          doc += postings[f][i]
          posting[field][doc] = {}
          counts.push(doc, postings[f][i + 1])
        }
        return counts
      })
      const idf = lunr.idf(posting, meta.docs.length)
      meta.fields.forEach(([field, boost], f) => {
        for (let i = 0; i < found[f].length; i += 2) {
          const ref = `${field}/${found[f][i]}`
          this.fieldVectors[ref] ||= new lunr.Vector([])
          this.fieldVectors[ref].insert(posting._index, weight(idf, found[f][i + 1], boost, meta.docs[found[f][i]].boost))
        }
      })
      this.invertedIndex[term] = posting
    })
  }

  /**
   * A query of exclusions only (`-biais`) is answered from every document, as lunr does: the
   * field vectors of every document, in the documents' order (that of their results).
   */
  everyDocument(meta) {
    const vectors = Object.create(null)
    meta.docs.forEach((_, doc) => {
      for (const [field] of meta.fields)
        vectors[`${field}/${doc}`] = this.fieldVectors[`${field}/${doc}`] || new lunr.Vector([])
    })
    return vectors
  }

  /**
   * meta.json → documents in index order, as Material's map holds them (a page, then its
   * sections, whose address and title come with the page's text: `page`).
   */
  unpack(meta) {
    if (meta.docs)
      return meta
    const docs = []
    meta.pages.forEach(([path, title, count], page) => {
      const parent = docs.length
      docs.push({ location: path, title, page, offset: 0, boost: meta.boosts[parent] })
      for (let offset = 1; offset < count; offset++)
        docs.push({ page, offset, parent, boost: meta.boosts[docs.length] })
    })
    return Object.assign(meta, { docs, starts: meta.shards.map(([term]) => term) })
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
