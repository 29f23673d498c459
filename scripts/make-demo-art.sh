#!/usr/bin/env bash
# Regenerates the sample show's artwork with ImageMagick 6:
#   demo/artwork.png  show cover, 600×600
#   demo/ep2.png      episode 2 cover, 600×600
# Both are quantised to a small palette so each stays well under 60 KB.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEMO="$ROOT/demo"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
command -v convert >/dev/null || { echo "make-demo-art: ImageMagick 'convert' is not installed" >&2; exit 1; }

BOLD=Liberation-Sans-Narrow-Bold
SANS=Liberation-Sans
SANS_BOLD=Liberation-Sans-Bold
MONO=DejaVu-Sans-Mono

# A row of "packets": most arrive in order, one is late (raised) and one never arrives (outline only).
packets() { # $1 = x0, $2 = y, $3 = fill, $4 = accent
  local x=$1 y=$2 draw="" i
  for i in 0 1 2 3 4 5 6 7 8 9; do
    local px=$((x + i * 30)) py=$y
    case $i in
      3) draw+=" fill none stroke $3 stroke-width 2 roundrectangle $px,$py $((px + 20)),$((py + 20)) 4,4 stroke none" ;;
      6) py=$((y - 14)); draw+=" fill $4 roundrectangle $px,$py $((px + 20)),$((py + 20)) 4,4" ;;
      *) draw+=" fill $3 roundrectangle $px,$py $((px + 20)),$((py + 20)) 4,4" ;;
    esac
  done
  echo "$draw"
}

# Palette PNG without dithering: smooth enough for these gradients and a fraction of the size.
SAVE=(+dither -colors 256 -depth 8 -strip -define png:compression-level=9)

# ---- Show cover -------------------------------------------------------------------------------------------------
convert -respect-parentheses -size 600x600 -define gradient:direction=SouthEast gradient:'#241a5c'-'#0b7a75' \
  \( -size 600x600 xc:none -fill '#ffffff12' -draw "circle 540,70 540,330" -fill '#ffffff0e' -draw "circle 540,70 540,220" \) -composite \
  -font "$SANS_BOLD" -pointsize 19 -kerning 3 -fill '#8ff5e0' -gravity NorthWest -annotate +48+54 'TECH CHAT FOR PRACTITIONERS' \
  \( -background none -fill white -font "$BOLD" -size 504x label:'ASYNCHRONOUS' \) -gravity NorthWest -geometry +46+104 -composite \
  \( -background none -fill '#ff8a65' -font "$BOLD" -pointsize 190 label:'&' \) -gravity NorthWest -geometry +40+176 -composite \
  \( -background none -fill white -font "$BOLD" -size 504x label:'UNRELIABLE' \) -gravity NorthWest -geometry +46+372 -composite \
  -draw "$(packets 48 506 '#ffffffd8' '#ff8a65')" \
  -font "$SANS" -pointsize 22 -kerning 0 -fill '#e6fffa' -gravity SouthEast -annotate +48+62 'with Anne Currie' \
  "${SAVE[@]}" "PNG8:$DEMO/artwork.png"

# ---- Episode 2 cover --------------------------------------------------------------------------------------------
asm=$'.loop:\n  mov     rax, [rdi]\n  prefetcht0 [rdi+256]\n  popcnt  rcx, rax\n  add     rdx, rcx\n  add     rdi, 8\n  cmp     rdi, rsi\n  jb      .loop'
convert -respect-parentheses -size 600x600 -define gradient:direction=SouthEast gradient:'#5a1414'-'#d9480f' \
  \( +size -kerning 0 -background none -fill '#ffffff2e' -font "$MONO" -pointsize 14 -interline-spacing 6 label:"$asm" \) -gravity NorthEast -geometry +40+104 -composite \
  -font "$SANS_BOLD" -pointsize 17 -kerning 3 -fill '#ffd8a8' -gravity NorthWest -annotate +48+54 'ASYNCHRONOUS & UNRELIABLE' \
  -font "$BOLD" -pointsize 190 -kerning -4 -fill white -gravity NorthWest -annotate +40+84 'EP 2' \
  \( -kerning -1 -background none -fill white -font "$BOLD" -size 504x -pointsize 54 -interline-spacing -8 caption:'AI & the future of extreme code efficiency' \) -gravity NorthWest -geometry +48+300 -composite \
  -fill '#ffd8a8' -draw "rectangle 48,496 120,502" \
  -font "$SANS" -pointsize 24 -kerning 0 -fill '#fff4e6' -gravity NorthWest -annotate +48+516 'Anne Currie with Jon Berger' \
  "${SAVE[@]}" "PNG8:$DEMO/ep2.png"

ls -l "$DEMO/artwork.png" "$DEMO/ep2.png"
