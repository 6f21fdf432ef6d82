import L from 'leaflet';
import type { MultiPolygon } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { cameraSectorPolygon } from '../../geo/cameraSector';
import { toLatLng } from '../../geo/coordinates';
import type { AssetStatus } from '../../domain/vocabulary';
import { cameraSectorStyle } from '../mapStyles';
import type { CameraNode } from './camerasQuery';
import { joinStack, restackAbove, type LayerFeature } from './layerSupport';
import type { ManyShapesOptions } from './mapCanvas';
import { sectorsOfStatus, updateSectorCache, type SectorEntry } from './sectorGroups';

export const SIMPLIFY_ABOVE = 2000;

/** What a sector layer stands for: the fields of view of every camera of one status. */
export interface SectorGroupNode {
  status: AssetStatus;
  cameraCount: number;
}

type SectorGroupLayer = L.Polygon & { feature: LayerFeature<SectorGroupNode, MultiPolygon> };

function sectorOf(camera: CameraNode, maxStepDegrees: number) {
  const polygon = cameraSectorPolygon({ ...camera, location: camera.location.coordinates }, { maxStepDegrees });
  return polygon ? { polygon, ring: polygon.coordinates[0].slice(0, -1).map((position) => L.latLng(toLatLng(position))) } : null;
}

/**
 * Every camera's field of view, as few layers: one multi-polygon per status, drawn as one path
 * (mapCanvas `manyShapes`). Sectors take no clicks or tooltips, so nothing is lost by not giving each
 * its own layer, and 10,000 of them cost 10,000 layer additions, updates and fills otherwise. Only new
 * or changed cameras' sectors are computed when the cameras change.
 */
export function CameraSectorsLayer({ cameras, expectedCount = 0 }: { cameras: readonly CameraNode[]; expectedCount?: number }) {
  const map = useMap();
  const group = useMemo(() => L.featureGroup(), []);
  const cache = useRef(new Map<string, SectorEntry<L.LatLng>>());
  const layers = useRef(new Map<string, SectorGroupLayer>());

  useEffect(() => {
    group.addTo(map);
    const leaveStack = joinStack(map, group, 'camera-sectors');
    const [cached, drawn] = [cache.current, layers.current];
    return () => {
      leaveStack();
      map.removeLayer(group);
      group.clearLayers();
      cached.clear();
      drawn.clear();
    };
  }, [map, group]);

  useEffect(() => {
    // Many cameras: coarser arcs (about 6 vertices instead of 20), invisible at city zoom, 3x less to
    // draw. Decided on the count expected, not arrived so far: no sector is computed twice.
    const maxStepDegrees = Math.max(cameras.length, expectedCount) > SIMPLIFY_ABOVE ? 15 : 4;
    const changed = updateSectorCache(cache.current, cameras, maxStepDegrees, (camera) => sectorOf(camera, maxStepDegrees));
    let added = false;
    for (const status of changed) {
      const sectors = sectorsOfStatus(cache.current, status);
      const existing = layers.current.get(status);
      if (!sectors.length) {
        if (existing) group.removeLayer(existing);
        layers.current.delete(status);
        continue;
      }
      const latLngs = sectors.map((sector) => [sector.ring]);
      const feature: SectorGroupLayer['feature'] = {
        type: 'Feature',
        geometry: { type: 'MultiPolygon', coordinates: sectors.map((sector) => sector.polygon.coordinates) },
        properties: { layer: 'camera-sectors', node: { status: status as AssetStatus, cameraCount: sectors.length } },
      };
      if (existing) {
        existing.feature = feature;
        existing.setLatLngs(latLngs);
        continue;
      }
      const options: ManyShapesOptions & L.PolylineOptions & { pmIgnore: boolean } = {
        ...cameraSectorStyle(status),
        manyShapes: true,
        // SVG (tests) fills the union too; canvas: see mapCanvas.
        fillRule: 'nonzero',
        // Sectors are a few pixels to a few hundred: no clipping or simplifying on every redraw.
        noClip: true,
        smoothFactor: 0,
        // Neither edited nor snapped to by Geoman.
        pmIgnore: true,
      };
      const layer = L.polygon(latLngs, options) as SectorGroupLayer;
      layer.feature = feature;
      layers.current.set(status, layer);
      group.addLayer(layer);
      added = true;
    }
    // New layers are drawn on top of everything: put the layers ranked above back over them.
    if (added) restackAbove(map, 'camera-sectors');
  }, [map, group, cameras, expectedCount]);
  return null;
}
