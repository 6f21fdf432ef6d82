/**
 * Exact visible regions of one camera by an angular (polar) sweep, in flat number arrays.
 *
 * Why hand-written rather than Clipper2 (which the previous version used: sector band minus the union
 * of shadow polygons, one difference per DORI level plus unions to nest the levels): every boundary of
 * a shadow in this model is a radial segment, a wall (a straight line), a wall scaled about the camera
 * (still a straight line) or a range circle, and along any bearing the hidden distances are simply a
 * union of intervals [entry, exit * stretch). A sweep over bearings exploits that structure: between two
 * consecutive "events" (wall end bearings, crossings of two lines, crossings of a line with a range
 * circle) the order of all those curves along the ray is fixed, so the visible distances are read off
 * one sorted list with one counter per target height. All DORI levels of a camera and their nesting
 * unions come out of the SAME sweep (nesting is a union of intervals on each ray), so a camera costs one
 * pass instead of 4 Clipper differences + 2 unions, with no integer scaling and no general-purpose
 * intersection search. Measured on the 5,000 camera / 20,000 building bench (same process, interleaved):
 * 5.3x faster than the Clipper version for all four nested levels, total areas within 0.001%, no level
 * differing by more than 0.1% (see test/bench/coverage.bench.ts).
 *
 * Coordinates: camera-local metres (camera at the origin). Bearings `alpha` are measured
 * counter-clockwise from the start of the sector, in [0, W] (W = 2 pi for a full circle).
 *
 * Output: each region's boundary is assembled from the trapezoid-like cells of the sweep: the outer and
 * inner curve of each visible interval, plus radial pieces where the visible intervals of two
 * neighbouring cells differ. Endpoints on one bearing are snapped together (1 micrometre), which keeps
 * every vertex balanced (as many edges in as out), so the edges always link into closed rings. Rings
 * are counter-clockwise around visible area and clockwise around holes (non-zero rule, winding 0/1).
 * Range circles are drawn as chords with the same 1 cm sagitta as `sectorRing`.
 */
import { arcStepRadians } from '../geometry/sector';
import type { PointMeters, Region, Ring } from '../geometry/planar';

export interface SweepObstacle {
  rings: readonly (readonly PointMeters[])[];
  heightMeters: number | null;
}

export interface SweepLevel {
  /** Index into `targetHeights`. */
  heightIndex: number;
  nearMeters: number;
  farMeters: number;
}

export interface SweepRequest {
  obstacles: readonly SweepObstacle[];
  mountHeightMeters: number;
  headingDegrees: number;
  horizontalFieldOfViewDegrees: number;
  targetHeights: readonly number[];
  /** Raw bands (one visible region each, before nesting). */
  levels: readonly SweepLevel[];
  /** Each output is the union of the listed levels' regions. */
  outputs: readonly (readonly number[])[];
  /** Added to every output coordinate (e.g. the camera position in projected metres). */
  offset?: PointMeters;
}

export interface SweepOutput {
  region: Region;
  /** Computed from camera-local coordinates (no cancellation with large UTM values). */
  areaSquareMeters: number;
}

const TWO_PI = 2 * Math.PI;
/** Bearings closer than this are the same event. */
const ANGLE_EPSILON = 1e-12;
/** Interval endpoints on one bearing closer than this are the same vertex. */
const SNAP_METERS = 1e-6;
/** Visible intervals thinner than this (at the middle of a cell) are dropped. */
const MINIMUM_WIDTH_METERS = 1e-9;

const KIND_LINE = 0;
const KIND_CIRCLE = 1;
const KIND_ORIGIN = 2;

/** How an obstacle of height h shadows targets at height t from a lens at height H: 0 none, Infinity full, else the stretch. */
function shadowStretch(mountHeight: number, targetHeight: number, height: number | null): number {
  if (height === null) return Infinity;
  if (height <= targetHeight) return 0;
  if (targetHeight >= mountHeight) return height > mountHeight ? Infinity : 0;
  if (height >= mountHeight) return Infinity;
  return (mountHeight - targetHeight) / (mountHeight - height);
}

function normalizeAngle(angle: number): number {
  let value = angle % TWO_PI;
  if (value < 0) value += TWO_PI;
  return value;
}

/** Growable scratch buffers reused between calls (the sweep is synchronous, so one set suffices). */
class Scratch {
  numbers: Float64Array;
  ints: Int32Array;
  constructor(size: number) {
    this.numbers = new Float64Array(size);
    this.ints = new Int32Array(size);
  }
}

export function sweepVisibility(request: SweepRequest): SweepOutput[] {
  const heightCount = request.targetHeights.length;
  const levelCount = request.levels.length;
  const outputCount = request.outputs.length;
  const empty = (): SweepOutput[] => request.outputs.map(() => ({ region: [], areaSquareMeters: 0 }));
  let maxFar = 0;
  for (const level of request.levels) if (level.farMeters > level.nearMeters && level.farMeters > maxFar) maxFar = level.farMeters;
  if (!(maxFar > 0) || outputCount === 0) return empty();

  const fullCircle = request.horizontalFieldOfViewDegrees >= 360;
  const sectorWidth = fullCircle ? TWO_PI : (request.horizontalFieldOfViewDegrees * Math.PI) / 180;
  if (!(sectorWidth > 0)) return empty();
  const theta0 = fullCircle ? 0 : ((90 - request.headingDegrees) * Math.PI) / 180 - sectorWidth / 2;
  const offsetX = request.offset?.x ?? 0;
  const offsetY = request.offset?.y ?? 0;

  // ---- Curves: lines (walls, scaled walls), circles (band limits), the origin (r = 0). ----
  const curveKind: number[] = [];
  const curveC: number[] = []; // line: cross(P, d) (scaled); circle: radius
  const curveDx: number[] = [];
  const curveDy: number[] = [];
  const curveDistance: number[] = []; // line: distance from the camera; circle: radius
  const curveFoot: number[] = []; // line: bearing (alpha) of the closest point
  const curveBlocksAll: boolean[] = []; // entry wall of an obstacle that hides everything behind it at every height
  const curveDelta: number[] = []; // heightCount entries per curve: +1 entry, -1 end of shadow, 0
  const pieceCurve: number[] = [];
  const pieceLow: number[] = [];
  const pieceHigh: number[] = [];

  const addPiece = (curve: number, low: number, high: number): void => {
    const clippedLow = low < 0 ? 0 : low;
    const clippedHigh = high > sectorWidth ? sectorWidth : high;
    if (clippedHigh - clippedLow <= ANGLE_EPSILON) return;
    pieceCurve.push(curve);
    pieceLow.push(clippedLow);
    pieceHigh.push(clippedHigh);
  };
  const addLine = (c: number, dx: number, dy: number, distance: number, foot: number, blocksAll: boolean, deltas: number[]): number => {
    const id = curveKind.length;
    curveKind.push(KIND_LINE);
    curveC.push(c);
    curveDx.push(dx);
    curveDy.push(dy);
    curveDistance.push(distance);
    curveFoot.push(foot);
    curveBlocksAll.push(blocksAll);
    for (const delta of deltas) curveDelta.push(delta);
    return id;
  };

  const stretches = new Array<number>(heightCount);
  const entryDeltas = new Array<number>(heightCount);
  const exitDeltas = new Array<number>(heightCount);
  for (const obstacle of request.obstacles) {
    let anyShadow = false;
    let blocksAll = true;
    for (let h = 0; h < heightCount; h++) {
      const stretch = shadowStretch(request.mountHeightMeters, request.targetHeights[h], obstacle.heightMeters);
      stretches[h] = stretch;
      entryDeltas[h] = stretch > 0 ? 1 : 0;
      if (stretch > 0) anyShadow = true;
      if (stretch !== Infinity) blocksAll = false;
    }
    if (!anyShadow) continue;
    for (const ring of obstacle.rings) {
      const count = ring.length;
      for (let index = 0; index < count; index++) {
        const a = ring[index];
        const b = ring[index + 1 === count ? 0 : index + 1];
        const cross = a.x * b.y - a.y * b.x;
        if (cross === 0) continue; // seen edge-on: spans no bearing
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length = Math.sqrt(dx * dx + dy * dy);
        const distance = Math.abs(cross) / length;
        if (distance >= maxFar) continue;
        const span = Math.abs(Math.atan2(cross, a.x * b.x + a.y * b.y));
        const low = cross > 0 ? normalizeAngle(Math.atan2(a.y, a.x) - theta0) : normalizeAngle(Math.atan2(b.y, b.x) - theta0);
        const high = low + span;
        // Closest point of the line: (dy, -dx) * cross / |d|^2.
        const foot = normalizeAngle(Math.atan2(-dx * cross, dy * cross) - theta0);
        if (cross < 0) {
          // Facing the camera: the ray enters the footprint here.
          const curve = addLine(cross, dx, dy, distance, foot, blocksAll, entryDeltas);
          addPiece(curve, low, high > TWO_PI ? TWO_PI : high);
          if (high > TWO_PI) addPiece(curve, 0, high - TWO_PI);
        } else {
          // Facing away: the shadow ends at this wall scaled by the stretch (once per distinct stretch).
          for (let h = 0; h < heightCount; h++) {
            const stretch = stretches[h];
            if (stretch === 0 || stretch === Infinity) continue;
            let seen = false;
            for (let previous = 0; previous < h; previous++) if (stretches[previous] === stretch) seen = true;
            if (seen || distance * stretch >= maxFar) continue;
            for (let other = 0; other < heightCount; other++) exitDeltas[other] = stretches[other] === stretch ? -1 : 0;
            const curve = addLine(cross * stretch, dx, dy, distance * stretch, foot, false, exitDeltas);
            addPiece(curve, low, high > TWO_PI ? TWO_PI : high);
            if (high > TWO_PI) addPiece(curve, 0, high - TWO_PI);
          }
        }
      }
    }
  }
  const zeroDeltas = new Array<number>(heightCount).fill(0);
  const addSpecial = (kind: number, radius: number): number => {
    const id = curveKind.length;
    curveKind.push(kind);
    curveC.push(radius);
    curveDx.push(0);
    curveDy.push(0);
    curveDistance.push(radius);
    curveFoot.push(0);
    curveBlocksAll.push(false);
    for (const delta of zeroDeltas) curveDelta.push(delta);
    return id;
  };
  const originCurve = addSpecial(KIND_ORIGIN, 0);
  const circleByRadius = new Map<number, number>();
  const circleFor = (radius: number): number => {
    if (radius <= 0) return originCurve;
    let id = circleByRadius.get(radius);
    if (id === undefined) {
      id = addSpecial(KIND_CIRCLE, radius);
      circleByRadius.set(radius, id);
    }
    return id;
  };
  const levelNear = new Int32Array(levelCount);
  const levelFar = new Int32Array(levelCount);
  const levelActive = new Uint8Array(levelCount);
  const levelHeight = new Int32Array(levelCount);
  for (let level = 0; level < levelCount; level++) {
    const band = request.levels[level];
    levelActive[level] = band.farMeters > band.nearMeters ? 1 : 0;
    levelHeight[level] = band.heightIndex;
    if (!levelActive[level]) continue;
    levelNear[level] = circleFor(band.nearMeters);
    levelFar[level] = circleFor(band.farMeters);
  }
  const circles: number[] = [...circleByRadius.values()];

  // ---- Primary events: wall end bearings, the sector edges (and quarter turns for a full circle). ----
  const rawBoundaries: number[] = [0, sectorWidth];
  if (fullCircle || sectorWidth > Math.PI / 2) {
    for (let quarter = 1; quarter * (Math.PI / 2) < sectorWidth - 1e-9; quarter++) rawBoundaries.push(quarter * (Math.PI / 2));
  }
  for (let piece = 0; piece < pieceCurve.length; piece++) rawBoundaries.push(pieceLow[piece], pieceHigh[piece]);
  const sortedBoundaries = Float64Array.from(rawBoundaries).sort();
  const boundaries: number[] = [];
  for (const value of sortedBoundaries) {
    if (boundaries.length === 0 || value - boundaries[boundaries.length - 1] > ANGLE_EPSILON) boundaries.push(value);
  }
  const wedgeCount = boundaries.length - 1;
  const boundaryIndex = (alpha: number): number => {
    let low = 0;
    let high = boundaries.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (boundaries[middle] < alpha - ANGLE_EPSILON) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // Curves crossing each wedge (CSR layout).
  const wedgeStart = new Int32Array(wedgeCount + 1);
  const pieceFirst = new Int32Array(pieceCurve.length);
  const pieceLast = new Int32Array(pieceCurve.length);
  for (let piece = 0; piece < pieceCurve.length; piece++) {
    pieceFirst[piece] = boundaryIndex(pieceLow[piece]);
    pieceLast[piece] = boundaryIndex(pieceHigh[piece]);
    for (let wedge = pieceFirst[piece]; wedge < pieceLast[piece]; wedge++) wedgeStart[wedge + 1]++;
  }
  for (let wedge = 0; wedge < wedgeCount; wedge++) wedgeStart[wedge + 1] += wedgeStart[wedge];
  const wedgeCurves = new Int32Array(wedgeStart[wedgeCount]);
  const fill = wedgeStart.slice(0, wedgeCount);
  for (let piece = 0; piece < pieceCurve.length; piece++) {
    for (let wedge = pieceFirst[piece]; wedge < pieceLast[piece]; wedge++) wedgeCurves[fill[wedge]++] = pieceCurve[piece];
  }

  const curveCount = curveKind.length;
  const radiusAt = (curve: number, cos: number, sin: number): number => {
    const kind = curveKind[curve];
    if (kind === KIND_LINE) return curveC[curve] / (cos * curveDy[curve] - sin * curveDx[curve]);
    return curveC[curve];
  };

  // ---- Cells: per output, the visible intervals of each cell (sub-wedge between two events). ----
  const cellStart: number[] = []; // alpha where each cell begins
  // Per output, flat interval arrays; ivCell marks the cell; cellFirst per output holds each cell's first interval.
  const ivCell: number[][] = [];
  const ivLoCurve: number[][] = [];
  const ivHiCurve: number[][] = [];
  const ivLoA: number[][] = [];
  const ivHiA: number[][] = [];
  const ivLoB: number[][] = [];
  const ivHiB: number[][] = [];
  const cellFirst: number[][] = [];
  for (let output = 0; output < outputCount; output++) {
    ivCell.push([]);
    ivLoCurve.push([]);
    ivHiCurve.push([]);
    ivLoA.push([]);
    ivHiA.push([]);
    ivLoB.push([]);
    ivHiB.push([]);
    cellFirst.push([]);
  }

  const radiusLeft = new Float64Array(curveCount);
  const radiusRight = new Float64Array(curveCount);
  const radiusMiddle = new Float64Array(curveCount);
  const kept: number[] = [];
  const events: number[] = [];
  const order: number[] = [];
  const counts = new Int32Array(heightCount);
  const openCurve = new Int32Array(levelCount);
  const openRadius = new Float64Array(levelCount);
  const isOpen = new Uint8Array(levelCount);
  // Raw intervals of the current cell, per level: flat [loCurve, hiCurve, loMid, hiMid] quadruples.
  const raw: number[][] = [];
  for (let level = 0; level < levelCount; level++) raw.push([]);
  const merged: number[] = [];

  for (let wedge = 0; wedge < wedgeCount; wedge++) {
    const alphaLeft = boundaries[wedge];
    const alphaRight = boundaries[wedge + 1];
    const cosLeft = Math.cos(theta0 + alphaLeft);
    const sinLeft = Math.sin(theta0 + alphaLeft);
    const cosRight = Math.cos(theta0 + alphaRight);
    const sinRight = Math.sin(theta0 + alphaRight);
    // Occlusion culling: behind the nearest wall that hides everything at every height nothing matters.
    let cutoff = maxFar;
    for (let slot = wedgeStart[wedge]; slot < wedgeStart[wedge + 1]; slot++) {
      const curve = wedgeCurves[slot];
      const left = radiusAt(curve, cosLeft, sinLeft);
      const right = radiusAt(curve, cosRight, sinRight);
      radiusLeft[curve] = left;
      radiusRight[curve] = right;
      if (curveBlocksAll[curve]) {
        const farthest = left > right ? left : right; // a line is farthest at a wedge end
        if (farthest < cutoff) cutoff = farthest;
      }
    }
    kept.length = 0;
    for (let slot = wedgeStart[wedge]; slot < wedgeStart[wedge + 1]; slot++) {
      const curve = wedgeCurves[slot];
      const foot = curveFoot[curve];
      let nearest = radiusLeft[curve] < radiusRight[curve] ? radiusLeft[curve] : radiusRight[curve];
      if (foot > alphaLeft && foot < alphaRight) nearest = curveDistance[curve];
      if (nearest <= cutoff) kept.push(curve);
    }
    // Secondary events: two lines crossing, a line crossing a band circle.
    events.length = 0;
    for (let i = 0; i < kept.length; i++) {
      const first = kept[i];
      for (let j = i + 1; j < kept.length; j++) {
        const second = kept[j];
        const before = radiusLeft[first] - radiusLeft[second];
        const after = radiusRight[first] - radiusRight[second];
        if (!((before < 0 && after > 0) || (before > 0 && after < 0))) continue;
        // c1 (cos dy2 - sin dx2) = c2 (cos dy1 - sin dx1)  =>  tan(theta) = A / B
        const c1 = curveC[first];
        const c2 = curveC[second];
        const along = c1 * curveDy[second] - c2 * curveDy[first];
        const across = c1 * curveDx[second] - c2 * curveDx[first];
        let alpha = normalizeAngle(Math.atan2(along, across) - theta0);
        if (!(alpha > alphaLeft && alpha < alphaRight)) alpha = normalizeAngle(alpha + Math.PI);
        if (alpha > alphaLeft + ANGLE_EPSILON && alpha < alphaRight - ANGLE_EPSILON) events.push(alpha);
      }
      for (const circle of circles) {
        const radius = curveC[circle];
        const distance = curveDistance[first];
        if (distance >= radius) continue;
        const left = radiusLeft[first];
        const right = radiusRight[first];
        if (left < radius && right < radius) continue;
        const half = Math.acos(distance / radius);
        const before = normalizeAngle(curveFoot[first] - half);
        if (before > alphaLeft + ANGLE_EPSILON && before < alphaRight - ANGLE_EPSILON) events.push(before);
        const after = normalizeAngle(curveFoot[first] + half);
        if (after > alphaLeft + ANGLE_EPSILON && after < alphaRight - ANGLE_EPSILON) events.push(after);
      }
    }
    if (events.length > 1) events.sort((a, b) => a - b);
    events.push(alphaRight);
    let cellLeft = alphaLeft;
    let cosA = cosLeft;
    let sinA = sinLeft;
    for (const eventAlpha of events) {
      if (eventAlpha - cellLeft <= ANGLE_EPSILON) continue;
      const cellRight = eventAlpha;
      const cosB = cellRight === alphaRight ? cosRight : Math.cos(theta0 + cellRight);
      const sinB = cellRight === alphaRight ? sinRight : Math.sin(theta0 + cellRight);
      const middle = theta0 + (cellLeft + cellRight) / 2;
      const cosM = Math.cos(middle);
      const sinM = Math.sin(middle);
      // Sorted curves along the middle ray (insertion sort: few curves survive culling).
      order.length = 0;
      for (let slot = 0; slot < kept.length + circles.length; slot++) {
        const curve = slot < kept.length ? kept[slot] : circles[slot - kept.length];
        const radius = slot < kept.length ? curveC[curve] / (cosM * curveDy[curve] - sinM * curveDx[curve]) : curveC[curve];
        radiusMiddle[curve] = radius;
        let position = order.length;
        order.push(curve);
        while (position > 0 && radiusMiddle[order[position - 1]] > radius) {
          order[position] = order[position - 1];
          position--;
        }
        order[position] = curve;
      }
      // Walk outwards with one shadow counter per target height.
      counts.fill(0);
      for (let level = 0; level < levelCount; level++) {
        raw[level].length = 0;
        isOpen[level] = 0;
        if (levelActive[level] && levelNear[level] === originCurve) {
          isOpen[level] = 1;
          openCurve[level] = originCurve;
          openRadius[level] = 0;
        }
      }
      for (const curve of order) {
        const radius = radiusMiddle[curve];
        const base = curve * heightCount;
        for (let h = 0; h < heightCount; h++) counts[h] += curveDelta[base + h];
        for (let level = 0; level < levelCount; level++) {
          if (!levelActive[level]) continue;
          const height = levelHeight[level];
          // Visible: past the near circle, before the far circle, outside every shadow.
          const pastNear = levelNear[level] === originCurve || radius >= curveC[levelNear[level]];
          const beforeFar = radius < curveC[levelFar[level]];
          const visible = pastNear && beforeFar && counts[height] === 0;
          if (visible && !isOpen[level]) {
            isOpen[level] = 1;
            openCurve[level] = curve;
            openRadius[level] = radius;
          } else if (!visible && isOpen[level]) {
            isOpen[level] = 0;
            if (radius - openRadius[level] > MINIMUM_WIDTH_METERS) raw[level].push(openCurve[level], curve, openRadius[level], radius);
          }
        }
      }
      const cell = cellStart.length;
      cellStart.push(cellLeft);
      for (let output = 0; output < outputCount; output++) {
        cellFirst[output].push(ivCell[output].length);
        // Union of the member levels' intervals on this ray.
        merged.length = 0;
        for (const level of request.outputs[output]) {
          const list = raw[level];
          for (let k = 0; k < list.length; k += 4) {
            // Insert keeping lo order.
            let position = merged.length;
            merged.push(0, 0, 0, 0);
            while (position > 0 && merged[position - 2] > list[k + 2]) {
              merged[position] = merged[position - 4];
              merged[position + 1] = merged[position - 3];
              merged[position + 2] = merged[position - 2];
              merged[position + 3] = merged[position - 1];
              position -= 4;
            }
            merged[position] = list[k];
            merged[position + 1] = list[k + 1];
            merged[position + 2] = list[k + 2];
            merged[position + 3] = list[k + 3];
          }
        }
        let k = 0;
        while (k < merged.length) {
          const lo = merged[k];
          let hi = merged[k + 1];
          let hiMid = merged[k + 3];
          k += 4;
          while (k < merged.length && merged[k + 2] <= hiMid) {
            if (merged[k + 3] > hiMid) {
              hi = merged[k + 1];
              hiMid = merged[k + 3];
            }
            k += 4;
          }
          ivCell[output].push(cell);
          ivLoCurve[output].push(lo);
          ivHiCurve[output].push(hi);
          ivLoA[output].push(radiusAt(lo, cosA, sinA));
          ivHiA[output].push(radiusAt(hi, cosA, sinA));
          ivLoB[output].push(radiusAt(lo, cosB, sinB));
          ivHiB[output].push(radiusAt(hi, cosB, sinB));
        }
      }
      cellLeft = cellRight;
      cosA = cosB;
      sinA = sinB;
    }
  }
  const cellCount = cellStart.length;
  cellStart.push(sectorWidth);
  for (let output = 0; output < outputCount; output++) cellFirst[output].push(ivCell[output].length);

  const results: SweepOutput[] = [];
  for (let output = 0; output < outputCount; output++) {
    results.push(
      assembleRings(
        {
          cellCount, cellStart, fullCircle, theta0, offsetX, offsetY, curveKind, curveC, originCurve,
          first: cellFirst[output], loCurve: ivLoCurve[output], hiCurve: ivHiCurve[output],
          loA: ivLoA[output], hiA: ivHiA[output], loB: ivLoB[output], hiB: ivHiB[output],
        },
      ),
    );
  }
  return results;
}

interface AssemblyInput {
  cellCount: number;
  cellStart: number[];
  fullCircle: boolean;
  theta0: number;
  offsetX: number;
  offsetY: number;
  curveKind: number[];
  curveC: number[];
  originCurve: number;
  first: number[];
  loCurve: number[];
  hiCurve: number[];
  loA: number[];
  hiA: number[];
  loB: number[];
  hiB: number[];
}

const RADIAL = -1;
const scratch = new Scratch(256);

/** Reusable vertex and edge buffers of the ring assembly (grown on demand, never shrunk). */
let pointX = new Float64Array(256);
let pointY = new Float64Array(256);
let edgeFrom = new Int32Array(512);
let edgeTo = new Int32Array(512);
let edgeCurve = new Int32Array(512);
let edgeAlphaFrom = new Float64Array(512);
let edgeAlphaTo = new Float64Array(512);
let head = new Int32Array(256);
let nextOut = new Int32Array(512);
let tagBuffer = new Int32Array(256);
let pointCount = 0;
let edgeCount = 0;

function addPoint(x: number, y: number): number {
  if (pointCount === pointX.length) {
    const grownX = new Float64Array(2 * pointCount);
    const grownY = new Float64Array(2 * pointCount);
    grownX.set(pointX);
    grownY.set(pointY);
    pointX = grownX;
    pointY = grownY;
  }
  pointX[pointCount] = x;
  pointY[pointCount] = y;
  return pointCount++;
}

function addEdge(from: number, to: number, curve: number, alphaFrom: number, alphaTo: number): void {
  if (edgeCount === edgeFrom.length) {
    const size = 2 * edgeCount;
    const grow = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
      const grown = make(size);
      grown.set(array);
      return grown;
    };
    edgeFrom = grow(edgeFrom, (n) => new Int32Array(n));
    edgeTo = grow(edgeTo, (n) => new Int32Array(n));
    edgeCurve = grow(edgeCurve, (n) => new Int32Array(n));
    edgeAlphaFrom = grow(edgeAlphaFrom, (n) => new Float64Array(n));
    edgeAlphaTo = grow(edgeAlphaTo, (n) => new Float64Array(n));
  }
  edgeFrom[edgeCount] = from;
  edgeTo[edgeCount] = to;
  edgeCurve[edgeCount] = curve;
  edgeAlphaFrom[edgeCount] = alphaFrom;
  edgeAlphaTo[edgeCount] = alphaTo;
  edgeCount++;
}

/** Links the cells' interval sides and the radial differences between neighbouring cells into rings. */
function assembleRings(input: AssemblyInput): SweepOutput {
  const { cellCount, cellStart, fullCircle, theta0, first } = input;
  const intervalCount = input.loCurve.length;
  if (intervalCount === 0) return { region: [], areaSquareMeters: 0 };
  // Vertices: 0 is the camera itself.
  pointCount = 0;
  edgeCount = 0;
  addPoint(0, 0);
  if (scratch.ints.length < 4 * intervalCount) scratch.ints = new Int32Array(8 * intervalCount);
  const ends = scratch.ints; // per interval: loA, hiA, loB, hiB vertex
  const boundaryCount = fullCircle ? cellCount : cellCount + 1;
  let values = scratch.numbers;
  let tags = tagBuffer;
  for (let boundary = 0; boundary < boundaryCount; boundary++) {
    const alpha = cellStart[boundary];
    const leftCell = boundary > 0 ? boundary - 1 : fullCircle ? cellCount - 1 : -1;
    const rightCell = boundary < cellCount ? boundary : -1;
    const leftFirst = leftCell >= 0 ? first[leftCell] : 0;
    const leftEnd = leftCell >= 0 ? first[leftCell + 1] : 0;
    const rightFirst = rightCell >= 0 ? first[rightCell] : 0;
    const rightEnd = rightCell >= 0 ? first[rightCell + 1] : 0;
    const valueCount = 2 * (leftEnd - leftFirst + rightEnd - rightFirst);
    if (valueCount === 0) continue;
    if (values.length < 3 * valueCount) scratch.numbers = values = new Float64Array(6 * valueCount);
    if (tags.length < 3 * valueCount) tagBuffer = tags = new Int32Array(6 * valueCount);
    // tags[i]: slot = interval * 4 + (0 loA, 1 hiA, 2 loB, 3 hiB)
    let n = 0;
    for (let iv = leftFirst; iv < leftEnd; iv++) {
      values[n] = input.loB[iv];
      tags[n++] = iv * 4 + 2;
      values[n] = input.hiB[iv];
      tags[n++] = iv * 4 + 3;
    }
    for (let iv = rightFirst; iv < rightEnd; iv++) {
      values[n] = input.loA[iv];
      tags[n++] = iv * 4;
      values[n] = input.hiA[iv];
      tags[n++] = iv * 4 + 1;
    }
    // Insertion sort by value (n is small).
    for (let i = 1; i < n; i++) {
      const value = values[i];
      const tag = tags[i];
      let j = i - 1;
      while (j >= 0 && values[j] > value) {
        values[j + 1] = values[j];
        tags[j + 1] = tags[j];
        j--;
      }
      values[j + 1] = value;
      tags[j + 1] = tag;
    }
    // Clusters of (nearly) equal radii become one vertex; coverage changes are counted per cluster.
    const clusterPoint = tags; // reuses [n, 2n)
    const leftCover = values; // reuses [n, 2n)
    const rightCover = values; // reuses [2n, 3n)
    let clusterCount = 0;
    const cos = Math.cos(theta0 + alpha);
    const sin = Math.sin(theta0 + alpha);
    for (let i = 0; i < n; i++) {
      if (i === 0 || values[i] - values[i - 1] > SNAP_METERS) {
        const radius = values[i];
        clusterPoint[n + clusterCount] = radius <= SNAP_METERS ? 0 : addPoint(radius * cos, radius * sin);
        leftCover[n + clusterCount] = 0;
        rightCover[2 * n + clusterCount] = 0;
        clusterCount++;
      }
      const cluster = clusterCount - 1;
      const slot = tags[i];
      const which = slot & 3;
      ends[slot] = clusterPoint[n + cluster];
      const delta = which === 0 || which === 2 ? 1 : -1;
      if (which >= 2) leftCover[n + cluster] += delta;
      else rightCover[2 * n + cluster] += delta;
    }
    let left = 0;
    let right = 0;
    let runState = 0; // 0 none, 1 left only (edge inwards), 2 right only (edge outwards)
    let runStart = 0;
    for (let cluster = 0; cluster < clusterCount; cluster++) {
      left += leftCover[n + cluster];
      right += rightCover[2 * n + cluster];
      const state = cluster === clusterCount - 1 ? 0 : left > 0 && right <= 0 ? 1 : right > 0 && left <= 0 ? 2 : 0;
      if (state !== runState) {
        if (runState !== 0) {
          const low = clusterPoint[n + runStart];
          const high = clusterPoint[n + cluster];
          if (low !== high) addEdge(runState === 1 ? high : low, runState === 1 ? low : high, RADIAL, alpha, alpha);
        }
        runState = state;
        runStart = cluster;
      }
    }
  }
  // Outer side of each interval forwards, inner side backwards.
  for (let cell = 0; cell < cellCount; cell++) {
    const alphaA = cellStart[cell];
    const alphaB = cellStart[cell + 1];
    for (let iv = first[cell]; iv < first[cell + 1]; iv++) {
      const base = iv * 4;
      if (ends[base + 1] !== ends[base + 3]) addEdge(ends[base + 1], ends[base + 3], input.hiCurve[iv], alphaA, alphaB);
      if (ends[base + 2] !== ends[base]) addEdge(ends[base + 2], ends[base], input.loCurve[iv], alphaB, alphaA);
    }
  }
  // Link: every vertex has as many edges in as out; follow unused outgoing edges.
  if (head.length < pointCount) head = new Int32Array(2 * pointCount);
  if (nextOut.length < edgeCount) nextOut = new Int32Array(2 * edgeCount);
  head.fill(-1, 0, pointCount);
  for (let edge = edgeCount - 1; edge >= 0; edge--) {
    nextOut[edge] = head[edgeFrom[edge]];
    head[edgeFrom[edge]] = edge;
  }
  const region: Region = [];
  let area = 0;
  const { offsetX, offsetY, curveKind, curveC } = input;
  const localX: number[] = [];
  const localY: number[] = [];
  let arcCurve = -1;
  let arcFrom = 0;
  let arcTo = 0;
  // Chord points strictly inside a run of edges along one circle (its ends are vertices).
  const flushArc = (): void => {
    if (arcCurve < 0) return;
    const radius = curveC[arcCurve];
    const steps = Math.ceil(Math.abs(arcTo - arcFrom) / arcStepRadians(radius));
    for (let step = 1; step < steps; step++) {
      const alpha = theta0 + arcFrom + ((arcTo - arcFrom) * step) / steps;
      localX.push(radius * Math.cos(alpha));
      localY.push(radius * Math.sin(alpha));
    }
    arcCurve = -1;
  };
  for (let start = 0; start < pointCount; start++) {
    while (head[start] !== -1) {
      localX.length = 0;
      localY.length = 0;
      let edge = head[start];
      head[start] = nextOut[edge];
      let previousCurve = -2;
      let firstCurve = -2;
      arcCurve = -1;
      for (;;) {
        const curve = edgeCurve[edge];
        if (firstCurve === -2) firstCurve = curve;
        const kind = curve === RADIAL ? -1 : curveKind[curve];
        if (curve === previousCurve && kind === KIND_CIRCLE && arcCurve === curve && edgeAlphaFrom[edge] === arcTo) {
          arcTo = edgeAlphaTo[edge]; // the same circle continues: one run of chords
        } else if (!(curve === previousCurve && kind === KIND_LINE)) {
          flushArc();
          localX.push(pointX[edgeFrom[edge]]);
          localY.push(pointY[edgeFrom[edge]]);
          if (kind === KIND_CIRCLE) {
            arcCurve = curve;
            arcFrom = edgeAlphaFrom[edge];
            arcTo = edgeAlphaTo[edge];
          }
        }
        previousCurve = curve;
        const point = edgeTo[edge];
        if (point === start) {
          flushArc();
          // Closed; drop the starting vertex if it sits in the middle of one straight wall.
          if (curve === firstCurve && kind === KIND_LINE && localX.length > 3) {
            localX.shift();
            localY.shift();
          }
          break;
        }
        edge = head[point];
        if (edge === -1) {
          flushArc(); // cannot happen with balanced vertices; close the ring as is
          break;
        }
        head[point] = nextOut[edge];
      }
      if (localX.length < 3) continue;
      let twice = 0;
      for (let i = 0, j = localX.length - 1; i < localX.length; j = i++) twice += (localX[j] - localX[i]) * (localY[j] + localY[i]);
      const ringArea = twice / 2;
      if (Math.abs(ringArea) < 1e-9) continue;
      area += ringArea;
      const ring: Ring = new Array(localX.length);
      for (let i = 0; i < localX.length; i++) ring[i] = { x: localX[i] + offsetX, y: localY[i] + offsetY };
      region.push(ring);
    }
  }
  return { region, areaSquareMeters: area };
}
