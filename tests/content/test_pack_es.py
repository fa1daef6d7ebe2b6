"""The bundled Spanish content pack: complete, faithful in structure to English, linked and plain to read."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import textstat

from ioexplainer.content.links import LinkKind, find_links
from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import ContentPack, Term, Topic
from ioexplainer.core.paths import content_root

ROOT = content_root()
EN = ROOT / "en"
ES = ROOT / "es"
TOPIC_FILES = sorted(EN.glob("[0-9][0-9]-*.md"))
SLUGS = [path.stem[3:] for path in TOPIC_FILES]
DISCLAIMER = "> Esta es información general, no un consejo médico. Su equipo médico conoce mejor su situación."
MIN_FERNANDEZ_HUERTA = 70.0  # "bastante fácil" or easier
MAX_CAPTION_WORDS = 30  # English allows 25; Spanish runs about a fifth longer
SAME_IN_BOTH = {"CTLA-4", "PD-1", "PD-L1", "apoptosis", "receptor", "virus"}  # spelt the same in Spanish
MEDICINES = {"pembrolizumab": "Keytruda", "nivolumab": "Opdivo", "ipilimumab": "Yervoy",
             "atezolizumab": "Tecentriq", "durvalumab": "Imfinzi", "cemiplimab": "Libtayo",
             "dostarlimab": "Jemperli"}


def plain_text(body: str) -> str:
    """Markdown to sentences: drop link targets and markers; a heading or list item is its own sentence."""
    lines = []
    for line in body.splitlines():
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip())
        line = re.sub(r"^(?:#+|>|[-*]|\d+\.)\s*", "", line).replace("*", "")
        if line:
            lines.append(line if line[-1] in ".?!:" else line + ".")
    return " ".join(lines)


def read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


def front_matter(path: Path) -> dict[str, Any]:
    _, head, _ = path.read_text(encoding="utf-8").split("+++", 2)
    return tomllib.loads(head)


def readability(text: str) -> tuple[float, float]:
    textstat.set_lang("es")
    try:
        return textstat.fernandez_huerta(text), textstat.szigriszt_pazos(text)
    finally:
        textstat.set_lang("en_US")


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    return load_pack(ROOT, "es")


@pytest.fixture(scope="module")
def english() -> ContentPack:
    return load_pack(ROOT, "en")


def topic_for(pack: ContentPack, slug: str) -> Topic:
    topic = pack.topic(slug)
    assert topic is not None, f"{slug} did not load: {[str(p) for p in pack.problems]}"
    return topic


# --- the pack loads, whole ----------------------------------------------------------------------------------------


def test_the_spanish_pack_loads_without_errors(pack: ContentPack) -> None:
    assert [str(p) for p in pack.problems if not p.warning] == []


def test_the_spanish_files_raise_no_warnings(pack: ContentPack) -> None:
    assert [str(p) for p in pack.problems if p.warning and ES in p.path.parents] == []


def test_every_english_file_has_a_spanish_file_of_the_same_name() -> None:
    english = sorted(p.name for p in EN.iterdir() if p.is_file())
    assert english == sorted(p.name for p in ES.iterdir() if p.is_file())


def test_every_topic_is_in_spanish(pack: ContentPack, english: ContentPack) -> None:
    assert [t.slug for t in pack.topics] == [t.slug for t in english.topics] == SLUGS
    assert all(t.lang == "es" for t in pack.topics), [t.slug for t in pack.topics if t.lang != "es"]


# --- topics: front matter, structure, links ------------------------------------------------------------------------


@pytest.mark.parametrize("path", TOPIC_FILES, ids=SLUGS)
def test_front_matter_matches_english_except_the_words(path: Path) -> None:
    en, es = front_matter(path), front_matter(ES / path.name)
    assert list(es) == list(en), path.name
    for key in en:
        if key in ("title", "summary", "tagline"):
            assert es[key].strip() and es[key] != en[key], key
        elif key == "sources":
            assert len(es[key]) == len(en[key]) and all(set(s) == {"title", "publisher"} for s in es[key])
        else:
            assert es[key] == en[key], key


@pytest.mark.parametrize("slug", SLUGS)
def test_links_keep_their_targets(pack: ContentPack, english: ContentPack, slug: str) -> None:
    es_links = find_links(topic_for(pack, slug).body)
    en_links = find_links(topic_for(english, slug).body)
    names = {kind: ({ln.name for ln in es_links if ln.kind is kind}, {ln.name for ln in en_links if ln.kind is kind})
             for kind in (LinkKind.TERM, LinkKind.TOPIC)}
    es_terms, en_terms = names[LinkKind.TERM]
    assert en_terms <= es_terms, en_terms - es_terms  # every English term link is kept (a few more may be added)
    assert es_terms <= set(pack.glossary)
    assert names[LinkKind.TOPIC][0] == names[LinkKind.TOPIC][1]
    assert {ln.kind for ln in es_links} <= {LinkKind.TERM, LinkKind.TOPIC}


@pytest.mark.parametrize("slug", SLUGS)
def test_structure_numbers_and_disclaimer(pack: ContentPack, english: ContentPack, slug: str) -> None:
    es, en = topic_for(pack, slug).body, topic_for(english, slug).body
    headings = [line for line in es.splitlines() if line.startswith("## ")]
    assert len(headings) == len([line for line in en.splitlines() if line.startswith("## ")])
    assert "## En resumen" in headings and "## Qué puede hacer usted" in headings
    assert headings.index("## En resumen") < headings.index("## Qué puede hacer usted")
    for mark in ("- ", "| ", "1. "):
        count = sum(line.startswith(mark) for line in es.splitlines())
        assert count == sum(line.startswith(mark) for line in en.splitlines()), (slug, mark)
    assert sorted(re.findall(r"\d+", plain_text(es))) == sorted(re.findall(r"\d+", plain_text(en))), slug
    assert es.strip().splitlines()[-1] == DISCLAIMER, slug
    assert "<" not in plain_text(es)


# --- glossary, diagram, help, kiosk --------------------------------------------------------------------------------


def test_glossary_has_every_term_in_spanish() -> None:
    en, es = read_toml(EN / "glossary.toml"), read_toml(ES / "glossary.toml")
    assert list(es) == list(en)
    for term_id, entry in en.items():
        assert set(es[term_id]) == set(entry), term_id
        assert es[term_id]["definition"] != entry["definition"], term_id
        assert es[term_id]["term"] != entry["term"] or entry["term"] in SAME_IN_BOTH, term_id


def test_medicine_names_and_brands_are_kept(pack: ContentPack) -> None:
    card = pack.glossary["medicine-names"].definition
    for medicine, brand in MEDICINES.items():
        assert f"{medicine} ({brand})" in card, medicine


def test_diagram_has_every_phase_and_label_in_spanish() -> None:
    en, es = read_toml(EN / "diagram.toml"), read_toml(ES / "diagram.toml")
    assert list(es) == list(en)
    for table, content in en.items():
        if table == "labels":
            assert list(es[table]) == list(content)
            assert all(es[table][key] != value for key, value in content.items()), table
            continue
        for key, value in content.items():
            if isinstance(value, dict):
                assert set(es[table][key]) == set(value), f"{table}.{key}"
                for field, text in value.items():
                    assert es[table][key][field].strip() and es[table][key][field] != text, f"{table}.{key}.{field}"
            else:
                assert es[table][key] != value, f"{table}.{key}"


def test_diagram_captions_are_short(pack: ContentPack) -> None:
    long = {f"{name}.{phase}": len(text.caption.split())
            for name, scenario in pack.diagram.items() for phase, text in scenario.phases.items()
            if len(text.caption.split()) > MAX_CAPTION_WORDS}
    assert not long, long


def test_help_box_is_complete_and_in_spanish() -> None:
    en, es = read_toml(EN / "help.toml"), read_toml(ES / "help.toml")
    assert set(en) <= set(es) <= set(en) | {"local_emergency"}
    for key, value in en.items():
        if key == "call_now":
            assert len(es[key]) == len(value) and all(a != b for a, b in zip(es[key], value, strict=True))
        else:
            assert es[key].strip() and es[key] != value, key
    assert "{emergency_number}" in es["emergency"] and es.get("local_emergency", "").strip()
    filled = es["emergency"].replace("{emergency_number}", es["local_emergency"])
    assert "al número de emergencias" in filled, filled  # "llame ahora al número de emergencias de su zona"
    assert not re.search(r"\d{3,}", es["emergency"].replace("{emergency_number}", ""))
    assert "38 °C" in " ".join(es["call_now"])


def test_kiosk_invites_in_spanish() -> None:
    en, es = read_toml(EN / "kiosk.toml"), read_toml(ES / "kiosk.toml")
    assert set(es) == set(en) and es["attract"] != en["attract"]
    assert "inmunoterapia" in es["attract"].lower()


# --- reading level ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_topic_is_easy_to_read_on_fernandez_huerta(pack: ContentPack, slug: str) -> None:
    huerta, _ = readability(plain_text(topic_for(pack, slug).body))
    assert huerta >= MIN_FERNANDEZ_HUERTA, f"{slug}: Fernández Huerta {huerta}"


def test_glossary_definitions_are_easy_to_read(pack: ContentPack) -> None:
    huerta, _ = readability(" ".join(term.definition for term in pack.glossary.values()))
    assert huerta >= MIN_FERNANDEZ_HUERTA, huerta


def test_help_box_is_easy_to_read() -> None:
    es = read_toml(ES / "help.toml")
    text = " ".join([es["call_now_intro"], *(item + "." for item in es["call_now"]), es["emergency"],
                     es["no_number"], es["tell_them"]])
    huerta, _ = readability(text)
    assert huerta >= MIN_FERNANDEZ_HUERTA, huerta


# --- glossary terms linked at first use (Spanish plurals: every word can take -s or -es) ----------------------------

_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


def _term_patterns(term: Term) -> list[str]:
    text = term.term.lower()
    names = [re.sub(r"\s*\([^)]*\)", "", text).strip()]
    alias = re.search(r"\(([^)]*)\)", text)
    if alias and len(alias.group(1).split()) >= 2:
        names.append(alias.group(1).strip())
    return [r"(?<![\w-])" + r"\s+".join(re.escape(w) + r"(?:s|es)?" for w in name.split()) + r"(?![\w-])"
            for name in names]


def unlinked_first_uses(body: str, glossary: dict[str, Term]) -> list[str]:
    """Terms whose first mention (headings and disclaimer aside) comes before any link to them."""
    text = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(("#", ">")))
    first_link: dict[str, int] = {}
    for m in _LINK.finditer(text):
        if m.group(2).startswith("term:"):
            first_link.setdefault(m.group(2)[5:], m.start())
    masked = _LINK.sub(lambda m: " " * len(m.group(0)), text).lower()
    first_mention: dict[str, int] = {}
    candidates = [(p, tid) for tid, term in glossary.items() for p in _term_patterns(term)]
    for pattern, term_id in sorted(candidates, key=lambda c: -len(c[0])):  # longer terms first
        for m in re.finditer(pattern, masked):
            first_mention[term_id] = min(first_mention.get(term_id, m.start()), m.start())
            masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    return sorted(f"{tid} (at: {text[pos:pos + 30]!r})" for tid, pos in first_mention.items()
                  if tid not in first_link or first_link[tid] > pos)


@pytest.mark.parametrize("slug", SLUGS)
def test_each_term_is_linked_at_its_first_use(pack: ContentPack, slug: str) -> None:
    missing = unlinked_first_uses(topic_for(pack, slug).body, dict(pack.glossary))
    assert not missing, f"{slug}: link these terms at their first use: {missing}"
