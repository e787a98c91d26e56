#!/usr/bin/env bash
# `npm run test:interop`: publishes data/plots.json and data/halls.json with a real OGC API –
# Features server and reads them back with the app's own client.
#   1. GDAL's ogr2ogr writes a GeoPackage (list fields stored as '|'-joined text, as a GIS
#      database would hold them);
#   2. Debian's /usr/bin/python3 (python3-qgis) writes a QGIS project publishing both layers;
#   3. qgis_mapserver (qgis-server) serves it on a free local port (/wfs3, server-assigned ids);
#   4. scripts/interop/check-ogc-server.ts loads and validates every feature;
#   5. the built app against it: QGIS Server sends no CORS headers, so a tiny proxy
#      (scripts/interop/cors-proxy.ts) adds them on its own port; `vite build` with
#      VITE_API_BASE_URL = the proxied landing page, `vite preview` on a third port, and
#      tests/interop/*.interop.ts drive headless Chromium (result count, detail page, CSP).
# Needs: apt-get install -y gdal-bin qgis-server python3-qgis chromium
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

missing=()
command -v ogr2ogr >/dev/null 2>&1 || missing+=("gdal-bin (ogr2ogr)")
[ -x /usr/bin/qgis_mapserver ] || missing+=("qgis-server (/usr/bin/qgis_mapserver)")
/usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1 || missing+=("python3-qgis (/usr/bin/python3 -c 'import qgis.core')")
[ -x "${E2E_CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=("chromium (/usr/bin/chromium)")
if [ "${#missing[@]}" -ne 0 ]; then
  printf 'test:interop needs: %s\n  apt-get install -y gdal-bin qgis-server python3-qgis chromium\n' "${missing[*]}" >&2
  exit 2
fi

work="$(mktemp -d)"
pids=() # process groups started here (setsid), stopped on exit
stop_group() {
  kill -TERM -- "-$1" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 -- "-$1" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$1" 2>/dev/null || true
}
cleanup() {
  for pid in "${pids[@]}"; do stop_group "$pid"; done
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
# wait_for <url> <pid> <log>: until the URL answers 2xx, or the process is gone, or 60 s passed.
wait_for() {
  local deadline=$((SECONDS + 60))
  until node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; do
    if ! kill -0 "$2" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "nothing answered $1. Output:" >&2
      cat "$3" >&2
      exit 1
    fi
    sleep 0.5
  done
}

echo "==> GeoPackage from data/ (ogr2ogr)"
for layer in plots halls; do
  node -e '
    const fc = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const f of fc.features)
      for (const [k, v] of Object.entries(f.properties ?? {}))
        if (Array.isArray(v) && v.every((x) => typeof x === "string")) f.properties[k] = v.join("|");
    require("fs").writeFileSync(process.argv[2], JSON.stringify(fc));
  ' "data/${layer}.json" "${work}/${layer}.geojson"
  update=()
  [ "$layer" = halls ] && update=(-update)
  ogr2ogr -f GPKG "${update[@]}" "${work}/sites.gpkg" "${work}/${layer}.geojson" -nln "$layer"
done

echo "==> QGIS project (python3-qgis)"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" /usr/bin/python3 scripts/interop/write-qgis-project.py \
  "${work}/sites.gpkg" "${work}/sites.qgs"

port="$(free_port)"
landing="http://127.0.0.1:${port}/wfs3.json"
echo "==> QGIS Server on 127.0.0.1:${port}"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" setsid /usr/bin/qgis_mapserver -p "${work}/sites.qgs" \
  "127.0.0.1:${port}" >"${work}/server.log" 2>&1 </dev/null &
pids+=($!)
wait_for "$landing" "$!" "${work}/server.log"

echo "==> the app's OGC client reads ${landing}"
if ! npx tsx scripts/interop/check-ogc-server.ts "$landing" plots halls; then
  echo "QGIS Server output:" >&2
  tail -n 50 "${work}/server.log" >&2
  exit 1
fi

proxy_port="$(free_port)"
proxied_landing="http://127.0.0.1:${proxy_port}/wfs3.json"
echo "==> CORS proxy in front of QGIS Server on 127.0.0.1:${proxy_port}"
setsid npx tsx scripts/interop/cors-proxy.ts --target "http://127.0.0.1:${port}" --port "$proxy_port" \
  >"${work}/proxy.log" 2>&1 </dev/null &
pids+=($!)
wait_for "$proxied_landing" "$!" "${work}/proxy.log"

echo "==> the app built against ${proxied_landing}"
NODE_ENV=production VITE_API_BASE_URL="$proxied_landing" \
  npx vite build --outDir "${work}/dist" --emptyOutDir --logLevel warn

app_port="$(free_port)"
echo "==> vite preview of that build on 127.0.0.1:${app_port}"
setsid npx vite preview --outDir "${work}/dist" --host 127.0.0.1 --port "$app_port" --strictPort \
  >"${work}/preview.log" 2>&1 </dev/null &
pids+=($!)
wait_for "http://127.0.0.1:${app_port}/" "$!" "${work}/preview.log"

echo "==> headless Chromium: the built app reads QGIS Server"
if ! INTEROP_APP_URL="http://127.0.0.1:${app_port}" INTEROP_API_URL="$proxied_landing" \
  npx vitest run --config vitest.interop.config.ts; then
  echo "QGIS Server output:" >&2
  tail -n 50 "${work}/server.log" >&2
  exit 1
fi
