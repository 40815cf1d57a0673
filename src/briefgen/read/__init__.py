"""Stage 1, reading: bytes, files and web pages in, a checked :class:`~briefgen.types.Article` out.

- :mod:`.reading` decodes and checks input (encodings, binary, size, language) and splits off a title line;
- :mod:`.pages` takes a saved web page's main text, not its markup;
- :mod:`.cleaning` recognises page furniture (captions, bylines, "Scroll down for video") and datelines.
"""
