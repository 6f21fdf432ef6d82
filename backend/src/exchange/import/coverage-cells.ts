import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The squares (about `meters` wide) holding some vertex of the given footprints, as polygons: what the
 * coverage maintenance is asked about after a bulk building write instead of 100,000 footprints. Every
 * camera near a footprint is near its square too (a superset: a few more cameras recomputed, none missed).
 */
export function cellsAround(footprints: readonly (Polygon | MultiPolygon)[], meters: number): Polygon[] {
  const cells = new Map<string, Polygon>();
  for (const footprint of footprints) {
    const rings: Position[][] = footprint.type === 'Polygon' ? footprint.coordinates : footprint.coordinates.flat();
    for (const ring of rings) {
      const lat = ring[0]?.[1] ?? 0;
      const stepLat = meters / 111_320;
      const stepLon = meters / (111_320 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const [x, y] of ring) {
        minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
      }
      for (let i = Math.floor(minX / stepLon); i <= Math.floor(maxX / stepLon); i++)
        for (let j = Math.floor(minY / stepLat); j <= Math.floor(maxY / stepLat); j++) {
          const key = `${i}:${j}:${stepLon.toFixed(9)}`;
          if (cells.has(key)) continue;
          const [x0, y0, x1, y1] = [i * stepLon, j * stepLat, (i + 1) * stepLon, (j + 1) * stepLat];
          cells.set(key, { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
        }
    }
  }
  return [...cells.values()];
}
