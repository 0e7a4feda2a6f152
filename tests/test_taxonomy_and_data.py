from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from monitor.bundled import bundled_path
from monitor.classify.data import join_text, read_examples, seed_examples
from monitor.classify.metrics import evaluate
from monitor.classify.taxonomy import load_taxonomy
from monitor.errors import ConfigError
from monitor.models import CATEGORY_IDS


def test_shipped_taxonomy_has_every_category_in_both_languages() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.ids == CATEGORY_IDS
    for category in taxonomy.categories:
        for language in ("nl", "en"):
            assert category.name[language] and category.description[language]
            assert category.severity[language] and category.hypothesis[language]
            assert len(category.cues[language]) >= 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De genderideologie!", [("anti_gender", "genderideologie", 3, 18)]),
        ("tegen de gender-ideologie", [("anti_gender", "gender-ideologie", 9, 25)]),
        ("GENDER IDEOLOGY in schools", [("anti_gender", "GENDER IDEOLOGY", 0, 15)]),
        ("abortusmoordenaars", [("anti_srhr", "abortusmoordenaars", 0, 18)]),
        ("bingo night", []),  # whole words only: no "ngo" inside "bingo"
        ("After Roe v. Wade fell", [("anti_srhr", "Roe v. Wade", 6, 17)]),
    ],
)
def test_cue_terms_are_found_with_offsets(
    text: str, expected: list[tuple[str, str, int, int]]
) -> None:
    found = [(m.category, m.term, m.start, m.end) for m in load_taxonomy().find_cues(text)]
    assert found == expected
    for _, term, start, end in found:
        assert text[start:end] == term


def test_a_malformed_taxonomy_names_file_line_and_field(tmp_path: Path) -> None:
    text = bundled_path("resources/taxonomy.yaml").read_text(encoding="utf-8")
    broken = text.replace('color: "#7209b7"', "color: purple").replace(
        "  - id: rule_of_law", "  - id: rule_of_laws"
    )
    path = tmp_path / "taxonomy.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_taxonomy(path)
    problems = caught.value.problems
    color_line = broken.splitlines().index("    color: purple") + 1
    id_line = broken.splitlines().index("  - id: rule_of_laws") + 1
    assert (
        f"taxonomy.yaml:{color_line}: categories[1].color: 'purple' is not a colour like "
        "#b5179e" in problems
    )
    assert any(
        p.startswith(f"taxonomy.yaml:{id_line}: categories[6].id: 'rule_of_laws' is not one of")
        for p in problems
    )
    assert any("the category 'rule_of_law' is missing" in p for p in problems)


def test_taxonomy_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yaml"
    path.write_text("version: 1\ncategories:\n  - id: anti_gender\n    cues: {nl: [a, b}\n")
    with pytest.raises(ConfigError, match=r"^taxonomy\.yaml:4: "):
        load_taxonomy(path)


def test_seed_sets_are_large_enough_and_kept_apart() -> None:
    train = seed_examples(CATEGORY_IDS, "train")
    dev = seed_examples(CATEGORY_IDS, "dev")
    for category in CATEGORY_IDS:
        assert sum(category in e.labels for e in train) >= 80, category
    assert sum(not e.labels for e in train) >= 400
    assert len(dev) >= 0.25 * len(train)
    assert not {e.text for e in train} & {e.text for e in dev}
    for examples in (train, dev):
        dutch = sum(e.lang == "nl" for e in examples) / len(examples)
        assert 0.4 <= dutch <= 0.6


def test_labelled_files_are_checked_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "eval.jsonl"
    path.write_text(
        '{"text": "Stop the gender madness", "labels": ["anti_gender"], "lang": "en"}\n'
        '{"title": "Kop", "summary": "Samenvatting", "labels": []}\n'
        "\n"
        '{"text": "x", "labels": ["anti_women"]}\n'
        '{"text": "y" "labels": []}\n'
        '{"labels": []}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        read_examples(path, CATEGORY_IDS)
    assert caught.value.problems == [
        "eval.jsonl:4: labels: unknown category 'anti_women'; expected one of "
        + ", ".join(CATEGORY_IDS),
        "eval.jsonl:5: not a JSON object (Expecting ',' delimiter at column 14)",
        "eval.jsonl:6: text: needs a non-empty 'text' (or 'title'/'summary')",
    ]
    path.write_text('{"title": "Kop", "summary": "Samenvatting", "labels": []}\n')
    (example,) = read_examples(path, CATEGORY_IDS)
    assert example.text == "Kop\n\nSamenvatting" == join_text("Kop", "Samenvatting")


def test_metrics_per_category_macro_and_micro() -> None:
    truth = np.array([[1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 0]], bool)
    predicted = np.array([[1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 0]], bool)
    report = evaluate(truth, predicted, ["a", "b", "c"])
    a, b, c = report.categories["a"], report.categories["b"], report.categories["c"]
    assert (a.precision, a.recall, a.f1, a.support) == (0.5, 0.5, 0.5, 2)
    assert (b.precision, b.recall, b.f1, b.support) == (1.0, 1.0, 1.0, 2)
    assert (c.f1, c.support) == (0.0, 0)
    assert report.macro_f1 == pytest.approx(0.75)  # c: no support, no prediction: left out
    assert report.micro_f1 == pytest.approx(0.75)
    json = report.to_json()
    assert set(json) == {"categories", "macro_f1", "micro_f1", "items", "seconds"}
    assert json["categories"]["a"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "support": 2,
        "predicted": 2,  # beyond the fixed shape: how many the model put in the category
    }
