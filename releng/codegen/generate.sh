#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Regenerates the EMF model and edit code (src-gen/ of org.backlot.model and org.backlot.model.edit) from
# bundles/org.backlot.model/model/backlot.ecore with the EMF generator from Maven Central. Commit the result on its own.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/features/org.backlot.core.feature/rootfiles/linux/backlot-java.sh"
backlot_find_java
rm -rf "$root/bundles/org.backlot.model/src-gen" "$root/bundles/org.backlot.model.edit/src-gen"
JAVA_HOME=$BACKLOT_JAVA_HOME "$root/mvnw" -B -q -f "$root/releng/codegen/pom.xml" compile exec:java -Dexec.cleanupDaemonThreads=false -Dexec.args="$root"
