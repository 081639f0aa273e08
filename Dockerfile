# One image for every process; docker-compose.yml picks the entry point per service.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.base.json tsconfig.build.json ./
COPY libs libs
COPY services services
COPY gateway gateway
COPY web web
RUN npm ci --no-audit --no-fund \
 && npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
# bubblewrap is the code sandbox's outer wall; the grading service uses it only where the platform
# lets it create namespaces (Docker's default seccomp profile does not) and says which wall it runs.
RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
# Processes listen on loopback by default; in a container the network namespace is its own.
ENV HOST=0.0.0.0
# `npm run build` compiled each bundle into this cache with the flags below: a process that starts
# from it parses only the functions it runs (scripts/bundle.js says what that saves).
ENV NODE_COMPILE_CACHE=/app/node_modules/.cache/node-compile-cache
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
# The V8 flags of nodeFlagsOf in scripts/start/supervisor.js (measured there); V8 refuses
# --heap-growing-percent in NODE_OPTIONS, so they go on each command line, here and in the manifests.
CMD ["node", "--v8-pool-size=1", "--max-semi-space-size=2", "--heap-growing-percent=35", "--expose-gc", "gateway/dist/bundle/main.js"]
