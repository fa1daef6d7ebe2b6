"""Write the hostile corpus: broken and hostile content packs and config files, each with its expected outcome.

    python tests/data/make_hostile.py            # rewrites tests/data/hostile/ (commit the result)

Every pack is a small good pack (topics "first" and "second", a glossary, and copies of the bundled
diagram.toml and help.toml) plus one hostile change. `cases.toml` lists every case:

    kind = "pack" | "config"
    expect_exit = 0 | 1            (packs: the exit code of `ioexplainer check`)
    expect = ["en/03-bad.md:4: substring", ...]   (each must appear in the output, naming file and line)
    good_topics = ["first", "second"]             (topics that must still load)
    expect_no_problem = true                       (the check must be clean: no problem, no warning)
    render = true                                  (the test shows the topic "hostile" in the viewer)
    timeout = 2                                    (may hang: run only in a child process, killed after 2 s)
    runtime = true                                 (built at test time by build_runtime(): symlinks, pipes, devices,
                                                    huge files; they cannot be committed as files)
    expect_lines = [2, 4]                          (configs: the lines ConfigError names; [] = accepted)

Pictures: every pack has a red 40x40 `inside.png`; the tests put a red `outside.png` next to the pack
(so ../../outside.png from en/ points at it) and replace "/@OUTSIDE@" with that folder.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import struct
import sys
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "hostile"
BUNDLED = HERE.parent.parent / "resources" / "content" / "en"
OUTSIDE = "/@OUTSIDE@"  # replaced by the test with a real folder outside the pack

FRONT = """+++
title = "{title}"
summary = "{summary}"
order = {order}
sources = [{{ title = "Immunotherapy to treat cancer", publisher = "National Cancer Institute (US)" }}]
updated = 2026-11-01
review_by = 2099-01-01
+++

"""
GOOD_BODY = "Some text about [T cells](term:t-cell).\n"
GLOSSARY = """[t-cell]
term = "T cell"
definition = "A white blood cell that finds and kills sick cells."
"""
GOOD = ["first", "second"]
GOOD3 = ["first", "second", "hostile"]


def png(width: int = 40, height: int = 40, rgb: tuple[int, int, int] = (255, 0, 0)) -> bytes:
    """A plain RGB PNG of one colour (no Qt needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


RED = png()


def topic(body: str, title: str = "Hostile", order: int = 3, summary: str = "A short summary.") -> str:
    return FRONT.format(title=title, summary=summary, order=order) + body


def hostile(body: str, **kw: Any) -> dict[str, str | bytes]:
    return {"en/03-hostile.md": topic(body, **kw)}


def line_of(text: str | bytes, needle: str | bytes, nth: int = 1) -> int:
    """1-based line of the nth occurrence of `needle` (the expectations are computed, never hand-counted)."""
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)  # type: ignore[arg-type]
    return text[:at].count("\n" if isinstance(text, str) else b"\n") + 1  # type: ignore[arg-type]


def at(files: dict[str, str | bytes], name: str, needle: str | bytes, message: str, nth: int = 1) -> str:
    return f"{name}:{line_of(files[name], needle, nth)}: {message}"


CASES: list[dict[str, Any]] = []


def pack(name: str, files: Mapping[str, str | bytes | None], expect: list[str], *, exit: int = 1,
         good: list[str] | None = None, clean: bool = False, render: bool = False, note: str = "") -> None:
    case: dict[str, Any] = {"name": name, "kind": "pack", "expect_exit": 0 if clean else exit, "expect": expect,
                            "good_topics": GOOD if good is None else good}
    if clean:
        case["expect_no_problem"] = True
    if render:
        case["render"] = True
    if note:
        case["note"] = note
    case["files"] = files
    CASES.append(case)


def config(name: str, text: str | bytes | None, lines: list[int], expect: list[str], note: str = "",
           runtime: bool = False, timeout: int = 0) -> None:
    case: dict[str, Any] = {"name": name, "kind": "config", "expect_lines": lines, "expect": expect}
    if timeout:
        case["timeout"] = timeout
    if note:
        case["note"] = note
    if runtime:
        case["runtime"] = True
    case["text"] = text
    CASES.append(case)


def runtime_pack(name: str, expect: list[str], *, exit: int = 1, good: list[str] | None = None,
                 render: bool = False, note: str = "", timeout: int = 0) -> None:
    case: dict[str, Any] = {"name": name, "kind": "pack", "runtime": True, "expect_exit": exit, "expect": expect,
                            "good_topics": GOOD if good is None else good}
    if timeout:
        case["timeout"] = timeout
    if render:
        case["render"] = True
    if note:
        case["note"] = note
    CASES.append(case)


# ---------------------------------------------------------------------------------------------- front matter
H = "en/03-hostile.md"
f: dict[str, Any] = {H: "title = \"No fences\"\nsummary = \"x\"\norder = 3\n\nBody.\n"}
pack("fm-missing", f, [f"{H}:1: the file must start with"])
f = {H: "+++\ntitle = \"Never closed\"\nsummary = \"x\"\norder = 3\n\nBody.\n"}
pack("fm-unclosed", f, [f"{H}:1: the front matter is never closed"])
f = {H: "+++\ntitle = \"Bad TOML\"\nsummary = \"oops\norder = 3\n+++\n\nBody.\n"}
pack("fm-invalid-toml", f, [at(f, H, "summary", "invalid TOML in front matter")])
f = {H: "+++\ntitle = 5\nsummary = \"x\"\norder = \"three\"\n+++\n\nBody.\n"}
pack("fm-wrong-types", f, [at(f, H, "title", "title must be text in quotes"),
                           at(f, H, "order", "order must be a whole number")])
f = {H: "+++\ntitel = \"Typo\"\nsummary = \"x\"\norder = 3\n+++\n\nBody.\n"}
pack("fm-unknown-key", f, [at(f, H, "titel", 'unknown front matter key "titel". Did you mean "title"?'),
                           f'{H}:1: missing front matter key "title"'])
f = {H: topic("Body.\n", order=0)}
pack("fm-order-zero", f, [at(f, H, "order", "order = 0 is out of range")])
f = {H: "+++\n+++\n"}
pack("fm-fences-only", f, [f'{H}:1: missing front matter key "title"', f"{H}:3: the topic has no text"])
f = {H: topic("\n\n   \n")}
pack("topic-no-body", f, [f"{H}:9: the topic has no text after the front matter"])
f = {H: topic(GOOD_BODY).replace("review_by = 2099-01-01", "review_by = [1, \"x\"]")}
pack("fm-date-is-a-list", f, [at(f, H, "review_by", "review_by must be a date")])
f = {H: topic(GOOD_BODY).replace("+++\n\n", "scene = \"before:brak\"\n+++\n\n", 1)}
pack("fm-unknown-scene-phase", f, [at(f, H, "scene =", 'unknown phase "brak"')], good=GOOD3)
f = {H: topic(GOOD_BODY).replace("sources = [{ title", "sources = [{ name = \"x\", title")}
pack("fm-source-unknown-key", f, [at(f, H, "sources", 'unknown source key "name" in source 1')], good=GOOD3)

# ---------------------------------------------------------------------------------------------- topics and slugs
pack("duplicate-slug", {"en/03-first.md": topic(GOOD_BODY, title="Also first")},
     ['en/03-first.md:1: duplicate topic slug "first" (also in 01-first.md)'])
pack("duplicate-order", {H: topic(GOOD_BODY, order=1)},
     [f"{H}:1: duplicate order 1 (also in 01-first.md)"], good=GOOD3)
pack("zero-topics", {"en/01-first.md": None, "en/02-second.md": None},
     ["en:1: the pack has no usable topic"], good=[])
pack("bad-file-name", {"en/3-Bad Name.md": topic(GOOD_BODY)}, ["en/3-Bad Name.md:1: file name must look like"])
pack("file-name-not-ascii", {"en/03-caf\u00e9.md": topic(GOOD_BODY)},
     ["en/03-caf\u00e9.md:1: file name must look like"])
pack("topic-is-a-folder", {"en/03-folder.md/README": "a folder named like a topic\n"},
     ["en/03-folder.md:1: cannot read the file: it is a folder"])
pack("topic-empty", {H: b""}, [f"{H}:1: the file is empty"])
f = {H: topic("Line one.\n\nLine two @@ here.\n").encode("utf-8").replace(b"@@", b"\xff\xfe")}
pack("topic-not-utf8", f, [at(f, H, b"\xff", "not UTF-8 text (byte 0xff)")])
f = {H: "\ufeff" + topic(GOOD_BODY).replace("\n", "\r\n")}
pack("topic-bom-crlf", {H: f[H].encode("utf-8")}, [], clean=True, good=GOOD3)
f = {H: topic("Words before\x00 a NUL.\n\nStill here.\n")}
pack("topic-nul-byte", f, [at(f, H, "\x00", "invisible control or text-direction character U+0000")], good=GOOD3)
f = {H: topic("A link to [the second topic](topic:second).\n").encode("utf-16")}
pack("topic-utf16", f, [f"{H}:1: the file is saved as UTF-16"])

# ---------------------------------------------------------------------------------------------- glossary
G = "en/glossary.toml"
pack("glossary-missing", {G: None}, [f"{G}:1: glossary.toml is missing"])
pack("glossary-empty", {G: b""}, [f"{G}:1: the file is empty"])
pack("glossary-no-terms", {G: "# only a comment\n"}, [f"{G}:1: the glossary has no terms"])
f = {G: GLOSSARY + "\n[b-cell]\nterm = \"B cell\ndefinition = \"x\"\n"}
pack("glossary-invalid-toml", f, [at(f, G, "term = \"B cell", "invalid TOML")])
pack("glossary-utf16", {G: GLOSSARY.encode("utf-16")}, [f"{G}:1: the file is saved as UTF-16"])
pack("glossary-is-a-folder", {G: None, G + "/README": "a folder named like the glossary\n"},
     [f"{G}:1: cannot read the file: it is a folder"])
f = {G: GLOSSARY + "\n[T_Cell]\nterm = \"T cell\"\ndefinition = \"x\"\n"}
pack("glossary-bad-id", f, [at(f, G, "[T_Cell]", 'term id "T_Cell" must be lowercase')])
f = {G: "loose = \"a key outside any table\"\n\n" + GLOSSARY}
pack("glossary-not-a-table", f, [f'{G}:1: "loose" must be a table'])
f = {G: GLOSSARY + "\n[b-cell]\nterm = \"B cell\"\ndefintion = \"x\"\n"}
pack("glossary-unknown-key", f,
     [at(f, G, "defintion", 'unknown key "defintion" in [b-cell]. Did you mean "definition"?'),
      at(f, G, "[b-cell]", 'missing key "definition" in [b-cell]')])

# ---------------------------------------------------------------------------------------------- other pack files
pack("diagram-missing", {"en/diagram.toml": None}, ["en/diagram.toml:1: diagram.toml is missing"])
pack("help-missing", {"en/help.toml": None}, ["en/help.toml:1: help.toml is missing"])
f = {"en/kiosk.toml": "attract = \"Touch me\"\natract = \"typo\"\n"}
pack("kiosk-unknown-key", f, [at(f, "en/kiosk.toml", "atract", 'unknown key "atract". Did you mean "attract"?')])
f = {"en/help.toml": (BUNDLED / "help.toml").read_text("utf-8").replace("button = ", "buton = ")}
pack("help-unknown-key", f, [at(f, "en/help.toml", "buton", 'unknown key "buton". Did you mean "button"?')])
f = {"de/03-hostile.md": "+++\ntitle = \"Kaputt\"\n", "de/glossary.toml": "[t-cell\n"}
pack("second-language-broken", f, ["de/03-hostile.md:1: the front matter is never closed",
                                   "de/glossary.toml:1: invalid TOML"])

# ---------------------------------------------------------------------------------------------- links
REMOTE = "is not allowed: the app works offline"
f = hostile("Read [more](https://example.org/more) here.\n")
pack("link-remote-inline", f, [at(f, H, "https://", f'link to "https://example.org/more" {REMOTE}')], good=GOOD3)
f = hostile("Read [more][site] here.\n\n[site]: https://example.org/ref\n")
pack("link-remote-reference", f, [at(f, H, "[site]:", f'link to "https://example.org/ref" {REMOTE}')], good=GOOD3)
f = hostile("Mail <mailto:nurse@example.org> or see <https://example.org/auto>.\n")
pack("link-autolink", f, [at(f, H, "<mailto", f'link to "mailto:nurse@example.org" {REMOTE}'),
                          at(f, H, "<https", f'link to "https://example.org/auto" {REMOTE}')], good=GOOD3)
f = hostile("See www.example.org/bare for more.\n")
pack("link-bare-www", f, [at(f, H, "www.", f'link to "www.example.org/bare" {REMOTE}')], good=GOOD3)
f = hostile("Read [more](https://example.org/single 'a title') here.\n")
pack("link-single-quoted-title", f, [at(f, H, "https://", f'link to "https://example.org/single" {REMOTE}')],
     good=GOOD3)
f = hostile("Read [more](https://example.org/paren (a title)) here.\n")
pack("link-parenthesised-title", f, [at(f, H, "https://", f'link to "https://example.org/paren" {REMOTE}')],
     good=GOOD3)
f = hostile("Read [more about\nthis](https://example.org/two-lines) here.\n")
pack("link-text-over-two-lines", f, [at(f, H, "[more about", f'link to "https://example.org/two-lines" {REMOTE}')],
     good=GOOD3)
f = hostile("Read [more](//example.org/no-scheme) and [x](javascript:void).\n")
pack("link-scheme-relative-and-js", f, [at(f, H, "//example", 'link to "//example.org/no-scheme"'),
                                        at(f, H, "javascript", 'link to "javascript:void"')], good=GOOD3)
f = hostile("Read about [cancer](https://en.wikipedia.org/wiki/Cancer_(disease)) there.\n")
pack("link-target-with-parentheses", f, [at(f, H, "https://", 'link to "https://en.wikipedia.org/wiki/Cancer_(disease)"')],
     good=GOOD3, note="the viewer shows it as a link (balanced brackets are allowed in a Markdown target)")
f = hostile("Call the helpline (https://example.org/help) today.\n\nOr look (www.example.org/look) there.\n\n"
            "Or _www.example.org/under_ here.\n")
pack("link-bare-address-after-punctuation", f,
     [at(f, H, "(https://", f'link to "https://example.org/help" {REMOTE}'),
      at(f, H, "(www.", f'link to "www.example.org/look" {REMOTE}'),
      at(f, H, "_www.", 'link to "www.example.org/under')], good=GOOD3,
     note="the viewer makes each of these a link (GitHub Markdown finds web addresses after ( and _)")
f = hostile("Write to nurse@example.org today.\n\nOr to <ward@example.org> there.\n")
pack("link-bare-email", f, [at(f, H, "nurse@", 'link to "'), at(f, H, "<ward@", 'link to "')], good=GOOD3,
     note="the viewer makes both mailto: links")
f = hostile("See [more](https://example.org/a((b))) now.\n")
pack("link-target-nested-parentheses", f, [at(f, H, "https://", 'link to "https://example.org/a((b))"')], good=GOOD3)
f = hostile('Read [one](https://example.org/one "a \\" quote") and\n\n[two](https://example.org/two "a title\nover two '
            'lines") here.\n')
pack("link-unusual-titles", f, [at(f, H, "/one", f'link to "https://example.org/one" {REMOTE}'),
                                at(f, H, "/two", f'link to "https://example.org/two" {REMOTE}')], good=GOOD3,
     note="a title with an escaped quote, and a title over two lines: the viewer shows both links")
f = hostile("About [T cells](term:t-cel).\n")
pack("link-unknown-term", f, [at(f, H, "term:t-cel", 'unknown glossary term "t-cel". Did you mean "t-cell"?')],
     good=GOOD3)
f = hostile("See [the next one](topic:secnd).\n")
pack("link-unknown-topic", f, [at(f, H, "topic:secnd", 'unknown topic "secnd". Did you mean "second"?')], good=GOOD3)
f = hostile("See [this]() and [that](notes.txt).\n")
pack("link-empty-and-local", f, [at(f, H, "[this]", 'link "this" has no target'),
                                 at(f, H, "notes.txt", 'link "notes.txt" is not a term or topic')], good=GOOD3)
f = hostile("In code: `[more](https://example.org/code)`\n\n```\n![x](../../outside.png)\n```\n\nAbout "
            "[T cells](term:t-cell).\n")
pack("link-in-code-is-not-a-link", f, [], clean=True, good=GOOD3)

# ---------------------------------------------------------------------------------------------- pictures
PIC = "cannot be shown"
f = hostile("Before\n\n![inside](inside.png)\n\nAfter the picture.\n")
pack("image-inside-shown", {**f, "en/inside.png": RED}, [], clean=True, good=GOOD3, render=True)
f = hostile("Before\n\n![x](../../outside.png)\n\nAfter the picture.\n")
pack("image-dotdot", f, [at(f, H, "../../", f'picture "../../outside.png" {PIC}: the path points outside')],
     good=GOOD3, render=True)
f = hostile(f"Before\n\n![x]({OUTSIDE}/outside.png)\n\nAfter the picture.\n")
pack("image-absolute", f, [at(f, H, OUTSIDE, f'picture "{OUTSIDE}/outside.png" {PIC}: absolute paths are not')],
     good=GOOD3, render=True)
f = hostile(f"Before\n\n![x](file://{OUTSIDE}/outside.png)\n\nAfter the picture.\n")
pack("image-file-url", f, [at(f, H, "file://", f"picture to \"file://{OUTSIDE}/outside.png\" {REMOTE}")],
     good=GOOD3, render=True)
f = hostile("Before\n\n![x](%2e%2e/%2e%2e/outside.png)\n\nAnd ![y](..%2F..%2Foutside.png)\n\nAfter the picture.\n")
pack("image-percent-encoded", f, [at(f, H, "%2e%2e", f'picture "%2e%2e/%2e%2e/outside.png" {PIC}: the path points'),
                                  at(f, H, "..%2F", f'picture "..%2F..%2Foutside.png" {PIC}: the path points')],
     good=GOOD3, render=True)
DATA = "data:image/png;base64," + base64.b64encode(RED).decode()
f = hostile(f"Before\n\n![x]({DATA})\n\nAfter the picture.\n")
pack("image-data-uri", f, [at(f, H, "data:", f'picture to "{DATA[:80]}" {REMOTE}')], good=GOOD3, render=True)
f = hostile("Before ![s][pic]\n\n[pic]: ../../outside.png\n\nAfter the picture.\n")
pack("image-reference-outside", f, [at(f, H, "![s]", f'picture "../../outside.png" {PIC}')], good=GOOD3, render=True)
f = hostile("Before\n\n![x](missing.png)\n\n![y](notes.txt)\n\nAfter the picture.\n")
pack("image-missing-and-not-a-picture", f, [at(f, H, "missing.png", 'picture "missing.png" not found'),
                                            at(f, H, "notes.txt", f'picture "notes.txt" {PIC}: only pictures')],
     good=GOOD3)
f = hostile("Before\n\n![x](inside.png)\n\nAfter the picture.\n")
pack("image-not-really-a-png", {**f, "en/inside.png": b"GIF89a not a picture at all"}, [], exit=0, good=GOOD3,
     render=True, note="a broken picture file inside the pack: check passes it (only the viewer finds out)")

# ------------------------------------------------------------------------------------- text the viewer would mangle
f = hostile("First part.\n\n<br>\n\nSecond part.\n\n<hr>\n\nThird part.\n\n<img src=\"inside.png\">\n\n"
            "Fourth part.\n\n<script>alert(1)</script>\n\nThe last words.\n")
pack("html-lines", {**f, "en/inside.png": RED},
     [at(f, H, "<br>", 'raw HTML "<br>"'), at(f, H, "<hr>", 'raw HTML "<hr>"'),
      at(f, H, "<img", 'raw HTML "<img src=\\"inside.png\\">"'.replace('\\"', '"')),
      at(f, H, "<script>", 'raw HTML "<script>"')], good=GOOD3, render=True)
f = hostile("Normal words.\n\nThe dose is \u202e01 mg\u202c today.\n\nA bell\x07 and a\u2066n isolate.\n")
pack("control-and-bidi-in-body", f, [at(f, H, "The dose", "invisible control or text-direction character U+202E"),
                                     at(f, H, "The dose", "invisible control or text-direction character U+202C"),
                                     at(f, H, "A bell", "invisible control or text-direction character U+0007"),
                                     at(f, H, "A bell", "invisible control or text-direction character U+2066")],
     good=GOOD3, render=True)
f = hostile(GOOD_BODY, title="Bidi \u202e title", summary="Bell\\u0007 summary")
pack("control-in-title-and-summary", f, [at(f, H, "title =", "invisible control or text-direction character U+202E"),
                                         at(f, H, "summary =", "invisible control or text-direction character U+0007")],
     good=GOOD3)
f = hostile("Short line.\n\n" + "word " * 1000 + "\n\nAfter the long line.\n")
pack("overlong-line", f, [at(f, H, "word word", "line of 5,000 characters, over the limit of 4,000")], good=GOOD3)
NEST = ("[" * 20 + "**" * 10) * 1000 + "\n\nAfter the brackets.\n"  # 40 KB in one paragraph, never closed
f = hostile("Before.\n\n" + NEST)
pack("nested-brackets-40kb", f, [f"{H}:9: brackets or quotes nested 20000 deep",
                                 at(f, H, "[[[", "line of 40,000 characters")],
     good=GOOD3, render=True)
f = hostile("Before.\n\n" + "> " * 40 + "deep quote\n\nAfter.\n")
pack("nested-quotes", f, [f"{H}:9: brackets or quotes nested 40 deep"], good=GOOD3, render=True)
f = hostile("Before.\n\n" + "](" * 5000 + "\n\n" + "![" * 5000 + "\n\n" + "<" * 5000 + "\n\nAfter.\n")
pack("adversarial-link-syntax", f, [at(f, H, "![![", "line of 10,000 characters")], good=GOOD3, render=True)

# ---------------------------------------------------------------------------------------------- configs
PIN = "pbkdf2_sha256${it}$" + "ab" * 16 + "$" + "cd" * 32
config("bom", "\ufeffkiosk = true\ntext_size = \"large\"\n", [], [])
config("crlf", "kiosk = true\r\ntext_size = \"large\"\r\nidle_timeout = 60\r\n", [], [])
config("bom-crlf", "\ufeff# a comment\r\nkiosk = true\r\n", [], [])
config("empty", "", [], [], note="an empty config file is accepted: all defaults")
config("pin-empty", "admin_pin_hash = \"\"\n", [], [], note="an empty PIN hash turns the admin exit off")
config("three-bad-keys", "kiosk = true\ntext_size = \"huge\"\n# a comment\nidle_timeout = 5\n\nhide_cursor = \"yes\"\n",
       [2, 4, 6], ["text_size", "idle_timeout", "hide_cursor"])
config("pin-zero-iterations", f"admin_pin_hash = \"{PIN.format(it=0)}\"\n", [1], ["iterations must be from"])
config("pin-huge-iterations", f"kiosk = true\nadmin_pin_hash = \"{PIN.format(it=9999999)}\"\n", [2],
       ["iterations must be from", "9,999,999"])
config("pin-wrong-algorithm", "admin_pin_hash = \"sha1$200000$" + "ab" * 16 + "$" + "cd" * 20 + "\"\n", [1],
       ["must start with pbkdf2_sha256$"])
config("pin-short-salt", "admin_pin_hash = \"pbkdf2_sha256$200000$abcd$" + "cd" * 32 + "\"\n", [1],
       ["32-character salt"])
config("pin-not-text", "admin_pin_hash = 1234\n", [1], ["admin_pin_hash must be text in quotes"])
config("empty-content", "content = \"\"\n", [1], ["content must not be empty"])
config("unknown-key", "kiosk = true\nkiosks = true\n", [2], ['unknown config key "kiosks". Did you mean "kiosk"?'])
config("unknown-table", "kiosk = true\n\n[display]\nscreen = 1\n", [3], ['unknown config key "display"'])
config("invalid-toml", "kiosk = true\nlang = \"en\ntext_size = \"large\"\n", [2], ["invalid TOML"])
config("duplicate-key", "kiosk = true\nkiosk = false\n", [2], ["invalid TOML"])
config("not-utf8", b"kiosk = true\nhelp_note = \"caf\xe9\"\n", [2], ["not UTF-8", "config file"])
config("utf16", "kiosk = true\n".encode("utf-16"), [1], ["UTF-16"])
config("nul-byte", b"kiosk = true\nlang = \"e\x00n\"\n", [2], ["invalid TOML"])
config("wrong-types", "screen = -1\nlang = \"english\"\nhelp_phone = \"call me\"\ncountdown = 2.5\n", [1, 2, 3, 4],
       ["screen", "lang", "help_phone", "countdown"])
config("bool-as-table", "[kiosk]\nvalue = true\n", [1], ["kiosk must be true or false"])
config("help-note-too-long", "help_note = \"" + "x" * 300 + "\"\n", [1], ["keep it under 240 characters"])
config("directory", None, [1], ["cannot read the config file", "folder"])
config("keylines-backtracking", "kiosk = true\nhelp_note = \"\"\"\n[" + " " * 4000 + "x\n\"\"\"\n", [2],
       ["keep it under 240 characters"], timeout=2,
       note="valid TOML: a multi-line string holding a line of [ and 4,000 spaces (4 KB)")
# built at test time (cannot be committed as files)
config("dev-zero", None, [1], ["cannot read the config file", "device, pipe or socket"], runtime=True)
config("named-pipe", None, [1], ["cannot read the config file", "device, pipe or socket"], runtime=True, timeout=10)
config("oversized", None, [1], ["cannot read the config file", "over the limit of 65,536"], runtime=True)
config("symlink-to-dev-zero", None, [1], ["cannot read the config file", "device, pipe or socket"], runtime=True)

# ------------------------------------------------------------------------------------- packs built at test time
runtime_pack("topic-symlink-outside", [f"{H}:1: cannot read the file: it points outside the content pack"],
             note="the target outside the pack is a valid topic; it must not be read")
runtime_pack("topic-symlink-dev-zero", [f"{H}:1: cannot read the file: it points outside the content pack"])
runtime_pack("topic-named-pipe", [f"{H}:1: cannot read the file: it is a device, pipe or socket"], timeout=10)
runtime_pack("topic-symlink-loop", [f"{H}:1: cannot read the file: not found"])
runtime_pack("topic-huge", [f"{H}:1: cannot read the file: it is 600,000 bytes, over the limit of 524,288"])
runtime_pack("unbalanced-brackets-200kb", [f"{H}:9: brackets or quotes nested 200000 deep",
                                           f"{H}:10: line of 200,000 characters"], good=GOOD3, timeout=2,
             note="200 KB of [ with no ] in one paragraph (a 512 KB topic is allowed)")
runtime_pack("glossary-keylines-backtracking", [], exit=0, timeout=2,
             note="a multi-line definition holding a line of [ and 4,000 spaces (valid TOML)")
runtime_pack("too-many-topics", ["en:1: 205 topic files, over the limit of 200; only the first 200 are read"],
             note="topics 201-205 are named by the folder problem")
runtime_pack("glossary-huge", ["en/glossary.toml:1: the glossary has 5,000 terms, over the limit of 2,000"])
runtime_pack("glossary-named-pipe", ["en/glossary.toml:1: cannot read the file: it is a device, pipe or socket"],
             timeout=10)
runtime_pack("glossary-symlink-outside", ["en/glossary.toml:1: cannot read the file: it points outside"])
runtime_pack("diagram-symlink-dev-zero", ["en/diagram.toml:1: cannot read the file: it points outside"])
PICTURE = "Before\n\n![x]({name})\n\nAfter the picture.\n"
PL = line_of(topic(PICTURE), "![x]")
runtime_pack("image-symlink-outside", [f"{H}:{PL}: picture \"link.png\" {PIC}: the path points outside"], good=GOOD3,
             render=True)
runtime_pack("image-named-pipe", [f"{H}:{PL}: picture \"pipe.png\" not found or not a plain file"], good=GOOD3,
             timeout=10)
runtime_pack("language-folder-symlink", ["/de:1: "], note="de/ is a link to a folder outside the pack: check must "
             "say it skips it, not leave the language out without a word")
runtime_pack("image-symlink-dev-zero", [f"{H}:{PL}: picture \"zero.png\" {PIC}: the path points outside"],
             good=GOOD3, render=True)


def _build_topic_symlink_outside(root: Path, outside: Path) -> None:
    (outside / "03-secret.md").write_text(topic(GOOD_BODY, title="Secret from outside"), "utf-8")
    (root / H).symlink_to(outside / "03-secret.md")


def _build_topic_symlink_dev_zero(root: Path, outside: Path) -> None:
    (root / H).symlink_to("/dev/zero")


def _build_topic_named_pipe(root: Path, outside: Path) -> None:
    os.mkfifo(root / H)


def _build_topic_symlink_loop(root: Path, outside: Path) -> None:
    (root / H).symlink_to(root / H)


def _build_topic_huge(root: Path, outside: Path) -> None:
    text = topic("")
    (root / H).write_text(text + "w" * (600_000 - len(text)), "utf-8")


def _build_unbalanced_brackets(root: Path, outside: Path) -> None:
    (root / H).write_text(topic("[" * 200_000 + "\n\nAfter the brackets.\n"), "utf-8")


def _build_glossary_keylines(root: Path, outside: Path) -> None:
    (root / G).write_text(GLOSSARY.replace('definition = "', 'definition = """\n[' + " " * 4000 + 'x\n')
                          .replace('cells."', 'cells."""'), "utf-8")


def _build_too_many_topics(root: Path, outside: Path) -> None:
    for number in range(3, 3 + 203):
        (root / "en" / f"{number:02d}-extra{number}.md" if number < 100
         else root / "en" / f"99-extra{number}.md").write_text(topic(GOOD_BODY, title=f"Extra {number}", order=number),
                                                              "utf-8")


def _build_glossary_huge(root: Path, outside: Path) -> None:
    (root / G).write_text(GLOSSARY + "".join(f'\n[term-{n}]\nterm = "t{n}"\ndefinition = "d."\n' for n in range(4999)),
                          "utf-8")


def _build_glossary_named_pipe(root: Path, outside: Path) -> None:
    (root / G).unlink()
    os.mkfifo(root / G)


def _build_glossary_symlink_outside(root: Path, outside: Path) -> None:
    (outside / "glossary.toml").write_text(GLOSSARY, "utf-8")
    (root / G).unlink()
    (root / G).symlink_to(outside / "glossary.toml")


def _build_diagram_symlink_dev_zero(root: Path, outside: Path) -> None:
    (root / "en" / "diagram.toml").unlink()
    (root / "en" / "diagram.toml").symlink_to("/dev/zero")


def _picture_topic(root: Path, name: str) -> None:
    (root / H).write_text(topic(PICTURE.format(name=name)), "utf-8")


def _build_image_symlink_outside(root: Path, outside: Path) -> None:
    _picture_topic(root, "link.png")
    (root / "en" / "link.png").symlink_to(outside / "outside.png")


def _build_image_named_pipe(root: Path, outside: Path) -> None:
    _picture_topic(root, "pipe.png")
    os.mkfifo(root / "en" / "pipe.png")


def _build_language_folder_symlink(root: Path, outside: Path) -> None:
    write_files(outside / "de-outside", {"01-erste.md": topic(GOOD_BODY, title="Erste", order=1)})
    (root / "de").symlink_to(outside / "de-outside")


def _build_image_symlink_dev_zero(root: Path, outside: Path) -> None:
    _picture_topic(root, "zero.png")
    (root / "en" / "zero.png").symlink_to("/dev/zero")


RUNTIME_PACKS: dict[str, Callable[[Path, Path], None]] = {
    "topic-symlink-outside": _build_topic_symlink_outside,
    "topic-symlink-dev-zero": _build_topic_symlink_dev_zero,
    "topic-named-pipe": _build_topic_named_pipe,
    "topic-symlink-loop": _build_topic_symlink_loop,
    "topic-huge": _build_topic_huge,
    "unbalanced-brackets-200kb": _build_unbalanced_brackets,
    "glossary-keylines-backtracking": _build_glossary_keylines,
    "too-many-topics": _build_too_many_topics,
    "glossary-huge": _build_glossary_huge,
    "glossary-named-pipe": _build_glossary_named_pipe,
    "glossary-symlink-outside": _build_glossary_symlink_outside,
    "diagram-symlink-dev-zero": _build_diagram_symlink_dev_zero,
    "image-symlink-outside": _build_image_symlink_outside,
    "image-named-pipe": _build_image_named_pipe,
    "image-symlink-dev-zero": _build_image_symlink_dev_zero,
    "language-folder-symlink": _build_language_folder_symlink,
}


def base_files() -> dict[str, str | bytes]:
    return {"en/01-first.md": topic(GOOD_BODY, title="First", order=1),
            "en/02-second.md": topic(GOOD_BODY, title="Second", order=2),
            "en/glossary.toml": GLOSSARY, "en/inside.png": RED,
            "en/diagram.toml": (BUNDLED / "diagram.toml").read_bytes(),
            "en/help.toml": (BUNDLED / "help.toml").read_bytes()}


def write_files(root: Path, files: Mapping[str, str | bytes | None]) -> None:
    for name, content in files.items():
        path = root / name
        if content is None:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
            continue
        if path.is_file():
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def build_runtime(case: str, where: Path) -> Path:
    """Build a runtime case in `where` (a fresh temporary folder): the pack root (or config file) is returned.
    A red `outside.png` is written next to the pack (outside it)."""
    where.mkdir(parents=True, exist_ok=True)
    (where / "outside.png").write_bytes(RED)
    spec = next(c for c in CASES if c["name"] == case)
    if spec["kind"] == "config":
        path = where / f"{case}.toml"
        if case == "dev-zero":
            return Path("/dev/zero")
        if case == "named-pipe":
            os.mkfifo(path)
        elif case == "oversized":
            path.write_text("# padding\n" * 7000 + "kiosk = true\n", "utf-8")
        elif case == "symlink-to-dev-zero":
            path.symlink_to("/dev/zero")
        return path
    root = where / "pack"
    write_files(root, dict(base_files()))
    RUNTIME_PACKS[case](root, where)
    return root


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # JSON string escapes are TOML basic-string escapes (no astral characters here)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(value)


def cases_toml() -> str:
    out = ["# Generated by tests/data/make_hostile.py: do not edit, run the script.", ""]
    for case in CASES:
        out.append("[[case]]")
        for key, value in case.items():
            if key not in ("files", "text"):
                out.append(f"{key} = {_toml(value)}")
        out.append("")
    return "\n".join(out)


def write(out: Path = OUT) -> None:
    """(Re)write the whole corpus into `out`."""
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert set(RUNTIME_PACKS) == {c["name"] for c in CASES if c["kind"] == "pack" and c.get("runtime")}
    if out.exists():
        shutil.rmtree(out)
    for case in CASES:
        if case.get("runtime"):
            continue
        if case["kind"] == "pack":
            root = out / "packs" / case["name"]
            write_files(root, dict(base_files()))
            write_files(root, case["files"])
        else:
            path = out / "configs" / f"{case['name']}.toml"
            path.parent.mkdir(parents=True, exist_ok=True)
            if case["text"] is None:  # the directory case
                path.mkdir()
                (path / "README").write_text("a folder named like a config file\n", "utf-8")
            else:
                path.write_bytes(case["text"].encode("utf-8") if isinstance(case["text"], str) else case["text"])
    (out / "cases.toml").write_text(cases_toml(), "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {len(CASES)} cases to {OUT}")
