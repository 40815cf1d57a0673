"""Stage 2, analysis: articles in, :class:`~briefgen.types.AnalysedArticle` out, in batches.

- :mod:`.nlp` loads spaCy's pipeline (sentences, entities, dependency parse);
- :mod:`.embedding` runs all-MiniLM-L6-v2 on its verified official weights;
- :mod:`.analysis` is the stage itself: sentences, entities and embeddings per article.
"""
