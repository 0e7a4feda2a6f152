"""Turn public labelled datasets into the classifier's training files.

    python tools/import_datasets.py RAW_FOLDER [--out resources/seed/datasets]

RAW_FOLDER holds one folder per dataset with the files as its repository has them (the
repository and commit of each are in resources/seed/DATA.md). Each dataset becomes
``<name>.jsonl`` in the labelled format (text, labels, lang, source); this script is the
exact record of how each dataset's labels map onto the seven categories. Texts are
cleaned the same way everywhere: links removed (some datasets carry them in one class
only, which a model would learn instead of the content), user mentions made
``@user``, whitespace collapsed; duplicates and texts under 12 characters dropped.
A dataset keeps at most 2,500 positive and 2,500 negative examples (sampled with a fixed
seed): more of the same kind adds size, not knowledge.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

csv.field_size_limit(sys.maxsize)
SEED = 20261201
Row = tuple[str, list[str], str]  # text, labels, language
_LINK = re.compile(r"https?://\S+|www\.\S+|\bt\.co/\S+")
_MENTION = re.compile(r"@\w+|<user>|@USER|\bUSER\b")
_SPACE = re.compile(r"\s+")
MAX_CHARS = 2000
CAP = 2500  # examples per dataset with labels, and without


_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def clean(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)  # "\\u2019" left by a JSON export
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # emoji pairs
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = _LINK.sub(" ", text)
    text = _MENTION.sub("@user", text)
    text = text.replace("\\n", " ").replace("<url>", " ").replace("URL", " ")
    text = _SPACE.sub(" ", text).strip()
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0]
    return text


def sample(rows: list[Row], count: int) -> list[Row]:
    if len(rows) <= count:
        return rows
    return random.Random(SEED).sample(rows, count)  # noqa: S311 - a reproducible sample


def read_csv(path: Path, delimiter: str = ",", encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        yield from csv.DictReader(handle, delimiter=delimiter)


# -- hate and abuse with targets ----------------------------------------------------------


def ethos(raw: Path) -> Iterable[Row]:
    """Binary hate score (annotator share); the hateful comments carry target shares.
    Hateful (>= 0.5) at women -> anti_gender, at sexual orientation -> anti_lgbtqi, at
    other groups -> none; clearly not hateful (< 0.3) -> none; between: left out."""
    targets = {
        row["comment"].strip(): row
        for row in read_csv(raw / "ethos" / "Ethos_Dataset_Multi_Label.csv", ";")
    }
    for row in read_csv(raw / "ethos" / "Ethos_Dataset_Binary.csv", ";"):
        text, score = row["comment"].strip(), float(row["isHate"])
        if score < 0.3:
            yield text, [], "en"
        elif score >= 0.5 and text in targets:
            target = targets[text]
            labels = []
            if float(target["gender"]) >= 0.5:
                labels.append("anti_gender")
            if float(target["sexual_orientation"]) >= 0.5:
                labels.append("anti_lgbtqi")
            yield text, labels, "en"


def mlma(raw: Path) -> Iterable[Row]:
    """Hostile tweets with target attribute and group, English and French. Only the
    hostility at other groups is kept (origin, religion, disability and the rest, group and
    target agreeing) -> none, as hard negatives: its women- and gay-targeted tweets were
    collected by slur keywords and are mostly insults aimed at anyone ("twat", "faggot"
    said of a game), which is not what anti_gender and anti_lgbtqi mean here."""
    others = ("origin", "religion", "disability")
    for language in ("en", "fr"):
        name = "en_dataset_with_stop_words.csv" if language == "en" else "fr_dataset.csv"
        for row in read_csv(raw / "mlma" / "hate_speech_mlma" / name):
            if row["target"] in others and row["group"] not in ("women", "gay", "other"):
                yield row["tweet"], [], language


def convabuse(raw: Path) -> Iterable[Row]:
    """User turns to chat bots, judged by several annotators. Abusive by majority and
    called sexist by two or more -> anti_gender, homophobic or transphobic by one or more
    -> anti_lgbtqi; abusive of another kind -> none; not abusive by anyone -> none
    (1,200 sampled); the rest left out."""
    votes: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(raw / "convabuse" / "ConvAbuseEMNLPfull.csv"):
        votes.setdefault(row["user"], []).append(row)

    def yes(row: dict[str, str], column: str) -> bool:
        return (row.get(column) or "0").split(",")[0].strip() in ("1", "1.0")

    quiet = []
    for text, rows in votes.items():
        abusive = sum(not yes(r, "is_abuse.1") and not yes(r, "is_abuse.0") for r in rows)
        sexist = sum(yes(r, "type.sexist") for r in rows)
        queer = sum(yes(r, "type.homophobic") or yes(r, "type.transphobic") for r in rows)
        if abusive * 2 > len(rows):
            labels = ["anti_gender"] if sexist >= 2 else []
            labels += ["anti_lgbtqi"] if queer >= 1 else []
            if labels or not any(yes(r, "type.sex_harassment") for r in rows):
                yield text, labels, "en"
        elif abusive == 0:
            quiet.append((text, [], "en"))
    yield from sample(quiet, 1200)


def toxigen(raw: Path) -> Iterable[Row]:
    """Statements written as hateful or neutral about a group. Hateful about women ->
    anti_gender; about LGBTQ, trans or bisexual people -> anti_lgbtqi; about other groups
    -> none; neutral statements about any group -> none."""
    queer = {"lgbtq", "trans", "bisexual"}
    seen: dict[str, set[str]] = {}
    for row in read_csv(raw / "toxigen-prompts" / "toxigen_seed_sentences.tsv", "\t"):
        labels = seen.setdefault(row["text"], set())
        if row["label"] == "hate" and row["group"] == "women":
            labels.add("anti_gender")
        elif row["label"] == "hate" and row["group"] in queer:
            labels.add("anti_lgbtqi")
    for text, labels in seen.items():
        yield text, sorted(labels), "en"


def unsexistify(raw: Path) -> Iterable[Row]:
    """Items of sexism scales with rewrites that remove the sexism, the rewrites rated
    1 (not sexist) to 5. Originals -> anti_gender; rewrites rated 1 or 2 -> none."""
    originals, rewrites = set(), set()
    for row in read_csv(raw / "unsexistifyit" / "sexist_modifications.csv"):
        originals.add(row["original"].strip())
        if row["rating"].strip() in ("1", "2"):
            rewrites.add(row["modified"].strip())
    for text in sorted(originals):
        yield text, ["anti_gender"], "en"
    for text in sorted(rewrites - originals):
        yield text, [], "en"


def redditbias(raw: Path) -> Iterable[Row]:
    """Reddit comments on LGBTQ people with a stereotype nearby, annotated for bias.
    Biased -> anti_lgbtqi; not biased (often reporting or rejecting the stereotype) ->
    none; not annotated -> left out."""
    path = raw / "redditbias" / "orientation"
    path /= "reddit_comments_orientation_lgbtq_processed_phrase_annotated.csv"
    for row in read_csv(path):
        value = (row.get("bias_sent") or "").strip()
        if value in ("0", "1"):
            yield row["comment"], ["anti_lgbtqi"] if value == "1" else [], "en"


HATEXPLAIN = (
    "data/load_and_preprocess/df_val_processed.csv",
    "data/load_and_preprocess/df_test_processed.csv",
)


def hatexplain(raw: Path) -> Iterable[Row]:
    """Gab and Twitter posts, three annotators each with label and target groups (the
    validation and test splits). Hate speech or offensive by majority, with women named
    as target by two or more -> anti_gender, homosexual -> anti_lgbtqi (both may hold);
    other targets -> none; normal by majority -> none."""
    for name in HATEXPLAIN:
        for row in read_csv(raw / "hatexplain" / Path(name).name):
            votes = ast.literal_eval(row["annotators"])
            label, count = Counter(votes["label"]).most_common(1)[0]
            targets = Counter(t for chosen in votes["target"] for t in set(chosen))
            text = " ".join(ast.literal_eval(row["post_tokens"]))
            if count < 2:
                continue
            if label == 1:  # normal
                yield text, [], "en"
                continue
            labels = ["anti_gender"] if targets["Women"] >= 2 else []
            labels += ["anti_lgbtqi"] if targets["Homosexual"] >= 2 else []
            yield text, labels, "en"


# -- abortion, contraception, sexuality education -----------------------------------------


def ibm_claims(raw: Path) -> Iterable[Row]:
    """Wikipedia claims for or against debate motions; those on banning contraception,
    partial-birth abortion and abstinence-only sex education, by their stance: against
    the rights -> anti_srhr, for them -> none (rows reviewed one by one)."""
    for row in read_csv(raw / "ibm-claim-stance" / "ibm_srhr_subset.csv"):
        yield row["text"], ["anti_srhr"] if row["proposed_label"] == "anti_srhr" else [], "en"


def perspectrum(raw: Path) -> Iterable[Row]:
    """Perspectives supporting or undermining debate claims; those on abortion,
    contraception and sex education: against the rights -> anti_srhr, for them -> none."""
    path = raw / "perspectrum" / "perspectrum_srhr_vax_climate_subset.csv"
    for row in read_csv(path):
        if row["group"] in ("abortion", "contraception", "sex_education", "srhr"):
            labels = ["anti_srhr"] if row["proposed_label"] == "anti_srhr" else []
            yield row["text"], labels, "en"


# -- disinformation -----------------------------------------------------------------------


def constraint(raw: Path) -> Iterable[Row]:
    """COVID-19 social media posts checked against fact-checks: fake -> disinformation,
    real -> none."""
    folder = raw / "constraint2021-covid-fake"
    for name in ("Constraint_Train.csv", "Constraint_Val.csv", "english_test_with_labels.csv"):
        for row in read_csv(folder / name):
            yield row["tweet"], ["disinformation"] if row["label"] == "fake" else [], "en"


def covid_vaccine_conspiracy(raw: Path) -> Iterable[Row]:
    """Comments on COVID-19 vaccines: conspiracy theory -> disinformation, other -> none."""
    path = raw / "covid-vaccine-conspiracy-amin" / "finaldataset_y.utf8.csv"
    for row in read_csv(path):
        yield row["comments"], ["disinformation"] if row["label"] == "1" else [], "en"


def spanish_fake_news(raw: Path) -> Iterable[Row]:
    """Spanish news and posts checked by journalists: fake -> disinformation, true ->
    none (headline and the start of the text)."""
    for row in read_csv(raw / "spanish-fake-news" / "all_splits_unified.csv"):
        text = f"{row['Headline'].strip()}. {row['Text'].strip()}"[:1200]
        yield text, ["disinformation"] if row["Category"].lower() == "fake" else [], "es"


# -- civic space --------------------------------------------------------------------------


def hrds_attack(raw: Path) -> Iterable[Row]:
    """Headlines of news articles reporting attacks on human-rights defenders, journalists
    and trade unionists (killings, arbitrary detention, torture, disappearance): all
    civic_space. Only the headlines: the whole articles, with no news of other kinds
    beside them, taught a model that any long news report is civic_space."""
    for name in ("train.json", "dev.json", "test.json"):
        for record in json.loads((raw / "hrdsattack" / name).read_text(encoding="utf-8")):
            yield record["sample"]["Input.title"], ["civic_space"], "en"


# -- negatives: ordinary text and hard negatives ------------------------------------------


def flores(raw: Path) -> Iterable[Row]:
    """Sentences from Wikinews, Wikivoyage and Wikijunior in seven languages (the
    training split; the test split is kept for measuring false alarms): none."""
    codes = {
        "nld_Latn": "nl",
        "eng_Latn": "en",
        "pol_Latn": "pl",
        "hun_Latn": "hu",
        "deu_Latn": "de",
        "fra_Latn": "fr",
        "rus_Cyrl": "ru",
    }
    for folder, language in codes.items():
        for row in read_csv(raw / "sib200" / folder / "train.tsv", "\t"):
            yield row["text"], [], language


def cap_headlines(raw: Path) -> Iterable[Row]:
    """New York Times front-page headlines and US bill titles coded by policy topic: none
    (among them civil rights and foreign aid, hard negatives for civic_space and
    anti_aid). Every fourth headline is kept out for measuring false alarms."""
    folder = raw / "rtexttools-cap-en"
    for index, row in enumerate(read_csv(folder / "NYTimes.csv", ";", "latin-1")):
        if index % 4:
            yield row["Title"], [], "en"
    bills = [(row["text"], [], "en") for row in read_csv(folder / "USCongress.csv", ";", "latin-1")]
    yield from sample(bills, 1500)


DATASETS: dict[str, Callable[[Path], Iterable[Row]]] = {
    "ethos": ethos,
    "mlma": mlma,
    "convabuse": convabuse,
    "toxigen-statements": toxigen,
    "unsexistify-it": unsexistify,
    "redditbias-lgbtq": redditbias,
    "hatexplain": hatexplain,
    "ibm-claim-stance": ibm_claims,
    "perspectrum": perspectrum,
    "constraint-covid": constraint,
    "covid-vaccine-conspiracy": covid_vaccine_conspiracy,
    "spanish-fake-news": spanish_fake_news,
    "hrds-attack": hrds_attack,
    "flores": flores,
    "cap-headlines": cap_headlines,
}


def write(name: str, rows: Iterable[Row], out: Path, seen: set[str]) -> Counter[str]:
    kept: dict[bool, list[Row]] = {True: [], False: []}
    for raw_text, labels, language in rows:
        text = clean(raw_text)
        key = text.casefold()
        if len(text) < 12 or key in seen:
            continue
        seen.add(key)
        kept[bool(labels)].append((text, labels, language))
    chosen = [row for group in kept.values() for row in sample(group, CAP)]
    counts: Counter[str] = Counter()
    lines = []
    for text, labels, language in chosen:
        record = {"text": text, "labels": labels, "lang": language, "source": name}
        lines.append(json.dumps(record, ensure_ascii=False))
        counts.update(labels or ["none"])
    (out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--out", type=Path, default=Path("resources/seed/datasets"))
    parser.add_argument("--only", nargs="*", help="dataset names")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for name, read in DATASETS.items():
        if args.only and name not in args.only:
            continue
        counts = write(name, read(args.raw), args.out, seen)
        print(
            f"{name:26} {sum(counts.values()):6}  "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )


if __name__ == "__main__":
    main()
