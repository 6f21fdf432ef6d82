import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { geodesicDestination } from './destination';

describe('geodesicDestination', () => {
  it('gives the point turf destination gives', () => {
    for (const [origin, meters, bearing] of [
      [[-4.9745, 34.0622], 80, 0], [[-4.9745, 34.0622], 250, 135], [[-4.99, 34.04], 1200, -170], [[11.58, 48.14], 35.5, 359.9], [[0, 0], 1, 90],
    ] as Array<[[number, number], number, number]>) {
      const expected = destination(origin, meters / 1000, bearing, { units: 'kilometers' }).geometry.coordinates;
      const [longitude, latitude] = geodesicDestination(origin, meters, bearing);
      expect(longitude).toBeCloseTo(expected[0], 12);
      expect(latitude).toBeCloseTo(expected[1], 12);
    }
  });
});
