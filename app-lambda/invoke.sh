#!/usr/bin/env bash
# Runs one Lambda function from its deployment jar, in a fresh JVM through the runtime interface client, over
# DynamoDB (dynalite), S3 (s3proxy), SQS (ElasticMQ), Secrets Manager and SSM (an in-process stub), PostgreSQL and
# Redis started for the run, with the event of a file; prints the cold start, the outcome and the response.
#   app-lambda/invoke.sh Photos ../shared/data/events/apigw_http_event.json [--logs]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: app-lambda/invoke.sh <CreateUser|AuthUser|AuthToken|Photos|UploadUrl|TransferPhotos> <event.json> [--logs]" >&2
  exit 2
fi
function=$1
event=$(realpath "$2")
shift 2
[ -f test-tools/node_modules/dynalite/cli.js ] || (cd test-tools && npm ci --no-audit --no-fund --silent)
./mvnw -B -q -pl app-lambda -am install -DskipTests -Dphotostore.cds.skip
exec ./mvnw -B -q -pl app-lambda exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-cp %classpath com.photostore.lambda.deployment.InvokeFunction $function $event $*"
