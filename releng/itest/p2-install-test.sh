#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Integration test of installing into Backlot with p2: builds a small third-party plugin against Backlot's freshly
# built update site, installs it into a copy of the materialised product with the product's own p2 director,
# checks at the next start that its contribution is live and the bundle active, then uninstalls it and checks it is gone.
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

echo "p2-install-test: building the test plugin against file:$site"
rm -rf "$here/plugin"/*/target
if ! (cd "$here/plugin" && JAVA_HOME=$BACKLOT_JAVA_HOME "$mvn" -B -q clean verify -Dbacklot.site="file:$site" > "$work/plugin-build.log" 2>&1); then
  cat "$work/plugin-build.log"; failed=$((failed+1)); finish
fi
plugin_site="$here/plugin/org.backlot.itest.site/target/repository"

check "the plugin is not there before" bash -c '! "$0/backlot" cli hello >/dev/null 2>&1' "$app"
check "p2 director installs the feature from the plugin's update site" \
  "$app/backlot" director -repository "file:$plugin_site,file:$site" -installIU org.backlot.itest.feature.feature.group
check "its command works at the next start, with its bundle active" \
  bash -c '"$0/backlot" cli hello | grep -q "^hello from org.backlot.itest.hello 1\.0\.0\..* (ACTIVE)$"' "$app"
check "the plugin list shows it" bash -c '"$0/backlot" cli --json plugins | tr -d " \n" | grep -q "\"id\":\"org.backlot.itest.hello\""' "$app"
check "p2 director uninstalls it" \
  "$app/backlot" director -uninstallIU org.backlot.itest.feature.feature.group
check "it is gone at the next start" bash -c '! "$0/backlot" cli plugins | grep -q org.backlot.itest.hello' "$app"
check "the suite's own commands still work" bash -c '"$0/backlot" cli --version | grep -q "^Backlot 0.1.0"' "$app"
finish
