import { distanceToPolygon, type PolygonRings } from './planar';

const square = (west: number, south: number, east: number, north: number) => [
  { x: west, y: south },
  { x: east, y: south },
  { x: east, y: north },
  { x: west, y: north },
];

/**
 * A courtyard building: outer 0..10, courtyard (hole) 4..6.
 *
 *   10 +----------+
 *      |  +----+  |      * (13, 14): 5 m from the corner (10, 10)
 *      |  | .  |  |      . (5, 5): in the courtyard, 1 m from the inner walls
 *      |  +----+  |      x (2, 5): inside the building itself
 *    0 +----------+
 *      0         10
 */
const courtyard: PolygonRings = [square(0, 0, 10, 10), square(4, 4, 6, 6).reverse()];

describe('distanceToPolygon', () => {
  it('is the distance to the nearest corner or edge from outside', () => {
    expect(distanceToPolygon(courtyard, 13, 14)).toBeCloseTo(5, 12);
    expect(distanceToPolygon(courtyard, 5, -3)).toBeCloseTo(3, 12);
  });

  it('is zero inside the footprint, and measured to the walls from inside a courtyard', () => {
    expect(distanceToPolygon(courtyard, 2, 5)).toBe(0);
    expect(distanceToPolygon(courtyard, 5, 5)).toBeCloseTo(1, 12);
  });

  it('does not depend on the rings winding', () => {
    const reversed: PolygonRings = courtyard.map((ring) => [...ring].reverse());
    expect(distanceToPolygon(reversed, 2, 5)).toBe(0);
    expect(distanceToPolygon(reversed, 5, 5)).toBeCloseTo(1, 12);
  });
});
