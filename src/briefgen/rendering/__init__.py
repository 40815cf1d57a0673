"""Stage 5, rendering: briefs in, Markdown, text, JSON, email HTML or ``.eml`` out.

:mod:`.render` owns the one Jinja2 environment (packaged templates in ``templates/``,
overridable by name from a user directory); :mod:`.emailmsg` builds RFC 5322 messages.
"""
