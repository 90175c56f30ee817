#!/usr/bin/env bash
# Runs the whole system on this machine with nothing but a JDK 17: PostgreSQL 17 (embedded, port 15432),
# Kafka (19092), planning-service (8081), realization-service (8082), reporting-service (8083), a mail server for
# the deadline reminders (SMTP 19025, IMAP 19143, each mail also as .eml in deploy/launcher/run/mail), and the demo
# kecamatan (Mlarak, Kabupaten Ponorogo, 2024). Ctrl-C stops everything.
#
#   ./deploy/run.sh                      build if needed, start, load the demo
#   ./deploy/run.sh --no-demo            start empty
#   ./deploy/run.sh --jdbc-url jdbc:postgresql://HOST:5432/ --db-user U --db-password P --kafka HOST:9092
#                                        use existing PostgreSQL / Kafka (also KINERJA_JDBC_URL, KINERJA_KAFKA_BOOTSTRAP)
#   ./deploy/run.sh --smtp-host HOST --smtp-port 25
#                                        mail through an existing SMTP server (also KINERJA_SMTP_HOST, KINERJA_SMTP_PORT)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
jar=deploy/launcher/target/kinerja-launcher.jar

deploy/build-if-stale.sh "$jar" launcher

exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar:deploy/launcher/target/lib/*" -Dkinerja.project.root="$root" id.kinerja.deploy.launcher.Launcher "$@"
