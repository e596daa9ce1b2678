#!/usr/bin/env bash
# Cold starts of the six Lambda functions through AWS's runtime interface client, each beside the baseline handler of
# its own deployment jar, alternating the two: JVM start to init done and to the first response posted, medians of
# ROUNDS rounds (default 10), every start a fresh JVM with the managed Java runtime's flags for the function's memory.
# Needs a JDK 17+ and Node.js with npm (dynalite). Measure on an otherwise idle machine.
#   benchmarks/lambda-cold-start.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f test-tools/node_modules/dynalite/cli.js ] || (cd test-tools && npm ci --no-audit --no-fund --silent)
./mvnw -B -q -pl app-lambda -am install -DskipTests -Dphotostore.cds.skip
exec ./mvnw -B -q -pl app-lambda exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-cp %classpath com.photostore.lambda.deployment.ColdStartBenchmark ${1:-10}"
