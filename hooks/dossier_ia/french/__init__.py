"""French text: accent folding, slugs and sort keys (``text``), sentences (``sentences``),
words and lemmas (``tokens``) and the evaluative lexicon (``lexicon``): what every analysis
reads French with, so that they all cut and compare words the same way."""
