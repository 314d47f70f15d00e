# Sourced by ./atende and ./run-tests: sets nothing, defines find_java, which prints the newest
# java >= 21 among $JAVA_HOME, /usr/lib/jvm/* and the PATH, or explains and exits.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit}'
}

find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  local dir
  for dir in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${dir%/}/bin/java"); done
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local best="" best_major=0 j major
  for j in "${candidates[@]}"; do
    [ -x "$j" ] || continue
    major=$(java_major "$j" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$j"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "atende: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm and the PATH)." >&2
    echo "        Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 25, or set JAVA_HOME." >&2
    exit 1
  fi
  echo "$best"
}

