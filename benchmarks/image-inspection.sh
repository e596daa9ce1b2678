#!/usr/bin/env bash
# Photos per second of the ImageIO image inspector against vipsthumbnail, single-threaded, on the shared photos.
# Needs vipsthumbnail (Debian package libvips-tools). Optional argument: the photos folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v vipsthumbnail >/dev/null; then
  echo "vipsthumbnail is missing: apt-get install -y libvips-tools" >&2
  exit 1
fi
./mvnw -B -ntp -q -pl adapters-common -am install -DskipTests
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -B -ntp -q -pl adapters-common dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -XX:+UseSerialGC -Xmx1g \
  -cp "adapters-common/target/test-classes:adapters-common/target/classes:$(cat "$classpath_file")" \
  com.photostore.adapters.common.imaging.ImageInspectionBenchmark "$@"
