#!/bin/sh
# Smoke test of the built Linux app (`make package` first):
#   - the .desktop entry and the AppStream metainfo pass their validators;
#   - `pushback-monitor --version` prints the version;
#   - a headless `poll` of two feeds served on 127.0.0.1 stores and classifies their
#     items with the shipped model (multilingual-e5-small through ONNX Runtime; nothing
#     is trained first);
#   - `eval` scores a small labelled file, with the full-precision and the int8 model;
#   - with one item confirmed, the brief is written in every format;
#   - under Xvfb the window appears, and every Python library it maps is its own.
# The app runs with an empty environment (no Python on PATH, no PYTHONPATH) and, where
# the system allows a network namespace, with no network but the loopback device.
#
#   packaging/smoke.sh [APP_FOLDER]        default: dist/pushback-monitor
# Screenshots and logs go to dist/smoke/.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP=$(cd "${1:-$ROOT/dist/pushback-monitor}" 2>/dev/null && pwd) || APP=${1:-$ROOT/dist/pushback-monitor}
BIN=$APP/pushback-monitor
OUT=$ROOT/dist/smoke
APP_ID=io.github.pushback_monitor.PushbackMonitor

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

[ -x "$BIN" ] || fail "$BIN not found; run make package first"

# The tools this test needs (not the app: it needs none of them).
missing=""
for tool in xvfb-run xwininfo import python3 desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        step "installing$missing"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            xvfb x11-utils imagemagick desktop-file-utils appstream >/dev/null
    else
        fail "missing$missing (Debian/Ubuntu: apt-get install xvfb x11-utils imagemagick desktop-file-utils appstream)"
    fi
fi

# Without network: the rest runs again inside a namespace that has only loopback.
if [ -z "${SMOKE_ISOLATED:-}" ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
    exec unshare -n env SMOKE_ISOLATED=1 sh "$0" "$APP"
fi
if [ -n "${SMOKE_ISOLATED:-}" ]; then
    ip link set lo up 2>/dev/null || true
    step "no network: running in a namespace with only the loopback device"
else
    step "note: no network namespace available here; the test runs with the machine's network"
fi

rm -rf "$OUT"
mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# The app, with nothing of this machine's Python around it.
app() {
    env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 ${DISPLAY:+DISPLAY=$DISPLAY} \
        "$BIN" --data-dir "$WORK/data" "$@"
}
mkdir -p "$WORK/home" "$WORK/data"

step "1/6 desktop entry and metainfo"
desktop-file-validate "$ROOT/packaging/linux/$APP_ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$ROOT/packaging/linux/$APP_ID.metainfo.xml" >"$OUT/appstream.log" 2>&1 \
    || { cat "$OUT/appstream.log"; fail "appstreamcli validate"; }

step "2/6 --version"
version=$(app --version)
expected=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/monitor/__init__.py")
[ "$version" = "pushback-monitor, version $expected" ] || fail "--version printed '$version'"

step "3/6 headless poll of a local feed"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$ROOT/tests/fixtures/feeds" "$PORT" \
    >"$OUT/feed-server.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/nos.xml')" \
        2>/dev/null && break
    sleep 0.1
done
cat >"$WORK/data/feeds.yaml" <<EOF
version: 1
sources:
  - {id: nos, name: NOS (fixture), kind: rss, url: "http://127.0.0.1:$PORT/nos.xml", language: nl}
  - {id: guardian, name: Guardian LGBT (fixture), kind: rss, url: "http://127.0.0.1:$PORT/guardian_lgbt.xml"}
EOF
app poll --json >"$OUT/poll.json" 2>"$OUT/poll.log" || { cat "$OUT/poll.log"; fail "poll"; }
! grep -qi "training" "$OUT/poll.log" || { cat "$OUT/poll.log"; fail "the first poll trained a model"; }
app items --json --limit 1000 >"$OUT/items.json" || fail "items"
python3 - "$OUT/poll.json" "$OUT/items.json" <<'EOF' || fail "poll stored nothing, or did not classify"
import json, sys
poll = json.load(open(sys.argv[1]))
items = json.load(open(sys.argv[2]))
print(f"smoke:   poll: {json.dumps(poll)[:200]}")
assert all(p["outcome"] == "ok" for p in poll), "both feeds polled"
assert len(items) == sum(p["new"] for p in poll) >= 5, f"{len(items)} items stored"
assert {i["source"] for i in items} == {"nos", "guardian"}, "both feeds stored"
assert all(i["scores"] for i in items), "every item classified"
# The Guardian feed names no language in feeds.yaml: its declared one is checked by
# detection on the items' text (py3langid's model must be in the app folder).
guardian = [i for i in items if i["source"] == "guardian"]
assert all(i["language"] == "en" for i in guardian), [i["language"] for i in guardian]
print(f"smoke:   {len(items)} items stored and classified")
EOF

step "4/6 eval on a small labelled file"
awk 'NR % 8 == 0' "$ROOT/resources/seed/dev.jsonl" >"$WORK/labelled.jsonl"
app eval "$WORK/labelled.jsonl" --json >"$OUT/eval.json" 2>"$OUT/eval.log" || { cat "$OUT/eval.log"; fail "eval"; }
python3 - "$OUT/eval.json" <<'EOF' || fail "eval output"
import json, sys
result = json.load(open(sys.argv[1]))
assert result["items"] >= 40 and len(result["categories"]) == 7, result
assert result["macro_f1"] > 0.5, f"macro-F1 {result['macro_f1']}"
print(f"smoke:   {result['items']} items, macro-F1 {result['macro_f1']:.3f}")
EOF

printf 'version: 1\nclassifier:\n  int8: true\n' >"$WORK/data/settings.yaml"
app eval "$WORK/labelled.jsonl" --json >"$OUT/eval-int8.json" 2>"$OUT/eval-int8.log" \
    || { cat "$OUT/eval-int8.log"; fail "eval with int8"; }
rm "$WORK/data/settings.yaml"
python3 - "$OUT/eval-int8.json" <<'EOF' || fail "eval output (int8)"
import json, sys
result = json.load(open(sys.argv[1]))
assert result["macro_f1"] > 0.5, f"macro-F1 {result['macro_f1']}"
print(f"smoke:   with the int8 model: macro-F1 {result['macro_f1']:.3f}")
EOF

step "5/6 the brief in every format"
first=$(python3 -c "import json; print(next(i['id'] for i in json.load(open('$OUT/items.json')) if i['categories']))")
app review "$first" --confirm --severity high --note "Smoke test." >/dev/null || fail "review"
for format in docx pdf html md csv json; do
    app brief --from 2026-11-01 --to 2026-11-30 --format "$format" --lang nl \
        -o "$OUT/brief.$format" >>"$OUT/brief.log" 2>&1 || { cat "$OUT/brief.log"; fail "brief --format $format"; }
done
python3 - "$OUT" "$first" <<'EOF' || fail "brief contents"
import json, sys, zipfile
out, first = sys.argv[1], int(sys.argv[2])
title = next(i["title"] for i in json.load(open(f"{out}/items.json")) if i["id"] == first)
words = title.split()[0]
assert title in open(f"{out}/brief.md", encoding="utf-8").read(), "finding in the Markdown"
assert words in open(f"{out}/brief.html", encoding="utf-8").read(), "finding in the HTML"
with zipfile.ZipFile(f"{out}/brief.docx") as docx:
    assert words in docx.read("word/document.xml").decode("utf-8"), "finding in the DOCX"
    assert any(n.startswith("word/media/") for n in docx.namelist()), "charts in the DOCX"
assert open(f"{out}/brief.pdf", "rb").read(5) == b"%PDF-", "a PDF"
exported = json.load(open(f"{out}/brief.json", encoding="utf-8"))
assert any(i["id"] == first and i["severity"] == "high" for i in exported["items"])
print("smoke:   the finding is in the DOCX, HTML, Markdown and JSON; PDF written")
EOF

step "6/6 the window under Xvfb"
cat >"$WORK/window.sh" <<EOF
set -u
env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" \
    "$BIN" --data-dir "$WORK/data" >"$OUT/window.log" 2>&1 &
pid=\$!
shown=""
for _ in \$(seq 150); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Pushback Monitor"'; then shown=1; break; fi
    kill -0 \$pid 2>/dev/null || break
    sleep 0.2
done
sleep 3  # let it paint
import -window root "$OUT/window.png" 2>/dev/null || true
# Every Python runtime and extension module mapped must come from the app folder.
grep -E 'libpython|\.so' /proc/\$pid/maps 2>/dev/null | awk '{print \$6}' | sort -u \
    | grep -E 'python|site-packages' | grep -v "^$APP/" >"$OUT/outside.txt" || true
alive=""; kill -0 \$pid 2>/dev/null && alive=1
kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
[ -n "\$shown" ] || { echo "no window appeared"; exit 1; }
[ -n "\$alive" ] || { echo "the app exited"; exit 1; }
[ ! -s "$OUT/outside.txt" ] || { echo "libraries from outside the app:"; cat "$OUT/outside.txt"; exit 1; }
EOF
xvfb-run -a -s "-screen 0 1280x800x24" sh "$WORK/window.sh" || { cat "$OUT/window.log"; fail "window"; }
step "  window shown: $OUT/window.png"

echo "smoke: all passed ($APP)"
