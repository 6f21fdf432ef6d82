import { distanceToSegment, signedRingArea } from './planar';
import { discRing, sectorRing } from './sector';

/** Nearest and farthest distance from the centre over the ring's edges (the apex's edges left out). */
function edgeDistances(ring: { x: number; y: number }[], skipApex: boolean) {
  let nearest = Infinity;
  let farthest = 0;
  ring.forEach((a, index) => {
    const b = ring[(index + 1) % ring.length];
    if (skipApex && (index === 0 || index === ring.length - 1)) return;
    nearest = Math.min(nearest, distanceToSegment(0, 0, a, b));
    farthest = Math.max(farthest, Math.hypot(a.x, a.y));
  });
  return { nearest, farthest };
}

describe('arcs within 1 mm of their circle, on the side asked for', () => {
  it.each([0.5, 3, 40, 400])('a disc of radius %d m: inscribed never outside, circumscribed never inside', (radius) => {
    const inside = edgeDistances(discRing({ x: 0, y: 0 }, radius), false);
    expect(inside.farthest).toBeLessThanOrEqual(radius + 1e-9);
    expect(inside.nearest).toBeGreaterThan(radius - 0.001);
    const outside = edgeDistances(discRing({ x: 0, y: 0 }, radius, 0.001, 'outside'), false);
    expect(outside.nearest).toBeGreaterThanOrEqual(radius - 1e-9);
    expect(outside.farthest).toBeLessThan(radius + 0.001);
  });

  it('a sector drawn outside its arc starts and ends on the circle, tangent there', () => {
    const ring = sectorRing({ center: { x: 0, y: 0 }, headingDegrees: 90, widthDegrees: 60, radiusMeters: 2 }, 0.001, 'outside');
    expect(Math.hypot(ring[1].x, ring[1].y)).toBeCloseTo(2, 12);
    expect(Math.hypot(ring[ring.length - 1].x, ring[ring.length - 1].y)).toBeCloseTo(2, 12);
    const arc = edgeDistances(ring, true);
    expect(arc.nearest).toBeGreaterThanOrEqual(2 - 1e-9);
    const exact = ((Math.PI / 3) * 2 * 2) / 2;
    expect(signedRingArea(ring)).toBeGreaterThan(exact);
    expect(signedRingArea(ring)).toBeLessThan(exact + 0.001 * 2 * (Math.PI / 3));
  });
});
