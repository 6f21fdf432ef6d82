import { isCertainlyValidPolygon } from './certainly-valid';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('isCertainlyValidPolygon: the footprints that can skip PostGIS validity', () => {
  it('accepts a plain ring, as a Polygon or a one-part MultiPolygon, in either direction', () => {
    expect(isCertainlyValidPolygon({ type: 'Polygon', coordinates: [square] })).toBe(true);
    expect(isCertainlyValidPolygon({ type: 'MultiPolygon', coordinates: [[[...square].reverse()]] })).toBe(true);
    expect(isCertainlyValidPolygon({ type: 'Polygon', coordinates: [[[-5.06, 33.98], [-5.0598, 33.98], [-5.0598, 33.9802], [-5.06, 33.9802], [-5.06, 33.98]]] })).toBe(true);
  });

  it('leaves to PostGIS a bow-tie, a spike, a repeated or collinear point, an open ring, holes and several parts', () => {
    const cases = [
      [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]], // bow-tie
      [[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]], // spike back along an edge
      [[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]], // repeated point
      [[0, 0], [0.5, 0], [1, 0], [1, 1], [0, 0]], // collinear point
      [[0, 0], [1, 0], [1, 1], [0, 1]], // not closed
      [[0, 0], [2, 0], [2, 2], [1, 0], [0, 2], [0, 0]], // a vertex touching an edge
    ];
    for (const ring of cases) expect(isCertainlyValidPolygon({ type: 'Polygon', coordinates: [ring] })).toBe(false);
    expect(isCertainlyValidPolygon({ type: 'Polygon', coordinates: [square, [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]]] })).toBe(false);
    expect(isCertainlyValidPolygon({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBe(false);
    expect(isCertainlyValidPolygon({ type: 'LineString', coordinates: square })).toBe(false);
  });
});
