#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Renders Backlot's SVG icons to the PNG sizes the workbench asks for. Needs rsvg-convert (librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd); root=$here/../..
for s in 16 32 48 64 128 256; do rsvg-convert -w $s -h $s "$here/backlot.svg" -o "$root/bundles/org.backlot.app/icons/backlot_$s.png"; done
for i in production welcome problems; do
  rsvg-convert -w 16 -h 16 "$here/$i.svg" -o "$root/bundles/org.backlot.ui/icons/$i.png"
  rsvg-convert -w 32 -h 32 "$here/$i.svg" -o "$root/bundles/org.backlot.ui/icons/$i@2x.png"
done
for i in breakdown scenes script sheet elements import-script confirm retag matches; do
  rsvg-convert -w 16 -h 16 "$here/$i.svg" -o "$root/bundles/org.backlot.breakdown.ui/icons/$i.png"
  rsvg-convert -w 32 -h 32 "$here/$i.svg" -o "$root/bundles/org.backlot.breakdown.ui/icons/$i@2x.png"
done
for i in shots stripboard shotlist blocking storyboard dood optimizer; do
  rsvg-convert -w 16 -h 16 "$here/$i.svg" -o "$root/bundles/org.backlot.shots.ui/icons/$i.png"
  rsvg-convert -w 32 -h 32 "$here/$i.svg" -o "$root/bundles/org.backlot.shots.ui/icons/$i@2x.png"
done
for i in lighting plot preview readouts assistant fixture floor-map new-setup take-frame lamp-fresnel lamp-panel lamp-practical lamp-soft lamp-tube; do
  rsvg-convert -w 16 -h 16 "$here/$i.svg" -o "$root/bundles/org.backlot.lighting.ui/icons/$i.png"
  rsvg-convert -w 32 -h 32 "$here/$i.svg" -o "$root/bundles/org.backlot.lighting.ui/icons/$i@2x.png"
done
for i in permits applications permit-calendar application create-missing; do
  rsvg-convert -w 16 -h 16 "$here/$i.svg" -o "$root/bundles/org.backlot.permits.ui/icons/$i.png"
  rsvg-convert -w 32 -h 32 "$here/$i.svg" -o "$root/bundles/org.backlot.permits.ui/icons/$i@2x.png"
done
for i in studio registers studio-preview booking-calendar studio-match conflicts inventory extras apartments stages locations assets csv-import csv-export today zoom-in zoom-out; do
  rsvg-convert -w 16 -h 16 "$here/$i.svg" -o "$root/bundles/org.backlot.studio.ui/icons/$i.png"
  rsvg-convert -w 32 -h 32 "$here/$i.svg" -o "$root/bundles/org.backlot.studio.ui/icons/$i@2x.png"
done
