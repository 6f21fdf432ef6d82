/**
 * Independent parts of a placement instance: candidates linked by a cell they could both cover (not
 * already covered), by their mount (capacity, the cost of opening it) or by a limited resource their
 * mounts' connection options share (a switch's ports, a source's watts). Two components never
 * change each other's gains or costs; only the budget (or the number of cameras) links them, which
 * lets the optimiser share the budget out exactly (optimiser.ts) and the bench bound the optimum
 * component by component.
 */
import type { PlacementInstance } from './instance';

export type ComponentInstance = Pick<
  PlacementInstance,
  'weights' | 'existingCover' | 'candidateCount' | 'candidateStart' | 'candidateElements' | 'candidateMount' | 'mountOpenCost'
> &
  Partial<Pick<PlacementInstance, 'mountOptionStart' | 'optionUseStart' | 'optionUseResource'>>;

export interface PlacementComponentLabels {
  count: number;
  /** Component of each candidate, 0 .. count - 1 (numbered by their lowest candidate). */
  ofCandidate: Int32Array;
}

export function labelPlacementComponents(instance: ComponentInstance): PlacementComponentLabels {
  const { weights, existingCover, candidateCount, candidateStart, candidateElements, candidateMount, mountOptionStart, optionUseStart, optionUseResource } = instance;
  const mounts = instance.mountOpenCost.length;
  const elementBase = candidateCount;
  const mountBase = elementBase + weights.length;
  const resourceBase = mountBase + mounts;
  let resources = 0;
  if (optionUseResource) for (const resource of optionUseResource) resources = Math.max(resources, resource + 1);
  const parent = Int32Array.from({ length: resourceBase + resources }, (_, index) => index);
  const find = (node: number): number => {
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  };
  const union = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[rootA] = rootB;
  };
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    union(candidate, mountBase + candidateMount[candidate]);
    for (let index = candidateStart[candidate]; index < candidateStart[candidate + 1]; index++) {
      if (existingCover[candidateElements[index]] === 0) union(candidate, elementBase + candidateElements[index]);
    }
  }
  if (mountOptionStart && optionUseStart && optionUseResource) {
    for (let mount = 0; mount < mounts; mount++) {
      for (let option = mountOptionStart[mount]; option < mountOptionStart[mount + 1]; option++) {
        for (let use = optionUseStart[option]; use < optionUseStart[option + 1]; use++) union(mountBase + mount, resourceBase + optionUseResource[use]);
      }
    }
  }
  const numberOfRoot = new Map<number, number>();
  const ofCandidate = new Int32Array(candidateCount);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    const root = find(candidate);
    let number = numberOfRoot.get(root);
    if (number === undefined) {
      number = numberOfRoot.size;
      numberOfRoot.set(root, number);
    }
    ofCandidate[candidate] = number;
  }
  return { count: numberOfRoot.size, ofCandidate };
}

/**
 * Multiple-choice knapsack by dynamic programming over whole units: one option from each group (a
 * group's options must include a zero-unit one for "nothing"), at most `capacityUnits` in all, the
 * largest total value. Returns the total and the option picked in each group (its index in the group).
 */
export function multipleChoiceKnapsack(groups: ReadonlyArray<ReadonlyArray<{ units: number; value: number }>>, capacityUnits: number): { value: number; picked: number[] } {
  let best = new Float64Array(capacityUnits + 1);
  const choices: Int32Array[] = [];
  for (const options of groups) {
    const next = new Float64Array(capacityUnits + 1).fill(-Infinity);
    const choice = new Int32Array(capacityUnits + 1).fill(-1);
    options.forEach((option, optionIndex) => {
      for (let units = option.units; units <= capacityUnits; units++) {
        const value = best[units - option.units] + option.value;
        if (value > next[units]) {
          next[units] = value;
          choice[units] = optionIndex;
        }
      }
    });
    choices.push(choice);
    best = next;
  }
  let units = capacityUnits;
  const value = best[units];
  const picked = new Array<number>(groups.length);
  for (let group = groups.length - 1; group >= 0; group--) {
    const optionIndex = choices[group][units];
    if (optionIndex < 0) throw new Error('multipleChoiceKnapsack: a group has no zero-unit option');
    picked[group] = optionIndex;
    units -= groups[group][optionIndex].units;
  }
  return { value, picked };
}
