import { bearing, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cameraSectorPolygon } from './cameraSector';

// A camera on Place R'cif, Fes medina.
const camera: Position = [-4.9745, 34.0622];
const optics = (headingDegrees: number, horizontalFieldOfViewDegrees: number, detectionRangeMeters = 80) => ({
  location: camera,
  headingDegrees,
  horizontalFieldOfViewDegrees,
  detectionRangeMeters,
});
const arcOf = (ring: Position[]) => ring.slice(1, -1);

describe('cameraSectorPolygon', () => {
  /*      N
   *    \ | /
   *     \|/
   *      C      heading 0, HFOV 60: the whole arc lies north of the camera
   */
  it('points north for heading 0', () => {
    const polygon = cameraSectorPolygon(optics(0, 60))!;
    const ring = polygon.coordinates[0];
    expect(ring[0]).toEqual(camera);
    expect(ring[ring.length - 1]).toEqual(camera);
    for (const vertex of arcOf(ring)) expect(vertex[1]).toBeGreaterThan(camera[1]);
    const middle = arcOf(ring)[Math.floor(arcOf(ring).length / 2)];
    expect(bearing(camera, middle)).toBeCloseTo(0, 3);
    expect(middle[0]).toBeCloseTo(camera[0], 9);
  });

  /*    330  N  10
   *      \  |  /
   *       \ | /
   *         C     heading 350, HFOV 40: from 330 to 10 degrees, straddling north
   */
  it('straddles north for heading 350 with HFOV 40', () => {
    const arc = arcOf(cameraSectorPolygon(optics(350, 40))!.coordinates[0]);
    const bearings = arc.map((vertex) => bearing(camera, vertex));
    expect(bearings[0]).toBeCloseTo(-30, 6);
    expect(bearings[bearings.length - 1]).toBeCloseTo(10, 6);
    expect(arc.some((vertex) => vertex[0] < camera[0])).toBe(true);
    expect(arc.some((vertex) => vertex[0] > camera[0])).toBe(true);
    for (const vertex of arc) expect(vertex[1]).toBeGreaterThan(camera[1]);
  });

  it('points east for heading 90', () => {
    const arc = arcOf(cameraSectorPolygon(optics(90, 30))!.coordinates[0]);
    for (const vertex of arc) expect(vertex[0]).toBeGreaterThan(camera[0]);
  });

  it('puts every arc vertex at the detection range, geodesically (within 0.5 %)', () => {
    for (const heading of [0, 45, 135, 270]) {
      const arc = arcOf(cameraSectorPolygon(optics(heading, 90, 120))!.coordinates[0]);
      for (const vertex of arc) {
        const meters = distance(camera, vertex, { units: 'kilometers' }) * 1000;
        expect(Math.abs(meters - 120) / 120).toBeLessThan(0.005);
      }
    }
  });

  it('keeps vertices no more than the step apart and closes the ring', () => {
    const ring = cameraSectorPolygon(optics(10, 100), { maxStepDegrees: 5 })!.coordinates[0];
    expect(arcOf(ring).length).toBe(21);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('draws a full disc for a 360 degree camera', () => {
    const ring = cameraSectorPolygon(optics(0, 360, 50))!.coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring).not.toContainEqual(camera);
  });

  it('returns null without usable optics', () => {
    expect(cameraSectorPolygon(optics(0, 60, 0))).toBeNull();
    expect(cameraSectorPolygon(optics(0, 0))).toBeNull();
    expect(cameraSectorPolygon(optics(Number.NaN, 60))).toBeNull();
  });
});
