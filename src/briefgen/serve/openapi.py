"""The API's OpenAPI 3.1 description (``/openapi.json``) and its readable page (``/docs``).

Written out rather than generated, so it says what the handlers promise
(status codes, one-line errors) and needs no schema library at run time; a
test validates it with openapi-spec-validator and checks it against the app's
routes. ``/docs`` is plain HTML made from it: no script, no CDN.
"""

from __future__ import annotations

import html
from typing import Any

from .._version import __version__
from .schema import BRIEF_FORMATS, DIGEST_FORMATS, MAX_DIGEST_INPUTS, MAX_QUOTES

_ERROR = {"$ref": "#/components/schemas/Error"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


_QUOTES = {
    "oneOf": [
        {"type": "integer", "minimum": 0, "maximum": MAX_QUOTES},
        {"type": "string", "const": "all"},
    ],
}

_COMMON_ERRORS = {
    "400": _error("Bad input: not JSON, a missing or unknown field, a refused URL (private address)."),
    "401": _error("A bearer token is required (the server has BRIEFGEN_API_TOKEN set)."),
    "413": _error("The request body is over 5 MB."),
    "415": _error("The body is not sent as application/json."),
    "422": _error(
        "The text cannot be briefed (empty, not English, no sentence, a page without article text)."
    ),
    "502": _error("The URL could not be fetched (refused connection, HTTP error, over the size cap)."),
    "504": _error("The URL's server did not answer in time."),
}


def openapi_spec() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the API."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "briefgen",
            "version": __version__,
            "description": "News articles in, briefings out: a headline, three bullets and key quotes "
            "with their speakers. Errors are JSON objects with one line in `error`.",
        },
        "paths": {
            "/v1/brief": {
                "post": {
                    "summary": "Brief one article",
                    "description": 'Give exactly one of "text", "url" or "html". format "json" follows the '
                    "command line's JSON contract; \"fragment\" is the email card's HTML, every style inline; "
                    '"all" is an object with every format at once.',
                    "security": [{}, {"bearer": []}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/BriefRequest"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The brief, in the requested format.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Brief"}},
                                "text/markdown": {"schema": {"type": "string"}},
                                "text/plain": {"schema": {"type": "string"}},
                                "text/html": {"schema": {"type": "string"}},
                            },
                        },
                        **_COMMON_ERRORS,
                    },
                }
            },
            "/v1/digest": {
                "post": {
                    "summary": "One digest of many articles",
                    "description": "Articles about the same event become one story listing every source. "
                    "inputs are http(s) URLs (pages or RSS/Atom feeds) and article objects. Nothing is kept: "
                    "a digest made here leaves out nothing an earlier one carried.",
                    "security": [{}, {"bearer": []}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/DigestRequest"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The digest, in the requested format (a feed for atom, rss, jsonfeed).",
                            "content": {
                                "application/json": {"schema": {"type": "object"}},
                                "text/markdown": {"schema": {"type": "string"}},
                                "text/html": {"schema": {"type": "string"}},
                                "application/atom+xml": {"schema": {"type": "string"}},
                                "application/rss+xml": {"schema": {"type": "string"}},
                            },
                        },
                        **_COMMON_ERRORS,
                    },
                }
            },
            "/v1/health": {
                "get": {
                    "summary": "Health",
                    "description": "200 once the models are loaded, 503 while they load or if they failed. "
                    "Answers at once, however busy the briefing is; needs no token.",
                    "responses": {
                        "200": {
                            "description": "Ready.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Health"}}
                            },
                        },
                        "503": {
                            "description": "Loading, or the models failed to load.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Health"}}
                            },
                        },
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "Required when the server has BRIEFGEN_API_TOKEN set.",
                }
            },
            "schemas": {
                "BriefRequest": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "text": {"type": "string", "description": "The article's text."},
                        "url": {"type": "string", "format": "uri", "description": "A public http(s) page."},
                        "html": {"type": "string", "description": "A saved web page's HTML."},
                        "format": {"enum": list(BRIEF_FORMATS), "default": "json"},
                        "quotes": {
                            **_QUOTES,
                            "default": 3,
                            "description": 'Key quotes (0 for none), or "all".',
                        },
                    },
                },
                "DigestRequest": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["inputs"],
                    "properties": {
                        "inputs": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": MAX_DIGEST_INPUTS,
                            "items": {
                                "oneOf": [
                                    {"type": "string", "format": "uri"},
                                    {"$ref": "#/components/schemas/ArticleInput"},
                                ]
                            },
                        },
                        "format": {"enum": list(DIGEST_FORMATS), "default": "json"},
                        "title": {"type": "string", "default": "Daily briefing"},
                        "date": {"type": "string", "format": "date"},
                        "max_stories": {"type": "integer", "minimum": 0, "default": 12},
                        "quotes": {**_QUOTES, "default": 1},
                    },
                },
                "ArticleInput": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "title": {"type": "string"},
                        "url": {"type": "string"},
                        "published": {"type": "string", "description": "ISO 8601 or RFC 2822 time"},
                    },
                },
                "Brief": {
                    "type": "object",
                    "description": "The command line's JSON contract (fields may be added).",
                    "required": ["headline", "bullets", "quotes", "source", "engine"],
                    "properties": {
                        "headline": {"type": "string"},
                        "bullets": {"type": "array", "items": {"type": "string"}},
                        "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
                        "source": {"type": "object"},
                        "engine": {"type": "string"},
                        "opinion": {
                            "type": ["object", "null"],
                            "description": "A signed view or a page of readers' letters, not a report: whose it is (null for a report).",
                            "properties": {
                                "writer": {"type": ["string", "null"]},
                                "kind": {"type": "string", "enum": ["opinion", "letters"]},
                            },
                        },
                    },
                },
                "Quote": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "speaker": {"type": ["string", "null"]},
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                        "scare": {"type": "boolean"},
                        "partial": {"type": "boolean"},
                    },
                },
                "Health": {
                    "type": "object",
                    "required": ["status", "version"],
                    "properties": {
                        "status": {"enum": ["ok", "loading", "error"]},
                        "version": {"type": "string"},
                        "queued": {"type": "integer"},
                        "error": {"type": "string"},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error", "status"],
                    "properties": {
                        "error": {"type": "string", "description": "One line, as the command line says it."},
                        "status": {"type": "integer"},
                    },
                },
            },
        },
    }


def docs_page(spec: dict[str, Any]) -> str:
    """``/docs``: the description as a plain, accessible HTML page."""
    e = html.escape
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(spec['info']['title'])} API</title>",
        '<link rel="stylesheet" href="/static/page.css"></head><body><main class="docs">',
        f"<h1>{e(spec['info']['title'])} API <small>{e(spec['info']['version'])}</small></h1>",
        f"<p>{e(spec['info']['description'])}</p>",
        '<p>Machine-readable: <a href="/openapi.json">OpenAPI 3.1 description</a>. '
        'Try it on <a href="/">the page</a>.</p>',
    ]
    schemas = spec["components"]["schemas"]
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            parts.append(f"<h2><code>{e(method.upper())} {e(path)}</code>: {e(operation['summary'])}</h2>")
            parts.append(f"<p>{e(operation['description'])}</p>")
            body = operation.get("requestBody")
            if body:
                ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
                parts.append("<h3>Request fields (JSON)</h3><dl>")
                for name, field in schemas[ref]["properties"].items():
                    parts.append(f"<dt><code>{e(name)}</code></dt><dd>{e(_describe(field))}</dd>")
                parts.append("</dl>")
            parts.append("<h3>Responses</h3><dl>")
            for status, answer in operation["responses"].items():
                parts.append(f"<dt>{e(status)}</dt><dd>{e(answer['description'])}</dd>")
            parts.append("</dl>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)


def _describe(field: dict[str, Any]) -> str:
    bits = []
    if "enum" in field:
        bits.append("one of " + ", ".join(map(str, field["enum"])))
    elif "oneOf" in field:
        bits.append("a number or 'all'" if "const" in str(field["oneOf"]) else "a URL or an article object")
    elif field.get("type") == "array":
        bits.append("a list")
    elif "type" in field:
        bits.append(f"{field['type']}")
    if "default" in field:
        bits.append(f"default {field['default']}")
    if "description" in field:
        bits.append(field["description"])
    return "; ".join(bits)
