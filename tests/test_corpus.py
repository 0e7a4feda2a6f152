"""The training corpus and the model that ships with it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from monitor.bundled import bundled_path
from monitor.classify.corpus import corpus_files, file_digest, held_out, load_corpus
from monitor.classify.encoder import Encoder, minilm_model_dir
from monitor.classify.head import HeadModel
from monitor.classify.training import SHIPPED_INT8_MODEL, SHIPPED_MODEL, shipped_dir
from monitor.classify.vectors import SHIPPED_FILE, load_shipped, text_key
from monitor.models import CATEGORY_IDS


@pytest.fixture(scope="module")
def corpus() -> Any:
    return load_corpus(CATEGORY_IDS)


SHIPPED = pytest.mark.parametrize("shipped", [SHIPPED_MODEL, SHIPPED_INT8_MODEL])


@SHIPPED
def test_the_shipped_model_belongs_to_the_committed_corpus(shipped: str) -> None:
    head = HeadModel.load(bundled_path(shipped))
    assert head.trained_on["corpus_sha256"] == file_digest(corpus_files()), (
        "the corpus changed after the model was built: run `make model`"
    )
    assert head.encoder.startswith("multilingual-e5-small:")
    assert head.encoder.endswith("-int8-static") == (shipped == SHIPPED_INT8_MODEL)
    assert set(head.thresholds) == set(CATEGORY_IDS)


def test_each_encoder_gets_the_shipped_model_trained_on_its_vectors() -> None:
    full = Encoder()
    assert shipped_dir(full.version) == bundled_path(SHIPPED_MODEL) == shipped_dir()
    assert shipped_dir(Encoder(int8=True).version) == bundled_path(SHIPPED_INT8_MODEL)
    # torch's own int8 has no model of its own: it reads the full-precision one
    assert shipped_dir(Encoder(int8=True, torch=True).version) == bundled_path(SHIPPED_MODEL)
    assert shipped_dir(Encoder(minilm_model_dir()).version) is None


@SHIPPED
def test_the_shipped_embeddings_cover_every_example(corpus: Any, shipped: str) -> None:
    folder = bundled_path(shipped)
    vectors = load_shipped(folder / SHIPPED_FILE, HeadModel.load(folder).encoder)
    missing = [e.text for e in [*corpus.train, *corpus.dev] if text_key(e.text) not in vectors]
    assert missing == []


def test_every_dataset_is_on_the_data_card_with_its_licence_and_commit() -> None:
    card = bundled_path("resources/seed/DATA.md").read_text(encoding="utf-8")
    for path in bundled_path("resources/seed/datasets").glob("*.jsonl"):
        section = card.split(f"### `{path.stem}`", 1)
        assert len(section) == 2, f"{path.name} is not on the data card"
        after = section[1].split("### ", 1)[0]
        assert "Licence" in after and "Commit" in after, path.stem


def test_datasets_are_labelled_by_source_and_language(corpus: Any) -> None:
    datasets = [e for e in [*corpus.train, *corpus.dev] if e.source != "seed"]
    assert len(datasets) > 15_000
    assert all(e.source and e.lang for e in datasets)
    per_source = Counter(e.source for e in datasets)
    assert len(per_source) >= 12
    for category in CATEGORY_IDS:
        assert any(category in e.labels for e in corpus.train), category


def test_the_development_part_is_held_out_by_text(corpus: Any) -> None:
    train = {e.text for e in corpus.train}
    dev = [e for e in corpus.dev if e.source != "seed"]
    assert not train & {e.text for e in corpus.dev}
    assert all(held_out(e.text) for e in dev)
    assert 0.1 < len(dev) / (len(dev) + len(corpus.train)) < 0.2


def test_big_datasets_weigh_no_more_than_the_cap(corpus: Any) -> None:
    from monitor.classify.corpus import DATASET_CAP, SEED_WEIGHT

    total: Counter[str] = Counter()
    for example, weight in zip(corpus.train, corpus.weights, strict=True):
        total[example.source] += weight
    assert all(w <= DATASET_CAP + 1 for s, w in total.items() if s != "seed")
    assert total["seed"] == pytest.approx(
        SEED_WEIGHT * sum(e.source == "seed" for e in corpus.train)
    )


def test_a_fresh_data_folder_classifies_with_the_shipped_model_at_once(
    run_cli: Any, isolated_home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "few.jsonl"
    lines = [
        {
            "text": "Abortus is moord, sluit alle klinieken.",
            "labels": ["anti_srhr"],
            "lang": "nl",
            "source": "mine",
        },
        {
            "text": "The weather will be sunny tomorrow.",
            "labels": [],
            "lang": "en",
            "source": "mine",
        },
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = run_cli("eval", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert "training" not in result.stderr
    report = json.loads(result.stdout)
    assert report["by_source"]["mine"]["items"] == 2
    shipped = shipped_dir()
    assert shipped is not None
    version = HeadModel.load(shipped).version
    assert (isolated_home / "models" / version / "model.json").is_file()
    quality = json.loads(run_cli("quality", "--json").stdout)
    assert quality["version"] == version and quality["decisions"] is None
    assert quality["development"]["macro_f1"] > 0.7
