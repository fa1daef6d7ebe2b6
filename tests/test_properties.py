"""Property-based tests for every reader of outside input: front matter, topic files, the config file, link
classification and the resource door. Whatever the input, each gives a value or a Problem with a line >= 1,
never another exception, and no picture path ever leaves the pack."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ioexplainer.content.frontmatter import FrontMatterError, Split, split
from ioexplainer.content.links import LinkKind, classify, find_html, find_links, find_unsafe, max_nesting
from ioexplainer.content.resources import IMAGE_SUFFIXES, resolve_target
from ioexplainer.content.topics import load_topic
from ioexplainer.core.files import KeyLines
from ioexplainer.core.settings import RULES, ConfigError, Settings, load_config

FAST = settings(max_examples=200, deadline=None, database=None,  # no .hypothesis folder in the repository
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# ---------------------------------------------------------------------------------------------- inputs
TOML_LINES = ["+++", " +++ ", "++++", 'title = "A title"', 'summary = "x"', "order = 3", "order = 0", "order = -1",
              'order = "3"', "title = 5", "[table]", "[[array]]", 'x = """', '"""', "x = [", "]", "x = {", "}",
              "= 3", "title = ", 'scene = "before:brake"', 'scene = "nope"', "sources = [{ title = 1 }]",
              "sources = [1, 2]", "updated = 2026-01-01", "review_by = 2026-13-45", "printable = yes",
              "help_box = true", "title.x = 1", '"quoted key" = 1', "# comment", "", "  ", "\t", "\ufeff",
              "\u202e", "[x](https://e.org)", "<br>", "\x00", "\r"]
line = st.one_of(st.sampled_from(TOML_LINES), st.text(max_size=30))
toml_ish = st.lists(line, max_size=14).map("\n".join)
eol = st.sampled_from(["\n", "\r\n"])


def lines_in(text: str) -> int:
    return max(1, len(text.splitlines()))


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="ioexplainer-props-") as folder:
        yield Path(folder)


# ---------------------------------------------------------------------------------------------- front matter
@FAST
@given(text=st.one_of(toml_ish, st.text(), toml_ish.map(lambda t: "+++\n" + t), toml_ish.map(lambda t: "+++\n" + t
                                                                                               + "\n+++\nBody")))
@example(text="+++\n+++")
@example(text="+++\ntitle = \"x\"\n+++\n")
@example(text="+++\n\"\"\"\n+++\n\"\"\"\n+++\n")
def test_front_matter_splits_or_names_a_line(text: str) -> None:
    try:
        parts = split(text)
    except FrontMatterError as exc:
        assert 1 <= exc.line <= lines_in(text) + 1, (exc.line, exc.message)
        assert exc.message
        return
    assert isinstance(parts, Split) and isinstance(parts.data, dict)
    assert parts.body_line >= 2
    assert all(1 <= n <= lines_in(text) for n in parts.key_lines.values())


def _encoded(text: str, how: str) -> bytes:
    if how == "utf-16":
        return text.encode("utf-16")
    data = text.encode("utf-8", "surrogatepass")
    return b"\xef\xbb\xbf" + data if how == "bom" else data


@FAST
@given(raw=st.one_of(
    st.binary(max_size=300),
    st.tuples(toml_ish, st.text(max_size=60), eol, st.sampled_from(["utf-8", "bom", "utf-16"])).map(
        lambda t: _encoded(("+++\n" + t[0] + "\n+++\n" + t[1]).replace("\n", t[2]), t[3])),
))
@example(raw=b"+++\ntitle = \"T\"\nsummary = \"S\"\norder = 1\n+++\n\nBody \xff\n")
@example(raw=b"\xef\xbb\xbf+++\r\ntitle = \"T\"\r\nsummary = \"S\"\r\norder = 1\r\n+++\r\n\r\nBody\r\n")
def test_a_topic_file_of_any_bytes_gives_a_topic_or_problems_with_lines(raw: bytes, scratch: Path) -> None:
    path = scratch / "01-any.md"
    path.write_bytes(raw)
    topic, problems = load_topic(path, "en", inside=scratch)
    assert topic is not None or problems, "a topic was dropped without a word"
    total = raw.count(b"\n") + 1
    for problem in problems:
        assert problem.path == path and problem.message
        assert 1 <= problem.line <= total + 1, str(problem)
    if topic is not None:
        assert topic.slug == "any" and topic.title and 1 <= topic.order <= 999


# ---------------------------------------------------------------------------------------------- config
VALUES = st.one_of(st.integers(-10, 100_000).map(str), st.booleans().map(lambda b: str(b).lower()),
                   st.text(max_size=20).map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'),
                   st.sampled_from(['"en"', '"large"', '""', "[1, 2]", "{ a = 1 }", "2026-01-01", "1.5", "nan",
                                    '"pbkdf2_sha256$200000$' + "ab" * 16 + "$" + "cd" * 32 + '"']),
                   st.text(max_size=10))
KEYS = st.one_of(st.sampled_from(sorted(RULES.fields)), st.text(min_size=1, max_size=12),
                 st.sampled_from(["kiosks", "lang.x", "[display]", '"kiosk"', "textsize"]))
config_text = st.lists(st.one_of(st.tuples(KEYS, VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"), line),
                       max_size=10).map("\n".join)


@FAST
@given(raw=st.one_of(st.binary(max_size=200),
                     st.tuples(config_text, eol, st.sampled_from(["utf-8", "bom", "utf-16"])).map(
                         lambda t: _encoded(t[0].replace("\n", t[1]), t[2]))))
@example(raw=b"kiosk = true\nkiosk = true\n")
@example(raw=b"[kiosk]\n")
@example(raw=b"content = \"x\"\n")
def test_a_config_of_any_bytes_gives_settings_or_names_every_line(raw: bytes, scratch: Path) -> None:
    path = scratch / "config.toml"
    path.write_bytes(raw)
    try:
        result = load_config(path)
    except ConfigError as exc:
        assert exc.problems
        total = raw.count(b"\n") + 1
        for problem in exc.problems:
            assert problem.path == path and problem.message, str(problem)
            assert 1 <= problem.line <= total, str(problem)
        assert str(exc).count("\n") + 1 >= len(exc.problems)
        return
    assert isinstance(result, Settings)


@FAST
@given(text=config_text, key=KEYS, table=st.one_of(st.just(""), KEYS))
def test_key_lines_always_give_a_line_in_the_text(text: str, key: str, table: str) -> None:
    assert 1 <= KeyLines(text).line(key, table) <= lines_in(text)


# ---------------------------------------------------------------------------------------------- links
MARKDOWN = "[]()!<>*`\n :/\"'#>-_.%\\~abcwht0123\u202e\x00"
markdown = st.one_of(st.text(alphabet=MARKDOWN, max_size=400), st.text(max_size=200),
                     st.lists(st.sampled_from(["[a](b)", "![x](y.png)", "[t](term:t-cell)", "[r]: https://e.org",
                                               "<https://e.org>", "www.e.org", "```", "`", "\n\n", "> ", "<br>",
                                               "[a][r]", "](", "![", "<", "*", "**", "[", "]", "(", ")", '"t"',
                                               "'t'", "(t)"]), max_size=40).map("".join))
SCHEMED = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _check_link_functions(body: str) -> None:
    count = lines_in(body) + 1
    for link in find_links(body):
        assert 1 <= link.line <= count
        kind = classify(link.target)
        assert isinstance(kind, LinkKind)
        if link.target and not link.target.startswith(("term:", "topic:")):
            assert kind in (LinkKind.REMOTE, LinkKind.LOCAL), link
    for number, tag in find_html(body):
        assert 1 <= number <= count and tag.startswith("<")
    for number, what in find_unsafe(body):
        assert 1 <= number <= count and re.fullmatch(r"U\+[0-9A-F]{4}", what)
    assert max_nesting(body) >= 0


@FAST
@given(body=markdown)
def test_link_functions_never_raise_and_give_lines_in_the_text(body: str) -> None:
    _check_link_functions(body)


ADVERSARIAL = ["[" * 20_000, "](" * 10_000, "![" * 10_000, "<" * 20_000, "*" * 20_000, "[](" * 7_000,
               "[a](" * 5_000, "<a " * 7_000, "www." * 5_000, "http://" * 3_000, "[x]: " * 4_000,
               "```\n" * 5_000, ("[" * 20 + "**" * 10) * 700, "> " * 10_000, "\u202e" * 20_000]


@pytest.mark.parametrize("body", ADVERSARIAL, ids=lambda b: repr(b[:8]))
def test_link_functions_finish_on_adversarial_text(body: str) -> None:
    _check_link_functions(body)


@FAST
@given(prefix=st.sampled_from(["", "www.", "WWW.", "//", "x:", "https:", "HTTP://", "file:", "data:", "mailto:",
                               "javascript:", "c:", "a+b.c-d:", "Term:", "TOPIC:"]),
       rest=st.text(max_size=40))
def test_every_target_with_a_scheme_or_a_host_is_remote(prefix: str, rest: str) -> None:
    target = prefix + rest
    kind = classify(target)
    if target.startswith(("term:", "topic:")):
        assert kind in (LinkKind.TERM, LinkKind.TOPIC)
    elif SCHEMED.match(target) or target.startswith("//") or target.lower().startswith("www."):
        assert kind is LinkKind.REMOTE, target
    elif target:
        assert kind in (LinkKind.REMOTE, LinkKind.LOCAL)
    else:
        assert kind is LinkKind.EMPTY


# ---------------------------------------------------------------------------------------------- the resource door
@pytest.fixture(scope="module")
def door(scratch: Path) -> tuple[Path, Path]:
    """A real pack: a picture inside, and links that point outside (a file, a folder, a loop)."""
    outside = scratch / "outside"
    outside.mkdir()
    (outside / "outside.png").write_bytes(b"not really a picture")
    root = scratch / "pack"
    folder = root / "en"
    (folder / "pictures").mkdir(parents=True)
    (folder / "inside.png").write_bytes(b"inside")
    (folder / "pictures" / "deep.png").write_bytes(b"deep")
    (folder / "link.png").symlink_to(outside / "outside.png")
    (folder / "dir").symlink_to(outside)
    (folder / "loop.png").symlink_to(folder / "loop.png")
    (folder / "inner.png").symlink_to(folder / "inside.png")  # a link that stays inside is fine
    return root, folder


PIECES = ["..", ".", "/", "\\", "%2e", "%2E", "%2f", "%2F", "%5c", "%00", "%", "~", "?", "#", ":", "//", "file:",
          "en", "pictures", "dir", "link.png", "loop.png", "inner.png", "inside.png", "deep.png", "outside.png",
          ".png", " ", "\x00", "C:", "%252e"]
targets = st.one_of(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), st.text(max_size=40),
                    st.lists(st.sampled_from(["..", "dir", "pictures", "en", "%2e%2e", "."]), max_size=6).map(
                        lambda parts: "/".join([*parts, "outside.png"])))


@FAST
@given(target=targets)
@example(target="../../outside/outside.png")
@example(target="dir/outside.png")
@example(target="%2e%2e/%2e%2e/outside/outside.png")
@example(target="link.png")
@example(target="pictures/../../en/inside.png")
def test_the_resource_door_refuses_or_stays_inside_the_pack(target: str, door: tuple[Path, Path]) -> None:
    root, folder = door
    resolved = resolve_target(target, folder, root)
    if resolved.path is None:
        assert resolved.refused, target
        return
    assert not resolved.refused
    assert resolved.path.resolve().is_relative_to(root.resolve()), (target, resolved.path)
    assert resolved.path.suffix.lower() in IMAGE_SUFFIXES


def test_the_door_lets_pictures_inside_through(door: tuple[Path, Path]) -> None:
    """The property above must not pass by refusing everything."""
    root, folder = door
    for target in ("inside.png", "pictures/deep.png", "./inside.png", "pictures/../inside.png", "inner.png",
                   "%69nside.png"):
        assert resolve_target(target, folder, root).path is not None, target
    for target in ("link.png", "dir/outside.png", "../../outside/outside.png", "loop.png"):
        assert resolve_target(target, folder, root).path is None, target
