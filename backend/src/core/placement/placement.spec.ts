import { CoreInputError } from '../core-input-error';
import type { PolygonRings } from '../geometry/planar';
import { regionToFlat } from '../geometry/flat-region';
import { computeCameraCoverageOn } from '../coverage/camera-coverage';
import { IEC_62676_4_DORI_LADDER } from '../optics/dori';
import { seededRandom } from '../seeded-random';
import { buildPlacementInstance, panoramaWindow, placementCamera } from './instance';
import { PlacementOptimiser } from './optimiser';
import { rasterizeRegion } from './raster';
import { solvePlacement } from './solve';
import type { PlacementModel, PlacementMount, PlacementProblem, PlacementTarget } from './types';

// One model for the hand-built scenes: 1080p over 90 degrees. Detection (25 px/m) reaches a slant of
// 1920 / (2 tan 45° x 25) = 38.4 m, i.e. 37.9 m on the ground from a 6 m pole; tilted 30 degrees the
// vertical view (58.7 degrees) starts 3.5 m from the pole. A 10 x 10 m square 15-25 m in front of a
// pole is therefore wholly detected by a camera facing it, and nothing 40 m away is.
const MODEL: PlacementModel = {
  id: 'bullet-90',
  lens: { kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: 90 },
  horizontalPixels: 1920,
  verticalPixels: 1080,
  price: 1000,
};

function square(minX: number, minY: number, maxX: number, maxY: number): PolygonRings {
  return [[{ x: minX, y: minY }, { x: maxX, y: minY }, { x: maxX, y: maxY }, { x: minX, y: maxY }]];
}

function target(id: string, polygon: PolygonRings, priority = 1): PlacementTarget {
  return { id, polygon, priority, requiredLevel: 'detection' };
}

function mount(id: string, x: number, y: number, costs: Partial<PlacementMount> = {}): PlacementMount {
  return { id, positionMeters: { x, y }, heightMeters: 6, kind: 'existing_pole', mountCost: 0, connectionCost: 0, ...costs };
}

function problem(overrides: Partial<PlacementProblem>): PlacementProblem {
  return { targets: [], buildings: [], mounts: [], models: [MODEL], existingCameras: [], tiltsDegrees: [30], cellSizeMeters: 1, refineHeadings: false, ...overrides };
}

const ids = (result: { proposals: { mountId: string }[] }) => result.proposals.map((proposal) => proposal.mountId).sort();

describe('placement optimiser on scenes whose optimum is known by hand', () => {
  it('counts an overlap once: the second camera goes where it adds, not where it would add most alone', async () => {
    //        M2 (0,40) facing south
    //   +-----+
    //   |  A  |  priority 3, 100 m²            +-----+
    //   +-----+                                |  B  |  priority 1, 100 m²
    //        M1 (0,0) facing north             +-----+
    //                                               M3 (100,0) facing north
    // Alone, M1 and M2 each add 300, M3 adds 100; with two cameras the optimum is A + B = 400
    // (M1 or M2, and M3), not M1 + M2 (A counted twice would claim 600).
    const result = await solvePlacement(
      problem({
        targets: [target('A', square(-5, 15, 5, 25), 3), target('B', square(95, 15, 105, 25), 1)],
        mounts: [mount('M1', 0, 0), mount('M2', 0, 40), mount('M3', 100, 0)],
        maxCameras: 2,
      }),
    );
    expect(result.proposals).toHaveLength(2);
    expect(ids(result)).toContain('M3');
    expect(result.objectiveBefore).toBe(0);
    expect(result.objectiveAfter).toBeCloseTo(400, 6);
    expect(result.objectiveTotal).toBeCloseTo(400, 6);
    expect(result.targets.map((entry) => entry.coveredFractionAfter)).toEqual([1, 1]);
    expect(result.stoppedReason).toBe('max_cameras');
    const onB = result.proposals.find((proposal) => proposal.mountId === 'M3');
    expect(onB?.headingDegrees).toBe(0);
    expect(onB?.gains).toEqual([{ targetId: 'B', exclusiveSquareMeters: 100, coveredSquareMeters: 100 }]);
    expect(onB?.explanation).toContain('B (100 m²)');
    // The drawn coverage is the engine's region at the proposal's heading: it contains B's centre.
    expect(onB?.coverage.map((entry) => entry.level)).toEqual(['detection']);
  });

  it('keeps to the budget: a cheaper model makes both spots fit', async () => {
    //   +--+   A: 100 m²                                   +----------+
    //   |A |                                              |    C     |  300 m²
    //   +--+                                              +----------+
    //    MA (0,0): no mount cost                           MC (100,0): pole 600 + fiber/power 400
    // Models: 1000 MAD and a 500 MAD one with the same optics. Budget 2000: with the dear model only C
    // fits (2000); with the cheap one C costs 1500 and A 500: 400 in all, spending exactly 2000.
    const cheap: PlacementModel = { ...MODEL, id: 'cheap', price: 500 };
    const result = await solvePlacement(
      problem({
        models: [cheap, MODEL],
        targets: [target('A', square(-5, 15, 5, 25)), target('C', square(90, 12, 110, 27))],
        mounts: [mount('MA', 0, 0), mount('MC', 100, 0, { mountCost: 600, connectionCost: 400, kind: 'new_pole' })],
        budget: 2000,
      }),
    );
    expect(result.objectiveAfter).toBeCloseTo(400, 6);
    expect(result.spent).toBe(2000);
    expect(result.stoppedReason).toBe('no_gain');
    const onC = result.proposals.find((proposal) => proposal.mountId === 'MC');
    expect(onC?.cost).toEqual({ camera: 500, mount: 600, connection: 400, total: 1500 });
  });

  it('keeps to the budget when only one of the two fits, even if the other gives more per MAD', async () => {
    // As above with only a 500 MAD camera and a dearer pole at MC: A costs 500 (0.2 m² per MAD), C costs
    // 500 + 1100 + 400 = 2000 (0.15 per MAD). Budget 2000: best ratio first takes A and can then not
    // afford C (100); the optimum is C alone (300), which the plain-gain pass and the swaps find.
    const result = await solvePlacement(
      problem({
        models: [{ ...MODEL, price: 500 }],
        targets: [target('A', square(-5, 15, 5, 25)), target('C', square(90, 12, 110, 27))],
        mounts: [mount('MA', 0, 0), mount('MC', 100, 0, { mountCost: 1100, connectionCost: 400, kind: 'new_pole' })],
        budget: 2000,
      }),
    );
    expect(ids(result)).toEqual(['MC']);
    expect(result.objectiveAfter).toBeCloseTo(300, 6);
    expect(result.spent).toBe(2000);
    expect(result.stoppedReason).toBe('budget');
    expect(result.proposals[0].cost).toEqual({ camera: 500, mount: 1100, connection: 400, total: 2000 });
    expect(result.targets.map((entry) => entry.coveredFractionAfter)).toEqual([0, 1]);
  });

  it('does not look through a building: the clear but dearer mount wins', async () => {
    //        M2 (0,40) facing south, pole + connection 3000 MAD
    //   +-----+
    //   |  A  |
    //   +-----+
    //   ####### building 12 m high (the camera is at 6 m): A is in its shadow from M1
    //        M1 (0,0) facing north, free
    const scene = problem({
      targets: [target('A', square(-5, 15, 5, 25))],
      buildings: [{ id: 'wall', polygon: square(-20, 6, 20, 10), heightMeters: 12 }],
      mounts: [mount('M1', 0, 0), mount('M2', 0, 40, { mountCost: 2000, connectionCost: 1000 })],
      maxCameras: 1,
    });
    const result = await solvePlacement(scene);
    expect(ids(result)).toEqual(['M2']);
    expect(result.objectiveAfter).toBeCloseTo(100, 6);
    const instance = await buildPlacementInstance(scene);
    for (let candidate = 0; candidate < instance.candidateCount; candidate++) expect(instance.candidateMount[candidate]).toBe(1);
    // Without the building M1 (free) is as good and cheaper per gain: it is chosen.
    const open = await solvePlacement({ ...scene, buildings: [], budget: 10_000 });
    expect(open.proposals[0].mountId).toBe('M1');
  });

  it('counts the existing cameras: a spot already covered gets nothing more', async () => {
    const scene = problem({
      targets: [target('A', square(-5, 15, 5, 25), 3), target('B', square(95, 15, 105, 25), 1)],
      mounts: [mount('M1', 0, 0), mount('M3', 100, 0)],
      existingCameras: [
        { id: 'cam-1', positionMeters: { x: 0, y: 40 }, mountHeightMeters: 6, headingDegrees: 180, tiltDegrees: 30, horizontalFieldOfViewDegrees: 90, horizontalPixels: 1920, verticalPixels: 1080 },
      ],
      maxCameras: 5,
    });
    const result = await solvePlacement(scene);
    expect(ids(result)).toEqual(['M3']);
    expect(result.objectiveBefore).toBeCloseTo(300, 6);
    expect(result.objectiveAfter).toBeCloseTo(400, 6);
    expect(result.targets.map((entry) => [entry.coveredFractionBefore, entry.coveredFractionAfter])).toEqual([[1, 1], [0, 1]]);
    expect(result.stoppedReason).toBe('no_gain');
  });

  it('puts two cameras on one mount when it allows two, paying the pole once', async () => {
    //   +-----+  A (north)
    //      M (capacity 2, pole 2000)
    //   +-----+  B (south)
    const result = await solvePlacement(
      problem({
        targets: [target('A', square(-5, 15, 5, 25)), target('B', square(-5, -25, 5, -15))],
        mounts: [mount('M', 0, 0, { capacity: 2, mountCost: 2000, kind: 'new_pole' })],
        budget: 4000,
      }),
    );
    expect(result.proposals).toHaveLength(2);
    expect(result.targets.map((entry) => entry.coveredFractionAfter)).toEqual([1, 1]);
    expect(result.spent).toBe(4000);
    expect(result.proposals.map((proposal) => proposal.cost.mount).sort()).toEqual([0, 2000]);
    const single = await solvePlacement(
      problem({ targets: [target('A', square(-5, 15, 5, 25)), target('B', square(-5, -25, 5, -15))], mounts: [mount('M', 0, 0)], budget: 4000 }),
    );
    expect(single.proposals).toHaveLength(1);
  });

  it('shares the budget out between parts of the city: a dear pole whose second camera is cheap is worth it', async () => {
    //   +-----+ A 130            +-----+ B1 120             +-----+ C 130
    //      MA (free)                MB (pole 3000,              MC (pole 1500)
    //                                   capacity 2)
    //                            +-----+ B2 120
    // Cameras 1000 MAD, budget 6000. By gain per MAD (and by gain alone) A then C come first
    // (130/1000, 130/2500), after which B1's 4000 no longer fits: 260. Swaps and drop-and-refill
    // keep that (C is always refilled before B1). The optimum is A + B1 + B2 = 370 for 6000: B's
    // second camera costs 1000 once the pole is paid, which only a view of B's whole run shows.
    const result = await solvePlacement(
      problem({
        targets: [
          target('A', square(-5, 15, 5, 25), 1.3),
          target('B1', square(195, 15, 205, 25), 1.2),
          target('B2', square(195, -25, 205, -15), 1.2),
          target('C', square(395, 15, 405, 25), 1.3),
        ],
        mounts: [mount('MA', 0, 0), mount('MB', 200, 0, { capacity: 2, mountCost: 3000, kind: 'new_pole' }), mount('MC', 400, 0, { mountCost: 1500, kind: 'new_pole' })],
        budget: 6000,
      }),
    );
    expect(result.objectiveAfter).toBeCloseTo(370, 6);
    expect(ids(result)).toEqual(['MA', 'MB', 'MB']);
    expect(result.spent).toBe(6000);
  });

  it('serves a night target only within the infrared range', async () => {
    // A (night): the square 15-25 m north of M. The model's IR reaches 20 m: only the cells whose
    // centre is within 20 m of the pole count (counted below cell by cell); without IR, nothing.
    let within = 0;
    for (let x = -4.5; x < 5; x++) for (let y = 15.5; y < 25; y++) if (Math.hypot(x, y) <= 20) within++;
    expect(within).toBeGreaterThan(20);
    expect(within).toBeLessThan(60);
    const night: PlacementTarget = { ...target('A', square(-5, 15, 5, 25)), night: true };
    const withIr = await solvePlacement(problem({ targets: [night], mounts: [mount('M', 0, 0)], models: [{ ...MODEL, irRangeMeters: 20 }], maxCameras: 1 }));
    expect(withIr.targets[0].coveredFractionAfter).toBeCloseTo(within / 100, 9);
    const withoutIr = await solvePlacement(problem({ targets: [night], mounts: [mount('M', 0, 0)], maxCameras: 1 }));
    expect(withoutIr.proposals).toEqual([]);
    expect(withoutIr.stoppedReason).toBe('no_gain');
  });

  it('keeps a wall mount to the headings it allows', async () => {
    //   +-----+ A (north of W)
    //      W  wall facing south: headings 90..270 only
    //   +-----+ B (south of W, priority 1 against A's 5)
    const result = await solvePlacement(
      problem({
        targets: [target('A', square(-5, 15, 5, 25), 5), target('B', square(-5, -25, 5, -15), 1)],
        mounts: [mount('W', 0, 0, { kind: 'wall', headingRange: { fromDegrees: 90, toDegrees: 270 } })],
        maxCameras: 1,
        refineHeadings: true,
      }),
    );
    expect(result.proposals).toHaveLength(1);
    expect(result.proposals[0].headingDegrees).toBeGreaterThanOrEqual(90);
    expect(result.proposals[0].headingDegrees).toBeLessThanOrEqual(270);
    expect(result.targets.map((entry) => entry.coveredFractionAfter)).toEqual([0, 1]);
  });

  it('stops when cancelled and says so', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await solvePlacement(problem({ targets: [target('A', square(-5, 15, 5, 25))], mounts: [mount('M1', 0, 0)], maxCameras: 1 }), {
      signal: controller.signal,
    });
    expect(result.stoppedReason).toBe('cancelled');
    expect(result.proposals).toEqual([]);
    // Cancelled from the progress callback during a longer run: it stops before computing every candidate.
    const random = seededRandom(7);
    const mounts = Array.from({ length: 400 }, (_, index) => mount(`M${index}`, random() * 400, random() * 400));
    const targets = Array.from({ length: 30 }, (_, index) => {
      const x = random() * 380;
      const y = random() * 380;
      return target(`T${index}`, square(x, y, x + 20, y + 20));
    });
    const running = new AbortController();
    const phases: string[] = [];
    const cancelled = await solvePlacement(problem({ targets, mounts, maxCameras: 10, tiltsDegrees: [10, 20, 30, 40] }), {
      signal: running.signal,
      onProgress: (progress) => {
        phases.push(progress.phase);
        running.abort();
      },
    });
    expect(phases[0]).toBe('coverage');
    expect(cancelled.stoppedReason).toBe('cancelled');
    expect(cancelled.statistics.candidates).toBeLessThan(400 * 16);
  });

  it('refuses a problem without budget or camera limit, or with a NaN', async () => {
    await expect(solvePlacement(problem({ targets: [target('A', square(0, 0, 1, 1))] }))).rejects.toBeInstanceOf(CoreInputError);
    await expect(solvePlacement(problem({ maxCameras: 1, mounts: [mount('M', NaN, 0)] }))).rejects.toBeInstanceOf(CoreInputError);
    await expect(solvePlacement(problem({ maxCameras: 1, targets: [target('A', square(0, 0, 1, 1), 0)] }))).rejects.toBeInstanceOf(CoreInputError);
  });
});

describe('candidates from the coverage engine', () => {
  it('a heading window of the 360-degree sweep holds the cells of the engine region at that heading', async () => {
    const random = seededRandom(11);
    const buildings = Array.from({ length: 25 }, (_, index) => {
      const x = random() * 100 - 50;
      const y = random() * 100 - 50;
      return { id: `b${index}`, polygon: square(x, y, x + 4 + random() * 8, y + 4 + random() * 8), heightMeters: 3 + random() * 12 };
    }).filter((building) => Math.hypot(building.polygon[0][0].x, building.polygon[0][0].y) > 12);
    const scene = problem({ targets: [target('T', square(-40, -40, 40, 40))], buildings, mounts: [mount('M', 0, 0)], maxCameras: 1, tiltsDegrees: [20] });
    const instance = await buildPlacementInstance(scene);
    const [panorama] = instance.panoramas;
    const window = new Int32Array(panorama.elements.length);
    const raster = instance.targets[0];
    let compared = 0;
    for (const heading of [0, 67.5, 135, 200, 292.5]) {
      const count = panoramaWindow(panorama, heading, window);
      const fromWindow = new Set(window.subarray(0, count));
      const camera = placementCamera('check', scene.mounts[0], MODEL, {}, 20, heading, 90);
      const coverage = computeCameraCoverageOn(camera, instance.obstacles.flat, IEC_62676_4_DORI_LADDER);
      const region = coverage.levels[0].flat ?? regionToFlat(coverage.levels[0].region);
      const fromEngine = new Set<number>();
      rasterizeRegion(region, raster.window, (column, row) => {
        const element = raster.cells[row * raster.window.columns + column];
        if (element >= 0) fromEngine.add(element);
      });
      // Cells whose centre lies exactly on a sector edge ray (the lattice's diagonals at 45 degrees
      // off a heading of 0) are on the boundary of both; any other difference is a real disagreement.
      const bearingOffEdge = (element: number) => {
        const cell = raster.cells.indexOf(element);
        const x = raster.window.originX + (raster.window.column0 + (cell % raster.window.columns) + 0.5) * raster.window.cellSize - panorama.originMeters.x;
        const y = raster.window.originY + (raster.window.row0 + Math.floor(cell / raster.window.columns) + 0.5) * raster.window.cellSize - panorama.originMeters.y;
        const bearing = (Math.atan2(x, y) * 180) / Math.PI;
        return Math.min(...[heading - 45, heading + 45].map((edge) => Math.abs((((bearing - edge) % 360) + 540) % 360 - 180)));
      };
      const differing = [...fromEngine].filter((element) => !fromWindow.has(element)).concat([...fromWindow].filter((element) => !fromEngine.has(element)));
      expect(differing.filter((element) => bearingOffEdge(element) > 1e-6)).toEqual([]);
      expect(differing.length).toBeLessThanOrEqual(0.03 * fromEngine.size);
      expect(fromEngine.size).toBeGreaterThan(50);
      compared += fromEngine.size;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('finds the exact optimum of a small random scene (checked by trying every pair)', async () => {
    const random = seededRandom(3);
    const targets = Array.from({ length: 6 }, (_, index) => {
      const x = random() * 120;
      const y = random() * 120;
      return target(`T${index}`, square(x, y, x + 8 + random() * 10, y + 8 + random() * 10), 1 + Math.floor(random() * 5));
    });
    const mounts = Array.from({ length: 12 }, (_, index) => mount(`M${index}`, random() * 140 - 10, random() * 140 - 10));
    const scene = problem({ targets, mounts, maxCameras: 2, cellSizeMeters: 2 });
    const instance = await buildPlacementInstance(scene);
    let best = 0;
    const covered = (candidates: number[]) => {
      const set = new Set<number>();
      for (const candidate of candidates) for (let index = instance.candidateStart[candidate]; index < instance.candidateStart[candidate + 1]; index++) set.add(instance.candidateElements[index]);
      let total = 0;
      for (const element of set) total += instance.weights[element];
      return total;
    };
    for (let first = 0; first < instance.candidateCount; first++) {
      for (let second = first + 1; second < instance.candidateCount; second++) {
        if (instance.candidateMount[first] === instance.candidateMount[second]) continue;
        best = Math.max(best, covered([first, second]));
      }
    }
    expect(instance.candidateCount).toBeGreaterThan(20);
    const outcome = await new PlacementOptimiser(instance, { maxCameras: 2, headingStepDegrees: 22.5, tiltsDegrees: [30], refineHeadings: false }).run();
    expect(outcome.objective).toBeCloseTo(best, 6);
  });
});
