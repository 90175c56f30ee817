#!/usr/bin/env bash
# Prints a development bearer token for the local system:  ./deploy/token.sh ROLE [USER] [KABUPATEN] [KECAMATAN]
#   roles: planner, bagian-organisasi, pimpinan (kabupaten-wide); operator, verifier (one kecamatan);
#          operator-sistem (operations of the whole system, e.g. rebuilding reporting's projections; no kabupaten)
#   e.g.   TOKEN=$(./deploy/token.sh operator operator.mlarak 35.02 35.02.14)
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp "deploy/launcher/target/kinerja-launcher.jar:deploy/launcher/target/lib/*" id.kinerja.deploy.launcher.Tokens "$@"
