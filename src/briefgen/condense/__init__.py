"""Stage 3, condensing: shorter sentences and headlines by deleting words, never rewriting them.

Layered bottom-up (``pyproject.toml`` holds the import contract): :mod:`.parse`
(predicates on the parse) → :mod:`.wording` (kept tokens as text, quote marks) →
:mod:`.trimming` (modifiers the story never repeats) → :mod:`.compress` (bullets),
:mod:`.headline_cuts` and :mod:`.verb_cuts` (where a headline may be cut) →
:mod:`.headline` (wire-style headlines at several lengths) and :mod:`.title_words`
(which length to print).
"""
