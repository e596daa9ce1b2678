#!/usr/bin/env bash
# Publishes the web app (web/src/main/web) to a Photostore stack's website bucket and invalidates CloudFront.
#
#   infra-cloudformation/sync-web.sh STACK_NAME
#
# The app finds its API through the <meta name="photostore-api"> tag of index.html (web/README.md); the copy
# published here names the stack's HTTP API in it. Every file is stored with Cache-Control: no-cache, as the
# server sends them. Needs the AWS CLI v2 and credentials that may read the stack's outputs, write the bucket and
# invalidate the distribution.
set -euo pipefail

stack=${1:?usage: sync-web.sh STACK_NAME}
here=$(cd "$(dirname "$0")" && pwd)
web="$here/../web/src/main/web"
[ -f "$web/index.html" ] || { echo "sync-web.sh: no web app at $web" >&2; exit 1; }

output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
api=$(output ApiUrl)
bucket=$(output WebsiteBucketName)
distribution=$(output WebsiteDistributionId)
for value in "$api" "$bucket" "$distribution"; do
  if [ -z "$value" ] || [ "$value" = None ]; then
    echo "sync-web.sh: stack $stack lacks the outputs ApiUrl, WebsiteBucketName and WebsiteDistributionId" >&2
    exit 1
  fi
done

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$web"/. "$staging"/
base="$api/api/v1"
sed "s|<meta name=\"photostore-api\" content=\"[^\"]*\">|<meta name=\"photostore-api\" content=\"$base\">|" \
  "$web/index.html" > "$staging/index.html"
if ! grep -q "<meta name=\"photostore-api\" content=\"$base\">" "$staging/index.html"; then
  echo "sync-web.sh: index.html has no <meta name=\"photostore-api\"> tag to point at $base" >&2
  exit 1
fi

aws s3 sync "$staging" "s3://$bucket" --delete --cache-control no-cache --only-show-errors
invalidation=$(aws cloudfront create-invalidation --distribution-id "$distribution" --paths '/*' \
  --query Invalidation.Id --output text)
echo "web app published to s3://$bucket (API $base), CloudFront invalidation $invalidation"
