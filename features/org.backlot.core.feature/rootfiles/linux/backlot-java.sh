# SPDX-License-Identifier: EPL-2.0
# Sourced by Backlot's launch scripts: finds a Java 21 or newer.
# Sets BACKLOT_JAVA_HOME, or prints why not and returns 1.

backlot_java_major() { # JAVA_HOME -> major version number (from its release file, else by asking java)
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)
  echo "$v"
}

backlot_find_java() {
  local candidates=() c major
  [ -n "${BACKLOT_JAVA_HOME:-}" ] && candidates+=("$BACKLOT_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local best="" best_major=0
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    major=$(backlot_java_major "$c")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ]; then
      # JAVA_HOME or BACKLOT_JAVA_HOME win when new enough; otherwise the newest found
      if [ "$c" = "${BACKLOT_JAVA_HOME:-}" ] || [ "$c" = "${JAVA_HOME:-}" ]; then best=$c; break; fi
      if [ "$major" -gt "$best_major" ]; then best=$c; best_major=$major; fi
    fi
  done
  if [ -z "$best" ]; then
    echo "backlot: needs Java 21 or newer, and found none (looked at JAVA_HOME, /usr/lib/jvm, /opt and the java on PATH)." >&2
    echo "backlot: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME to it." >&2
    return 1
  fi
  BACKLOT_JAVA_HOME=$best
  export BACKLOT_JAVA_HOME
}
