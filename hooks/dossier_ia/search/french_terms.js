/*
 * The site's French search rules (docs/assets/javascripts/search-french.js), run by Node.js for
 * the build: the very code the reader's browser runs, on the lunr and lunr-languages files
 * Material ships (its search worker bundles lunr).
 *
 * Usage: node french_terms.js MATERIAL_WORKER LUNR_FOLDER SEARCH_FRENCH. Each line read is a
 * JSON request, [rule, [word, …]], with rule one of "termOf", "indexTerm", "isStopWord",
 * "fold"; each line written is the JSON list of answers, in order (french_terms.py).
 */
"use strict"

const fs = require("fs")
const readline = require("readline")
const vm = require("vm")

const [materialWorker, lunrFolder, searchFrench] = process.argv.slice(2)
/* What Material's worker expects of a Web Worker's global scope; its message handler never runs. */
const scope = { addEventListener() {}, postMessage() {}, console }
scope.self = scope
vm.createContext(scope)
for (const file of [materialWorker, `${lunrFolder}/lunr.stemmer.support.min.js`, `${lunrFolder}/lunr.fr.min.js`, searchFrench])
  vm.runInContext(fs.readFileSync(file, "utf8"), scope, { filename: file })
const rules = vm.runInContext("frenchSearchTerms(lunr)", scope)

readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", line => {
  const [rule, words] = JSON.parse(line)
  process.stdout.write(`${JSON.stringify(words.map(word => rules[rule](word)))}\n`)
})
