#!/usr/bin/env bash
# Starts the mock OGC API (`npm run api`) on a free port and checks that GDAL's OAPIF
# driver reads the plots and halls collections with the feature counts of data/*.json.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
landing="http://127.0.0.1:${port}/api"
log="$(mktemp)"
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 -- "-$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -f "$log"
}
trap cleanup EXIT

# Own session and process group, so npm, tsx and node stop together.
setsid npm run api -- --port "$port" >"$log" 2>&1 </dev/null &
server_pid=$!

answers() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

deadline=$((SECONDS + 60))
until answers "$landing"; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "npm run api exited before answering ${landing}. Its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "npm run api did not answer ${landing} within 60 s. Its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.25
done
echo "mock API answers at ${landing}"

failures=0
for collection in plots halls; do
  expected="$(node -e "console.log(require('./data/${collection}.json').features.length)")"
  if ! summary="$(ogrinfo -ro -so "OAPIF:${landing}" "$collection" 2>&1)"; then
    echo "ogrinfo failed for ${collection}:" >&2
    echo "$summary" >&2
    failures=$((failures + 1))
    continue
  fi
  actual="$(sed -n 's/^Feature Count: *\([0-9-]*\).*/\1/p' <<<"$summary")"
  if [ "$actual" != "$expected" ]; then
    echo "ogrinfo reports Feature Count '${actual}' for ${collection}, data/${collection}.json has ${expected}:" >&2
    echo "$summary" >&2
    failures=$((failures + 1))
  else
    echo "ogrinfo OAPIF ${collection}: ${actual} features (as data/${collection}.json)"
  fi
done

if [ "$failures" -ne 0 ]; then
  echo "API server output:" >&2
  cat "$log" >&2
  exit 1
fi
