/*
 * Landing on a quoted paragraph: the paragraph a link leads to is marked, and a link under it
 * leads back to where the reader was (the synthesis section, a theme's page, the glossary).
 *
 * On a fresh load the CSS :target rule marks the paragraph by itself. Material's instant
 * navigation, though, changes the address with the History API, which leaves :target on the old
 * value: so the paragraph also gets the class "is-landing", set on every page Material shows
 * (its `document$`) and on every change of address (`location$`, which also covers a link to
 * another paragraph of the same page). Where the reader came from is kept for the tab only
 * (sessionStorage), written when a link to a paragraph of another page is followed. Text from
 * the page is only ever set as text, never as HTML.
 */
(function () {
  "use strict"
  const ORIGIN = "landing-origin"
  const BLOCKS = "p, li, dd, blockquote"
  const NBSP = "\u00a0"

  // The way back of the page being read, once the reader has landed (kept while on the page).
  let landed = null

  // Capture phase: before Material's instant navigation takes the click over. Any other link
  // forgets the previous origin, so that a later visit is not taken for a landing.
  document.addEventListener("click", function (event) {
    const link = event.target instanceof Element && event.target.closest(".md-content a[href]")
    if (!link || link.classList.contains("headerlink"))
      return
    sessionStorage.removeItem(ORIGIN)
    const target = new URL(link.href, location.href)
    if (!target.hash || target.origin !== location.origin || target.pathname === location.pathname)
      return
    const heading = headingBefore(link)
    sessionStorage.setItem(ORIGIN, JSON.stringify({
      to: target.pathname + target.hash,
      back: location.pathname + (heading ? "#" + heading.id : ""),
      label: heading ? headingText(heading) : document.title
    }))
  }, true)

  // The last section heading before the link: where "back" returns to.
  function headingBefore(element) {
    let found = null
    for (const heading of document.querySelectorAll(".md-content :is(h2, h3)[id]")) {
      if (!(heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))
        break
      found = heading
    }
    return found
  }

  function headingText(heading) {
    const copy = heading.cloneNode(true)
    for (const permalink of copy.querySelectorAll(".headerlink"))
      permalink.remove()
    return copy.textContent.trim()
  }

  function storedOrigin() {
    try {
      return JSON.parse(sessionStorage.getItem(ORIGIN) || "null")
    } catch (error) {
      return null
    }
  }

  function landingBlock(id) {
    const block = id && document.getElementById(id)
    return block && block.matches(BLOCKS) && block.closest(".md-content") ? block : null
  }

  // A page has just been shown (a fresh load or an instant navigation).
  function arrive() {
    landed = null
    const from = storedOrigin()
    if (from) {
      const to = new URL(from.to, location.href)
      const wanted = decodeURIComponent(to.hash.slice(1))
      if (to.pathname === location.pathname && landingBlock(wanted)) {
        sessionStorage.removeItem(ORIGIN)
        landed = { id: wanted, back: from.back, label: from.label }
        // Material's section tracking may already have written the previous page's section
        // into the address: the paragraph's own address is put back.
        if (location.hash !== to.hash && !document.getElementById(decodeURIComponent(location.hash.slice(1))))
          history.replaceState(history.state, "", to.href)
      }
    }
    mark()
  }

  function mark() {
    for (const marked of document.querySelectorAll(".is-landing"))
      marked.classList.remove("is-landing")
    for (const back of document.querySelectorAll(".landing-back"))
      back.remove()
    const id = decodeURIComponent(location.hash.slice(1))
    const block = landingBlock(id) || (landed && landingBlock(landed.id))
    if (!block)
      return
    block.classList.add("is-landing")
    if (!landed || landed.id !== block.id)
      return
    const back = document.createElement(block.matches("li") ? "span" : "p")
    back.className = "landing-back"
    const link = document.createElement("a")
    link.href = landed.back
    link.textContent = "Revenir à «" + NBSP + landed.label + NBSP + "»"
    back.append(link)
    if (block.matches("li"))
      block.append(back)
    else
      block.after(back)
  }

  document$.subscribe(arrive)
  location$.subscribe(function () {
    setTimeout(mark)
  })
})()
