import { isActiveFaultState } from './fault-vocabulary';
import type { StateChange } from './sla';

/** A half-open time interval [fromMs, toMs). */
export interface Interval {
  fromMs: number;
  toMs: number;
}

/** The intervals during which a fault was active (open, acknowledged, in progress), clipped to `nowMs`. */
export function activeIntervals(history: readonly StateChange[], nowMs: number): Interval[] {
  const intervals: Interval[] = [];
  let start: number | null = null;
  for (const change of history) {
    const active = isActiveFaultState(change.state);
    if (active && start === null) start = change.atMs;
    else if (!active && start !== null) {
      if (change.atMs > start) intervals.push({ fromMs: start, toMs: change.atMs });
      start = null;
    }
  }
  if (start !== null && nowMs > start) intervals.push({ fromMs: start, toMs: nowMs });
  return intervals;
}

/** Sorted, non-overlapping union of intervals, clipped to the period. */
export function unionWithin(intervals: readonly Interval[], period: Interval): Interval[] {
  const clipped = intervals
    .map((interval) => ({ fromMs: Math.max(interval.fromMs, period.fromMs), toMs: Math.min(interval.toMs, period.toMs) }))
    .filter((interval) => interval.toMs > interval.fromMs)
    .sort((a, b) => a.fromMs - b.fromMs);
  const union: Interval[] = [];
  for (const interval of clipped) {
    const last = union[union.length - 1];
    if (last && interval.fromMs <= last.toMs) last.toMs = Math.max(last.toMs, interval.toMs);
    else union.push({ ...interval });
  }
  return union;
}

const totalMs = (intervals: readonly Interval[]) => intervals.reduce((sum, interval) => sum + (interval.toMs - interval.fromMs), 0);

/** Share of the period a camera was not darkened by any active fault (1 with no dark interval). */
export function cameraAvailability(darkIntervals: readonly Interval[], period: Interval): { availability: number; darkMs: number } {
  const length = period.toMs - period.fromMs;
  if (!(length > 0)) throw new RangeError('The period must end after it starts.');
  const darkMs = totalMs(unionWithin(darkIntervals, period));
  return { availability: 1 - darkMs / length, darkMs };
}

/** A stretch of the period with one constant set of dark cameras. */
export interface Segment extends Interval {
  darkCameraIds: string[];
}

/** Cuts the period at every start and end of a dark interval: within each segment nothing changes. */
export function segmentsOf(darkByCamera: ReadonlyMap<string, readonly Interval[]>, period: Interval): Segment[] {
  const cuts = new Set<number>([period.fromMs, period.toMs]);
  const unions = new Map<string, Interval[]>();
  for (const [cameraId, intervals] of darkByCamera) {
    const union = unionWithin(intervals, period);
    if (!union.length) continue;
    unions.set(cameraId, union);
    for (const interval of union) cuts.add(interval.fromMs).add(interval.toMs);
  }
  const times = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < times.length; index++) {
    const fromMs = times[index];
    const toMs = times[index + 1];
    const darkCameraIds: string[] = [];
    for (const [cameraId, union] of unions) {
      if (union.some((interval) => interval.fromMs <= fromMs && toMs <= interval.toMs)) darkCameraIds.push(cameraId);
    }
    segments.push({ fromMs, toMs, darkCameraIds: darkCameraIds.sort() });
  }
  return segments;
}

export interface BlackSpotAvailability {
  /** Covered fraction at the required level with none of its cameras dark. */
  nominalCoveredFraction: number;
  /** Time-weighted mean of the covered fraction over the period. */
  meanCoveredFraction: number;
  /** Share of the period during which the spot had all of its nominal coverage (no loss). */
  availability: number;
  /** Time with some coverage lost, ms. */
  degradedMs: number;
}

/**
 * Availability of one black spot over a period: `coveredFraction(darkIds)` measures its coverage at its
 * required level without the given cameras (the coverage core, memoised by the caller). Only the
 * spot's own cameras matter; neighbours that still cover a dark camera's view keep the spot whole.
 */
export function blackSpotAvailability(
  segments: readonly Segment[],
  spotCameraIds: ReadonlySet<string>,
  coveredFraction: (darkCameraIds: readonly string[]) => number,
  period: Interval,
): BlackSpotAvailability {
  const length = period.toMs - period.fromMs;
  if (!(length > 0)) throw new RangeError('The period must end after it starts.');
  const nominal = coveredFraction([]);
  let weighted = 0;
  let degradedMs = 0;
  for (const segment of segments) {
    const dark = segment.darkCameraIds.filter((id) => spotCameraIds.has(id));
    const covered = dark.length ? coveredFraction(dark) : nominal;
    const duration = segment.toMs - segment.fromMs;
    weighted += covered * duration;
    // A loss under a millionth of the spot is measurement noise, not a loss.
    if (covered < nominal - 1e-6) degradedMs += duration;
  }
  return { nominalCoveredFraction: nominal, meanCoveredFraction: weighted / length, availability: 1 - degradedMs / length, degradedMs };
}
