import type { Feature, FeatureCollection, LineString } from 'geojson';

/** Bounds as a GeoJSON bbox: [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

const STEPS = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005];

/** The coarsest round step that gives at least `minimumLines` lines across the narrower side. */
export function graticuleStep(bbox: Bbox, minimumLines = 4): number {
  const span = Math.min(bbox[2] - bbox[0], bbox[3] - bbox[1]);
  return STEPS.find((step) => span / step >= minimumLines) ?? STEPS[STEPS.length - 1];
}

/**
 * Meridians and parallels every `step` degrees across the bbox (slightly beyond it, so panning a
 * little does not show the edge). Used by the offline basemap as a neutral reference grid.
 */
export function graticuleLines(bbox: Bbox, step = graticuleStep(bbox)): FeatureCollection<LineString> {
  const [west, south, east, north] = bbox;
  const padX = (east - west) / 2;
  const padY = (north - south) / 2;
  const minX = Math.max(-180, west - padX);
  const maxX = Math.min(180, east + padX);
  const minY = Math.max(-85, south - padY);
  const maxY = Math.min(85, north + padY);
  const features: Feature<LineString>[] = [];
  const round = (value: number) => Number(value.toFixed(6));
  for (let index = Math.ceil(minX / step); index * step <= maxX; index++) {
    const x = round(index * step);
    features.push(line([[x, minY], [x, maxY]], 'meridian', x));
  }
  for (let index = Math.ceil(minY / step); index * step <= maxY; index++) {
    const y = round(index * step);
    features.push(line([[minX, y], [maxX, y]], 'parallel', y));
  }
  return { type: 'FeatureCollection', features };
}

function line(coordinates: [number, number][], kind: 'meridian' | 'parallel', value: number): Feature<LineString> {
  return { type: 'Feature', properties: { kind, value }, geometry: { type: 'LineString', coordinates } };
}

/**
 * Whether lines made for `drawnFor` still serve `view`: same step, and the view within the half-view
 * margin they were drawn with. Panning inside it changes nothing (no rebuild, no redraw).
 */
export function graticuleCovers(drawnFor: Bbox, view: Bbox): boolean {
  if (graticuleStep(drawnFor) !== graticuleStep(view)) return false;
  const [west, south, east, north] = drawnFor;
  const padX = (east - west) / 2;
  const padY = (north - south) / 2;
  return view[0] >= west - padX && view[1] >= south - padY && view[2] <= east + padX && view[3] <= north + padY;
}
