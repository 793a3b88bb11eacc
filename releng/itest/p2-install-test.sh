#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Integration test of third-party plugins: builds the two examples (examples/harbour-authority, examples/budget-topsheet)
# and a deliberately faulty test plugin (releng/itest/plugin), each its own Tycho build against Backlot's freshly built
# update site with its own update site, installs them into a copy of the materialised product with the product's own
# p2 director, checks at the next start that their contributions are live (and that the faulty one is reported, not
# fatal), then uninstalls them and checks they are gone.
# Usage: p2-install-test.sh PRODUCT_DIR   (after ./mvnw verify). Prints "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
product=${1:?usage: p2-install-test.sh PRODUCT_DIR}
site="$root/releng/org.backlot.repository/target/repository"
passed=0; failed=0
check() { # NAME COMMAND... : runs a check and counts it
  local name=$1; shift
  if "$@"; then passed=$((passed+1)); echo "p2-install-test: ok - $name"
  else failed=$((failed+1)); echo "p2-install-test: FAILED - $name"; fi
}
finish() { echo "p2-install-test: $passed passed, $failed failed"; [ $failed = 0 ]; exit $?; }
[ -x "$product/backlot" ] || { echo "p2-install-test: no product at $product" >&2; failed=1; finish; }
[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || [ -f "$site/content.xml.xz" ] || { echo "p2-install-test: no update site at $site" >&2; failed=1; finish; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -a "$product" "$work/backlot"
app="$work/backlot"
export BACKLOT_HOME="$work/home"

. "$root/features/org.backlot.core.feature/rootfiles/linux/backlot-java.sh"
backlot_find_java || exit 1
mvn=$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.*/*/bin/mvn 2>/dev/null | sort -V | tail -n1)
[ -x "$mvn" ] || { echo "p2-install-test: run ./mvnw first (Maven 3.9 not found)" >&2; exit 1; }

build() { # DIR : builds a plugin reactor (with its tests) against the Backlot update site
  local dir=$1 log="$work/$(basename "$1").log"
  echo "p2-install-test: building $(realpath --relative-to="$root" "$dir") against file:$site"
  rm -rf "$dir"/*/target
  if (cd "$dir" && JAVA_HOME=$BACKLOT_JAVA_HOME "$mvn" -B -q clean verify -Dbacklot.site="file:$site" > "$log" 2>&1); then return 0; fi
  cat "$log"; return 1
}
harbour="$root/examples/harbour-authority"; budget="$root/examples/budget-topsheet"; faulty="$here/plugin"
check "the harbour authority example builds and its tests pass" build "$harbour"
check "the budget top-sheet example builds and its tests pass" build "$budget"
check "the faulty test plugin builds" build "$faulty"
[ $failed = 0 ] || finish
site_of() { echo "file:$1/$2/target/repository"; }
install() { "$app/backlot" director -repository "$1,file:$site" -installIU "$2" > "$work/director.log" 2>&1 || { cat "$work/director.log"; return 1; }; }
uninstall() { "$app/backlot" director -uninstallIU "$1" > "$work/director.log" 2>&1 || { cat "$work/director.log"; return 1; }; }
cli() { "$app/backlot" cli "$@"; }
plugin() { # ID : that plugin's entry in the plugin list, as one line of compact JSON
  cli --json plugins --extending | tr -d ' \n' | sed 's/},{"id":/}\n{"id":/g' | grep "\"id\":\"$1\""
}
export app site work; export -f cli plugin install uninstall

sample=$(cli sample --out "$work/sample") || { echo "p2-install-test: cli sample failed" >&2; failed=$((failed+1)); finish; }
check "the sample production is written by 'cli sample'" test -f "$sample"
check "no example plugin is there before" bash -c '! "$0/backlot" cli plugins | grep -q "com.example.backlot"' "$app"

# the harbour authority: a contribution to org.backlot.permits.authorities
check "p2 director installs the harbour authority from its own update site" \
  install "$(site_of "$harbour" com.example.backlot.harbour.site)" com.example.backlot.harbour.feature.feature.group
check "the plugin list names it with the authority it adds" \
  bash -c 'plugin com.example.backlot.harbour | grep -q "\"point\":\"org.backlot.permits.authorities\"[^]]*\"items\":\[\"MaritimeSafetyAdministration\"\]"'
check "the permits of the sample now ask the harbour authority for Chaotianmen Wharf" \
  bash -c '"$0/backlot" cli --json permits "$1" --today 2026-11-24 | grep -q "Maritime Safety Administration"' "$app" "$sample"

# the budget top-sheet: a perspective and view, a preference page and a CLI command
check "p2 director installs the budget top-sheet from its own update site" \
  install "$(site_of "$budget" com.example.backlot.budget.site)" com.example.backlot.budget.feature.feature.group
check "its command prices the sample" bash -c '"$0/backlot" cli budget "$1" | grep -q "^Total"' "$app" "$sample"
check "its command refuses a missing file in one line" \
  bash -c 'out=$("$0/backlot" cli budget /nonexistent.backlot 2>&1); [ $? = 3 ] && [ "$(echo "$out" | wc -l)" = 1 ] && echo "$out" | grep -q "^backlot: "' "$app"
check "the plugin list names its perspective and view" \
  bash -c 'plugin com.example.backlot.budget.ui | grep -q "\"point\":\"org.eclipse.ui.perspectives\""'

# a faulty plugin: a command whose class is missing, an authority whose rules throw
check "p2 director installs the faulty test plugin" \
  install "$(site_of "$faulty" org.backlot.itest.site)" org.backlot.itest.feature.feature.group
check "its working command runs, with its bundle active" \
  bash -c '"$0/backlot" cli hello | grep -q "^hello from org.backlot.itest.hello 1\.0\.0\..* (ACTIVE)$"' "$app"
check "its missing command is a one-line error naming the plugin" \
  bash -c '! "$0/backlot" cli hello-missing 2>"$1/err" && grep -q "from plugin .org.backlot.itest.hello." "$1/err"' "$app" "$work"
check "its throwing authority is reported naming the plugin, and the permits still work" \
  bash -c '"$0/backlot" cli --json permits "$1" --today 2026-11-24 >"$2/out" 2>"$2/err" && grep -q "Maritime Safety Administration" "$2/out" && grep -q "org.backlot.itest.hello" "$2/err"' "$app" "$sample" "$work"

check "p2 director uninstalls the three" bash -c 'uninstall com.example.backlot.harbour.feature.feature.group && uninstall com.example.backlot.budget.feature.feature.group && uninstall org.backlot.itest.feature.feature.group'
check "they are gone at the next start" bash -c '! "$0/backlot" cli plugins | grep -q "com.example.backlot\|org.backlot.itest"' "$app"
check "the harbour authority no longer applies" bash -c '! "$0/backlot" cli --json permits "$1" --today 2026-11-24 | grep -q "Maritime Safety Administration"' "$app" "$sample"
check "the budget command is gone" bash -c '"$0/backlot" cli budget "$1" >/dev/null 2>&1; [ $? = 2 ]' "$app" "$sample"
check "the suite's own commands still work" bash -c '"$0/backlot" cli --version | grep -q "^Backlot 0.1.0"' "$app"
finish
