"""trustdesk's own labelled seed corpus: hand-written short French and English texts, per harm class.

``seed_corpus.tsv`` (text, lang, class) is written by ``scripts/build-seed-model`` from the fragments in
``fragments.py``: hand-written sentences plus hand-written templates whose slots are filled deterministically.
The held-out evaluation set (``bench/triage_heldout.tsv``) was written separately and shares no template.
"""
