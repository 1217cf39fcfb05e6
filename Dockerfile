# The bot's container image. CI cannot run Docker on its machines; it runs these very commands instead
# (scripts/ci/prod-smoke.sh) and checks this file by parsing it (test/deploy/container-files.test.ts).

# ---- build: compile TypeScript to dist/ ---------------------------------------------------------------
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/thread-pool.cjs ./scripts/
RUN npm run build

# ---- runtime: production dependencies and the compiled output only, as the unprivileged "node" user ----
FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
# `npm run audit` and `npm run leavers`, which the bot's messages name, run the build in dist here.
COPY scripts/run-tool.sh ./scripts/
USER node
ENV PORT=3000
EXPOSE 3000
# node:20-slim has no curl; Node's own fetch asks the liveness probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM lets the step in hand finish (at most one platform delivery, 30 s by default).
STOPSIGNAL SIGTERM
CMD ["node", "--require", "./dist/thread-pool.cjs", "dist/main.js"]
