#!/usr/bin/env bash
# The production start, as the Dockerfile and the systemd example run it: build, copy the output to a
# clean directory, install production dependencies only (no TypeScript, no tsx), check that `npm run audit`
# and `npm run leavers` still run (from dist), start `node --require ./dist/thread-pool.cjs dist/main.js`
# once (terminal channel with PORT set, so the HTTP server runs), check /healthz, /readyz and /metrics,
# then stop it with SIGTERM and expect exit 0. Usage: bash scripts/ci/prod-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "==> npm run build"
npm run build

work=$(mktemp -d)
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; fi
  exec 3>&- 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> copy the production files to $work and install production dependencies only"
# The same list as the Dockerfile's runtime stage.
cp -r dist data package.json package-lock.json "$work/"
mkdir "$work/scripts" && cp scripts/run-tool.sh "$work/scripts/"
(cd "$work" && npm ci --omit=dev --no-audit --no-fund)
if [[ -e "$work/node_modules/tsx" || -e "$work/node_modules/typescript" ]]; then
  echo "development dependencies were installed: the production image would carry them" >&2
  exit 1
fi

# The bot's messages tell admins to run these two; without tsx they run the build in dist.
for tool in audit leavers; do
  echo "==> npm run $tool -- --help on the production install"
  (cd "$work" && npm run --silent "$tool" -- --help >/dev/null) || {
    echo "npm run $tool -- --help failed on the production install" >&2
    exit 1
  }
done

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
echo "==> start node --require ./dist/thread-pool.cjs dist/main.js on port $port"
mkfifo "$work/stdin"
(cd "$work" && PORT="$port" HOST=127.0.0.1 LOG_LEVEL=info exec node --require ./dist/thread-pool.cjs dist/main.js <"$work/stdin" >"$work/out.log" 2>&1) &
pid=$!
exec 3>"$work/stdin" # keeps the terminal channel's input open until we stop it

status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1" || true; }
for _ in $(seq 1 100); do
  [[ "$(status /healthz)" == "200" ]] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/out.log"; echo "the bot exited at start" >&2; exit 1; }
  sleep 0.1
done
for path in /healthz /readyz /metrics; do
  code=$(status "$path")
  echo "GET $path -> $code"
  [[ "$code" == "200" ]] || { cat "$work/out.log"; echo "GET $path answered $code" >&2; exit 1; }
done
metrics=$(curl -s "http://127.0.0.1:$port/metrics")
grep -q '^# TYPE sspr_resets_total counter' <<<"$metrics" || { echo "/metrics lacks the bot's families" >&2; exit 1; }

echo "==> stop with SIGTERM"
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
pid=""
cat "$work/out.log"
grep -q '"msg":"started"' "$work/out.log" || { echo "no start line" >&2; exit 1; }
grep -q '"msg":"stopped"' "$work/out.log" || { echo "no shutdown line" >&2; exit 1; }
# Started as the Dockerfile starts it, the thread pool is sized and hashing runs below the replies' priority.
if grep -q 'UV_THREADPOOL_SIZE is\|same priority as the replies' "$work/out.log"; then
  echo "the production start did not prepare the thread pool" >&2
  exit 1
fi
[[ "$code" == "0" ]] || { echo "the bot exited with $code after SIGTERM" >&2; exit 1; }
echo "prod-smoke: ok"
