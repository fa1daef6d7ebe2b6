"""Loading content packs: the bundled pack is clean, and every kind of broken file is reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ioexplainer.content.loader import load_pack
from ioexplainer.core.problems import Problem
from tests.conftest import TOPIC

MakePack = Callable[..., Path]


def messages(problems: tuple[Problem, ...]) -> list[str]:
    return [str(p) for p in problems]


def errors(problems: tuple[Problem, ...]) -> list[Problem]:
    return [p for p in problems if not p.warning]


def only_problem(root: Path) -> Problem:
    """The one error in the pack (warnings, such as a topic without sources, are not counted)."""
    found = errors(load_pack(root).problems)
    assert len(found) == 1, messages(tuple(found))
    return found[0]


def test_bundled_pack_loads_clean(bundled_root: Path) -> None:
    pack = load_pack(bundled_root, "en")
    assert pack.problems == (), messages(pack.problems)
    assert len(pack.topics) >= 7
    assert [t.order for t in pack.topics] == sorted(t.order for t in pack.topics)
    assert pack.home is not None and pack.home.slug == "what-is-immuno-oncology"
    assert set(pack.diagram) == {"before", "after", "side-by-side"}
    assert pack.diagram_labels["t-cell"] == "Killer T cell"


def test_topics_are_frozen(bundled_root: Path) -> None:
    topic = load_pack(bundled_root).topics[0]
    with pytest.raises(AttributeError):
        topic.title = "changed"  # type: ignore[misc]


def test_good_small_pack(make_pack: MakePack) -> None:
    pack = load_pack(make_pack())
    assert [t.slug for t in pack.topics] == ["first", "second"]
    assert pack.topics[0].body_line == 9
    assert pack.glossary["t-cell"].term == "T cell"


def test_unclosed_front_matter(make_pack: MakePack) -> None:
    root = make_pack({"03-broken.md": '+++\ntitle = "x"\nsummary = "y"\norder = 3\n\nBody\n'})
    problem = only_problem(root)
    assert problem.path.name == "03-broken.md" and problem.line == 1
    assert "never closed" in problem.message
    assert len(load_pack(root).topics) == 2  # the good topics still load


def test_missing_front_matter(make_pack: MakePack) -> None:
    problem = only_problem(make_pack({"03-plain.md": "Just text\n"}))
    assert "must start with" in problem.message


def test_invalid_toml_names_the_file_line(make_pack: MakePack) -> None:
    problem = only_problem(make_pack({"03-bad.md": '+++\ntitle = "x"\nsummary = oops\norder = 3\n+++\nBody\n'}))
    assert problem.line == 3
    assert "invalid TOML" in problem.message


def test_unknown_key_suggests_the_nearest(make_pack: MakePack) -> None:
    text = '+++\ntitle = "x"\nsumary = "y"\nsummary = "y"\norder = 3\n+++\nBody\n'
    problem = only_problem(make_pack({"03-typo.md": text}))
    assert problem.line == 3
    assert 'unknown front matter key "sumary"' in problem.message
    assert 'Did you mean "summary"?' in problem.message


def test_missing_key(make_pack: MakePack) -> None:
    problem = only_problem(make_pack({"03-short.md": '+++\ntitle = "x"\norder = 3\n+++\nBody\n'}))
    assert 'missing front matter key "summary"' in problem.message


def test_a_tagline_too_long_for_a_tile_is_named_with_its_line_and_the_fix(make_pack: MakePack) -> None:
    long = "How the medicines take the brakes off your T cells"
    text = f'+++\ntitle = "x"\nsummary = "y"\ntagline = "{long}"\norder = 3\n+++\nBody\n'
    root = make_pack({"03-long.md": text})
    problem, pack = only_problem(root), load_pack(root)
    assert "03-long.md" in str(problem.path) and problem.line == 4
    assert f"keep it to 40 letters or fewer (this has {len(long)})" in problem.message
    topic = next(t for t in pack.topics if t.slug == "long")
    assert topic.tagline == "" and topic.tile_words == "y"  # the tile shows the summary instead


@pytest.mark.parametrize(("value", "fix"), [
    ("clock", 'write "scenario:phase", such as "after:expand", or one of antibody, body, calendar, checklist, '
              'drip, questions, shield'),
    ("after:atack", 'unknown phase "atack" for scenario "after". Did you mean "attack"?'),
    ("later:expand", 'unknown diagram scenario "later" in picture.'),
])
def test_a_tile_picture_that_is_neither_a_symbol_nor_a_step_is_named_with_its_line_and_the_fix(
        make_pack: MakePack, value: str, fix: str) -> None:
    text = f'+++\ntitle = "x"\nsummary = "y"\norder = 3\nscene = "before:brake"\npicture = "{value}"\n+++\nBody\n'
    root = make_pack({"03-odd.md": text})
    problem = only_problem(root)
    assert "03-odd.md" in str(problem.path) and problem.line == 6 and fix in problem.message, problem.message


@pytest.mark.parametrize(("value", "scene", "symbol"), [
    ("calendar", None, "calendar"), ("after:expand", "after:expand", ""), ("", "before:brake", ""),
])
def test_a_tile_shows_its_own_picture_or_else_the_topics_scene(
        make_pack: MakePack, value: str, scene: str | None, symbol: str) -> None:
    picture = f'picture = "{value}"\n' if value else ""
    text = f'+++\ntitle = "x"\nsummary = "y"\norder = 3\nscene = "before:brake"\n{picture}+++\nBody\n'
    pack = load_pack(make_pack({"03-own.md": text}))
    topic = next(t for t in pack.topics if t.slug == "own")
    assert [str(p) for p in pack.problems if "picture" in p.message or "scene" in p.message] == []
    assert (str(topic.tile_scene) if topic.tile_scene else None, topic.tile_symbol) == (scene, symbol)
    assert str(topic.scene) == "before:brake"  # the topic screen still opens the diagram at its own step


def test_wrong_types(make_pack: MakePack) -> None:
    text = '+++\ntitle = 5\nsummary = "y"\norder = "three"\nsources = "one"\n+++\nBody\n'
    pack = load_pack(make_pack({"03-types.md": text}))
    found = messages(pack.problems)
    assert any(":2: title must be text in quotes" in m for m in found)
    assert any(":4: order must be a whole number" in m for m in found)
    assert any(":5: sources must be a list in square brackets" in m for m in found)


def test_duplicate_slugs_and_orders(make_pack: MakePack) -> None:
    root = make_pack({"03-first.md": TOPIC.format(title="Again", order=3),
                      "04-fourth.md": TOPIC.format(title="Fourth", order=2)})
    found = messages(load_pack(root).problems)
    assert any('duplicate topic slug "first"' in m and "03-first.md:1:" in m for m in found)
    assert any("duplicate order 2" in m for m in found)


def test_unknown_topic_and_term_links(make_pack: MakePack) -> None:
    body = TOPIC.format(title="Links", order=3) + "See [this](topic:secnd) and [NK](term:nk-cell).\n"
    found = messages(load_pack(make_pack({"03-links.md": body})).problems)
    assert any(':11: unknown topic "secnd". Did you mean "second"?' in m for m in found), found
    assert any(':11: unknown glossary term "nk-cell"' in m for m in found), found


def test_remote_links_and_images(make_pack: MakePack) -> None:
    body = (TOPIC.format(title="Web", order=3) + "A [site](https://example.org).\n"
            "![pic](http://example.org/a.png)\n<https://example.org>\n<img src=\"//cdn.example/x.png\">\n")
    found = [m for m in messages(load_pack(make_pack({"03-web.md": body})).problems) if "not allowed" in m]
    assert len(found) == 3, found  # the <img> is shown as text (raw HTML is off), and reported as such
    assert any(':11: link to "https://example.org"' in m for m in found)
    assert any(':12: picture to "http://example.org/a.png"' in m for m in found)
    assert any(':13: link to "https://example.org"' in m for m in found)
    assert any(':14: raw HTML "<img' in m for m in messages(load_pack(make_pack({"03-web.md": body})).problems))


def test_image_outside_pack(make_pack: MakePack) -> None:
    body = TOPIC.format(title="Img", order=3) + "![x](../../secret.png)\n![y](missing.png)\n"
    found = messages(load_pack(make_pack({"03-img.md": body})).problems)
    assert any("points outside the content pack" in m for m in found)
    assert any('picture "missing.png" not found' in m for m in found)


def test_not_utf8(make_pack: MakePack) -> None:
    raw = b'+++\ntitle = "x"\nsummary = "y"\norder = 3\n+++\n' + b"caf\xe9\n"
    problem = only_problem(make_pack({"03-latin.md": raw}))
    assert problem.line == 6
    assert "UTF-8" in problem.message


def test_empty_file(make_pack: MakePack) -> None:
    problem = only_problem(make_pack({"03-empty.md": "  \n"}))
    assert "empty" in problem.message


def test_bad_file_name(make_pack: MakePack) -> None:
    problem = only_problem(make_pack({"Intro.md": TOPIC.format(title="x", order=3)}))
    assert "NN-slug.md" in problem.message


def test_unknown_scene(make_pack: MakePack) -> None:
    text = '+++\ntitle = "x"\nsummary = "y"\norder = 3\nscene = "before:brakes"\n+++\nBody\n'
    problem = only_problem(make_pack({"03-scene.md": text}))
    assert 'Did you mean "brake"?' in problem.message


def test_broken_glossary(make_pack: MakePack) -> None:
    root = make_pack()
    (root / "en" / "glossary.toml").write_text('[t-cell]\nterm = "T cell"\ndefinition = "ok"\n'
                                               '[nk-cell]\nterm = "NK cell"\ndefinitoin = "typo"\n')
    found = messages(load_pack(root).problems)
    assert any('glossary.toml:6: unknown key "definitoin" in [nk-cell]' in m and 'Did you mean "definition"' in m
               for m in found), found
    assert any('glossary.toml:4: missing key "definition" in [nk-cell]' in m for m in found), found


def test_language_falls_back_to_english_per_topic(make_pack: MakePack) -> None:
    root = make_pack()
    make_pack({"01-first.md": TOPIC.format(title="Erstes", order=1)}, lang="de")
    pack = load_pack(root, "de")
    assert [t.title for t in pack.topics] == ["Erstes", "Second"]
    assert [t.lang for t in pack.topics] == ["de", "en"]
    assert pack.problems == ()


def test_missing_language_is_reported_and_english_shown(make_pack: MakePack) -> None:
    pack = load_pack(make_pack(), "fr")
    assert [t.title for t in pack.topics] == ["First", "Second"]
    assert any('no content for language "fr"' in m for m in messages(pack.problems))


def test_missing_folder() -> None:
    pack = load_pack(Path("/nonexistent/pack"))
    assert pack.topics == ()
    assert "content folder not found" in pack.problems[0].message


def test_kiosk_text_problems_are_reported(make_pack: MakePack) -> None:
    root = make_pack()
    (root / "en" / "kiosk.toml").write_text('atract = "Touch here"\n')
    found = messages(load_pack(root).problems)
    assert any('kiosk.toml:1: unknown key "atract". Did you mean "attract"?' in m for m in found), found


def test_attract_phrases_in_every_language(make_pack: MakePack) -> None:
    from ioexplainer.content.kiosk_text import attract_phrases

    root = make_pack()
    (root / "en" / "kiosk.toml").write_text('attract = "Touch to learn"\n')
    make_pack({"kiosk.toml": 'attract = "Tocar para aprender"\n'}, lang="es")
    assert attract_phrases(root, ["es", "en"], first="en") == ["Touch to learn", "Tocar para aprender"]


def test_editorial_warnings_sources_review_dates_and_term_links(make_pack: MakePack) -> None:
    import datetime

    no_sources = ('+++\ntitle = "Plain"\nsummary = "s"\norder = 3\n+++\n\n'
                  "A T cell is here before its link: [T cell](term:t-cell).\n")
    root = make_pack({"03-plain.md": no_sources})
    (root / "en" / "glossary.toml").write_text(
        '[t-cell]\nterm = "T cell"\ndefinition = "A white blood cell."\n'
        '[b-cell]\nterm = "B cell"\ndefinition = "Another white blood cell."\n', encoding="utf-8")
    pack = load_pack(root, today=datetime.date(2100, 1, 1))
    warnings = [str(p) for p in pack.problems if p.warning]
    assert not errors(pack.problems), messages(pack.problems)
    assert any("03-plain.md:1: warning: no sources" in w for w in warnings), warnings
    assert any("03-plain.md:1: warning: add updated = YYYY-MM-DD" in w for w in warnings)
    assert any("01-first.md:1: warning: past its review date (2099-01-01)" in w for w in warnings)
    assert any('03-plain.md:7: warning: "t-cell" is used here before it is linked' in w for w in warnings)
    assert any('glossary.toml:4: warning: term "b-cell" is defined but no topic links to it' in w for w in warnings)
    assert load_pack(root, editorial=False).problems == ()  # the app leaves these to `check`


def test_check_lists_what_a_language_has_not_translated_and_the_app_shows_english(make_pack: MakePack) -> None:
    from ioexplainer.content.check import check_pack

    root = make_pack()
    make_pack({"01-first.md": TOPIC.format(title="Erstes", order=1)}, lang="de")
    english_diagram = (root / "en" / "diagram.toml").read_text(encoding="utf-8")
    partial = english_diagram.replace("[before.patrol]", "[ignored]").split("[ignored]")[0]  # ends before a phase
    (root / "de" / "diagram.toml").write_text(partial, encoding="utf-8")
    problems, _ = check_pack(root)
    warnings = [str(p) for p in problems if p.warning]
    assert any('de/02-second.md:1: warning: topic "second" is not translated yet' in w for w in warnings), warnings
    assert any('de/glossary.toml:1: warning: term "t-cell" is not translated yet' in w for w in warnings)
    assert any("de/help.toml:1: warning: the \"When to get help\" words are not translated" in w for w in warnings)
    assert any("missing [before.patrol]; English is shown until you add" in w for w in warnings), warnings
    assert not [p for p in problems if not p.warning and "de/" in str(p.path)]
    pack = load_pack(root, "de")
    assert pack.diagram["before"].phases["patrol"].caption  # the English words, for that step only
