"""The report's offline base map: Natural Earth's 110m countries as shipped inside the geopandas
(before 1.0) wheel, read with pyshp, so that the map draws with no network."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import shapefile

_SHAPEFILE = Path("datasets") / "naturalearth_lowres" / "naturalearth_lowres.shp"
# Two decimals (~1 km) is finer than a 110m map draws and keeps the base map near 200 KB.
_DECIMALS = 2


def _shapefile_path() -> Path:
    # Located, not imported: the report needs geopandas' data, not its GDAL stack.
    spec = importlib.util.find_spec("geopandas")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("geopandas (which ships the Natural Earth base map) is not installed")
    return Path(spec.submodule_search_locations[0]) / _SHAPEFILE


def _round(coordinates: object) -> object:
    if isinstance(coordinates, (list, tuple)):
        if coordinates and isinstance(coordinates[0], float | int):
            return [round(c, _DECIMALS) for c in coordinates]
        return [_round(c) for c in coordinates]
    return coordinates


@cache
def world_countries() -> list[dict]:
    """GeoJSON features of the world's countries (property `name`), coordinates in degrees."""
    with shapefile.Reader(str(_shapefile_path())) as reader:
        collection = reader.__geo_interface__
    return [
        {"type": "Feature", "properties": {"name": f["properties"]["name"]},
         "geometry": {"type": f["geometry"]["type"], "coordinates": _round(f["geometry"]["coordinates"])}}
        for f in collection["features"]
    ]
