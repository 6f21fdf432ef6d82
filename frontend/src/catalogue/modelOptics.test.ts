import { describe, expect, it } from 'vitest';
import { lensOfModel, modelOptics } from './modelOptics';

const base = { kind: 'fixed_bullet', sensorWidthMm: 5.37, focalLengthMinMm: 4, focalLengthMaxMm: null, fixedHorizontalFieldOfViewDegrees: null, opticalZoom: null, horizontalPixels: 1920 };

describe('a catalogue entry\'s optics as typed', () => {
  it('gives the field of view and the DORI distances of a fixed lens', () => {
    const optics = modelOptics(base)!;
    // HFOV = 2 atan(5.37 / 8) = 67.7°; detection at 25 px/m: 1920 / 25 / (2 tan(33.87°)) = 57.2 m.
    expect(optics.widestDegrees).toBeCloseTo(67.73, 1);
    expect(optics.narrowestDegrees).toBeCloseTo(optics.widestDegrees, 9);
    expect(optics.dori.map((entry) => entry.level)).toEqual(['detection', 'observation', 'recognition', 'identification']);
    expect(optics.dori[0].wideMeters).toBeCloseTo(57.2, 0);
    expect(optics.dori[3].wideMeters).toBeCloseTo(optics.dori[0].wideMeters / 10, 6);
  });

  it('narrows with a varifocal lens and a PTZ zoom, reaching farther at the long end', () => {
    const varifocal = modelOptics({ ...base, focalLengthMaxMm: 12 })!;
    expect(varifocal.narrowestDegrees).toBeLessThan(varifocal.widestDegrees);
    expect(varifocal.dori[2].teleMeters).toBeGreaterThan(varifocal.dori[2].wideMeters * 2.5);
    const ptz = modelOptics({ ...base, kind: 'ptz', opticalZoom: 25 })!;
    expect(lensOfModel({ ...base, kind: 'ptz', opticalZoom: 25 })?.kind).toBe('optical_zoom');
    expect(ptz.dori[0].teleMeters / ptz.dori[0].wideMeters).toBeGreaterThan(20);
  });

  it('prefers a published field of view and waits for enough figures', () => {
    expect(modelOptics({ ...base, fixedHorizontalFieldOfViewDegrees: 90 })!.widestDegrees).toBe(90);
    expect(modelOptics({ ...base, focalLengthMinMm: null })).toBeNull();
    expect(modelOptics({ ...base, horizontalPixels: 0 })).toBeNull();
  });
});
