#!/usr/bin/env bash
# Builds the project (./mvnw install -DskipTests) on first use, and again whenever a source or a pom.xml changed since
# JAR was built. ./deploy/run.sh and ./deploy/bench.sh call it before they start:
#
#   deploy/build-if-stale.sh JAR LABEL
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$1
# The run directories of the launcher and the benchmark hold logs and data, not sources.
if [ ! -f "$jar" ] || [ -n "$(find . \( -path ./deploy/launcher/run -o -path ./deploy/bench/run \) -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "[$2] Building (first run downloads Maven and the dependencies; later runs are incremental) …"
  ./mvnw -B -q install -DskipTests
fi
