"""The editor's side of the build: what to fix and what to complete, in one place.

``report`` turns the build's notices and the collection into the editor's report, a few pages
generated only while previewing (``mkdocs serve``): problems to fix, lines left out, claims no
theme covers, glossary gaps, articles without date or source, each grouped by file and linked
to the article's paragraph. ``summary`` is the one line the terminal shows about the advice.
Both render the notices as they are (``dossier_ia.notices``): nothing is formatted twice.
"""
