#!/usr/bin/env bash
# Regenerates test/fixtures/audio/three-minutes.mp3, the player tests' long file: 180 s of a quiet tone with a
# spoken marker every 10 seconds ("ten", "twenty", ...), mono 16 kHz, 16 kbps CBR (≈ 360 KB, 2,000 bytes a second,
# so a byte offset in the test server's drop and stall routes is a known time). CBR keeps seeking exact.
# Needs: espeak-ng, sox, lame.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/test/fixtures/audio/three-minutes.mp3"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
sox() { command sox -R "$@"; }
parts=()
for ((s = 0; s < 180; s += 10)); do
  espeak-ng -s 170 -w "$TMP/say$s.wav" "$s seconds"
  sox "$TMP/say$s.wav" -r 16000 -c 1 -b 16 "$TMP/ten$s.wav" pad 0 10 trim 0 10
  parts+=("$TMP/ten$s.wav")
done
sox "${parts[@]}" "$TMP/speech.wav"
sox -n -r 16000 -c 1 -b 16 "$TMP/tone.wav" synth 180 sine 220 vol 0.05
sox -m "$TMP/speech.wav" "$TMP/tone.wav" "$TMP/all.wav" norm -1
mkdir -p "$(dirname "$OUT")"
lame --quiet -m m -b 16 --cbr --resample 16 --tt "Three minutes" --ta "podcast-episode tests" "$TMP/all.wav" "$OUT"
ls -l "$OUT"
