#!/bin/sh
# `npm run audit` and `npm run leavers` (usage: sh scripts/run-tool.sh audit-export|leavers [flags]).
# A development checkout runs the tool from src through tsx, no build needed; a production install, whose
# development dependencies (tsx among them) were pruned, runs the build in dist. exec: the tool is the
# process npm waits for, so its exit code, output and signals are its own.
tool=$1
shift
if [ -x node_modules/.bin/tsx ]; then
  exec node_modules/.bin/tsx --require ./scripts/thread-pool.cjs "src/tools/$tool.ts" "$@"
fi
if [ ! -f "dist/tools/$tool.js" ]; then
  echo "dist/tools/$tool.js is not there and tsx is not installed: run npm ci && npm run build, then run this again." >&2
  exit 2
fi
exec node --require ./dist/thread-pool.cjs "dist/tools/$tool.js" "$@"
