import { describe, expect, it } from 'vitest';
import type { CameraNode } from '../map/layers/camerasQuery';
import { changedFields, draftOf, rebaseDraft } from './CameraEditor';

const camera: CameraNode = {
  id: 'c1', version: 1, code: 'CAM-PTZ', name: 'Bab Boujloud', status: 'planned', location: { type: 'Point', coordinates: [-4.98, 34.06] },
  headingDegrees: 90, tiltDegrees: 10, mountHeightMeters: 8, focalLengthMm: null, horizontalFieldOfViewDegrees: 60, detectionRangeMeters: 120,
  poleId: null, model: { id: 'ptz', code: 'PTZ', name: 'PTZ 30x', kind: 'ptz' },
};

describe('camera draft', () => {
  it('keeps a heading typed and not applied when a PTZ preset is saved (a new version of the camera)', () => {
    const typed = { ...draftOf(camera), headingDegrees: 135 };
    const afterPreset = { ...camera, version: 2 };
    const rebased = rebaseDraft(typed, camera, afterPreset);
    expect(rebased.headingDegrees).toBe(135);
    expect(changedFields(afterPreset, rebased)).toEqual({ headingDegrees: 135 });
  });

  it('takes the new stored values of the fields the user did not touch', () => {
    const typed = { ...draftOf(camera), name: 'Bab Boujloud north' };
    const changedElsewhere = { ...camera, version: 3, tiltDegrees: 25, status: 'approved' as const };
    expect(rebaseDraft(typed, camera, changedElsewhere)).toEqual({ ...draftOf(changedElsewhere), name: 'Bab Boujloud north' });
  });

  it('is clean again once the typed values are applied', () => {
    const typed = { ...draftOf(camera), headingDegrees: 135, tiltDegrees: 5 };
    const applied = { ...camera, version: 2, headingDegrees: 135, tiltDegrees: 5 };
    expect(changedFields(applied, rebaseDraft(typed, camera, applied))).toEqual({});
  });
});
