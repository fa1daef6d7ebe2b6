"""The hostile corpus (tests/data/hostile, written by tests/data/make_hostile.py) through `check`, the loader,
the viewer and the config reader: a clear error naming file and line, the good topics still shown, no
traceback, no hang, no file outside the pack opened, nothing dropped silently."""

from __future__ import annotations

import builtins
import io
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ioexplainer.app.cli import main
from ioexplainer.content.loader import load_pack, pack_languages
from ioexplainer.core.settings import ConfigError, Settings, load_config
from tests.data import make_hostile

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "hostile"

CASES: list[dict[str, Any]] = tomllib.loads((CORPUS / "cases.toml").read_text("utf-8"))["case"]
PACKS = [c for c in CASES if c["kind"] == "pack"]
CONFIGS = [c for c in CASES if c["kind"] == "config"]
# Cases whose outcome is a known bug: the test is xfail(strict) so it turns red the day the bug is fixed.
BUGS: dict[str, str] = {
    # Found by this corpus and fixed in 0f6f15f (each was xfail here until then): the scene line, control
    # characters in title/summary at line 1, links with ( ) in the target, an unknown config [table] at line 1,
    # KeyLines' cubic backtracking (keylines-backtracking, glossary-keylines-backtracking) and quadratic term-link
    # scans (unbalanced-brackets-200kb); then bare addresses after ( or _, e-mail addresses, brackets two deep
    # in an address, unusual link titles and a language folder linked from outside.
    # Add a case here as "BUG: ..." when a new one is found.
}
GUARDED = [c for c in CASES if c.get("timeout")]  # run in a child process with a time limit, never in-process
PROBLEM_LINE = re.compile(r"^(.+):(\d+): (warning: )?\S")
SUMMARY_LINE = re.compile(r"^[a-z_A-Z]{2,6}: \d+ topics, \d+ glossary terms, \d+ diagram phases$|"
                          r"^\d+ problem\(s\) in \d+ file\(s\)(, and \d+ warning\(s\))?\.$|^No problems found")
NEEDS_FIFO = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                                reason="needs named pipes and /dev/zero")


LINK_BUGS: set[str] = set()  # the known bugs that are links the viewer shows and check misses (none now)


def ids(cases: list[dict[str, Any]], bugs: bool | set[str] = True) -> list[Any]:
    """The cases as parameters; `bugs`: mark the known bugs (all, or these) xfail (strict: a fix turns it red)."""
    marked = set(BUGS) if bugs is True else (bugs or set())
    return [pytest.param(c, id=c["name"], marks=[pytest.mark.xfail(strict=True, reason=BUGS[c["name"]])]
                         if c["name"] in marked else []) for c in cases]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside every pack, with a red picture in it (what must never reach the screen)."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "outside.png").write_bytes(make_hostile.RED)
    return folder


def pack_root(case: dict[str, Any], tmp_path: Path) -> Path:
    """The case's pack: runtime cases are built in tmp_path; committed ones are used where they are, or copied
    next to a red outside.png (with /@OUTSIDE@ filled in) when the case is rendered."""
    if case.get("runtime"):
        if not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"):
            pytest.skip("needs named pipes and /dev/zero")
        return make_hostile.build_runtime(case["name"], tmp_path / "case")
    root: Path = CORPUS / "packs" / case["name"]
    assert root.is_dir(), f"{root} missing: run python tests/data/make_hostile.py"
    return root


def copy_for_screen(case: dict[str, Any], tmp_path: Path) -> Path:
    if case.get("runtime"):
        return pack_root(case, tmp_path)  # outside.png is next to the pack already
    root = tmp_path / "case" / "pack"
    shutil.copytree(CORPUS / "packs" / case["name"], root)
    (root.parent / "outside.png").write_bytes(make_hostile.RED)
    for md in root.rglob("*.md"):
        if md.is_file():
            raw = md.read_bytes()
            md.write_bytes(raw.replace(make_hostile.OUTSIDE.encode(), str(root.parent).encode()))
    return root


def in_process(case: dict[str, Any]) -> None:
    if case.get("timeout"):
        pytest.skip("a case that may hang: test_guarded_cases_finish_in_time runs it in a child process")


def run_check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", str(root)])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize("case", ids([c for c in PACKS if not c.get("timeout")]))
def test_check_reports_each_problem_with_file_and_line(case: dict[str, Any], tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    in_process(case)
    root = pack_root(case, tmp_path)
    code, out = run_check(root, capsys)
    assert "Traceback" not in out
    for line in out.splitlines():
        problem = PROBLEM_LINE.match(line)
        assert problem or SUMMARY_LINE.match(line), f"unexpected output line: {line!r}"
        if problem and not SUMMARY_LINE.match(line):
            assert int(problem.group(2)) >= 1 and Path(problem.group(1)).is_relative_to(root), line
    for expected in case["expect"]:
        assert expected in out, f"{expected!r} not in:\n{out}"
    assert code == case["expect_exit"], out
    if case.get("expect_no_problem"):
        assert out.splitlines()[-1] == "No problems found.", out


def _inside(path: object, root: Path) -> bool:
    if isinstance(path, int):  # a file descriptor opened before
        return True
    name = Path(os.fsdecode(path))  # type: ignore[arg-type]
    try:
        real = name.resolve()
    except (OSError, RuntimeError):  # a loop of links: opening it fails anyway; judge the name itself
        real = Path(os.path.abspath(name))
    return real.is_relative_to(root.resolve())


@pytest.fixture(scope="module")
def warm() -> None:
    """Load a good pack once, so lazy imports (which open their own files) are done before anything is recorded."""
    for lang in ("en", "de"):
        load_pack(CORPUS / "packs" / "second-language-broken", lang)


@pytest.mark.parametrize("case", ids([c for c in PACKS if not c.get("timeout")], bugs=False))
def test_good_topics_load_no_file_is_dropped_silently_and_none_outside_is_opened(
        case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: None) -> None:
    root = pack_root(case, tmp_path)
    opened: list[str] = []
    real_open, real_os_open, real_io_open = builtins.open, os.open, io.open

    def record_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(f"fd {file}" if isinstance(file, int) else os.fsdecode(file))
        if not _inside(file, root):
            raise AssertionError(f"opened outside the pack: {file}")
        return real_open(file, *args, **kwargs)

    def record_os_open(file: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.fsdecode(file))
        if not _inside(file, root):
            raise AssertionError(f"os.open outside the pack: {file}")
        return real_os_open(file, *args, **kwargs)

    languages = pack_languages(root)
    monkeypatch.setattr(builtins, "open", record_open)
    monkeypatch.setattr(io, "open", record_open)
    monkeypatch.setattr(os, "open", record_os_open)
    try:
        packs = {lang: load_pack(root, lang) for lang in languages or ["en"]}
    finally:
        monkeypatch.setattr(builtins, "open", real_open)
        monkeypatch.setattr(io, "open", real_io_open)
        monkeypatch.setattr(os, "open", real_os_open)
    assert [p for p in opened if not p.startswith("fd ") and not _inside(p, root)] == []
    assert opened or not (root / "en").is_dir(), "the recorder saw nothing: the loader reads files some other way"

    pack = packs["en"]
    said = "\n".join(str(p) for p in pack.problems)
    assert set(case["good_topics"]) <= {t.slug for t in pack.topics}, said
    if "topic files, over the limit" in said:  # the folder problem names the files left out
        return
    loaded = {t.path.name for t in pack.topics}
    for path in sorted((root / "en").glob("*.md")):
        assert path.name in loaded or f"{path.name}:" in said, f"{path.name} dropped without a word:\n{said}"


# ---------------------------------------------------------------------------------------------- the screen
def red_pixels(viewer: Any) -> int:
    """How many pure red pixels the viewer shows (each shown 40 x 40 red square adds 1600; as in
    tests/ui/test_resource_door.py)."""
    from PySide6.QtGui import QImage

    image = viewer.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(image.constBits()).cast("I")  # 0xffRRGGBB, one per pixel
    return sum(1 for value in pixels if value == 0xFFFF0000)


RENDERED = [c for c in PACKS if c.get("render")]


@pytest.mark.parametrize("case", ids(RENDERED, bugs=False))
def test_nothing_from_outside_reaches_the_screen(case: dict[str, Any], tmp_path: Path, qtbot: Any) -> None:
    from ioexplainer.ui.viewer import Viewer

    root = copy_for_screen(case, tmp_path)
    pack = load_pack(root, "en")
    topic = next(t for t in pack.topics if t.slug == "hostile")
    viewer = Viewer(root)
    qtbot.addWidget(viewer)
    viewer.resize(600, 1600)
    viewer.show_topic(topic)
    viewer.show()
    qtbot.waitExposed(viewer)
    shown = red_pixels(viewer)
    inside_pictures = topic.body.count("](inside.png)") if (root / "en" / "inside.png").read_bytes() \
        == make_hostile.RED else 0
    assert shown == 40 * 40 * inside_pictures, f"{shown} red pixels shown"
    text = viewer.toPlainText()
    last_words = [line for line in topic.body.strip().splitlines() if line.strip()][-1].lstrip("> ").strip()
    assert last_words[:30] in text, f"the end of the topic ({last_words[:30]!r}) is not on the screen"


def shown_links(body: str) -> set[str]:
    """Every link and picture address Qt's Markdown reader makes of a body (what the viewer would show)."""
    from PySide6.QtGui import QTextDocument

    from ioexplainer.ui.topic_document import MARKDOWN

    document = QTextDocument()
    document.setMarkdown(body, MARKDOWN)
    found = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            style = fragments.fragment().charFormat()
            if style.isAnchor() and style.anchorHref():
                found.add(style.anchorHref())
            if style.isImageFormat():
                found.add(style.toImageFormat().name())
            fragments += 1
        block = block.next()
    return found


WITH_LINKS = [c for c in PACKS if c["name"].startswith(("link-", "image-", "html-")) and not c.get("runtime")]


@pytest.mark.parametrize("case", ids(WITH_LINKS, bugs=LINK_BUGS))
def test_every_link_the_viewer_shows_is_reported_by_check(case: dict[str, Any], qapp: Any) -> None:
    """Qt's own reader is the judge: each remote link or picture outside the pack it would show must be named by
    check on the topic (a patient must never meet a link that leads nowhere)."""
    from ioexplainer.content.links import LinkKind, classify
    from ioexplainer.content.resources import resolve_target

    root = CORPUS / "packs" / case["name"]
    path = root / "en" / "03-hostile.md"
    pack = load_pack(root, "en")
    said = "\n".join(p.message for p in pack.problems if p.path == path)
    topic = next(t for t in pack.topics if t.slug == "hostile")
    for address in sorted(shown_links(topic.body)):
        kind = classify(address)
        if kind in (LinkKind.TERM, LinkKind.TOPIC):
            continue
        if kind is LinkKind.LOCAL and resolve_target(address, path.parent, root).path is not None \
                and (path.parent / address).is_file():
            continue  # a picture inside the pack
        bare = re.sub(r"^(?:https?://(?=www\.)|mailto:)", "", address)[:60]
        assert bare in said, f"the viewer shows {address!r}; check says nothing about it:\n{said}"


# ---------------------------------------------------------------------------------------------- configs
def config_path(case: dict[str, Any], tmp_path: Path) -> Path:
    if case.get("runtime"):
        if not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"):
            pytest.skip("needs named pipes and /dev/zero")
        return make_hostile.build_runtime(case["name"], tmp_path / "case")
    return CORPUS / "configs" / f"{case['name']}.toml"


@pytest.mark.parametrize("case", ids([c for c in CONFIGS if not c.get("timeout")]))
def test_config_errors_name_every_line(case: dict[str, Any], tmp_path: Path) -> None:
    in_process(case)
    path = config_path(case, tmp_path)
    if not case["expect_lines"]:
        assert isinstance(load_config(path), Settings)
        return
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert sorted(p.line for p in error.problems) == case["expect_lines"], str(error)
    for line in str(error).splitlines():
        assert line.startswith(f"{path}:"), line
    for expected in case["expect"]:
        assert expected in str(error), f"{expected!r} not in:\n{error}"


# ---------------------------------------------------------------------------------------------- cases that may hang
CHILD = """
import sys
from pathlib import Path
kind, where = sys.argv[1], Path(sys.argv[2])
if kind == "pack":
    from ioexplainer.app.cli import main
    from ioexplainer.content.loader import load_pack, pack_languages
    code = main(["check", str(where)])
    print("TOPICS:" + ",".join(t.slug for t in load_pack(where, "en").topics))
    sys.exit(code)
from ioexplainer.core.settings import ConfigError, load_config
try:
    load_config(where)
except ConfigError as exc:
    print(exc)
    print("LINES:" + ",".join(str(p.line) for p in exc.problems))
"""


@pytest.fixture(scope="module")
def children(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Any, float, Path]]]:
    """Every guarded case started at once in its own child process (so their time limits run side by side)."""
    import time

    started = {}
    for case in GUARDED:
        if case.get("runtime"):
            where = make_hostile.build_runtime(case["name"], tmp_path_factory.mktemp(case["name"]))
        else:
            where = CORPUS / ("packs" if case["kind"] == "pack" else "configs") / (
                case["name"] + ("" if case["kind"] == "pack" else ".toml"))
        child = subprocess.Popen([sys.executable, "-c", CHILD, case["kind"], str(where)], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True, cwd=Path(__file__).parent.parent)
        started[case["name"]] = (child, time.monotonic(), where)
    yield started
    for child, _, _ in started.values():
        if child.poll() is None:
            child.kill()
        child.communicate()


@pytest.mark.parametrize("case", ids(GUARDED))
def test_guarded_cases_finish_in_time(case: dict[str, Any], children: dict[str, Any]) -> None:
    """Cases that hit slow paths: they must finish in `timeout` seconds (a linear reader needs a fraction of one)
    and give their expected outcome."""
    import time

    child, start, _ = children[case["name"]]
    try:
        out, _ = child.communicate(timeout=max(0.1, case["timeout"] - (time.monotonic() - start)))
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        pytest.fail(f"{case['name']} did not finish in {case['timeout']} s: it hangs")
    assert "Traceback" not in out, out
    for expected in case["expect"]:
        assert expected in out, f"{expected!r} not in:\n{out}"
    if case["kind"] == "pack":
        assert child.returncode == case["expect_exit"], out
        topics = out.rsplit("TOPICS:", 1)[1].strip().split(",")
        assert set(case["good_topics"]) <= set(topics), out
    else:
        lines = out.rsplit("LINES:", 1)[1].strip().split(",") if "LINES:" in out else []
        assert [int(n) for n in lines if n] == case["expect_lines"], out


@NEEDS_FIFO
def test_a_config_that_is_a_pipe_never_hangs_the_app(tmp_path: Path) -> None:
    path = make_hostile.build_runtime("named-pipe", tmp_path / "case")
    done = subprocess.run([sys.executable, "-c", "import sys; from ioexplainer.app.cli import main; "
                                                 "sys.exit(main(['--config', sys.argv[1], '--screenshot', "
                                                 "sys.argv[2]]))", str(path), str(tmp_path / "shot.png")],
                          capture_output=True, text=True, timeout=30, cwd=Path(__file__).parent.parent)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"{path}:1:" in done.stderr and "pipe" in done.stderr


# ---------------------------------------------------------------------------------------------- the corpus itself
def test_the_corpus_is_big_enough_and_matches_its_script(tmp_path: Path) -> None:
    assert len(CASES) >= 40 and len(PACKS) >= 30 and len(CONFIGS) >= 10
    make_hostile.write(tmp_path / "fresh")

    def files(top: Path) -> Iterator[tuple[str, bytes]]:
        for path in sorted(top.rglob("*")):
            if path.is_file():
                yield str(path.relative_to(top)), path.read_bytes()

    stale = dict(files(CORPUS)).items() ^ dict(files(tmp_path / "fresh")).items()
    assert not stale, f"tests/data/hostile is stale: run python tests/data/make_hostile.py ({sorted(stale)[:3]})"
