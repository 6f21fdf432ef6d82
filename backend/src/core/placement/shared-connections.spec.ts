import { CoreInputError } from '../core-input-error';
import type { PolygonRings } from '../geometry/planar';
import { solvePlacement } from './solve';
import type { PlacementConnectionOption, PlacementModel, PlacementMount, PlacementProblem } from './types';

// The model of placement.spec.ts: 1080p over 90 degrees on a 6 m pole, tilted 30 degrees: a 10 x 10 m
// square 15-25 m in front of a pole is wholly detected by a camera facing it, one 100 m away is not.
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

const port = (switchId: string) => ({ resourceId: `port:${switchId}`, amount: 1 });
const watts = (sourceId: string, amount: number) => ({ resourceId: `watts:${sourceId}`, amount });

function pole(id: string, x: number, connectionOptions: PlacementConnectionOption[]): PlacementMount {
  return { id, positionMeters: { x, y: 0 }, heightMeters: 6, kind: 'existing_pole', mountCost: 0, connectionCost: 0, connectionOptions };
}

//   +-----+  A: priority 3, 100 m²                 +-----+  B: priority 1, 100 m²
//   |  A  |                                        |  B  |
//   +-----+                                        +-----+
//     MA (0,0) ─── 1,000 ───[S]─── 1,000 ───  MB (100,0)
//      └────────── 4,000 ───[T]─── 2,000 ──────────┘
// S is a switch with ONE free port left, T a switch with plenty. Cameras cost 1,000 MAD.
// Priced on their own, both poles would take S: 2 x (1,000 + 1,000) = 4,000 MAD. They cannot both:
// whoever comes second goes to T. The optimum by hand: MA on S (2,000) and MB on T (3,000) = 5,000;
// the other way round (MA on T 5,000, MB on S 2,000) costs 7,000.
function scene(overrides: Partial<PlacementProblem> = {}): PlacementProblem {
  return {
    targets: [
      { id: 'A', polygon: square(-5, 15, 5, 25), priority: 3, requiredLevel: 'detection' },
      { id: 'B', polygon: square(95, 15, 105, 25), priority: 1, requiredLevel: 'detection' },
    ],
    buildings: [],
    mounts: [
      pole('MA', 0, [{ cost: 1000, uses: [port('S')] }, { cost: 4000, uses: [port('T')] }]),
      pole('MB', 100, [{ cost: 1000, uses: [port('S')] }, { cost: 2000, uses: [port('T')] }]),
    ],
    resources: [{ id: 'port:S', capacity: 1 }, { id: 'port:T', capacity: 8 }],
    models: [MODEL],
    existingCameras: [],
    tiltsDegrees: [30],
    cellSizeMeters: 1,
    refineHeadings: false,
    ...overrides,
  };
}

const byMount = (result: Awaited<ReturnType<typeof solvePlacement>>) => Object.fromEntries(result.proposals.map((proposal) => [proposal.mountId, proposal]));

describe('placement optimiser: connections share the last free port or watts', () => {
  it("gives the switch's last free port to one proposal and prices the next against what is left", async () => {
    const result = await solvePlacement(scene({ budget: 5000 }));
    const proposals = byMount(result);
    expect(Object.keys(proposals).sort()).toEqual(['MA', 'MB']);
    expect(proposals.MA.connectionOption).toBe(0);
    expect(proposals.MA.cost).toEqual({ camera: 1000, mount: 0, connection: 1000, total: 2000 });
    expect(proposals.MB.connectionOption).toBe(1);
    expect(proposals.MB.cost).toEqual({ camera: 1000, mount: 0, connection: 2000, total: 3000 });
    expect(result.spent).toBe(5000);
    expect(result.objectiveAfter).toBeCloseTo(400, 6);
  });

  it('does not count on a port twice: 4,500 MAD buys one camera, not the two that separate prices would allow', async () => {
    const result = await solvePlacement(scene({ budget: 4500 }));
    expect(result.proposals.map((proposal) => proposal.mountId)).toEqual(['MA']);
    expect(result.spent).toBe(2000);
    expect(result.objectiveAfter).toBeCloseTo(300, 6);
    // With two free ports at S both take it, for 4,000 MAD: the limit was the port, not the budget.
    const roomy = await solvePlacement(scene({ budget: 4500, resources: [{ id: 'port:S', capacity: 2 }, { id: 'port:T', capacity: 8 }] }));
    expect(roomy.proposals.map((proposal) => proposal.cost.connection).sort()).toEqual([1000, 1000]);
    expect(roomy.spent).toBe(4000);
  });

  it("counts a power source's spare watts: the second pole goes to the dearer source", async () => {
    // Ports are free everywhere; P1 (near both) has 12 W spare, the cameras draw 10 W: one pole only.
    // P2 is farther: MA 3,000 MAD, MB 1,500 MAD. The optimum: MA on P1 (1,500 in all) and MB on P2 (2,500).
    const mounts = [
      pole('MA', 0, [{ cost: 500, uses: [port('S'), watts('P1', 10)] }, { cost: 3000, uses: [port('S'), watts('P2', 10)] }]),
      pole('MB', 100, [{ cost: 500, uses: [port('S'), watts('P1', 10)] }, { cost: 1500, uses: [port('S'), watts('P2', 10)] }]),
    ].map((mount) => ({ ...mount }));
    const resources = [{ id: 'port:S', capacity: 8 }, { id: 'watts:P1', capacity: 12 }, { id: 'watts:P2', capacity: 500 }];
    const models = [{ ...MODEL, price: 1000 }];
    const result = await solvePlacement(scene({ mounts, resources, models, budget: 4000 }));
    const proposals = byMount(result);
    expect(proposals.MA.cost.connection).toBe(500);
    expect(proposals.MB.cost.connection).toBe(1500);
    expect(result.spent).toBe(4000);
    // When both can only reach P1, one of them only can be connected, whatever the budget: MA (300 against 100).
    const only = (id: string, x: number) => pole(id, x, [{ cost: 500, uses: [watts('P1', 10)] }]);
    const starved = await solvePlacement(scene({ mounts: [only('MA', 0), only('MB', 100)], resources, models, budget: 100_000 }));
    expect(starved.proposals.map((proposal) => proposal.mountId)).toEqual(['MA']);
    expect(starved.stoppedReason).toBe('no_gain');
  });

  it("counts each camera's watts: a second camera on a pole needs its source to have room for it too", async () => {
    //   +-----+  A (north)
    //      MA (capacity 2), powered from P1 (the cameras draw 10 W each)
    //   +-----+  A2 (south)
    // With 12 W spare at P1 only one camera can go on MA, whatever the budget; with 25 W both.
    const perCamera = { ...watts('P1', 10), perCamera: true };
    const problem = (spare: number) =>
      scene({
        targets: [scene().targets[0], { id: 'A2', polygon: square(-5, -25, 5, -15), priority: 1, requiredLevel: 'detection' }],
        mounts: [{ ...pole('MA', 0, [{ cost: 500, uses: [port('S'), perCamera] }]), capacity: 2 }],
        resources: [{ id: 'port:S', capacity: 1 }, { id: 'watts:P1', capacity: spare }],
        budget: 100_000,
      });
    const tight = await solvePlacement(problem(12));
    expect(tight.proposals.map((proposal) => proposal.mountId)).toEqual(['MA']);
    expect(tight.objectiveAfter).toBeCloseTo(300, 6);
    // The port is held once for the pole, the watts once per camera.
    const roomy = await solvePlacement(problem(25));
    expect(roomy.proposals.map((proposal) => proposal.mountId)).toEqual(['MA', 'MA']);
    expect(roomy.spent).toBe(500 + 2 * 1000);
    expect(roomy.objectiveAfter).toBeCloseTo(400, 6);
    // Each camera holds what its own model draws, not the option's 10 W (the most any allowed model
    // draws): at 6 W two fit in 12 W, and one in 8 W.
    const frugal = await solvePlacement({ ...problem(12), models: [{ ...MODEL, powerDrawWatts: 6 }] });
    expect(frugal.proposals.map((proposal) => proposal.mountId)).toEqual(['MA', 'MA']);
    const scant = await solvePlacement({ ...problem(8), models: [{ ...MODEL, powerDrawWatts: 6 }] });
    expect(scant.proposals.map((proposal) => proposal.mountId)).toEqual(['MA']);
  });

  it('keeps the rule through the local improvement: a swap never takes a port already held', async () => {
    // Three poles want S's single port; C (priority 5) is best but only MC reaches it. The greedy and its
    // swaps may move cameras around; at the end at most one proposal holds S.
    const result = await solvePlacement(
      scene({
        targets: [...scene().targets, { id: 'C', polygon: square(195, 15, 205, 25), priority: 5, requiredLevel: 'detection' }],
        mounts: [...scene().mounts, pole('MC', 200, [{ cost: 1000, uses: [port('S')] }, { cost: 6000, uses: [port('T')] }])],
        budget: 9000,
      }),
    );
    const onS = result.proposals.filter((proposal) => proposal.cost.connection === 1000);
    expect(onS).toHaveLength(1);
    // By hand: C and A (800) for 7,000 (MC on S, MA on T) or 9,000 (MC on T, MA on S); B on top would overspend.
    expect(result.spent).toBeLessThanOrEqual(9000);
    expect(result.objectiveAfter).toBeCloseTo(500 + 300, 6);
  });

  it('moves a held port when that lets one more camera in: MA to T, MB on S, and C fits the budget', async () => {
    //   A (300)          B (100)          C (50)
    //   MA: S 1,000      MB: S 1,000      MC: T 1,000 only
    //       T 1,100          T 4,000
    // Budget 6,500. The greedy takes MA on S (2,000, best per MAD), then MC (2,000); MB would cost
    // 5,000 on T: 9,000, too dear. By hand the optimum moves MA to T (+100): MA 2,100 + MB on S 2,000
    // + MC 2,000 = 6,100, all three spots (450). A 1-for-1 swap or a drop-and-refill cannot see it.
    const result = await solvePlacement(
      scene({
        targets: [...scene().targets, { id: 'C', polygon: square(195, 15, 205, 25), priority: 0.5, requiredLevel: 'detection' }],
        mounts: [
          pole('MA', 0, [{ cost: 1000, uses: [port('S')] }, { cost: 1100, uses: [port('T')] }]),
          pole('MB', 100, [{ cost: 1000, uses: [port('S')] }, { cost: 4000, uses: [port('T')] }]),
          pole('MC', 200, [{ cost: 1000, uses: [port('T')] }]),
        ],
        budget: 6500,
      }),
    );
    const proposals = byMount(result);
    expect(Object.keys(proposals).sort()).toEqual(['MA', 'MB', 'MC']);
    expect(proposals.MA.cost.connection).toBe(1100);
    expect(proposals.MB.cost.connection).toBe(1000);
    expect(result.spent).toBe(6100);
    expect(result.objectiveAfter).toBeCloseTo(450, 6);
  });

  it('refuses an option naming an unknown resource', async () => {
    await expect(solvePlacement(scene({ budget: 5000, resources: [{ id: 'port:S', capacity: 1 }] }))).rejects.toThrow(CoreInputError);
  });
});
