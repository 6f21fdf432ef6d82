/**
 * A proven bound on the optimum of a large placement instance (the Fès demo), where the whole MIP
 * stalls (HiGHS: 5.3 % gap after 240 s, its WebAssembly build aborted at 1,500 s).
 *
 * Why it works: candidates, the cells they cover and their mounts fall into independent components
 * (core/placement/components.ts: black spots far apart share no camera, no cell and no mount), and
 * only the budget links them. With f_k(b) the best gain of component k for a budget b (non-decreasing),
 *
 *   OPT = max sum_k f_k(b_k)  subject to  sum_k b_k <= B.
 *
 * Each f_k is known at the budgets where its small MIP was solved: f_k(b_p) in [lo_p, hi_p] (HiGHS's
 * incumbent and dual bound), and the incumbent's own cost c_p <= b_p already reaches lo_p. For any b in
 * [b_p, b_q) between two solved budgets, f_k(b) <= hi_q. So a multiple-choice knapsack over the
 * intervals (pay the interval's left end, earn the next point's bound) bounds OPT from above, and one
 * over the incumbents (pay c_p, earn lo_p) is a feasible design, a lower bound. The intervals the upper
 * knapsack picks are bisected until the two meet (within `targetGap`) or time runs out. Knapsack
 * budgets are in units of `UNIT_MAD`: rounded down for the upper one (still a relaxation), up for the
 * lower one (still feasible). `PLACEMENT_COMPONENT_CACHE=<file>` keeps the solves across runs.
 *
 * Bisection alone closes the gap slowly (16 components, each a step function with a step per camera).
 * A Lagrangian phase comes first: for a price per MAD p, each component's MIP without a budget,
 * max gain - p x cost, gives u_k(p) with f_k(b) <= u_k(p) + p b for every b: a line above the whole of
 * f_k. Summed, OPT <= p B + sum_k u_k(p) for every p; p is searched by bisection on the spending (a
 * subgradient), and each line also caps the intervals of the knapsack above.
 */
import { cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PlacementInstance } from '../../backend/src/core/placement';
import { labelPlacementComponents, multipleChoiceKnapsack } from '../../backend/src/core/placement/components';
import { solvePlacementExactly } from './placement-exact';

const UNIT_MAD = 25;
/** Bisection steps on the price per MAD, from 0.001 to 10 objective units: the last step is within 1 % of the one before. */
const LAGRANGIAN_STEPS = 11;
/** HiGHS stops within this relative gap; the bound used is its dual bound, so it stays proven. */
const SOLVE_RELATIVE_GAP = 1e-4;

type MipInstance = Pick<
  PlacementInstance,
  'weights' | 'existingCover' | 'candidateCount' | 'candidateStart' | 'candidateElements' | 'candidateMount' | 'candidatePrice' | 'mountOpenCost' | 'mountFreeSlots'
>;

export interface PlacementComponent {
  /** Candidates of the whole instance in this component. */
  candidates: Int32Array;
  /** Gain if every coverable cell of the component were covered: f_k never exceeds it. */
  coverableWeight: number;
  instance: MipInstance;
}

/** One solve of a component's MIP at a budget. */
interface Evaluation {
  budget: number;
  /** The incumbent's cost (camera prices plus mounts opened), at most `budget`. */
  spent: number;
  lower: number;
  upper: number;
}

export interface ComponentBoundResult {
  components: number;
  solves: number;
  /** Best feasible design found (objective units, existing coverage included). */
  lower: number;
  /** Proven upper bound of the optimum (objective units, existing coverage included). */
  upper: number;
  seconds: number;
}

/** The instance cut into its independent components, each as an instance of its own for the MIP. */
export function placementComponents(instance: MipInstance): PlacementComponent[] {
  const { weights, existingCover, candidateCount, candidateStart, candidateElements, candidateMount, candidatePrice } = instance;
  const labels = labelPlacementComponents(instance);
  const members = Array.from({ length: labels.count }, () => [] as number[]);
  for (let candidate = 0; candidate < candidateCount; candidate++) members[labels.ofCandidate[candidate]].push(candidate);
  const coverable = new Float64Array(labels.count);
  const counted = new Uint8Array(weights.length);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    for (let index = candidateStart[candidate]; index < candidateStart[candidate + 1]; index++) {
      const element = candidateElements[index];
      if (existingCover[element] > 0 || counted[element]) continue;
      counted[element] = 1;
      coverable[labels.ofCandidate[candidate]] += weights[element];
    }
  }
  return members.map((list, component) => {
    // Cells and mounts keep their global numbers (the MIP builder drops those no candidate uses).
    const starts = [0];
    const elements: number[] = [];
    for (const candidate of list) {
      for (let index = candidateStart[candidate]; index < candidateStart[candidate + 1]; index++) elements.push(candidateElements[index]);
      starts.push(elements.length);
    }
    return {
      candidates: Int32Array.from(list),
      coverableWeight: coverable[component],
      instance: {
        ...instance,
        candidateCount: list.length,
        candidateStart: Int32Array.from(starts),
        candidateElements: Int32Array.from(elements),
        candidateMount: Int32Array.from(list, (candidate) => candidateMount[candidate]),
        candidatePrice: Float64Array.from(list, (candidate) => candidatePrice[candidate]),
      },
    };
  });
}

/** Cost of a set of candidates as the optimiser and the MIP count it: prices, plus each mount opened once. */
export function placementCost(instance: MipInstance, candidates: Iterable<number>): number {
  let cost = 0;
  const opened = new Set<number>();
  for (const candidate of candidates) {
    cost += instance.candidatePrice[candidate];
    const mount = instance.candidateMount[candidate];
    if (!opened.has(mount)) {
      opened.add(mount);
      cost += instance.mountOpenCost[mount];
    }
  }
  return cost;
}

export async function boundPlacementByComponents(
  instance: MipInstance,
  budget: number,
  settings: {
    /** The optimiser's chosen candidates: their cost per component seeds the first budgets tried. */
    seedCandidates: readonly number[];
    targetGap: number;
    timeLimitSeconds: number;
    solveLimitSeconds: number;
    log: (line: string) => void;
  },
): Promise<ComponentBoundResult> {
  const startedAt = Date.now();
  let offset = 0;
  for (let element = 0; element < instance.weights.length; element++) if (instance.existingCover[element] > 0) offset += instance.weights[element];
  const components = placementComponents(instance);
  const componentOf = new Int32Array(instance.candidateCount);
  components.forEach((component, index) => component.candidates.forEach((candidate) => (componentOf[candidate] = index)));
  const evaluations: Evaluation[][] = components.map(() => [{ budget: 0, spent: 0, lower: 0, upper: 0 }]);
  const cacheFile = process.env.PLACEMENT_COMPONENT_CACHE;
  const cache: Record<string, Evaluation> = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  // A component is known by its first candidate and size, a solve by its budget to the MAD.
  const cacheKey = (componentIndex: number, componentBudget: number) => `${components[componentIndex].candidates[0]}/${components[componentIndex].candidates.length}@${componentBudget.toFixed(0)}`;
  let solves = 0;

  const solve = async (componentIndex: number, componentBudget: number) => {
    componentBudget = Math.round(componentBudget);
    const key = cacheKey(componentIndex, componentBudget);
    let evaluation = cache[key];
    if (!evaluation) {
      const component = components[componentIndex];
      const result = await solvePlacementExactly(component.instance as PlacementInstance, { budget: componentBudget }, settings.solveLimitSeconds, [], true, {
        skipLp: true,
        relativeGap: SOLVE_RELATIVE_GAP,
      });
      solves++;
      const chosen = result.chosen.filter((column) => column < component.instance.candidateCount);
      const lower = Math.max(0, result.objective - offset);
      const bound = Number.isFinite(result.mipBound) ? result.mipBound - offset : component.coverableWeight;
      evaluation = { budget: componentBudget, spent: placementCost(component.instance, chosen), lower, upper: Math.min(component.coverableWeight, Math.max(lower, bound)) };
      cache[key] = evaluation;
      if (cacheFile) writeFileSync(cacheFile, JSON.stringify(cache));
    }
    const points = evaluations[componentIndex];
    if (!points.some((point) => point.budget === evaluation.budget)) points.push(evaluation);
    points.sort((a, b) => a.budget - b.budget);
  };

  // Two solver workers (HiGHS is single-threaded), fed from a queue.
  const pool = async (tasks: Array<() => Promise<void>>) => {
    const queue = [...tasks];
    const workers = Math.max(1, Math.min(2, cpus().length));
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let task = queue.shift(); task; task = queue.shift()) await task();
      }),
    );
  };
  const runAll = (probes: Array<[number, number]>) => pool(probes.map(([component, componentBudget]) => () => solve(component, componentBudget)));

  // Lines above each f_k from the Lagrangian solves: f_k(b) <= bound + pricePerMad x b.
  const lines: Array<{ pricePerMad: number; bounds: Float64Array }> = [];
  const lineCap = (componentIndex: number, componentBudget: number) =>
    lines.reduce((cap, line) => Math.min(cap, line.bounds[componentIndex] + line.pricePerMad * componentBudget), Infinity);
  let lagrangianBound = Infinity;
  const lagrangian = async (pricePerMad: number): Promise<number> => {
    const bounds = new Float64Array(components.length);
    let spentInAll = 0;
    await pool(
      components.map((component, componentIndex) => async () => {
        const key = `${cacheKey(componentIndex, 0)}#p${pricePerMad.toPrecision(6)}`;
        let entry = cache[key] as unknown as { bound: number; spent: number; gain: number } | undefined;
        if (!entry) {
          const result = await solvePlacementExactly(component.instance as PlacementInstance, { pricePerMad }, settings.solveLimitSeconds, [], true, {
            skipLp: true,
            relativeGap: SOLVE_RELATIVE_GAP,
          });
          solves++;
          const chosen = result.chosen.filter((column) => column < component.instance.candidateCount);
          const spent = placementCost(component.instance, chosen);
          const value = result.objective - offset;
          // Taking nothing is feasible (0): the bound is never below it.
          entry = { bound: Math.max(0, value, Number.isFinite(result.mipBound) ? result.mipBound - offset : component.coverableWeight), spent, gain: value + pricePerMad * spent };
          cache[key] = entry as unknown as Evaluation;
          if (cacheFile) writeFileSync(cacheFile, JSON.stringify(cache));
        }
        bounds[componentIndex] = entry.bound;
        spentInAll += entry.spent;
        // The incumbent is a design of its own: a point for the feasible knapsack, capped by this line.
        const points = evaluations[componentIndex];
        if (entry.spent > 0 && !points.some((point) => point.budget === entry!.spent)) {
          points.push({ budget: entry.spent, spent: entry.spent, lower: entry.gain, upper: Math.min(component.coverableWeight, entry.bound + pricePerMad * entry.spent) });
          points.sort((a, b) => a.budget - b.budget);
        }
      }),
    );
    lines.push({ pricePerMad, bounds });
    const value = pricePerMad * budget + bounds.reduce((sum, bound) => sum + bound, 0);
    lagrangianBound = Math.min(lagrangianBound, value);
    settings.log(`  Lagrangian at ${pricePerMad.toPrecision(4)} objective/MAD: bound ${(offset + value).toFixed(0)}, spending ${spentInAll.toFixed(0)} MAD (${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
    return spentInAll;
  };

  // Seeds: the optimiser's spending in each component (the Lagrangian solves add the others).
  const seedByComponent = components.map(() => [] as number[]);
  for (const candidate of settings.seedCandidates) seedByComponent[componentOf[candidate]].push(candidate);
  const seeds: Array<[number, number]> = [];
  seedByComponent.forEach((list, index) => {
    const spent = placementCost(instance, list);
    if (spent > 0) seeds.push([index, spent]);
  });
  // The largest components first: the two workers then end together.
  seeds.sort((a, b) => components[b[0]].candidates.length - components[a[0]].candidates.length);
  await runAll(seeds);

  // The price per MAD by bisection (in log space) on whether the components' choices overspend.
  let [cheap, dear] = [1e-3, 10];
  for (let step = 0; step < LAGRANGIAN_STEPS; step++) {
    const pricePerMad = Math.sqrt(cheap * dear);
    if ((await lagrangian(pricePerMad)) > budget) cheap = pricePerMad;
    else dear = pricePerMad;
  }

  const capacityUnits = Math.floor(budget / UNIT_MAD);
  let lower = 0;
  let upper = Infinity;
  for (let round = 1; ; round++) {
    // Monotone envelope of the bounds: a bound at a larger budget bounds every smaller one.
    const upperValues = evaluations.map((points, componentIndex) => {
      const upperFrom = points.map((point) => point.upper);
      for (let index = points.length - 2; index >= 0; index--) upperFrom[index] = Math.min(upperFrom[index], upperFrom[index + 1]);
      // Past the last point: its own bound if it was solved at the whole budget (no component gets more).
      return points.map((point, index) =>
        Math.min(
          index + 1 < points.length ? upperFrom[index + 1] : point.budget >= budget ? upperFrom[index] : components[componentIndex].coverableWeight,
          // The Lagrangian lines, at the interval's right end (they rise with the budget).
          lineCap(componentIndex, index + 1 < points.length ? points[index + 1].budget : budget),
        ),
      );
    });
    const relaxed = multipleChoiceKnapsack(
      evaluations.map((points, componentIndex) => points.map((point, index) => ({ units: Math.floor(point.budget / UNIT_MAD), value: upperValues[componentIndex][index] }))),
      capacityUnits,
    );
    const feasible = multipleChoiceKnapsack(
      evaluations.map((points) => points.map((point) => ({ units: Math.ceil(point.spent / UNIT_MAD), value: point.lower }))),
      capacityUnits,
    );
    upper = Math.min(upper, relaxed.value, lagrangianBound);
    lower = Math.max(lower, feasible.value);
    const elapsed = (Date.now() - startedAt) / 1000;
    settings.log(
      `  components round ${round}: ${solves} solves, ${elapsed.toFixed(0)} s; feasible ${(offset + lower).toFixed(0)}, bound ${(offset + upper).toFixed(0)} (gap ${((100 * (upper - lower)) / (offset + upper)).toFixed(2)} %)`,
    );
    if (upper - lower <= settings.targetGap * (offset + upper) || elapsed > settings.timeLimitSeconds) break;
    // Bisect the intervals the relaxation picked, largest gain first.
    const probes: Array<{ component: number; budget: number; gap: number }> = [];
    relaxed.picked.forEach((pointIndex, componentIndex) => {
      const points = evaluations[componentIndex];
      const left = points[pointIndex];
      const right = points[pointIndex + 1];
      // What the component surely reaches at the interval's left end: any incumbent that cost no more.
      const reached = points.reduce((best, point) => (point.spent <= left.budget ? Math.max(best, point.lower) : best), 0);
      const gain = upperValues[componentIndex][pointIndex] - reached;
      if (gain <= 1e-9) return;
      // The right point's incumbent already reaches its value from its own cost on: bisect below that.
      const end = right ? Math.max(left.budget, Math.min(right.budget, right.spent)) : Math.min(budget, Math.max(2 * left.budget, left.budget + budget / 8));
      // Narrower than two units: only a solver gap at the right point is left.
      if (end - left.budget < 2 * UNIT_MAD) return;
      probes.push({ component: componentIndex, budget: (left.budget + end) / 2, gap: gain });
    });
    if (probes.length === 0) break;
    probes.sort((a, b) => b.gap - a.gap);
    await runAll(probes.map((probe) => [probe.component, probe.budget]));
  }
  return { components: components.length, solves, lower: offset + lower, upper: offset + upper, seconds: (Date.now() - startedAt) / 1000 };
}
