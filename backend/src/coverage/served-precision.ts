import type { MultiPolygon, Position } from 'geojson';

/**
 * Decimal places of the longitudes and latitudes of analysis polygons as served (1e-7 degree: about
 * 1 cm, well below what the DORI analysis resolves). The computed values carry 15-16 digits of float
 * noise that made the blackSpotCoverages answer about twice as long to write and to send.
 */
export const SERVED_COORDINATE_DECIMALS = 7;
const SCALE = 10 ** SERVED_COORDINATE_DECIMALS;

const roundPosition = (position: Position): Position => position.map((value) => Math.round(value * SCALE) / SCALE);

/**
 * A polygon answer rounded to SERVED_COORDINATE_DECIMALS: positions that round to their
 * predecessor are dropped (rings stay closed), and so is a ring left with fewer than 4 positions
 * (less than a centimetre across), or the whole polygon when that is its outer ring. Hand-written:
 * a few lines over the GeoJSON arrays, and it must keep the rings valid, not only round numbers.
 */
export function roundMultiPolygon(multiPolygon: MultiPolygon): MultiPolygon {
  const polygons: Position[][][] = [];
  for (const polygon of multiPolygon.coordinates) {
    const rings = polygon.map((ring) => {
      const rounded: Position[] = [];
      for (const position of ring) {
        const next = roundPosition(position);
        const last = rounded[rounded.length - 1];
        if (!last || last[0] !== next[0] || last[1] !== next[1]) rounded.push(next);
      }
      return rounded;
    });
    if (rings.length === 0 || rings[0].length < 4) continue;
    polygons.push(rings.filter((ring) => ring.length >= 4));
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
