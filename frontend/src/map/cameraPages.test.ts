import { describe, expect, it } from 'vitest';
import { joinCameraPages, splitBbox, unknownModelIds } from './cameraPages';
import type { CameraListNode } from './layers/camerasQuery';

const listed = (id: string, modelId = 'm1'): CameraListNode => ({
  id, version: 1, code: id.toUpperCase(), name: null, status: 'planned', location: { type: 'Point', coordinates: [-4.97, 34.06] },
  headingDegrees: 0, tiltDegrees: 0, mountHeightMeters: 6, focalLengthMm: null, horizontalFieldOfViewDegrees: 60,
  detectionRangeMeters: 80, poleId: null, modelId,
});
const models = new Map([['m1', { id: 'm1', code: 'B4', name: 'Bullet 4MP', kind: 'fixed_bullet' as const }]]);

describe('camera pages', () => {
  it('cuts a bbox into bands of equal width that cover it exactly', () => {
    expect(splitBbox([-5, 34, -4.9, 34.1], 2)).toEqual([[-5, 34, -4.95, 34.1], [-4.95, 34, -4.9, 34.1]]);
    expect(splitBbox([-5, 34, -4.9, 34.1], 1)).toEqual([[-5, 34, -4.9, 34.1]]);
    const bands = splitBbox([0, 0, 1, 1], 3);
    expect(bands).toHaveLength(3);
    expect(bands[0][0]).toBe(0);
    expect(bands[2][2]).toBe(1);
    expect(bands[1][0]).toBe(bands[0][2]);
  });

  it('joins the pages of several bands, each camera once, with its catalogue model', () => {
    const cameras = joinCameraPages([[listed('a'), listed('b')], [listed('b'), listed('c', 'm2')]], models);
    expect(cameras.map((camera) => camera.id)).toEqual(['a', 'b', 'c']);
    expect(cameras[0].model).toEqual({ id: 'm1', code: 'B4', name: 'Bullet 4MP', kind: 'fixed_bullet' });
    // A model the catalogue read does not have: no model until it is read again.
    expect(cameras[2].model).toBeNull();
  });

  it('names the models the catalogue lacks, and keeps a model the server gave', () => {
    expect(unknownModelIds([[listed('a'), listed('c', 'm2')], [listed('d', 'm2')]], models)).toEqual(['m2']);
    const withModel = { ...listed('e', 'm3'), model: { id: 'm3', code: 'D', name: 'Dome', kind: 'fixed_dome' as const } };
    expect(unknownModelIds([[withModel]], models)).toEqual([]);
    expect(joinCameraPages([[withModel]], models)[0].model?.name).toBe('Dome');
  });
});
