import { deviationFigures, outOfTolerance, type CameraSetting } from './deviations';

const tolerances = { headingDegrees: 5, tiltDegrees: 5, positionMeters: 3, mountHeightMeters: 0.5, blackSpotLossPoints: 2 };
const design: CameraSetting = { headingDegrees: 358, tiltDegrees: 10, mountHeightMeters: 6, modelId: 'm1' };

describe('acceptance deviations', () => {
  it('measures heading across north and signs tilt and height', () => {
    const figures = deviationFigures(design, { headingDegrees: 4, tiltDegrees: 12, mountHeightMeters: 5.2, modelId: 'm1' }, 1.5);
    expect(figures).toEqual({ headingDeviationDegrees: 6, tiltDeviationDegrees: 2, mountHeightDeviationMeters: expect.closeTo(-0.8, 9), positionDeviationMeters: 1.5, modelChanged: false });
    expect(outOfTolerance(figures, [], tolerances).map((d) => d.kind)).toEqual(['heading', 'mount_height']);
  });

  it('flags a black spot losing more than the tolerance, never one that gains, and a changed model', () => {
    const figures = deviationFigures(design, { ...design, modelId: 'm2' }, 0);
    const reasons = outOfTolerance(figures, [
      { blackSpotId: 'b', code: 'B', designFraction: 0.9, asBuiltFraction: 0.85 },
      { blackSpotId: 'a', code: 'A', designFraction: 0.5, asBuiltFraction: 0.9 },
      { blackSpotId: 'c', code: 'C', designFraction: 0.5, asBuiltFraction: 0.49 },
    ], tolerances);
    expect(reasons.map((d) => [d.kind, d.blackSpotId, d.value])).toEqual([['model', null, 1], ['black_spot', 'b', 5]]);
    expect(reasons[1].message).toMatch(/B loses 5 points/);
  });

  it('is empty within every tolerance (the limit itself included)', () => {
    expect(outOfTolerance(deviationFigures(design, { ...design, headingDegrees: 3 }, 3), [], tolerances)).toEqual([]);
  });
});
