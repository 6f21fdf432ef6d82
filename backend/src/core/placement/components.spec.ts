import { labelPlacementComponents, multipleChoiceKnapsack, type ComponentInstance } from './components';

/** A tiny instance: candidates as [mount, covered cells], cells of weight 1, none covered yet. */
function instance(candidates: Array<[number, number[]]>, cells: number, mounts: number, extra: Partial<ComponentInstance> = {}): ComponentInstance {
  const candidateStart = [0];
  const candidateElements: number[] = [];
  for (const [, elements] of candidates) {
    candidateElements.push(...elements);
    candidateStart.push(candidateElements.length);
  }
  return {
    weights: new Float64Array(cells).fill(1),
    existingCover: new Int32Array(cells),
    candidateCount: candidates.length,
    candidateStart: Int32Array.from(candidateStart),
    candidateElements: Int32Array.from(candidateElements),
    candidateMount: Int32Array.from(candidates.map(([mount]) => mount)),
    mountOpenCost: new Float64Array(mounts),
    ...extra,
  };
}

describe('independent parts of a placement instance', () => {
  it('links candidates by a shared cell or mount, not by a cell already covered', () => {
    // c0, c1 share cell 1; c2 is on c1's mount; c3 shares only cell 4, which an existing camera covers.
    const scene = instance([[0, [0, 1]], [1, [1, 2]], [1, [3]], [2, [4, 5]], [3, [4]]], 6, 4);
    scene.existingCover[4] = 1;
    const labels = labelPlacementComponents(scene);
    expect(labels.count).toBe(3);
    expect(Array.from(labels.ofCandidate)).toEqual([0, 0, 0, 1, 2]);
  });

  it('links mounts whose connections draw on the same switch port or power source', () => {
    // Mounts 0 and 1 each have one option; both use resource 0 (the last free port of a switch).
    const scene = instance([[0, [0]], [1, [1]], [2, [2]]], 3, 3, {
      mountOptionStart: Int32Array.from([0, 1, 2, 2]),
      optionUseStart: Int32Array.from([0, 1, 2]),
      optionUseResource: Int32Array.from([0, 0]),
    });
    expect(Array.from(labelPlacementComponents(scene).ofCandidate)).toEqual([0, 0, 1]);
  });
});

describe('multiple-choice knapsack', () => {
  it('picks one option per group, the best total within the capacity', () => {
    const groups = [
      [{ units: 0, value: 0 }, { units: 1, value: 130 }],
      [{ units: 0, value: 0 }, { units: 4, value: 120 }, { units: 5, value: 240 }],
      [{ units: 0, value: 0 }, { units: 3, value: 130 }],
    ];
    expect(multipleChoiceKnapsack(groups, 6)).toEqual({ value: 370, picked: [1, 2, 0] });
    expect(multipleChoiceKnapsack(groups, 4)).toEqual({ value: 260, picked: [1, 0, 1] });
    expect(multipleChoiceKnapsack(groups, 0)).toEqual({ value: 0, picked: [0, 0, 0] });
  });

  it('refuses a group with no way of taking nothing', () => {
    expect(() => multipleChoiceKnapsack([[{ units: 2, value: 5 }]], 1)).toThrow(/zero-unit/);
  });
});
