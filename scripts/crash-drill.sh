#!/usr/bin/env bash
# The crash drill of docs/reliability.md: SIGKILL during learner writes and during an ESCO import,
# then restart and check. Usage: scripts/crash-drill.sh [ESCO release folder] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
esco="${1:-../shared/esco-1.2.0}"
rounds="${2:-3}"
./mvnw -B -q -DskipTests package
./mvnw -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/drill-classpath.txt -Dmdep.includeScope=test
args=(--rounds="$rounds")
if [ -d "$esco" ]; then
  args+=(--esco="$esco" --old-release=src/test/resources/esco-mini)
else
  echo "No ESCO release at $esco: the import part of the drill is left out."
fi
java -cp "target/test-classes:target/classes:$(cat target/drill-classpath.txt)" \
  org.competenceatlas.drill.CrashDrill "${args[@]}"
