import { CoreInputError } from '../core-input-error';
import { distanceToSegment, isPointInRegion } from '../geometry/planar';
import { newBuilding, newScene } from '../../../../test/support/core/scene-factories';
import { computeCameraCoverage, computePtzPresetCoverages, computePtzReachableCoverage, levelRegion } from './camera-coverage';
import { newCamera, newPtzCamera } from '../../../../test/support/core/coverage-factories';

function level(coverage: ReturnType<typeof computeCameraCoverage>, name: string) {
  const found = levelRegion(coverage, name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe('DORI levels of a fixed camera', () => {
  //   C -----> heading 90, 1080p over 90 degrees, 6 m pole tilted 15 degrees
  //   |<blind>|== identification ==|== recognition ==|==== observation ====|====== detection ======|
  const coverage = computeCameraCoverage(newCamera(), newScene());

  it('gives one band per level, finer levels closer to the camera', () => {
    const fars = coverage.levels.map((entry) => entry.band?.farMeters ?? 0);
    expect(coverage.levels.map((entry) => entry.level)).toEqual(['detection', 'observation', 'recognition', 'identification']);
    expect(fars[0]).toBeCloseTo(Math.sqrt(38.4 ** 2 - 36), 6);
    expect([...fars].sort((a, b) => b - a)).toEqual(fars);
  });

  it('nests the regions: identification within recognition within observation within detection', () => {
    for (let index = 1; index < coverage.levels.length; index++) {
      expect(coverage.levels[index].areaSquareMeters).toBeLessThanOrEqual(coverage.levels[index - 1].areaSquareMeters + 1e-6);
    }
    // On a 4 m pole a face 2.7 m away is identifiable (its plane is nearer the lens than the feet), so
    // the point also counts as detected although the feet are in the ground blind zone there.
    const low = computeCameraCoverage(newCamera({ mountHeightMeters: 4 }), newScene());
    const identification = level(low, 'identification');
    const detection = level(low, 'detection');
    expect(identification.band!.farMeters).toBeLessThan(detection.band!.nearMeters);
    const nearFace = { x: (identification.band!.nearMeters + identification.band!.farMeters) / 2, y: 0 };
    expect(isPointInRegion(identification.region, nearFace.x, nearFace.y)).toBe(true);
    expect(isPointInRegion(detection.region, nearFace.x, nearFace.y)).toBe(true);
  });

  it('removes the near blind zone', () => {
    const detection = level(coverage, 'detection');
    expect(isPointInRegion(detection.region, 0.5, 0)).toBe(false);
    expect(isPointInRegion(detection.region, 20, 0)).toBe(true);
  });

  it('returns an empty identification level with its reason for a camera high on a pole', () => {
    const high = computeCameraCoverage(newCamera({ mountHeightMeters: 12, tiltDegrees: 30 }), newScene());
    const identification = level(high, 'identification');
    expect(identification.band).toBeNull();
    expect(identification.reason).toBe('density_needs_distance_below_mount_height');
    expect(identification.region).toEqual([]);
    expect(level(high, 'detection').areaSquareMeters).toBeGreaterThan(0);
  });

  it('clips every level by buildings, using each level\'s target plane', () => {
    //   lens 4 m  C ---> [1.5 m wall]      [1.5 m wall]
    //             0      4                 9           feet hidden to 14.9 m behind the second wall,
    //   faces (1.7 m) are never hidden by 1.5 m walls
    const scene = newScene(newBuilding([4, -3], [4.3, 3], 1.5), newBuilding([9, -3], [9.3, 3], 1.5));
    const withWalls = computeCameraCoverage(newCamera({ mountHeightMeters: 4, tiltDegrees: 10 }), scene);
    const recognition = level(withWalls, 'recognition');
    const detection = level(withWalls, 'detection');
    expect(isPointInRegion(recognition.region, 6, 0)).toBe(true);
    // Ground shadow of the second wall ends at 9.3 * 4 / (4 - 1.5) = 14.9 m.
    expect(isPointInRegion(detection.region, 12, 0)).toBe(false);
    expect(isPointInRegion(detection.region, 15.2, 0)).toBe(true);
    // Nested: where a face is recognisable the person counts as detected, though their feet are hidden.
    expect(isPointInRegion(detection.region, 6, 0)).toBe(true);
  });
});

describe('PTZ cameras', () => {
  it('reach a full disc over a continuous pan range', () => {
    const coverage = computePtzReachableCoverage(newPtzCamera(), 1, newScene());
    const detection = level(coverage, 'detection');
    const far = detection.band!.farMeters;
    expect(detection.band!.nearMeters).toBe(0);
    expect(Math.abs(detection.areaSquareMeters - Math.PI * far * far) / (Math.PI * far * far)).toBeLessThan(0.001);
  });

  it('zooming in pushes the reach further out', () => {
    const wide = level(computePtzReachableCoverage(newPtzCamera(), 1, newScene()), 'identification').band!.farMeters;
    const tele = level(computePtzReachableCoverage(newPtzCamera(), 10, newScene()), 'identification').band!.farMeters;
    expect(tele).toBeGreaterThan(wide * 5);
  });

  it('a limited pan range sweeps pan range + HFOV', () => {
    //   pan 90 degrees around north with a 60 degree lens: bearings 285..75
    const coverage = computePtzReachableCoverage(newPtzCamera({ panRangeDegrees: 90 }), 1, newScene());
    const detection = level(coverage, 'detection');
    const far = detection.band!.farMeters;
    expect(detection.areaSquareMeters).toBeCloseTo((Math.PI * far * far * 150) / 360, -1);
    expect(isPointInRegion(detection.region, 0, -5)).toBe(false);
  });

  it('each preset is a fixed view at its heading, zoom and tilt', () => {
    const camera = newPtzCamera({
      presets: [
        { name: 'market', headingDegrees: 90, zoomFactor: 1, tiltDegrees: 20 },
        { name: 'gate', headingDegrees: 270, zoomFactor: 4, tiltDegrees: 5 },
      ],
    });
    const presets = computePtzPresetCoverages(camera, newScene());
    expect(presets.map((preset) => preset.presetName)).toEqual(['market', 'gate']);
    const market = level(presets[0].coverage, 'detection');
    const gate = level(presets[1].coverage, 'detection');
    expect(isPointInRegion(market.region, 20, 0)).toBe(true);
    expect(isPointInRegion(market.region, -20, 0)).toBe(false);
    expect(isPointInRegion(gate.region, -60, 0)).toBe(true);
  });
});

describe('arcs of a camera whose coverage is a few square metres', () => {
  //   3 m pole, tilted 45 degrees, 40 degree lens, detection only:
  //   C |<-- blind zone, 1.98 m -->|=== seen, to 4.55 m ===|   an annular sector of ~5.8 m^2
  // The blind zone's arc is drawn with tangent segments and the far arc with inscribed chords, both
  // within 1 mm of the circle: the region never claims ground inside the blind zone or past the range.
  const ladder = [{ level: 'detection', pixelsPerMeter: 25, targetHeightMeters: 0 }] as const;
  const camera = newCamera({ mountHeightMeters: 3, tiltDegrees: 45, horizontalFieldOfViewDegrees: 40 });
  const [detection] = computeCameraCoverage(camera, newScene(), ladder).levels;
  const { nearMeters, farMeters } = detection.band!;
  const opening = (40 * Math.PI) / 180;
  const exactArea = (opening / 2) * (farMeters ** 2 - nearMeters ** 2);

  it('is a small annular sector', () => {
    expect(exactArea).toBeGreaterThan(3);
    expect(exactArea).toBeLessThan(10);
  });

  it('keeps every edge out of the blind zone and within the range', () => {
    const ring = detection.region[0];
    let nearest = Infinity;
    let farthest = 0;
    ring.forEach((a, index) => {
      const b = ring[(index + 1) % ring.length];
      farthest = Math.max(farthest, Math.hypot(a.x, a.y));
      nearest = Math.min(nearest, distanceToSegment(0, 0, a, b));
    });
    expect(detection.region).toHaveLength(1);
    expect(nearest).toBeGreaterThanOrEqual(nearMeters - 1e-9);
    expect(farthest).toBeLessThanOrEqual(farMeters + 1e-9);
  });

  it('has the analytic area, less at most 1 mm along its arcs', () => {
    const arcLength = opening * (nearMeters + farMeters);
    expect(detection.areaSquareMeters).toBeLessThanOrEqual(exactArea);
    expect(exactArea - detection.areaSquareMeters).toBeLessThan(0.001 * arcLength);
  });
});

describe('numbers that are not numbers', () => {
  it.each([
    ['heading', { headingDegrees: NaN }],
    ['tilt', { tiltDegrees: Infinity }],
    ['position', { positionMeters: { x: 0, y: NaN } }],
    ['field of view', { horizontalFieldOfViewDegrees: NaN }],
  ])('refuses a NaN or infinite %s instead of returning empty regions', (_name, overrides) => {
    expect(() => computeCameraCoverage(newCamera(overrides), newScene())).toThrow(CoreInputError);
  });

  it('names the camera and the field', () => {
    expect(() => computeCameraCoverage(newCamera({ id: 'cam-7', headingDegrees: NaN }), newScene())).toThrow('camera cam-7 headingDegrees must be a finite number (got NaN).');
  });
});
