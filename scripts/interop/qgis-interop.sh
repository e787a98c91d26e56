#!/usr/bin/env bash
# `npm run test:interop`: publishes data/plots.json and data/halls.json with a real OGC API –
# Features server and reads them back with the app's own client.
#   1. GDAL's ogr2ogr writes a GeoPackage (list fields stored as '|'-joined text, as a GIS
#      database would hold them);
#   2. Debian's /usr/bin/python3 (python3-qgis) writes a QGIS project publishing both layers;
#   3. qgis_mapserver (qgis-server) serves it on a free local port (/wfs3, server-assigned ids);
#   4. scripts/interop/check-ogc-server.ts loads and validates every feature.
# Needs: apt-get install -y gdal-bin qgis-server python3-qgis
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

missing=()
command -v ogr2ogr >/dev/null 2>&1 || missing+=("gdal-bin (ogr2ogr)")
[ -x /usr/bin/qgis_mapserver ] || missing+=("qgis-server (/usr/bin/qgis_mapserver)")
/usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1 || missing+=("python3-qgis (/usr/bin/python3 -c 'import qgis.core')")
if [ "${#missing[@]}" -ne 0 ]; then
  printf 'test:interop needs: %s\n  apt-get install -y gdal-bin qgis-server python3-qgis\n' "${missing[*]}" >&2
  exit 2
fi

work="$(mktemp -d)"
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
  rm -rf "$work"
}
trap cleanup EXIT

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

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
landing="http://127.0.0.1:${port}/wfs3.json"
echo "==> QGIS Server on 127.0.0.1:${port}"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" setsid /usr/bin/qgis_mapserver -p "${work}/sites.qgs" \
  "127.0.0.1:${port}" >"${work}/server.log" 2>&1 </dev/null &
server_pid=$!

deadline=$((SECONDS + 60))
until node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$landing"; do
  if ! kill -0 "$server_pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
    echo "QGIS Server did not answer ${landing}. Its output:" >&2
    cat "${work}/server.log" >&2
    exit 1
  fi
  sleep 0.5
done

echo "==> the app's OGC client reads ${landing}"
if ! npx tsx scripts/interop/check-ogc-server.ts "$landing" plots halls; then
  echo "QGIS Server output:" >&2
  tail -n 50 "${work}/server.log" >&2
  exit 1
fi
