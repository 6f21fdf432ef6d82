import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonalIntersects } from './intersects';

const square = (x: number, y: number, size: number): Polygon => ({
  type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('polygonalIntersects', () => {
  it('finds overlap by containment either way and by crossing edges', () => {
    expect(polygonalIntersects(square(0, 0, 10), square(2, 2, 2))).toBe(true);
    expect(polygonalIntersects(square(2, 2, 2), square(0, 0, 10))).toBe(true);
    // A cross: no vertex of either inside the other, the edges cross.
    const wide: Polygon = { type: 'Polygon', coordinates: [[[-5, 1], [5, 1], [5, 2], [-5, 2], [-5, 1]]] };
    const tall: Polygon = { type: 'Polygon', coordinates: [[[0, -5], [1, -5], [1, 5], [0, 5], [0, -5]]] };
    expect(polygonalIntersects(wide, tall)).toBe(true);
  });

  it('says no for apart shapes, a shape inside a hole, and an empty MultiPolygon', () => {
    expect(polygonalIntersects(square(0, 0, 1), square(3, 3, 1))).toBe(false);
    const ring: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10).coordinates[0], square(3, 3, 4).coordinates[0]] };
    expect(polygonalIntersects(ring, square(4, 4, 1))).toBe(false);
    expect(polygonalIntersects({ type: 'MultiPolygon', coordinates: [] }, square(0, 0, 1))).toBe(false);
    expect(polygonalIntersects({ type: 'MultiPolygon', coordinates: [square(5, 5, 1).coordinates] }, square(0, 0, 10))).toBe(true);
  });
});
