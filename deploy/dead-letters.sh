#!/usr/bin/env bash
# Lists and replays dead letters (see docs/operations.md):
#   ./deploy/dead-letters.sh [--kafka HOST:PORT] list CONSUMER
#   ./deploy/dead-letters.sh [--kafka HOST:PORT] replay CONSUMER PARTITION OFFSET
# Consumers: realization-plan-copy, reporting-projections. Default broker: the local launcher's (127.0.0.1:19092).
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "deploy/launcher/target/kinerja-launcher.jar:deploy/launcher/target/lib/*" id.kinerja.deploy.launcher.DeadLetters "$@"
