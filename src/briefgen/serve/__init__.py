"""``briefgen serve``: the HTTP API and the editor's page.

    from briefgen.serve.app import ServeOptions, create_app

    app = create_app(ServeOptions(token="secret"))   # an ASGI app; run it with uvicorn

The modules here import Starlette only when the app is built; the URL guard
(:mod:`briefgen.serve.urlguard`) and request parsing (:mod:`briefgen.serve.schema`)
need nothing beyond the standard library.
"""
