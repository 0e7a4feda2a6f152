"""A partner organisation for the sharing tests: a data folder with briefdata's two weeks,
its key, its public key written out, and a signed bundle of week 48."""

from __future__ import annotations

from pathlib import Path

from briefdata import build

from monitor.brief.period import iso_week
from monitor.sharing import bundle as bundles
from monitor.sharing.keys import Keys
from monitor.store import Store


def partner_bundle(folder: Path, organisation: str, public: Path, target: Path) -> Keys:
    """``organisation``'s keys in ``folder``; its public key in ``public``, its signed
    bundle of week 48 (the source nos named NOS) in ``target``."""
    build(folder / "pushback.db")
    keys = Keys(folder)
    keys.init(organisation)
    keys.export(public)
    store = Store.open(folder / "pushback.db")
    try:
        document = bundles.manifest(
            store, keys.need_own(), iso_week("2026-W48"), source_names={"nos": "NOS"}
        )
    finally:
        store.close()
    bundles.write(target, document, keys)
    return keys
