import type { MultiPolygon } from 'geojson';
import { roundMultiPolygon } from './served-precision';

// A 1-metre square near Fès with computed-looking noise in the last digits.
const square = (west: number, south: number, size: number) => [
  [west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south],
];

describe('served coordinates of analysis polygons', () => {
  it('rounds to 1e-7 degree and keeps every ring closed', () => {
    const noisy: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(-4.997812345678912, 34.03312345678901, 0.00001)]] };
    const [[ring]] = roundMultiPolygon(noisy).coordinates;
    expect(ring[0]).toEqual([-4.9978123, 34.0331235]);
    expect(ring).toHaveLength(5);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
    for (const [longitude, latitude] of ring) {
      expect(Math.abs(longitude * 1e7 - Math.round(longitude * 1e7))).toBeLessThan(1e-6);
      expect(Math.abs(latitude * 1e7 - Math.round(latitude * 1e7))).toBeLessThan(1e-6);
    }
  });

  it('drops positions that round onto their predecessor, and rings and polygons less than a centimetre across', () => {
    const withSliver: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        // An outer ring with a repeated corner (1e-9 degree apart) and a hole 2 mm wide.
        [
          [[-5, 34], [-5.000000000001, 34], [-4.999, 34], [-4.999, 34.001], [-5, 34.001], [-5, 34]],
          square(-4.9995, 34.0005, 0.00000002),
        ],
        // A polygon 3 mm wide: nothing left of it at 1 cm.
        [square(-4.99, 34.01, 0.00000003)],
      ],
    };
    const rounded = roundMultiPolygon(withSliver).coordinates;
    expect(rounded).toEqual([[[[-5, 34], [-4.999, 34], [-4.999, 34.001], [-5, 34.001], [-5, 34]]]]);
  });

  it('leaves an empty answer (a fully covered black spot) empty', () => {
    expect(roundMultiPolygon({ type: 'MultiPolygon', coordinates: [] })).toEqual({ type: 'MultiPolygon', coordinates: [] });
  });
});
