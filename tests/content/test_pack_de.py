"""The German content pack: complete, loads cleanly, says what the English says, and reads plainly (WSTF)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import textstat

from ioexplainer.content.help import compose_help
from ioexplainer.content.links import LinkKind, find_links
from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import ContentPack, Topic
from ioexplainer.core.paths import content_root

MAX_WSTF = 8.0  # Wiener Sachtextformel (variant 1), a German school grade; 4 is very easy, 15 very hard
MAX_CAPTION_WORDS = 25  # the same bar as the English captions
DISCLAIMER = ("Dies sind allgemeine Informationen, keine medizinische Beratung. "
              "Ihr Behandlungsteam kennt Ihre Situation am besten.")
ROOT = content_root()
EN, DE = ROOT / "en", ROOT / "de"
TOPIC_FILES = sorted(EN.glob("[0-9][0-9]-*.md"))
SLUGS = [path.stem[3:] for path in TOPIC_FILES]
DATA_FILES = ("glossary.toml", "diagram.toml", "help.toml", "kiosk.toml")
TRANSLATED_KEYS = {"title", "summary", "tagline"}  # every other front matter key stays exactly as in English
# Source titles translated because the publisher has an official German version of that page.
GERMAN_SOURCE_TITLES = {
    "Immunotherapy-Related Side Effects and Their Management (patient guide)":
        "Immuntherapie-bedingte Nebenwirkungen und ihr Management (ESMO-Patientenleitlinie)",
}
# Glossary terms that are the same word in both languages (abbreviations and loan words).
SAME_WORD = {"checkpoint", "ctla-4", "pd-1", "pd-l1", "antigen", "organ", "perforin", "scan", "symptom", "virus",
             "infusion"}
MEDICINES = {"Pembrolizumab": "Keytruda", "Nivolumab": "Opdivo", "Ipilimumab": "Yervoy",
             "Atezolizumab": "Tecentriq", "Durvalumab": "Imfinzi", "Cemiplimab": "Libtayo",
             "Dostarlimab": "Jemperli"}


def plain_text(body: str) -> str:
    """Markdown to sentences: drop link targets and markers; a heading or list item is its own sentence.
    (The same as in test_bundled_content.py, so both languages are measured the same way.)"""
    lines = []
    for line in body.splitlines():
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip())
        line = re.sub(r"^(?:#+|>|[-*]|\d+\.)\s*", "", line).replace("*", "")
        if line:
            lines.append(line if line[-1] in ".?!:" else line + ".")
    return " ".join(lines)


def wstf(text: str) -> float:
    textstat.set_lang("de")
    try:
        return float(textstat.wiener_sachtextformel(text, 1))
    finally:
        textstat.set_lang("en_US")  # textstat is global: put back its default, which the English tests use


def front_matter(path: Path) -> dict[str, Any]:
    _, head, _ = path.read_text(encoding="utf-8").split("+++", 2)
    return tomllib.loads(head)


def read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


def link_targets(body: str) -> Counter[str]:
    return Counter(f"{link.kind.name}:{link.name}" for link in find_links(body)
                   if link.kind in (LinkKind.TERM, LinkKind.TOPIC))


def string_leaves(data: Any, path: str = "") -> dict[str, Any]:
    """Every leaf of a TOML document by its dotted path (lists by index)."""
    if isinstance(data, dict):
        return {k: v for key, value in data.items() for k, v in string_leaves(value, f"{path}.{key}").items()}
    if isinstance(data, list):
        return {k: v for i, value in enumerate(data) for k, v in string_leaves(value, f"{path}[{i}]").items()}
    return {path: data}


@pytest.fixture(scope="module")
def de() -> ContentPack:
    return load_pack(ROOT, "de")


@pytest.fixture(scope="module")
def en() -> ContentPack:
    return load_pack(ROOT, "en")


def topic_for(pack: ContentPack, slug: str) -> Topic:
    topic = pack.topic(slug)
    assert topic is not None, f"{slug} did not load: {[str(p) for p in pack.problems]}"
    return topic


# --- completeness and loading ------------------------------------------------------------------------------------


def test_every_english_file_has_a_german_file_of_the_same_name() -> None:
    english = {p.name for p in EN.iterdir() if p.suffix in (".md", ".toml")}
    german = {p.name for p in DE.iterdir() if p.suffix in (".md", ".toml")}
    assert english == german, {"missing": english - german, "extra": german - english}
    assert set(DATA_FILES) <= german


def test_the_german_pack_loads_without_errors(de: ContentPack) -> None:
    assert [str(p) for p in de.problems if not p.warning] == []


def test_the_german_files_cause_no_warnings(de: ContentPack) -> None:
    """Terms are linked at their first use, as in English (review dates passing is the reviewer's business)."""
    warnings = [str(p) for p in de.problems
                if p.warning and Path(p.path).parent == DE and "past its review date" not in p.message]
    assert warnings == []


def test_every_topic_is_german(de: ContentPack) -> None:
    assert [t.slug for t in de.topics] == [t.slug for t in load_pack(ROOT, "en").topics]
    for slug in SLUGS:
        topic = topic_for(de, slug)
        assert topic.lang == "de", slug
        assert topic.path.parent == DE, slug


# --- front matter ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", TOPIC_FILES, ids=SLUGS)
def test_front_matter_is_the_english_one_with_its_words_translated(path: Path) -> None:
    english, german = front_matter(path), front_matter(DE / path.name)
    assert list(german) == list(english), "same keys in the same order"
    for key in english:
        if key in TRANSLATED_KEYS:
            assert german[key].strip() and german[key] != english[key], key
        elif key == "sources":
            assert [s["publisher"] for s in german[key]] == [s["publisher"] for s in english[key]]
            assert [s["title"] for s in german[key]] == [GERMAN_SOURCE_TITLES.get(s["title"], s["title"])
                                                         for s in english[key]]
        else:
            assert german[key] == english[key], key


# --- links -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_links_keep_their_targets(en: ContentPack, de: ContentPack, slug: str) -> None:
    assert link_targets(topic_for(de, slug).body) == link_targets(topic_for(en, slug).body)


# --- shape of each topic -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_each_topic_has_a_summary_an_action_and_the_disclaimer_last(de: ContentPack, slug: str) -> None:
    body = topic_for(de, slug).body
    assert body.strip().splitlines()[-1] == f"> {DISCLAIMER}", slug
    assert "## Kurz gesagt" in body and "## Was Sie tun können" in body, slug
    assert body.index("## Kurz gesagt") < body.index("## Was Sie tun können"), slug
    action = body.split("## Was Sie tun können", 1)[1]
    assert re.search(r"\b(Sie|Ihr\w*)\b", action), f"{slug}: the action speaks to the reader (formal Sie)"
    assert not re.search(r"\b(du|dich|dir|dein\w*)\b", plain_text(body), re.IGNORECASE), f"{slug}: use Sie"
    assert "care team" not in body and "This is general information" not in body, f"{slug}: English left in"


@pytest.mark.parametrize("slug", SLUGS)
def test_topic_headings_match_english(en: ContentPack, de: ContentPack, slug: str) -> None:
    def headings(topic: Topic) -> list[str]:
        return [line.split(" ", 1)[0] for line in topic.body.splitlines() if line.startswith("#")]
    assert headings(topic_for(de, slug)) == headings(topic_for(en, slug))


def test_checklist_keeps_its_tables(de: ContentPack, en: ContentPack) -> None:
    body = topic_for(de, "symptom-checklist").body
    english = topic_for(en, "symptom-checklist").body
    assert body.count("| Was Sie bemerken | Ja | Seit wann | Wie stark |") == english.count("| What you notice |")
    assert body.count("| --- |") == english.count("| --- |")
    assert sum(line.startswith("|") for line in body.splitlines()) == sum(
        line.startswith("|") for line in english.splitlines())


def test_questions_are_grouped_by_moment(de: ContentPack) -> None:
    headings = [line for line in topic_for(de, "questions-for-your-care-team").body.splitlines()
                if line.startswith("## ")]
    assert headings[:3] == ["## Bevor Sie beginnen", "## Während der Behandlung", "## Nach dem Ende der Behandlung"]


def test_names_of_other_parts_quoted_in_topics_match_those_parts() -> None:
    diagram = read_toml(DE / "diagram.toml")
    help_words = read_toml(DE / "help.toml")
    assert f"„{diagram['before']['match']['title']}“" in (DE / "04-how-the-immune-system-finds-cancer.md").read_text(
        encoding="utf-8")
    for name in ("08-side-effects.md", "09-symptom-checklist.md"):
        assert f"„{help_words['title']}“" in (DE / name).read_text(encoding="utf-8"), name


# --- the same claims as the English ------------------------------------------------------------------------------


def test_the_cautious_wording_about_nk_cells_and_hiding_cancers_is_kept(de: ContentPack) -> None:
    escapes = topic_for(de, "how-cancer-escapes").body
    assert "vielleicht nicht so gut" in escapes and "von selbst, ohne Medikament" in escapes
    treatment = topic_for(de, "how-treatment-works").body
    assert "vielleicht auch NK-Zellen ein wenig helfen" in treatment
    assert "Hauptwirkung betrifft die T-Zellen" in treatment


def test_schedule_timing_and_safety_numbers_are_kept(de: ContentPack) -> None:
    expect = topic_for(de, "what-to-expect").body
    for needed in ("2, 3, 4 oder 6 Wochen", "30 bis 60 Minuten", "2 Jahre", "unter die Haut",
                   "ein Jahr oder länger", "nicht bei allen"):
        assert needed in expect, needed
    effects = topic_for(de, "side-effects").body
    for needed in ("nie plötzlich", "Pause", "ein Leben lang", "ein Jahr oder länger", "lebensbedrohlich",
                   "Schilddrüse", "Hirnanhangdrüse", "Nebennieren", "Bauchspeicheldrüse", "Während der Infusion"):
        assert needed in effects, needed


def test_medicine_names_keep_their_brands(de: ContentPack) -> None:
    card = de.glossary["medicine-names"].definition
    for medicine, brand in MEDICINES.items():
        assert f"{medicine} ({brand})" in card, medicine


# --- glossary, diagram, help box, kiosk ---------------------------------------------------------------------------


def test_glossary_has_every_id_translated() -> None:
    english, german = read_toml(EN / "glossary.toml"), read_toml(DE / "glossary.toml")
    assert list(german) == list(english)
    for term_id, entry in english.items():
        assert set(german[term_id]) == set(entry), term_id
        assert german[term_id]["definition"].strip() != entry["definition"].strip(), term_id
        if term_id not in SAME_WORD:
            assert german[term_id]["term"].casefold() != entry["term"].casefold(), term_id


def test_diagram_has_every_table_and_label_translated() -> None:
    english = string_leaves(read_toml(EN / "diagram.toml"))
    german = string_leaves(read_toml(DE / "diagram.toml"))
    assert list(german) == list(english), "same tables, phases and label keys"
    same = [key for key, value in english.items() if german[key] == value]
    assert same == [], f"not translated: {same}"


def test_diagram_captions_are_short() -> None:
    diagram = read_toml(DE / "diagram.toml")
    long = {f"{name}.{phase}": len(words["caption"].split())
            for name, table in diagram.items() if name != "labels"
            for phase, words in table.items() if isinstance(words, dict)
            if len(words["caption"].split()) > MAX_CAPTION_WORDS}
    assert not long, long


def test_help_box_is_translated_and_fills_in_the_emergency_number(de: ContentPack) -> None:
    english, german = read_toml(EN / "help.toml"), read_toml(DE / "help.toml")
    assert set(english) <= set(german) and set(german) - set(english) <= {"local_emergency"}
    assert len(german["call_now"]) == len(english["call_now"])
    for key, value in string_leaves(english).items():
        assert string_leaves(german)[key] != value, key
    assert "{emergency_number}" in german["emergency"]
    assert not re.search(r"\d{3,}", german["emergency"].replace("{emergency_number}", ""))
    assert "38 °C" in german["call_now"][0]
    assert de.help is not None
    assert compose_help(de.help).emergency.endswith("rufen Sie sofort den Notruf 112 an.")
    assert compose_help(de.help, emergency_number="112").emergency.endswith("rufen Sie sofort 112 an.")


def test_kiosk_invitation_is_german() -> None:
    english, german = read_toml(EN / "kiosk.toml"), read_toml(DE / "kiosk.toml")
    assert set(german) == set(english)
    assert german["attract"].strip() and german["attract"] != english["attract"]


# --- reading level -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_topic_reads_plainly_on_the_wiener_sachtextformel(de: ContentPack, slug: str) -> None:
    score = wstf(plain_text(topic_for(de, slug).body))
    assert score <= MAX_WSTF, f"{slug}: WSTF {score}"


def test_glossary_definitions_read_plainly() -> None:
    text = " ".join(entry["definition"] for entry in read_toml(DE / "glossary.toml").values())
    assert wstf(text) <= MAX_WSTF


def test_help_box_reads_plainly() -> None:
    words = read_toml(DE / "help.toml")
    text = " ".join([words["call_now_intro"], *(item + "." for item in words["call_now"]), words["emergency"],
                     words["no_number"], words["tell_them"]])
    assert wstf(text) <= MAX_WSTF
