/**
 * The exact optimum of a discretised placement instance, for the bench: the same problem as the
 * optimiser's (same candidates, same elements and weights, same costs and constraints) as a MIP
 * solved by HiGHS in a worker thread.
 *
 *   max  sum_k W_k y_k                                    (classes k of elements with identical candidate sets)
 *   y_k <= sum_{c covers k} x_c                           (an element counts once however many cover it)
 *   sum_{c on m} x_c <= freeSlots_m * z_m                 (mount capacity; z_m = the mount is used)
 *   sum_c price_c x_c + sum_m openCost_m z_m <= budget    (camera + pole + connection, the latter once per mount)
 *   x_c <= z_m  for each candidate c on a mount m with an opening cost (the "tight" form: the
 *               aggregated capacity row alone lets the LP open a mount at 1/slots of its cost)
 *   sum_c x_c <= maxCameras
 *   x, z binary; 0 <= y <= 1
 * Elements already covered by existing cameras are constant (the offset); elements no candidate
 * covers are dropped. Grouping elements with the same covering set is exact.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { PlacementInstance } from '../../backend/src/core/placement';

export interface ExactResult {
  status: string;
  /** Best solution found (objective units, existing coverage included). */
  objective: number;
  /** Proven upper bound (equals objective when optimal). */
  bound: number;
  /** Where the bound comes from: the MIP's dual bound, or the LP relaxation when the MIP had none in time. */
  boundKind: string;
  /** Time spent on the LP relaxation. */
  boundSeconds: number;
  /** The LP relaxation's optimum (an upper bound of the optimum), and the MIP's own dual bound and relative gap when it stopped. */
  lpBound: number;
  mipBound: number;
  mipGap: number;
  /** The incumbent's integer columns at 1: candidates (indices below the instance's candidateCount), then mount columns. */
  chosen: number[];
  seconds: number;
  columns: number;
  rows: number;
}

/**
 * `constraints.pricePerMad`: the Lagrangian form (placement-components.ts): no budget row, each MAD
 * spent (camera prices, mounts opened) costs that much objective instead.
 */
export function buildPlacementMip(instance: PlacementInstance, constraints: { budget?: number; maxCameras?: number; pricePerMad?: number }, startCandidates: readonly number[] = [], tight = true) {
  const { weights, existingCover, candidateCount, candidateStart, candidateElements, candidateMount, candidatePrice, mountOpenCost, mountFreeSlots } = instance;
  const elementCount = weights.length;
  let offset = 0;
  for (let element = 0; element < elementCount; element++) if (existingCover[element] > 0) offset += weights[element];
  // Element -> candidates covering it.
  const start = new Int32Array(elementCount + 1);
  for (let index = 0; index < candidateStart[candidateCount]; index++) start[candidateElements[index] + 1]++;
  for (let element = 0; element < elementCount; element++) start[element + 1] += start[element];
  const fill = start.slice(0, elementCount);
  const covering = new Int32Array(start[elementCount]);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    for (let index = candidateStart[candidate]; index < candidateStart[candidate + 1]; index++) covering[fill[candidateElements[index]]++] = candidate;
  }
  const classOf = new Map<string, number>();
  const classWeight: number[] = [];
  const classMembers: Int32Array[] = [];
  for (let element = 0; element < elementCount; element++) {
    if (existingCover[element] > 0 || start[element] === start[element + 1]) continue;
    const members = covering.subarray(start[element], start[element + 1]);
    const key = members.join(',');
    const found = classOf.get(key);
    if (found !== undefined) classWeight[found] += weights[element];
    else {
      classOf.set(key, classWeight.length);
      classWeight.push(weights[element]);
      classMembers.push(members);
    }
  }
  const mountColumn = new Int32Array(mountOpenCost.length).fill(-1);
  let mountColumns = 0;
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    const mount = candidateMount[candidate];
    if (mountColumn[mount] < 0) mountColumn[mount] = candidateCount + mountColumns++;
  }
  const classCount = classWeight.length;
  const numCols = candidateCount + mountColumns + classCount;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integrality = new Int32Array(numCols);
  integrality.fill(1, 0, candidateCount + mountColumns);
  for (let index = 0; index < classCount; index++) colCost[candidateCount + mountColumns + index] = classWeight[index];
  const pricePerMad = constraints.pricePerMad ?? 0;
  if (pricePerMad > 0) {
    for (let candidate = 0; candidate < candidateCount; candidate++) colCost[candidate] = -pricePerMad * candidatePrice[candidate];
    for (let mount = 0; mount < mountColumn.length; mount++) if (mountColumn[mount] >= 0) colCost[mountColumn[mount]] = -pricePerMad * mountOpenCost[mount];
  }
  const rowStarts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowUpper: number[] = [];
  const endRow = (upper: number) => {
    rowStarts.push(indices.length);
    rowUpper.push(upper);
  };
  for (let index = 0; index < classCount; index++) {
    indices.push(candidateCount + mountColumns + index);
    values.push(1);
    for (const candidate of classMembers[index]) {
      indices.push(candidate);
      values.push(-1);
    }
    endRow(0);
  }
  const perMount = new Map<number, number[]>();
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    const list = perMount.get(candidateMount[candidate]) ?? [];
    list.push(candidate);
    perMount.set(candidateMount[candidate], list);
  }
  for (const [mount, list] of perMount) {
    for (const candidate of list) {
      indices.push(candidate);
      values.push(1);
    }
    indices.push(mountColumn[mount]);
    values.push(-mountFreeSlots[mount]);
    endRow(0);
    if (tight && mountOpenCost[mount] > 0 && mountFreeSlots[mount] > 1) {
      for (const candidate of list) {
        indices.push(candidate, mountColumn[mount]);
        values.push(1, -1);
        endRow(0);
      }
    }
  }
  if (constraints.budget !== undefined) {
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      indices.push(candidate);
      values.push(candidatePrice[candidate]);
    }
    for (const mount of perMount.keys()) {
      if (mountOpenCost[mount] === 0) continue;
      indices.push(mountColumn[mount]);
      values.push(mountOpenCost[mount]);
    }
    endRow(constraints.budget);
  }
  if (constraints.maxCameras !== undefined) {
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      indices.push(candidate);
      values.push(1);
    }
    endRow(constraints.maxCameras);
  }
  const numRows = rowUpper.length;
  // A starting incumbent (the optimiser's own choice): it helps pruning, it cannot change the bound.
  const initial = new Float64Array(numCols);
  for (const candidate of startCandidates) {
    initial[candidate] = 1;
    initial[mountColumn[candidateMount[candidate]]] = 1;
  }
  for (let index = 0; index < classCount; index++) {
    if (classMembers[index].some((candidate) => initial[candidate] === 1)) initial[candidateCount + mountColumns + index] = 1;
  }
  return {
    start: startCandidates.length > 0 ? initial : undefined,
    numCols,
    numRows,
    offset,
    colCost,
    colLower,
    colUpper,
    rowLower: new Float64Array(numRows).fill(-Infinity),
    rowUpper: Float64Array.from(rowUpper),
    matrix: { format: 'csr' as const, numRows, numCols, starts: Int32Array.from(rowStarts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
    integrality,
  };
}

/** Solves the instance's MIP in a worker (HiGHS is synchronous and single-threaded). */
export async function solvePlacementExactly(
  instance: PlacementInstance,
  constraints: { budget?: number; maxCameras?: number; pricePerMad?: number },
  timeLimitSeconds: number,
  startCandidates: readonly number[] = [],
  tight = true,
  options: { skipLp?: boolean; relativeGap?: number } = {},
): Promise<ExactResult> {
  const { start, ...model } = buildPlacementMip(instance, constraints, startCandidates, tight);
  const message = await new Promise<Omit<ExactResult, 'columns' | 'rows'> & { error?: string }>((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'placement-highs.worker.js'), { workerData: { model, start, timeLimitSeconds, lpSolver: process.env.PLACEMENT_LP_SOLVER, skipLp: options.skipLp === true, relativeGap: options.relativeGap } });
    worker.once('message', (data) => {
      resolve(data);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  if (message.error) throw new Error(message.error);
  return { ...message, columns: model.numCols, rows: model.numRows };
}
