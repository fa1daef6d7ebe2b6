"""The bundled English content: plain language, every point of the source, kind and actionable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from ioexplainer.content.links import LinkKind, find_links
from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import ContentPack, Topic

MAX_GRADE = 8.0  # US grade level (Flesch-Kincaid); NIH asks for below 8th grade
DISCLAIMER = "This is general information, not medical advice."
SEED = Path(__file__).with_name("source-document.txt")  # a copy of the clinic's source document

# Each point of the source document, as phrases one of which must appear somewhere in the content.
SOURCE_POINTS = {
    "immuno refers to the immune system": ["immune system"],
    "I-O uses immunotherapy medicines": ["immunotherapy"],
    "I-O is a main pillar of cancer care": ["pillar", "main kinds of cancer treatment", "main types of cancer"],
    "immune system: organs, cells and molecules": ["organs"],
    "it protects from germs": ["germs"],
    "it protects from viruses": ["viruses"],
    "it protects from cancer": ["germs, viruses and cancer", "also include illnesses like cancer"],
    "it acts after finding something foreign": ["foreign", "does not belong"],
    "immune response finds and destroys abnormal cells": ["immune response"],
    "most treatments aim at the tumour": ["tumour"],
    "local treatment: surgery": ["surgery"],
    "local treatment: radiotherapy": ["radiotherapy"],
    "medicine: chemotherapy": ["chemotherapy"],
    "medicine: targeted therapy": ["targeted therapy", "targeted therapies"],
    "I-O strengthens the body's own defences": ["defence", "defense"],
    "different option for various cancers": ["different"],
    "cancerous cells are common": ["often", "quite common", "all the time"],
    "T cells are white blood cells": ["white blood cell"],
    "cancer cells can change to escape": ["escape"],
    "escaped cancer grows and spreads": ["spread"],
    "research works with the immune system": ["research"],
    "I-O re-activates the immune response": ["switch", "wake", "re-activate", "reactivate"],
    "NK cells and T cells fight again": ["nk cell", "natural killer"],
}


def plain_text(body: str) -> str:
    """Markdown to sentences: drop link targets and markers; a heading or list item is its own sentence."""
    lines = []
    for line in body.splitlines():
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip())
        line = re.sub(r"^(?:#+|>|[-*]|\d+\.)\s*", "", line).replace("*", "")
        if line:
            lines.append(line if line[-1] in ".?!:" else line + ".")
    return " ".join(lines)


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    from ioexplainer.core.paths import content_root

    return load_pack(content_root(), "en")


def all_text(pack: ContentPack) -> str:
    return " ".join(t.title + " " + t.body for t in pack.topics).lower()


def test_every_topic_reads_at_grade_8_or_below(pack: ContentPack) -> None:
    grades = {t.slug: textstat.flesch_kincaid_grade(plain_text(t.body)) for t in pack.topics}
    too_hard = {slug: grade for slug, grade in grades.items() if grade > MAX_GRADE}
    assert not too_hard, f"topics above grade {MAX_GRADE}: {too_hard}"


def test_glossary_definitions_are_plain(pack: ContentPack) -> None:
    text = " ".join(term.definition for term in pack.glossary.values())
    assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE


@pytest.mark.parametrize("point", sorted(SOURCE_POINTS))
def test_every_point_of_the_source_is_covered(pack: ContentPack, point: str) -> None:
    text = all_text(pack)
    assert any(phrase in text for phrase in SOURCE_POINTS[point]), point


def test_no_run_of_eight_words_is_copied_from_the_source(pack: ContentPack) -> None:
    words = re.compile(r"[a-z']+")
    seed = words.findall(SEED.read_text(encoding="utf-8").lower())
    grams = {tuple(seed[i:i + 8]) for i in range(len(seed) - 7)}
    for topic in pack.topics:
        mine = words.findall(topic.body.lower())
        copied = [" ".join(mine[i:i + 8]) for i in range(len(mine) - 7) if tuple(mine[i:i + 8]) in grams]
        assert not copied, f"{topic.slug} copies the source: {copied[:3]}"


@pytest.mark.parametrize("index", range(8))
def test_each_topic_ends_with_an_action_and_the_disclaimer(pack: ContentPack, index: int) -> None:
    topic: Topic = pack.topics[index]
    assert "## What you can do" in topic.body, topic.slug
    assert topic.body.strip().splitlines()[-1].lstrip("> ").startswith(DISCLAIMER), topic.slug
    assert " you" in topic.body.lower()


def test_every_linked_term_is_defined_and_linked_terms_are_used(pack: ContentPack) -> None:
    linked = {link.name for t in pack.topics for link in find_links(t.body) if link.kind is LinkKind.TERM}
    assert linked <= set(pack.glossary)
    for required in ("t-cell", "nk-cell", "immune-system", "tumour", "immunotherapy", "pd-1", "pd-l1"):
        assert required in pack.glossary


def test_scenes_open_the_right_diagram(pack: ContentPack) -> None:
    escapes = pack.topic("how-cancer-escapes")
    treatment = pack.topic("how-treatment-works")
    assert escapes is not None and str(escapes.scene) == "before:brake"
    assert treatment is not None and treatment.scene is not None and treatment.scene.scenario == "after"
