"""The bundled English content: plain language, every point of the source, accurate, kind and actionable."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import textstat

from ioexplainer.content.links import LinkKind, find_links
from ioexplainer.content.loader import load_pack
from ioexplainer.content.model import ContentPack, Term, Topic

MAX_GRADE = 8.0  # US grade level (Flesch-Kincaid and SMOG); NIH asks for below 8th grade
MAX_CAPTION_WORDS = 25  # a diagram caption must be readable while its step shows
DISCLAIMER = "This is general information, not medical advice. Your care team knows your situation best."
SEED = Path(__file__).with_name("source-document.txt")  # a copy of the clinic's source document
ROOT = Path(__file__).resolve().parents[2] / "resources" / "content"  # the bundled pack
EN = ROOT / "en"
TOPIC_FILES = sorted(EN.glob("[0-9][0-9]-*.md"))
SLUGS = [path.stem[3:] for path in TOPIC_FILES]

# Topics the app and the issue rely on (slug -> what it must hold).
REQUIRED_TOPICS = ("what-is-immuno-oncology", "how-immuno-oncology-is-different", "how-cancer-escapes",
                   "how-treatment-works", "what-to-expect", "side-effects", "symptom-checklist",
                   "questions-for-your-care-team")
PRINTABLE = {"symptom-checklist", "questions-for-your-care-team"}
HELP_BOX = {"what-to-expect", "side-effects"}
SIDE_EFFECT_CARDS = ("side-effects-skin", "side-effects-gut", "side-effects-lungs", "side-effects-liver",
                     "side-effects-glands", "side-effects-other")
MEDICINES = {"pembrolizumab": "Keytruda", "nivolumab": "Opdivo", "ipilimumab": "Yervoy",
             "atezolizumab": "Tecentriq", "durvalumab": "Imfinzi", "cemiplimab": "Libtayo",
             "dostarlimab": "Jemperli"}

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
    # told honestly: the medicine mainly helps T cells; research suggests NK cells may also be helped
    "NK cells and T cells fight again": ["may also help nk cells"],
}

# Claims the clinical review asked us to drop (lowercase; checked in topics, glossary, diagram and help text).
FORBIDDEN = (
    "billions",
    "make your immune system stronger",
    "how healthy is my immune system",
    "every few weeks",
    "pillar",
    "t cells and nk cells can attack",
    "natural killer cell attacks",
    "nk cells can join the fight",
    "much harder for cancer cells",
)


def plain_text(body: str) -> str:
    """Markdown to sentences: drop link targets and markers; a heading or list item is its own sentence."""
    lines = []
    for line in body.splitlines():
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip())
        line = re.sub(r"^(?:#+|>|[-*]|\d+\.)\s*", "", line).replace("*", "")
        if line:
            lines.append(line if line[-1] in ".?!:" else line + ".")
    return " ".join(lines)


def front_matter(path: Path) -> dict[str, Any]:
    """The TOML between the +++ lines, read directly (the model may not expose every key yet)."""
    text = path.read_text(encoding="utf-8")
    _, head, _ = text.split("+++", 2)
    return tomllib.loads(head)


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    return load_pack(ROOT, "en")


@pytest.fixture(scope="module")
def help_text() -> dict[str, Any]:
    with (EN / "help.toml").open("rb") as f:
        return tomllib.load(f)


def topic_for(pack: ContentPack, slug: str) -> Topic:
    topic = pack.topic(slug)
    assert topic is not None, f"{slug} did not load: {[str(p) for p in pack.problems]}"
    return topic


def all_text(pack: ContentPack) -> str:
    return " ".join(t.title + " " + t.body for t in pack.topics).lower()


def every_patient_text(pack: ContentPack, help_text: dict[str, Any]) -> str:
    parts = [all_text(pack)]
    parts += [f"{t.term} {t.definition}" for t in pack.glossary.values()]
    parts += [f"{p.title} {p.caption} {p.description}" for s in pack.diagram.values() for p in s.phases.values()]
    parts += [v if isinstance(v, str) else " ".join(v) for v in help_text.values()]
    return " ".join(parts).lower()


# --- the set of topics -------------------------------------------------------------------------------------------


def test_the_planned_topics_are_there_in_a_clear_order(pack: ContentPack) -> None:
    assert len(pack.topics) == len(TOPIC_FILES) >= 10
    assert set(REQUIRED_TOPICS) <= {t.slug for t in pack.topics}
    orders = [t.order for t in pack.topics]
    assert len(set(orders)) == len(orders)
    assert pack.home is not None and pack.home.slug == "what-is-immuno-oncology"


def test_scenes_open_the_right_diagram(pack: ContentPack) -> None:
    escapes = topic_for(pack, "how-cancer-escapes")
    treatment = topic_for(pack, "how-treatment-works")
    assert str(escapes.scene) == "before:brake"
    assert treatment.scene is not None and treatment.scene.scenario == "after"


@pytest.mark.parametrize("path", TOPIC_FILES, ids=SLUGS)
def test_scene_names_a_phase_in_diagram_toml(path: Path) -> None:
    scene = front_matter(path).get("scene")
    if scene is None:
        return
    scenario, phase = scene.split(":")
    with (EN / "diagram.toml").open("rb") as f:
        diagram = tomllib.load(f)
    assert isinstance(diagram.get(scenario, {}).get(phase), dict), f"{path.name}: unknown scene {scene}"


# --- reading level -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_topic_reads_at_grade_8_or_below_on_flesch_kincaid(pack: ContentPack, slug: str) -> None:
    grade = textstat.flesch_kincaid_grade(plain_text(topic_for(pack, slug).body))
    assert grade <= MAX_GRADE, f"{slug}: Flesch-Kincaid grade {grade}"


@pytest.mark.parametrize("slug", SLUGS)
def test_topic_reads_at_grade_8_or_below_on_smog(pack: ContentPack, slug: str) -> None:
    grade = textstat.smog_index(plain_text(topic_for(pack, slug).body))
    assert grade <= MAX_GRADE, f"{slug}: SMOG grade {grade}"


def test_glossary_definitions_are_plain(pack: ContentPack) -> None:
    text = " ".join(term.definition for term in pack.glossary.values())
    assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE
    assert textstat.smog_index(text) <= MAX_GRADE


def test_help_box_is_plain(help_text: dict[str, Any]) -> None:
    text = " ".join([help_text["call_now_intro"], *(item + "." for item in help_text["call_now"]),
                     help_text["emergency"], help_text["no_number"], help_text["tell_them"]])
    assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE


def test_diagram_captions_are_short(pack: ContentPack) -> None:
    long = {f"{name}.{phase}": len(text.caption.split())
            for name, scenario in pack.diagram.items() for phase, text in scenario.phases.items()
            if len(text.caption.split()) > MAX_CAPTION_WORDS}
    assert not long, long


# --- the source document -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("point", sorted(SOURCE_POINTS))
def test_every_point_of_the_source_is_covered(pack: ContentPack, point: str) -> None:
    text = all_text(pack)
    assert any(phrase in text for phrase in SOURCE_POINTS[point]), point


def test_no_run_of_eight_words_is_copied_from_the_source(pack: ContentPack, help_text: dict[str, Any]) -> None:
    words = re.compile(r"[a-z']+")
    seed = words.findall(SEED.read_text(encoding="utf-8").lower())
    grams = {tuple(seed[i:i + 8]) for i in range(len(seed) - 7)}
    texts = {t.slug: t.body for t in pack.topics}
    texts["glossary, diagram and help"] = every_patient_text(pack, help_text)
    for name, text in texts.items():
        mine = words.findall(text.lower())
        copied = [" ".join(mine[i:i + 8]) for i in range(len(mine) - 7) if tuple(mine[i:i + 8]) in grams]
        assert not copied, f"{name} copies the source: {copied[:3]}"


# --- accuracy ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", FORBIDDEN)
def test_corrected_claims_do_not_come_back(pack: ContentPack, help_text: dict[str, Any], phrase: str) -> None:
    assert phrase not in every_patient_text(pack, help_text)


def test_scope_and_the_other_kinds_are_named(pack: ContentPack) -> None:
    text = topic_for(pack, "how-immuno-oncology-is-different").body.lower()
    for kind in ("checkpoint-inhibitor", "car-t-cell-therapy", "cancer-vaccine", "oncolytic-virus"):
        assert f"(term:{kind})" in text, kind
    assert "checkpoint inhibitors" in topic_for(pack, "what-is-immuno-oncology").body.lower()


def test_treatment_names_ctla4_combinations_and_the_medicine_names(pack: ContentPack) -> None:
    body = topic_for(pack, "how-treatment-works").body
    for needed in ("(term:ctla-4)", "(term:lymph-node)", "(term:medicine-names)", "together"):
        assert needed in body, needed
    card = pack.glossary["medicine-names"].definition
    for medicine, brand in MEDICINES.items():
        assert f"{medicine} ({brand})" in card, medicine


def test_what_to_expect_is_honest_about_schedule_scans_and_timing(pack: ContentPack) -> None:
    text = topic_for(pack, "what-to-expect").body.lower()
    for needed in ("2, 3, 4 or 6 weeks", "30 to 60 minutes", "2 years", "under the skin", "worse",
                   "does not work for everyone", "a year or more", "last"):
        assert needed in text, needed
    cancers = topic_for(pack, "how-immuno-oncology-is-different").body.lower()
    for cancer in ("melanoma", "lung", "kidney", "bladder", "head and neck"):
        assert cancer in cancers, cancer


def test_hiding_cancers_and_nk_cells_are_told_honestly(pack: ContentPack) -> None:
    escapes = topic_for(pack, "how-cancer-escapes").body.lower()
    assert "may not respond as well" in escapes and "on their own" in escapes
    treatment = topic_for(pack, "how-treatment-works").body.lower()
    assert "may also help nk cells" in treatment and "main effect is on t cells" in treatment


def test_side_effects_cover_every_body_part_and_their_treatment(pack: ContentPack) -> None:
    body = topic_for(pack, "side-effects").body
    for card in SIDE_EFFECT_CARDS:
        assert card in pack.glossary, card
        assert f"(term:{card})" in body, card
    text = body.lower()
    for needed in ("rash", "diarrhoea", "blood or slime in your poo", "cough", "short of breath", "yellow skin",
                   "dark pee", "thyroid", "pituitary", "adrenal", "pancreas", "thirst", "heart", "nerves",
                   "eyes", "during the drip", "never stop taking steroids suddenly", "pause",
                   "for life", "a year or more", "serious"):
        assert needed in text, needed


# --- sources, dates and flags in the front matter ------------------------------------------------------------------


@pytest.mark.parametrize("path", TOPIC_FILES, ids=SLUGS)
def test_topic_names_its_sources_and_review_dates(path: Path) -> None:
    data = front_matter(path)
    sources = data.get("sources")
    assert isinstance(sources, list) and len(sources) >= 2, path.name
    for source in sources:
        assert isinstance(source, dict) and set(source) == {"title", "publisher"}, source
        assert all(isinstance(v, str) and v.strip() for v in source.values()), source
        assert "clinic handout" not in source["title"]
    updated, review_by = data.get("updated"), data.get("review_by")
    assert isinstance(updated, dt.date) and not isinstance(updated, dt.datetime), path.name
    assert isinstance(review_by, dt.date) and not isinstance(review_by, dt.datetime), path.name
    assert updated < review_by <= updated + dt.timedelta(days=2 * 366), path.name


@pytest.mark.parametrize("path", TOPIC_FILES, ids=SLUGS)
def test_printable_and_help_box_only_where_planned(path: Path) -> None:
    data = front_matter(path)
    slug = path.stem[3:]
    assert data.get("printable", False) is (slug in PRINTABLE), path.name
    assert data.get("help_box", False) is (slug in HELP_BOX), path.name


def test_help_box_words(help_text: dict[str, Any]) -> None:
    for key in ("title", "call_now_intro", "emergency", "no_number", "phone_label", "hours_label", "tell_them",
                "kiosk_note", "button"):
        assert isinstance(help_text.get(key), str) and help_text[key].strip(), key
    call_now = help_text.get("call_now")
    assert isinstance(call_now, list) and 8 <= len(call_now) <= 14
    assert all(isinstance(item, str) and item.strip() for item in call_now)
    assert "{emergency_number}" in help_text["emergency"]
    assert not re.search(r"\d{3,}", help_text["emergency"].replace("{emergency_number}", "")), "no numbers in text"
    signs = " ".join(call_now).lower()
    for sign in ("38°c", "diarrhoea", "blood", "tummy", "cough", "short of breath", "yellow", "dark pee",
                 "headache", "sight", "thirst", "dizzy", "blisters", "numbness", "heartbeat"):
        assert sign in signs, sign


# --- actions and structure ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_each_topic_has_a_summary_an_action_and_the_disclaimer(pack: ContentPack, slug: str) -> None:
    body = topic_for(pack, slug).body
    assert "## In short" in body and "## What you can do" in body, slug
    assert body.index("## In short") < body.index("## What you can do"), slug
    action = body.split("## What you can do", 1)[1]
    assert re.search(r"\byou(r)?\b", action.lower()), f"{slug}: the action should speak to 'you'"
    assert body.strip().splitlines()[-1] == f"> {DISCLAIMER}", slug
    assert "<" not in plain_text(body), f"{slug}: no raw HTML"


def test_checklist_is_a_list_to_tick(pack: ContentPack) -> None:
    body = topic_for(pack, "symptom-checklist").body
    assert "| What you notice | Yes | Date it started | How bad |" in body
    assert body.count("| --- |") >= 5


def test_questions_are_grouped_by_moment(pack: ContentPack) -> None:
    body = topic_for(pack, "questions-for-your-care-team").body
    headings = [line for line in body.splitlines() if line.startswith("## ")]
    assert headings[:3] == ["## Before you start", "## During treatment", "## After treatment ends"]
    assert "autoimmune" in body and "transplant" in body and "steroid" in body


# --- glossary links ----------------------------------------------------------------------------------------------


def test_every_linked_term_is_defined_and_every_term_is_linked(pack: ContentPack) -> None:
    linked = {link.name for t in pack.topics for link in find_links(t.body) if link.kind is LinkKind.TERM}
    assert linked <= set(pack.glossary), linked - set(pack.glossary)
    assert not set(pack.glossary) - linked, f"glossary terms no topic links to: {set(pack.glossary) - linked}"
    for required in ("t-cell", "nk-cell", "immune-system", "tumour", "immunotherapy", "pd-1", "pd-l1",
                     "medicine-names", *SIDE_EFFECT_CARDS):
        assert required in pack.glossary, required


_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


def _term_patterns(term: Term) -> list[str]:
    """Regexes for a glossary term as it may appear in text: its name (and a 2+ word alias in brackets), plurals."""
    text = term.term.lower()
    names = [re.sub(r"\s*\([^)]*\)", "", text).strip()]
    alias = re.search(r"\(([^)]*)\)", text)
    if alias and len(alias.group(1).split()) >= 2:
        names.append(alias.group(1).strip())
    patterns = []
    for name in names:
        forms = [re.escape(name) + r"(?:s|es)?"]
        if name.endswith("y"):
            forms.append(re.escape(name[:-1]) + "ies")
        patterns.append(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")
    return patterns


def unlinked_first_uses(body: str, glossary: dict[str, Term]) -> list[str]:
    """Terms whose first mention in the body text (headings and disclaimer aside) comes before any link to them."""
    text = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(("#", ">")))
    first_link: dict[str, int] = {}
    for m in _LINK.finditer(text):
        if m.group(2).startswith("term:"):
            first_link.setdefault(m.group(2)[5:], m.start())
    masked = _LINK.sub(lambda m: " " * len(m.group(0)), text).lower()
    first_mention: dict[str, int] = {}
    candidates = [(p, tid) for tid, term in glossary.items() for p in _term_patterns(term)]
    # longer terms first, so "T cell" inside "killer T cell" is not counted twice
    for pattern, term_id in sorted(candidates, key=lambda c: -len(c[0])):
        for m in re.finditer(pattern, masked):
            first_mention[term_id] = min(first_mention.get(term_id, m.start()), m.start())
            masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    return sorted(f"{tid} (at: {text[pos:pos + 30]!r})" for tid, pos in first_mention.items()
                  if tid not in first_link or first_link[tid] > pos)


@pytest.mark.parametrize("slug", SLUGS)
def test_each_term_is_linked_at_its_first_use_in_each_topic(pack: ContentPack, slug: str) -> None:
    missing = unlinked_first_uses(topic_for(pack, slug).body, dict(pack.glossary))
    assert not missing, f"{slug}: link these terms at their first use: {missing}"
