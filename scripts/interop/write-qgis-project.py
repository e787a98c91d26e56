"""Writes a QGIS project that publishes the plots and halls layers of a GeoPackage for WFS and
OGC API - Features (QGIS Server's /wfs3). Run with Debian's /usr/bin/python3 (python3-qgis).

usage: write-qgis-project.py <sites.gpkg> <out.qgs>
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer  # noqa: E402


def main(gpkg: str, out: str) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setTitle("Standortfinder Mitteldeutschland (interop)")
    layer_ids = []
    for name in ("plots", "halls"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            print(f"layer {name} in {gpkg} is not valid", file=sys.stderr)
            return 1
        layer.setShortName(name)
        project.addMapLayer(layer)
        layer_ids.append(layer.id())
    project.writeEntry("WFSLayers", "/", layer_ids)
    for layer_id in layer_ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, 8)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "Standortfinder interop")
    ok = project.write(out)
    app.exitQgis()
    if not ok:
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out} with layers {', '.join(layer_ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
