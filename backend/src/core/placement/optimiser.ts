/**
 * The placement optimiser on a discretised instance (instance.ts): budgeted maximum coverage with
 * shared mount costs and mount capacities.
 *
 *  1. Lazy greedy (CELF): candidates in a max-heap keyed by an upper bound of their marginal gain per
 *     MAD (gains only fall as cameras are added, so a stale key is an upper bound; a candidate whose
 *     key was computed this round is the true best). Opening a mount makes its other candidates
 *     cheaper: they are pushed again with their stale gain over the new cost (still an upper bound).
 *     With a budget it is run with keys gain / cost^a for a in {1, 0, 0.5, 0.75, 1.25} (a = 0, plain
 *     gain, is the classic guard against ratio greedy's bad cases), the best kept. Candidates the
 *     remaining budget cannot pay are not even scanned (their mount opening pushes them back).
 *     The budget shared out between independent parts (components.ts: black spots far apart share no
 *     camera, cell or mount): the same greedy runs within each part, and a knapsack over their
 *     prefixes picks how far each goes. On the Fès demo this start is 3.5 % better than the best
 *     global greedy (a part whose first camera needs a pole connected is no longer starved).
 *  2. Local improvement, repeated while it gains: swap one chosen camera for the best other
 *     candidate when that raises the objective within the budget (exclusive area of the removed
 *     camera via cover counts, the candidates touching it via the element -> candidates index), then
 *     greedy fill of what the budget left; drop one camera and refill greedily (one dear camera worth
 *     less than two cheaper ones); re-aim each chosen camera at finer headings (step/2, /4, /8, hill
 *     climbing) and at the other tilts of the same model and lens (leaves the discrete candidate set).
 * On the bench's synthetic scenes this reaches >= 99 % of the MIP optimum of the same discretised
 * problem (npm run bench -- placement).
 */
import type { PlacementStopReason } from './types';
import { headingAllowed, panoramaWindow, type PlacementInstance } from './instance';
import { labelPlacementComponents, multipleChoiceKnapsack } from './components';

const EPSILON = 1e-9;
/** Cost exponents of the extra greedy runs under a budget (the first run uses 1: gain per MAD). */
const GREEDY_COST_EXPONENTS = [0, 0.5, 0.75, 1.25];

export interface ChosenCamera {
  panorama: number;
  headingDegrees: number;
  elements: Int32Array;
  mount: number;
  price: number;
  /** Candidate number, -1 for a refined heading outside the discrete set. */
  candidate: number;
  /** What it draws from per-camera connection uses (its model's watts); NaN: the use's own amount. */
  draw: number;
}

export interface OptimiseSettings {
  budget?: number;
  maxCameras?: number;
  headingStepDegrees: number;
  tiltsDegrees: number[];
  /** Local improvement (swaps, fill). Default true. */
  improve?: boolean;
  /** Re-aim at finer headings (leaves the discrete candidate set). Default true. */
  refineHeadings?: boolean;
  signal?: AbortSignal;
  onProgress?: (fraction: number, phase: 'greedy' | 'improve', proposals: number) => void;
}

export interface OptimiseOutcome {
  chosen: ChosenCamera[];
  /** Per mount: the connection option it holds (global option number, -1: none or closed) and what opening it cost. */
  mountOption?: Int32Array;
  mountPaid?: Float64Array;
  cover: Int32Array;
  objective: number;
  spent: number;
  stoppedReason: PlacementStopReason;
  gainEvaluations: number;
  milliseconds: number;
}

/** A binary max-heap of (key, candidate, round) in typed arrays. */
class CandidateHeap {
  keys = new Float64Array(1024);
  ids = new Int32Array(1024);
  rounds = new Int32Array(1024);
  size = 0;

  push(key: number, id: number, round: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(2 * this.size);
      keys.set(this.keys);
      this.keys = keys;
      const ids = new Int32Array(2 * this.size);
      ids.set(this.ids);
      this.ids = ids;
      const rounds = new Int32Array(2 * this.size);
      rounds.set(this.rounds);
      this.rounds = rounds;
    }
    let slot = this.size++;
    const { keys, ids, rounds } = this;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.above(key, id, keys[parent], ids[parent])) break;
      keys[slot] = keys[parent];
      ids[slot] = ids[parent];
      rounds[slot] = rounds[parent];
      slot = parent;
    }
    keys[slot] = key;
    ids[slot] = id;
    rounds[slot] = round;
  }

  /** Larger key first; equal keys by lower candidate number (deterministic). */
  private above(key: number, id: number, otherKey: number, otherId: number): boolean {
    return key > otherKey || (key === otherKey && id < otherId);
  }

  /** Removes the top into topKey/topId/topRound. */
  topKey = 0;
  topId = 0;
  topRound = 0;

  pop(): boolean {
    if (this.size === 0) return false;
    const { keys, ids, rounds } = this;
    this.topKey = keys[0];
    this.topId = ids[0];
    this.topRound = rounds[0];
    const last = --this.size;
    const key = keys[last];
    const id = ids[last];
    const round = rounds[last];
    let slot = 0;
    for (;;) {
      let child = 2 * slot + 1;
      if (child >= last) break;
      if (child + 1 < last && this.above(keys[child + 1], ids[child + 1], keys[child], ids[child])) child++;
      if (!this.above(keys[child], ids[child], key, id)) break;
      keys[slot] = keys[child];
      ids[slot] = ids[child];
      rounds[slot] = rounds[child];
      slot = child;
    }
    keys[slot] = key;
    ids[slot] = id;
    rounds[slot] = round;
    return true;
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The optimiser's working state: cover counts (existing cameras included), mounts in use, spend, and
 * the shared connection resources left (a switch's last free port, a source's last spare watts): a
 * mount opening takes the cheapest connection option still free and holds it until it closes, so
 * every later cost is computed against what is left.
 */
class SearchState {
  cover: Int32Array;
  mountUsed: Int32Array;
  /** Per open mount: what opening it cost (mount + connection option), and the option held (-1: none). */
  mountPaid: Float64Array;
  mountOption: Int32Array;
  resourceLeft: Float64Array;
  /** Moves whenever resources are taken or given back (open costs cached per mount until then). */
  private resourceVersion = 0;
  private openCostAt: Int32Array;
  private openCostCache: Float64Array;
  private openOptionCache: Int32Array;
  chosen: ChosenCamera[] = [];
  spent = 0;
  objective = 0;

  /**
   * @param leastDraw the smallest draw of the models (NaN when one does not say: the uses' own
   *   amounts), what a mount needs room for to open at all.
   */
  constructor(
    private readonly instance: PlacementInstance,
    private readonly leastDraw: number,
  ) {
    this.cover = instance.existingCover.slice();
    const mounts = instance.mountOpenCost.length;
    this.mountUsed = new Int32Array(mounts);
    this.mountPaid = new Float64Array(mounts);
    this.mountOption = new Int32Array(mounts).fill(-1);
    this.resourceLeft = instance.resourceCapacity.slice();
    this.openCostAt = new Int32Array(mounts).fill(-1);
    this.openCostCache = new Float64Array(mounts);
    this.openOptionCache = new Int32Array(mounts);
    const { weights } = instance;
    for (let element = 0; element < weights.length; element++) if (this.cover[element] > 0) this.objective += weights[element];
  }

  clone(): SearchState {
    const copy = new SearchState(this.instance, this.leastDraw);
    copy.cover = this.cover.slice();
    copy.mountUsed = this.mountUsed.slice();
    copy.mountPaid = this.mountPaid.slice();
    copy.mountOption = this.mountOption.slice();
    copy.resourceLeft = this.resourceLeft.slice();
    copy.chosen = this.chosen.slice();
    copy.spent = this.spent;
    copy.objective = this.objective;
    return copy;
  }

  /** What opening a closed mount costs now (Infinity when no connection option is free), and which option. */
  private openCost(mount: number): number {
    const { instance } = this;
    const first = instance.mountOptionStart[mount];
    const last = instance.mountOptionStart[mount + 1];
    if (first === last) {
      this.openOptionCache[mount] = -1;
      return instance.mountOpenCost[mount];
    }
    if (this.openCostAt[mount] === this.resourceVersion) return this.openCostCache[mount];
    let best = Infinity;
    let bestOption = -1;
    for (let option = first; option < last; option++) {
      const cost = instance.optionCost[option];
      if (cost >= best) continue;
      if (this.optionFree(option)) {
        best = cost;
        bestOption = option;
      }
    }
    const total = bestOption < 0 ? Infinity : instance.problem.mounts[mount].mountCost + best;
    this.openCostAt[mount] = this.resourceVersion;
    this.openCostCache[mount] = total;
    this.openOptionCache[mount] = bestOption;
    return total;
  }

  /**
   * What adding a camera on `mount` costs now (Infinity: the mount cannot be connected any more, or,
   * open, its source has no watts left for one more camera).
   */
  cost(mount: number, price: number, draw = Number.NaN): number {
    if (this.mountUsed[mount] === 0) {
      // The cheapest option open to the least-drawing model; this camera must fit it too.
      const open = this.openCost(mount);
      const option = this.openOptionCache[mount];
      return open === Infinity || (option >= 0 && !this.optionFree(option, draw)) ? Infinity : price + open;
    }
    const option = this.mountOption[mount];
    return option >= 0 && !this.roomFor(option, draw) ? Infinity : price;
  }

  gain(elements: Int32Array, from = 0, to = elements.length): number {
    const { weights } = this.instance;
    const cover = this.cover;
    let gain = 0;
    for (let index = from; index < to; index++) {
      const element = elements[index];
      if (cover[element] === 0) gain += weights[element];
    }
    return gain;
  }

  /** What a per-camera use holds for a camera drawing `draw` (NaN: the use's own amount). */
  private drawOf(use: number, draw: number): number {
    return Number.isNaN(draw) ? this.instance.optionUseAmount[use] : draw;
  }

  /** Takes (1) or gives back (-1) an option's per-mount uses (when `mountUses`) and its per-camera uses for each of `draws`. */
  private hold(option: number, sign: 1 | -1, mountUses: boolean, draws: readonly number[]): void {
    const { instance } = this;
    for (let use = instance.optionUseStart[option]; use < instance.optionUseStart[option + 1]; use++) {
      let amount = 0;
      if (!instance.optionUsePerCamera[use]) amount = mountUses ? instance.optionUseAmount[use] : 0;
      else for (const draw of draws) amount += this.drawOf(use, draw);
      this.resourceLeft[instance.optionUseResource[use]] -= sign * amount;
    }
    this.resourceVersion++;
  }

  /**
   * True when the option has room for its per-mount uses and the per-camera uses of cameras drawing
   * `draws` (by default one camera of the least-drawing model: what a mount needs to open at all).
   */
  optionFree(option: number, draws: number | readonly number[] = this.leastDraw): boolean {
    const { instance } = this;
    for (let use = instance.optionUseStart[option]; use < instance.optionUseStart[option + 1]; use++) {
      let amount = 0;
      if (!instance.optionUsePerCamera[use]) amount = instance.optionUseAmount[use];
      else if (typeof draws === 'number') amount = this.drawOf(use, draws);
      else for (const draw of draws) amount += this.drawOf(use, draw);
      if (this.resourceLeft[instance.optionUseResource[use]] < amount - EPSILON) return false;
    }
    return true;
  }

  /** True when an open mount's option has room for one more camera drawing `draw`. */
  private roomFor(option: number, draw: number): boolean {
    const { instance } = this;
    for (let use = instance.optionUseStart[option]; use < instance.optionUseStart[option + 1]; use++) {
      if (instance.optionUsePerCamera[use] && this.resourceLeft[instance.optionUseResource[use]] < this.drawOf(use, draw) - EPSILON) return false;
    }
    return true;
  }

  private drawsOn(mount: number): number[] {
    return this.chosen.filter((camera) => camera.mount === mount).map((camera) => camera.draw);
  }

  /** Moves an open mount to another connection option, free once its own is given back; false (nothing changed) when not. */
  rehome(mount: number, option: number): boolean {
    const old = this.mountOption[mount];
    if (old < 0 || old === option) return false;
    const draws = this.drawsOn(mount);
    this.hold(old, -1, true, draws);
    if (!this.optionFree(option, draws)) {
      this.hold(old, 1, true, draws);
      return false;
    }
    this.hold(option, 1, true, draws);
    const delta = this.instance.optionCost[option] - this.instance.optionCost[old];
    this.spent += delta;
    this.mountPaid[mount] += delta;
    this.mountOption[mount] = option;
    return true;
  }

  /** Adds a camera; a closed mount opens with its cheapest free option, or with `option` when given (it must be free). */
  add(camera: ChosenCamera, option?: number): void {
    const { weights } = this.instance;
    const { mount } = camera;
    if (this.mountUsed[mount] === 0) {
      if (option !== undefined) {
        this.openOptionCache[mount] = option;
        this.openCostAt[mount] = -1;
      }
      const openCost = option !== undefined ? this.instance.problem.mounts[mount].mountCost + this.instance.optionCost[option] : this.openCost(mount);
      option ??= this.openOptionCache[mount];
      this.mountPaid[mount] = openCost;
      this.mountOption[mount] = option;
      if (option >= 0) this.hold(option, 1, true, [camera.draw]);
      this.spent += openCost;
    } else if (this.mountOption[mount] >= 0) {
      this.hold(this.mountOption[mount], 1, false, [camera.draw]);
    }
    this.spent += camera.price;
    this.mountUsed[mount]++;
    for (const element of camera.elements) if (this.cover[element]++ === 0) this.objective += weights[element];
    this.chosen.push(camera);
  }

  remove(index: number): void {
    const { weights } = this.instance;
    const camera = this.chosen[index];
    const { mount } = camera;
    this.chosen.splice(index, 1);
    this.mountUsed[mount]--;
    this.spent -= camera.price;
    if (this.mountUsed[mount] === 0) {
      this.spent -= this.mountPaid[mount];
      if (this.mountOption[mount] >= 0) this.hold(this.mountOption[mount], -1, true, [camera.draw]);
      this.mountPaid[mount] = 0;
      this.mountOption[mount] = -1;
    } else if (this.mountOption[mount] >= 0) {
      this.hold(this.mountOption[mount], -1, false, [camera.draw]);
    }
    for (const element of camera.elements) if (--this.cover[element] === 0) this.objective -= weights[element];
  }
}

/** The cameras a greedy run added, in order, with the spending and the objective after each. */
interface GreedyTrace {
  candidates: number[];
  spent: number[];
  objective: number[];
}

/** Budget units of the sharing-out between components (its knapsack): budget / this, rounded up per component. */
const ALLOCATION_UNITS = 10_000;

export class PlacementOptimiser {
  private readonly candidateCount: number;
  /** What each candidate draws from per-camera connection uses (its model's watts; NaN: unknown). */
  private readonly candidateDraw: Float64Array;
  /** The smallest draw of the models (NaN when one does not say). */
  private readonly leastDraw: number;
  private lastGainBuffer: Float64Array | null = null;
  /** Candidates of each mount (CSR). */
  private readonly mountCandidateStart: Int32Array;
  private readonly mountCandidates: Int32Array;
  /** Candidates covering each element (CSR), built on first use by the local improvement. */
  private elementCandidateStart: Int32Array | null = null;
  private elementCandidates: Int32Array | null = null;
  private gainEvaluations = 0;
  private lastYield = performance.now();
  private cancelled = false;
  /** Fraction of the optimisation done, for progress reports. */
  private progress = 0;

  constructor(
    private readonly instance: PlacementInstance,
    private readonly settings: OptimiseSettings,
  ) {
    this.candidateCount = instance.candidateCount;
    const modelDraw = instance.problem.models.map((model) => model.powerDrawWatts ?? Number.NaN);
    this.leastDraw = modelDraw.length === 0 || modelDraw.some(Number.isNaN) ? Number.NaN : Math.min(...modelDraw);
    this.candidateDraw = Float64Array.from({ length: this.candidateCount }, (_, candidate) => modelDraw[instance.panoramas[instance.candidatePanorama[candidate]].modelIndex]);
    const mounts = instance.mountOpenCost.length;
    this.mountCandidateStart = new Int32Array(mounts + 1);
    for (let candidate = 0; candidate < this.candidateCount; candidate++) this.mountCandidateStart[instance.candidateMount[candidate] + 1]++;
    for (let mount = 0; mount < mounts; mount++) this.mountCandidateStart[mount + 1] += this.mountCandidateStart[mount];
    const fill = this.mountCandidateStart.slice(0, mounts);
    this.mountCandidates = new Int32Array(this.candidateCount);
    for (let candidate = 0; candidate < this.candidateCount; candidate++) this.mountCandidates[fill[instance.candidateMount[candidate]]++] = candidate;
  }

  private candidateCamera(candidate: number): ChosenCamera {
    const { instance } = this;
    return {
      panorama: instance.candidatePanorama[candidate],
      headingDegrees: instance.candidateHeading[candidate],
      elements: instance.candidateElements.subarray(instance.candidateStart[candidate], instance.candidateStart[candidate + 1]),
      mount: instance.candidateMount[candidate],
      price: instance.candidatePrice[candidate],
      candidate,
      draw: this.candidateDraw[candidate],
    };
  }

  private candidateGain(state: SearchState, candidate: number): number {
    this.gainEvaluations++;
    return state.gain(this.instance.candidateElements, this.instance.candidateStart[candidate], this.instance.candidateStart[candidate + 1]);
  }

  private async checkpoint(): Promise<boolean> {
    if (this.cancelled) return true;
    if (performance.now() - this.lastYield > 50) {
      await yieldToEventLoop();
      this.lastYield = performance.now();
    }
    if (this.settings.signal?.aborted) this.cancelled = true;
    return this.cancelled;
  }

  private fitsBudget(state: SearchState, cost: number): boolean {
    return this.settings.budget === undefined || state.spent + cost <= this.settings.budget + EPSILON;
  }

  /**
   * CELF from `state` (modified in place). `initialGains`: every candidate's gain in `state`, when the
   * caller knows them (no scan needed). `only`: the candidates allowed, all when omitted. `trace`:
   * receives each camera added, with the spending and objective after it.
   */
  private async greedy(state: SearchState, costExponent: number, initialGains?: Float64Array, only?: Int32Array, trace?: GreedyTrace): Promise<PlacementStopReason> {
    const { instance, settings } = this;
    // One buffer for every run (the budget sharing runs one per part of the city); each run writes
    // the entries of the candidates it scans before reading them.
    this.lastGainBuffer ??= new Float64Array(this.candidateCount);
    const lastGain = this.lastGainBuffer;
    const heap = new CandidateHeap();
    const key = (gain: number, cost: number) => (costExponent === 0 ? gain : costExponent === 1 ? gain / Math.max(cost, EPSILON) : gain / Math.max(cost, EPSILON) ** costExponent);
    const maxCameras = settings.maxCameras ?? Infinity;
    let round = state.chosen.length;
    let blockedByBudget = false;
    const scanned = only?.length ?? this.candidateCount;
    for (let slot = 0; slot < scanned; slot++) {
      const candidate = only ? only[slot] : slot;
      lastGain[candidate] = 0;
      const mount = instance.candidateMount[candidate];
      if (state.mountUsed[mount] >= instance.mountFreeSlots[mount]) continue;
      const cost = state.cost(mount, instance.candidatePrice[candidate], this.candidateDraw[candidate]);
      if (cost === Infinity) continue;
      if (!this.fitsBudget(state, cost)) {
        // Out of reach unless its mount opens (then it is pushed again, with an upper bound of its gain).
        lastGain[candidate] = Infinity;
        blockedByBudget = true;
        continue;
      }
      const gain = initialGains ? initialGains[candidate] : this.candidateGain(state, candidate);
      lastGain[candidate] = gain;
      if (gain > EPSILON) heap.push(key(gain, cost), candidate, round);
    }
    let step = 0;
    for (;;) {
      if (state.chosen.length >= maxCameras) return 'max_cameras';
      if ((++step & 255) === 0 && (await this.checkpoint())) return 'cancelled';
      if (!heap.pop()) return blockedByBudget ? 'budget' : 'no_gain';
      const candidate = heap.topId;
      const mount = instance.candidateMount[candidate];
      if (state.mountUsed[mount] >= instance.mountFreeSlots[mount]) continue;
      const cost = state.cost(mount, instance.candidatePrice[candidate], this.candidateDraw[candidate]);
      // No connection left for its mount (another proposal took the last free port or watts).
      if (cost === Infinity) continue;
      if (!this.fitsBudget(state, cost)) {
        blockedByBudget = true;
        continue;
      }
      if (heap.topRound !== round) {
        const gain = this.candidateGain(state, candidate);
        lastGain[candidate] = gain;
        if (gain > EPSILON) heap.push(key(gain, cost), candidate, round);
        continue;
      }
      const opensMount = state.mountUsed[mount] === 0;
      state.add(this.candidateCamera(candidate));
      if (trace) {
        trace.candidates.push(candidate);
        trace.spent.push(state.spent);
        trace.objective.push(state.objective);
      }
      round++;
      settings.onProgress?.(this.progress, this.progress < 0.5 ? 'greedy' : 'improve', state.chosen.length);
      if (opensMount && state.mountUsed[mount] < instance.mountFreeSlots[mount] && instance.mountOpenCost[mount] > 0) {
        // Its other candidates no longer pay for the mount: push them again with their new cost.
        for (let slot = this.mountCandidateStart[mount]; slot < this.mountCandidateStart[mount + 1]; slot++) {
          const other = this.mountCandidates[slot];
          if (lastGain[other] > EPSILON) heap.push(key(lastGain[other], instance.candidatePrice[other]), other, -1);
        }
      }
    }
  }

  /**
   * The budget shared out between independent components (components.ts): a greedy run per
   * component and cost exponent gives, after each camera, what that component gains for what it
   * spent; a multiple-choice knapsack over those prefixes picks one per component, the best total
   * within the budget (or the number of cameras). One global greedy hands the budget out by the
   * ratio alone, so a component whose first camera is dear (a pole to connect) is starved even when
   * the cameras after it are worth it; the knapsack sees the whole run. Null when the instance is
   * one component or the combination breaks a limit the knapsack did not hold.
   */
  private async componentAllocation(base: SearchState): Promise<SearchState | null> {
    const { instance, settings } = this;
    const labels = labelPlacementComponents(instance);
    if (labels.count < 2) return null;
    const byBudget = settings.budget !== undefined;
    const unit = byBudget ? Math.max((settings.budget as number) / ALLOCATION_UNITS, EPSILON) : 1;
    const capacityUnits = byBudget ? ALLOCATION_UNITS : Math.min(settings.maxCameras ?? 0, instance.candidateCount);
    const sizes = new Int32Array(labels.count);
    for (let candidate = 0; candidate < this.candidateCount; candidate++) sizes[labels.ofCandidate[candidate]]++;
    const members = Array.from(sizes, (size) => new Int32Array(size));
    sizes.fill(0);
    for (let candidate = 0; candidate < this.candidateCount; candidate++) {
      const component = labels.ofCandidate[candidate];
      members[component][sizes[component]++] = candidate;
    }
    const traces: GreedyTrace[][] = [];
    // Options in exact costs; the knapsack counts them in units, rounded down first (a relaxation:
    // the pick may overspend by less than a unit per component, which the exact sum then tells) and,
    // if that pick overspends, rounded up (never overspends).
    const groups: { spent: number; value: number; trace: number; length: number }[][] = [];
    for (let component = 0; component < labels.count; component++) {
      const runs: GreedyTrace[] = [];
      const options = [{ spent: 0, value: 0, trace: -1, length: 0 }];
      for (const exponent of byBudget ? [1, ...GREEDY_COST_EXPONENTS] : [0]) {
        const trace: GreedyTrace = { candidates: [], spent: [], objective: [] };
        if ((await this.greedy(base.clone(), exponent, undefined, members[component], trace)) === 'cancelled') return null;
        runs.push(trace);
        trace.candidates.forEach((_, index) => {
          options.push({ spent: byBudget ? trace.spent[index] : index + 1, value: trace.objective[index] - base.objective, trace: runs.length - 1, length: index + 1 });
        });
      }
      traces.push(runs);
      groups.push(options);
    }
    const limit = byBudget ? (settings.budget as number) : capacityUnits;
    const inUnits = (round: (value: number) => number) =>
      // An option beyond the capacity is never picked (the knapsack has no room for it).
      groups.map((options) => options.map((option) => ({ units: byBudget ? round(option.spent / unit) : option.spent, value: option.value })));
    let { picked } = multipleChoiceKnapsack(inUnits((value) => Math.floor(value + EPSILON)), capacityUnits);
    const exactSpent = picked.reduce((sum, optionIndex, component) => sum + groups[component][optionIndex].spent, 0);
    if (exactSpent > limit + EPSILON) picked = multipleChoiceKnapsack(inUnits((value) => Math.ceil(value - EPSILON)), capacityUnits).picked;
    const state = base.clone();
    picked.forEach((optionIndex, component) => {
      const option = groups[component][optionIndex];
      if (option.trace < 0) return;
      const trace = traces[component][option.trace];
      for (let index = 0; index < option.length; index++) state.add(this.candidateCamera(trace.candidates[index]));
    });
    if (byBudget && state.spent > (settings.budget as number) + EPSILON) return null;
    if (state.chosen.length > (settings.maxCameras ?? Infinity)) return null;
    return state;
  }

  private buildElementIndex(): void {
    if (this.elementCandidateStart) return;
    const { instance } = this;
    const elements = instance.weights.length;
    const start = new Int32Array(elements + 1);
    const { candidateElements, candidateStart } = instance;
    for (let index = 0; index < candidateStart[this.candidateCount]; index++) start[candidateElements[index] + 1]++;
    for (let element = 0; element < elements; element++) start[element + 1] += start[element];
    const fill = start.slice(0, elements);
    const list = new Int32Array(start[elements]);
    for (let candidate = 0; candidate < this.candidateCount; candidate++) {
      for (let index = candidateStart[candidate]; index < candidateStart[candidate + 1]; index++) list[fill[candidateElements[index]]++] = candidate;
    }
    this.elementCandidateStart = start;
    this.elementCandidates = list;
  }

  /**
   * One move on shared connections: a closed mount whose cheap option is held by another proposal's
   * mount takes it, that mount moving to its own next free option (one step of an ejection chain:
   * the greedy gave the contested port or watts to whoever came first). The best such camera by gain
   * per MAD (by gain without a budget) is added if it fits; true when one was.
   */
  private async bumpPass(state: SearchState): Promise<boolean> {
    const { instance, settings } = this;
    const { mountOptionStart, optionCost, optionUseStart, optionUseResource } = instance;
    if (optionCost.length === 0 || state.chosen.length >= (settings.maxCameras ?? Infinity)) return false;
    if (await this.checkpoint()) return false;
    const mounts = mountOptionStart.length - 1;
    // Per closed mount: the cheapest (its option, the open mount moved, that mount's new option) cheaper than opening it as things are.
    const plan: { extra: number; option: number; holder: number; alternative: number }[] = [];
    for (let mount = 0; mount < mounts; mount++) {
      if (state.mountUsed[mount] > 0 || instance.mountFreeSlots[mount] === 0 || mountOptionStart[mount] === mountOptionStart[mount + 1]) continue;
      const now = state.cost(mount, 0);
      for (let option = mountOptionStart[mount]; option < mountOptionStart[mount + 1]; option++) {
        const base = instance.problem.mounts[mount].mountCost + optionCost[option];
        if (base >= now - EPSILON || state.optionFree(option)) continue;
        for (let holder = 0; holder < mounts; holder++) {
          const held = state.mountOption[holder];
          if (held < 0) continue;
          let shares = false;
          for (let use = optionUseStart[option]; use < optionUseStart[option + 1] && !shares; use++) {
            for (let other = optionUseStart[held]; other < optionUseStart[held + 1]; other++) if (optionUseResource[other] === optionUseResource[use]) shares = true;
          }
          if (!shares) continue;
          for (let alternative = mountOptionStart[holder]; alternative < mountOptionStart[holder + 1]; alternative++) {
            if (alternative === held) continue;
            const extra = base + optionCost[alternative] - optionCost[held];
            if (extra >= now - EPSILON || (plan[mount] && extra >= plan[mount].extra)) continue;
            // Feasible only if, the holder moved, the option is free.
            if (!state.rehome(holder, alternative)) continue;
            const free = state.optionFree(option);
            state.rehome(holder, held);
            if (free) plan[mount] = { extra, option, holder, alternative };
          }
        }
      }
    }
    let best = -1;
    let bestKey = EPSILON;
    for (let candidate = 0; candidate < this.candidateCount; candidate++) {
      const move = plan[instance.candidateMount[candidate]];
      if (!move) continue;
      const cost = move.extra + instance.candidatePrice[candidate];
      if (!this.fitsBudget(state, cost)) continue;
      const gain = this.candidateGain(state, candidate);
      const key = settings.budget !== undefined ? gain / Math.max(cost, EPSILON) : gain;
      if (gain > EPSILON && key > bestKey) {
        best = candidate;
        bestKey = key;
      }
    }
    if (best < 0) return false;
    const move = plan[instance.candidateMount[best]];
    state.rehome(move.holder, move.alternative);
    state.add(this.candidateCamera(best), move.option);
    return true;
  }

  /** One pass of 1-for-1 swaps; true when the objective rose. */
  private async swapPass(state: SearchState): Promise<boolean> {
    this.buildElementIndex();
    const { instance, settings } = this;
    const start = this.elementCandidateStart as Int32Array;
    const list = this.elementCandidates as Int32Array;
    const { weights, candidateMount, candidatePrice, mountFreeSlots } = instance;
    const gains = new Float64Array(this.candidateCount);
    const delta = new Float64Array(this.candidateCount);
    const touched: number[] = [];
    let improved = false;
    let gainsStale = true;
    for (let index = 0; index < state.chosen.length; index++) {
      if (await this.checkpoint()) return improved;
      if (gainsStale) {
        for (let candidate = 0; candidate < this.candidateCount; candidate++) gains[candidate] = this.candidateGain(state, candidate);
        gainsStale = false;
      }
      const camera = state.chosen[index];
      let loss = 0;
      for (const element of camera.elements) {
        if (state.cover[element] !== 1) continue;
        loss += weights[element];
        for (let slot = start[element]; slot < start[element + 1]; slot++) {
          const candidate = list[slot];
          if (delta[candidate] === 0) touched.push(candidate);
          delta[candidate] += weights[element];
        }
      }
      const spentWithout = state.spent - camera.price - (state.mountUsed[camera.mount] === 1 ? state.mountPaid[camera.mount] : 0);
      let best = -1;
      let bestImprovement = EPSILON * Math.max(1, state.objective);
      let bestCost = Infinity;
      for (let candidate = 0; candidate < this.candidateCount; candidate++) {
        const improvement = gains[candidate] + delta[candidate] - loss;
        if (improvement < bestImprovement) continue;
        const mount = candidateMount[candidate];
        const usedAfter = state.mountUsed[mount] - (mount === camera.mount ? 1 : 0);
        if (usedAfter >= mountFreeSlots[mount]) continue;
        // Reopening the removed camera's own mount costs at most what it paid; another closed mount is
        // priced against the resources as they are (the swap is checked again once made).
        const cost = candidatePrice[candidate] + (usedAfter === 0 ? (mount === camera.mount ? state.mountPaid[mount] : state.cost(mount, 0)) : 0);
        if (cost === Infinity) continue;
        if (settings.budget !== undefined && spentWithout + cost > settings.budget + EPSILON) continue;
        if (improvement > bestImprovement || cost < bestCost) {
          best = candidate;
          bestImprovement = improvement;
          bestCost = cost;
        }
      }
      for (const candidate of touched) delta[candidate] = 0;
      touched.length = 0;
      if (best < 0) continue;
      state.remove(index);
      if (state.cost(candidateMount[best], candidatePrice[best], this.candidateDraw[best]) === Infinity) {
        state.add(camera);
        state.chosen.splice(index, 0, state.chosen.pop() as ChosenCamera);
        continue;
      }
      state.add(this.candidateCamera(best));
      if (settings.budget !== undefined && state.spent > settings.budget + EPSILON) {
        // The connection it got once made is dearer than foreseen: put the removed camera back.
        state.remove(state.chosen.length - 1);
        state.add(camera);
        state.chosen.splice(index, 0, state.chosen.pop() as ChosenCamera);
        continue;
      }
      // Keep the order: the new camera takes the removed one's place.
      state.chosen.splice(index, 0, state.chosen.pop() as ChosenCamera);
      improved = true;
      gainsStale = true;
    }
    return improved;
  }

  /** Re-aims each chosen camera (finer headings, other tilts of the same model and lens); true when the objective rose. */
  private async reaim(state: SearchState): Promise<boolean> {
    const { instance, settings } = this;
    const { weights, panoramas } = instance;
    const mark = new Uint8Array(weights.length);
    let window = new Int32Array(1024);
    let improved = false;
    const siblings = new Map<string, number[]>();
    panoramas.forEach((panorama, number) => {
      const key = `${panorama.mountIndex}|${panorama.modelIndex}|${JSON.stringify(panorama.lensSetting)}`;
      const list = siblings.get(key);
      if (list) list.push(number);
      else siblings.set(key, [number]);
    });
    for (let index = 0; index < state.chosen.length; index++) {
      if (await this.checkpoint()) return improved;
      const camera = state.chosen[index];
      const own = panoramas[camera.panorama];
      const family = siblings.get(`${own.mountIndex}|${own.modelIndex}|${JSON.stringify(own.lensSetting)}`) ?? [camera.panorama];
      for (const element of camera.elements) mark[element] = 1;
      const value = (elements: Int32Array, count: number) => {
        let total = 0;
        for (let slot = 0; slot < count; slot++) {
          const element = elements[slot];
          const cover = state.cover[element];
          if (cover === 0 || (cover === 1 && mark[element] === 1)) total += weights[element];
        }
        return total;
      };
      let bestValue = value(camera.elements, camera.elements.length);
      let bestPanorama = camera.panorama;
      let bestHeading = camera.headingDegrees;
      for (let delta = settings.headingStepDegrees / 2; delta >= settings.headingStepDegrees / 8 - EPSILON; delta /= 2) {
        const centre = bestHeading;
        for (const panoramaNumber of family) {
          const panorama = panoramas[panoramaNumber];
          if (window.length < panorama.elements.length) window = new Int32Array(2 * panorama.elements.length);
          for (const heading of [centre - delta, centre, centre + delta]) {
            const normalised = ((heading % 360) + 360) % 360;
            if (!headingAllowed(instance.problem.mounts[camera.mount], normalised)) continue;
            const count = panoramaWindow(panorama, normalised, window);
            this.gainEvaluations++;
            const candidateValue = value(window, count);
            if (candidateValue > bestValue + EPSILON * Math.max(1, state.objective)) {
              bestValue = candidateValue;
              bestPanorama = panoramaNumber;
              bestHeading = normalised;
            }
          }
        }
      }
      for (const element of camera.elements) mark[element] = 0;
      if (bestPanorama === camera.panorama && bestHeading === camera.headingDegrees) continue;
      const count = panoramaWindow(panoramas[bestPanorama], bestHeading, window);
      const elements = window.slice(0, count).sort();
      state.remove(index);
      state.add({ panorama: bestPanorama, headingDegrees: bestHeading, elements, mount: camera.mount, price: camera.price, candidate: -1, draw: camera.draw });
      state.chosen.splice(index, 0, state.chosen.pop() as ChosenCamera);
      improved = true;
    }
    return improved;
  }

  /**
   * Drop one camera and refill the freed budget greedily (by gain per MAD and by gain): catches one
   * dear camera worth less than two cheaper ones, which 1-for-1 swaps cannot. Returns the better state.
   */
  private async dropRefillPass(state: SearchState): Promise<{ state: SearchState; improved: boolean; reason: PlacementStopReason | null }> {
    this.buildElementIndex();
    const start = this.elementCandidateStart as Int32Array;
    const list = this.elementCandidates as Int32Array;
    const { weights } = this.instance;
    let best = state;
    let reason: PlacementStopReason | null = null;
    let improved = false;
    const gains = new Float64Array(this.candidateCount);
    let gainsOf: SearchState | null = null;
    const trialGains = new Float64Array(this.candidateCount);
    for (let index = 0; index < best.chosen.length; index++) {
      if (gainsOf !== best) {
        for (let candidate = 0; candidate < this.candidateCount; candidate++) gains[candidate] = this.candidateGain(best, candidate);
        gainsOf = best;
      }
      // Gains once camera `index` is gone: its exclusive elements count again for whoever covers them.
      trialGains.set(gains);
      for (const element of best.chosen[index].elements) {
        if (best.cover[element] !== 1) continue;
        for (let slot = start[element]; slot < start[element + 1]; slot++) trialGains[list[slot]] += weights[element];
      }
      for (const exponent of this.settings.budget !== undefined ? [1, 0] : [0]) {
        if (await this.checkpoint()) return { state: best, improved, reason: 'cancelled' };
        const trial = best.clone();
        trial.remove(index);
        const trialReason = await this.greedy(trial, exponent, trialGains);
        if (trialReason === 'cancelled') return { state: best, improved, reason: 'cancelled' };
        if (trial.objective > best.objective + EPSILON * Math.max(1, best.objective)) {
          best = trial;
          reason = trialReason;
          improved = true;
          break;
        }
      }
    }
    return { state: best, improved, reason };
  }

  async run(): Promise<OptimiseOutcome> {
    const startedAt = performance.now();
    const { settings } = this;
    const base = new SearchState(this.instance, this.leastDraw);
    let state = base.clone();
    let reason = await this.greedy(state, settings.budget !== undefined ? 1 : 0);
    this.progress = 0.2;
    settings.onProgress?.(this.progress, 'greedy', state.chosen.length);
    // With a budget: also gain / cost^a for other a (a = 0: plain gain, the classic guard against
    // ratio greedy's bad cases; in between: less eager for cheap small gains), the best kept.
    for (const exponent of settings.budget !== undefined ? GREEDY_COST_EXPONENTS : []) {
      if (reason === 'cancelled') break;
      const other = base.clone();
      const otherReason = await this.greedy(other, exponent);
      if (otherReason === 'cancelled') reason = 'cancelled';
      else if (other.objective > state.objective + EPSILON) {
        state = other;
        reason = otherReason;
      }
    }
    if (reason !== 'cancelled' && (settings.budget === undefined) !== (settings.maxCameras === undefined)) {
      const shared = await this.componentAllocation(base);
      if (this.cancelled) reason = 'cancelled';
      else if (shared && shared.objective > state.objective + EPSILON) {
        state = shared;
        reason = settings.budget !== undefined ? 'budget' : 'max_cameras';
      }
    }
    if (settings.improve !== false && reason !== 'cancelled') {
      this.progress = 0.5;
      settings.onProgress?.(this.progress, 'improve', state.chosen.length);
      for (let pass = 0; pass < 20; pass++) {
        let improved = await this.swapPass(state);
        if (this.cancelled) break;
        if (await this.bumpPass(state)) improved = true;
        if (this.cancelled) break;
        const before = state.objective;
        reason = await this.greedy(state, settings.budget !== undefined ? 1 : 0);
        if (reason === 'cancelled') break;
        if (state.objective > before + EPSILON) improved = true;
        if (!improved) {
          const refill = await this.dropRefillPass(state);
          if (refill.reason === 'cancelled') break;
          if (refill.improved) {
            state = refill.state;
            reason = refill.reason ?? reason;
            improved = true;
          }
        }
        if (!improved && settings.refineHeadings !== false) {
          improved = await this.reaim(state);
          if (this.cancelled) break;
        }
        this.progress = Math.min(0.95, 0.5 + 0.05 * (pass + 1));
        settings.onProgress?.(this.progress, 'improve', state.chosen.length);
        if (!improved) break;
      }
      if (this.cancelled) reason = 'cancelled';
    }
    return {
      chosen: state.chosen,
      mountOption: state.mountOption,
      mountPaid: state.mountPaid,
      cover: state.cover,
      objective: state.objective,
      spent: state.spent,
      stoppedReason: reason,
      gainEvaluations: this.gainEvaluations,
      milliseconds: performance.now() - startedAt,
    };
  }
}
