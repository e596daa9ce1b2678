#!/usr/bin/env bash
# Deploys Photostore to the AWS account and region of the current AWS CLI credentials (docs/deploy.md):
# builds the six function jars, packages and deploys infra-cloudformation/photostore.yaml, then publishes the web app.
#
#   infra-cloudformation/deploy.sh [--stack NAME] [--artifact-bucket BUCKET] [--parameter Key=Value]...
set -euo pipefail

usage() {
  cat <<'EOF'
usage: infra-cloudformation/deploy.sh [--stack NAME] [--artifact-bucket BUCKET] [--parameter Key=Value]...

  --stack NAME               the stack (default photostore): lowercase letters, digits and hyphens, at most 27
                             characters, starting with a letter (the bucket names are built from it)
  --artifact-bucket BUCKET   where the jars and the packaged template are uploaded (default
                             NAME-deploy-ACCOUNT-REGION, created private and encrypted when missing)
  --parameter Key=Value      a parameter of photostore.yaml, repeatable (WebsiteDomainName, WebsiteCertificateArn,
                             AlertEmail, ExistingVpcId, ExistingPrivateSubnetIds, DatabaseInstanceClass,
                             CacheNodeType, DeploymentPreference, ...); on an update, parameters not given keep
                             their values. CodeVersion is set from git.
EOF
}

stack=photostore
bucket=
parameters=()
while [ $# -gt 0 ]; do
  case "$1" in
    --stack) stack=${2:?--stack needs a name}; shift 2 ;;
    --artifact-bucket) bucket=${2:?--artifact-bucket needs a bucket}; shift 2 ;;
    --parameter) parameters+=("${2:?--parameter needs Key=Value}"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
if ! [[ $stack =~ ^[a-z][a-z0-9-]{0,26}$ ]]; then
  echo "deploy.sh: the stack name must be lowercase letters, digits and hyphens, at most 27 characters" >&2
  exit 2
fi
for parameter in "${parameters[@]+"${parameters[@]}"}"; do
  case "$parameter" in
    CodeVersion=*) echo "deploy.sh: CodeVersion is set from git" >&2; exit 2 ;;
    *=*) ;;
    *) echo "deploy.sh: --parameter takes Key=Value, not $parameter" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
region=${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region || true)}}
[ -n "$region" ] || { echo "deploy.sh: no region: set AWS_REGION or configure one" >&2; exit 2; }
export AWS_REGION=$region
account=$(aws sts get-caller-identity --query Account --output text)
bucket=${bucket:-$stack-deploy-$account-$region}

# The commit names the code; uncommitted changes get a time stamp too, so that they are published as a new version.
code_version=$(git -C "$root" rev-parse --short=12 HEAD)
if ! git -C "$root" diff --quiet HEAD --; then
  code_version="$code_version-$(date -u +%Y%m%dT%H%M%SZ)"
fi

if ! aws s3api head-bucket --bucket "$bucket" 2>/dev/null; then
  echo "creating the artifact bucket $bucket"
  if [ "$region" = us-east-1 ]; then
    aws s3api create-bucket --bucket "$bucket" >/dev/null
  else
    aws s3api create-bucket --bucket "$bucket" --create-bucket-configuration "LocationConstraint=$region" >/dev/null
  fi
  aws s3api put-public-access-block --bucket "$bucket" --public-access-block-configuration \
    BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
  aws s3api put-bucket-encryption --bucket "$bucket" --server-side-encryption-configuration \
    '{"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}'
fi

echo "building the function jars"
(cd "$root" && ./mvnw -B -ntp -pl app-lambda -am package -DskipTests)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aws cloudformation package \
  --template-file "$root/infra-cloudformation/photostore.yaml" \
  --s3-bucket "$bucket" --s3-prefix "$stack/lambda" \
  --output-template-file "$work/packaged.yaml"

echo "deploying stack $stack ($code_version) to $account/$region"
aws cloudformation deploy \
  --template-file "$work/packaged.yaml" \
  --stack-name "$stack" \
  --s3-bucket "$bucket" --s3-prefix "$stack/templates" \
  --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM \
  --no-fail-on-empty-changeset \
  --parameter-overrides "CodeVersion=$code_version" "${parameters[@]+"${parameters[@]}"}"

"$root/infra-cloudformation/sync-web.sh" "$stack"

aws cloudformation describe-stacks --stack-name "$stack" \
  --query 'Stacks[0].Outputs[?OutputKey==`WebsiteUrl` || OutputKey==`ApiUrl`].[OutputKey,OutputValue]' --output text
