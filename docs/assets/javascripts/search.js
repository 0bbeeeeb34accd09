/*
 * French search, page side: make Material start its search worker through search-worker.js,
 * which answers from the split index the build wrote under search/ (that file says why).
 *
 * Material 9 reads the worker's address from its `__config` JSON and starts the worker while
 * its bundle loads, so this script is included right after that JSON, before the bundle
 * (docs/_overrides/main.html, block `config`): extra_javascript would come too late. Material's
 * own worker address is passed on in `?material=`, so a Material upgrade needs no edit here.
 */
(function () {
  "use strict"
  const element = document.getElementById("__config")
  const config = element && JSON.parse(element.textContent)
  if (!config || !config.search || config.search.includes("search-worker.js"))
    return
  const worker = new URL("search-worker.js", document.currentScript.src)
  worker.searchParams.set("material", new URL(config.search, document.baseURI).href)
  worker.searchParams.set("search", new URL("search/", new URL(config.base, document.baseURI)).href)
  config.search = worker.href
  element.textContent = JSON.stringify(config)
})()
