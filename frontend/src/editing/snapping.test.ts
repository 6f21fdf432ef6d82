import { describe, expect, it } from 'vitest';
import { bearingDegrees, distanceMeters, placeCamera, snapLineEnds } from './snapping';

// 1e-4 degree of latitude is about 11.1 m.
const pole = (id: string, lon: number, lat: number) => ({ id, code: id.toUpperCase(), location: { coordinates: [lon, lat] } });

describe('snapping', () => {
  it('measures metres and bearings', () => {
    expect(distanceMeters([-4.98, 34.06], [-4.98, 34.0601])).toBeCloseTo(11.12, 1);
    expect(bearingDegrees([-4.98, 34.06], [-4.98, 34.07])).toBeCloseTo(0, 5);
    expect(bearingDegrees([-4.98, 34.06], [-4.97, 34.06])).toBeCloseTo(90, 1);
    expect(bearingDegrees([-4.98, 34.06], [-4.99, 34.06])).toBeCloseTo(270, 1);
  });

  it('puts a camera on the nearest pole within 15 m', () => {
    const placement = placeCamera([-4.98, 34.06], [pole('far', -4.98, 34.0602), pole('near', -4.98, 34.0601)]);
    expect(placement).toMatchObject({ mount: 'pole', poleId: 'near', poleCode: 'NEAR', location: [-4.98, 34.0601] });
  });

  it('makes a free (wall) mount beyond 15 m', () => {
    expect(placeCamera([-4.98, 34.06], [pole('p', -4.98, 34.0602)])).toEqual({ mount: 'free', location: [-4.98, 34.06] });
    expect(placeCamera([-4.98, 34.06], [])).toEqual({ mount: 'free', location: [-4.98, 34.06] });
  });

  it('snaps both ends of a drawn line and records the endpoints', () => {
    const candidates = [
      { kind: 'network_node' as const, id: 'n1', location: [-4.98, 34.06] },
      { kind: 'camera' as const, id: 'c1', location: [-4.97, 34.06] },
    ];
    const result = snapLineEnds([[-4.98005, 34.06], [-4.975, 34.061], [-4.97, 34.06005]], candidates);
    expect(result.from?.id).toBe('n1');
    expect(result.to?.id).toBe('c1');
    expect(result.path[0]).toEqual([-4.98, 34.06]);
    expect(result.path[2]).toEqual([-4.97, 34.06]);
    expect(result.path[1]).toEqual([-4.975, 34.061]);
    expect(snapLineEnds([[-4.9, 34.1], [-4.91, 34.1]], candidates)).toMatchObject({ from: null, to: null });
  });
});
