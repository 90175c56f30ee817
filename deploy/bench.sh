#!/usr/bin/env bash
# The national-scale benchmark (docs/performance.md). Builds if needed, starts the whole stack on free ports (embedded
# PostgreSQL, Kafka, the three services with the launcher's heap), loads the dataset through the public APIs, runs the
# phases and prints the results table (also written to deploy/bench/run/results.md). The stack is stopped at the end.
#
#   ./deploy/bench.sh                       quick run: 730 kecamatan
#   ./deploy/bench.sh --kecamatan 7300      the national run
#   ./deploy/bench.sh --attach --tahun 2031 against a running ./deploy/run.sh stack (a fresh year per run)
#   ./deploy/bench.sh --help                every option
#   ./deploy/bench.sh workbook [--kecamatan 20]   preview and apply of one kecamatan's triwulan workbook
#   ./deploy/bench.sh inbox [--kecamatan 40]      the inbox of an operator, a verifier and Bagian Organisasi (p50/p99)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
jar=deploy/bench/target/kinerja-bench.jar

deploy/build-if-stale.sh "$jar" bench

main=id.kinerja.deploy.bench.Bench
if [ "${1:-}" = workbook ]; then
  main=id.kinerja.deploy.bench.WorkbookBench
  shift
elif [ "${1:-}" = inbox ]; then
  main=id.kinerja.deploy.bench.InboxBench
  shift
fi

exec java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar:deploy/bench/target/lib/*" \
  -Dkinerja.project.root="$root" -Dkinerja.bench.command="./deploy/bench.sh $*" "$main" "$@"
