"""Tiny random Hugging Face models, built in a temporary folder, so the real loading code of
the sequence-classification and zero-shot backends runs in tests without any download."""

from __future__ import annotations

from pathlib import Path

WORDS = (
    "gender ideology abortion is murder the a text this opposes rights soros het de een "
    "kabinet wil ngo law women gay trans aid court judges deze tekst keert zich tegen"
).split()


def build(folder: Path, labels: list[str], *, multi_label: bool = False) -> Path:
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    vocab = [
        "[PAD]",
        "[UNK]",
        "[CLS]",
        "[SEP]",
        "[MASK]",
        *sorted(set(WORDS)),
        *"abcdefghijklmnopqrstuvwxyz",
    ]
    vocab_file = folder.parent / f"{folder.name}-vocab.txt"
    vocab_file.write_text("\n".join(vocab), encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(vocab_file))
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=300,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={name: i for i, name in enumerate(labels)},
        problem_type="multi_label_classification" if multi_label else None,
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
