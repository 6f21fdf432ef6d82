/**
 * Installation progress from the status history: an asset's status at any date, late items, counts by
 * status, the planned-vs-actual curve of a package and a CSV writer. Pure (no Nest, no TypeORM): the
 * installation service loads rows and asks here.
 */
import { ASSET_STATUSES, type AssetStatus } from '../domain';

/** Statuses in which the installation work is done (installed or beyond). */
export const INSTALLED_OR_BEYOND: ReadonlySet<AssetStatus> = new Set(['installed', 'commissioned', 'out_of_service', 'decommissioned']);
/** Statuses that still owe installation work: late when past due. */
export const AWAITING_INSTALLATION: ReadonlySet<AssetStatus> = new Set(['planned', 'approved', 'in_progress']);

export interface StatusStepFact {
  fromStatus: AssetStatus | null;
  toStatus: AssetStatus;
  /** Milliseconds since the epoch. */
  occurredAt: number;
}

export interface AssetHistory {
  currentStatus: AssetStatus;
  /** When the asset was created (ms); it does not exist before. */
  createdAt: number;
  /** Its steps, oldest first. */
  steps: readonly StatusStepFact[];
}

/**
 * The status an asset had at the end of `at` (ms): the last step at or before it; before its first
 * step, that step's starting status (planned when unknown); with no step at all, its present status.
 * Null when the asset did not exist yet.
 */
export function statusAt(asset: AssetHistory, at: number): AssetStatus | null {
  if (asset.createdAt > at) return null;
  let last: StatusStepFact | null = null;
  for (const step of asset.steps) {
    if (step.occurredAt <= at) last = step;
    else break;
  }
  if (last) return last.toStatus;
  if (asset.steps.length) return asset.steps[0].fromStatus ?? 'planned';
  return asset.currentStatus;
}

/** When the asset first reached installed (or beyond) according to its steps, ms; null if never. */
export function firstInstalledAt(steps: readonly StatusStepFact[]): number | null {
  for (const step of steps) if (INSTALLED_OR_BEYOND.has(step.toStatus) && step.toStatus !== 'decommissioned') return step.occurredAt;
  return null;
}

/** Late: past its due day (dueOn is a YYYY-MM-DD date, due by its end, UTC) and not installed yet at `at`. */
export function isLate(status: AssetStatus | null, dueOn: string | null, at: number): boolean {
  if (!status || !dueOn || !AWAITING_INSTALLATION.has(status)) return false;
  return endOfDay(dueOn) < at;
}

/** The last millisecond of a YYYY-MM-DD day, UTC. */
export function endOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) + 86_400_000 - 1;
}

export interface StatusCount {
  status: AssetStatus;
  count: number;
  /** 0..1 of the counted assets. */
  share: number;
}

/** Counts and shares for every status (zeros included, in life-cycle order). */
export function countByStatus(statuses: readonly AssetStatus[]): StatusCount[] {
  const counts = new Map<AssetStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return ASSET_STATUSES.map((status) => ({
    status,
    count: counts.get(status) ?? 0,
    share: statuses.length ? (counts.get(status) ?? 0) / statuses.length : 0,
  }));
}

/** Dates from `from` to `to` (ms) every `stepDays` days, `to` always included as the last point. */
export function seriesDates(from: number, to: number, stepDays: number): number[] {
  if (!(stepDays >= 1)) throw new RangeError('stepDays must be at least 1');
  const dates: number[] = [];
  for (let at = from; at < to; at += stepDays * 86_400_000) dates.push(at);
  dates.push(to);
  return dates;
}

export interface SCurvePoint {
  at: number;
  /** Installations planned by this date: the package's assets spread evenly from its start to its due day. */
  plannedCount: number;
  /** Assets actually installed (or beyond) by this date, from the history. */
  actualCount: number;
}

/**
 * The planned-versus-actual curve of one package: planned completions grow linearly from the planned
 * start to the due day (all assets due then); actual ones count first installation dates.
 */
export function sCurve(
  plannedStartOn: string,
  dueOn: string,
  assetCount: number,
  installedAts: readonly (number | null)[],
  dates: readonly number[],
): SCurvePoint[] {
  const start = Date.parse(`${plannedStartOn}T00:00:00Z`);
  const end = endOfDay(dueOn);
  const sorted = installedAts.filter((at): at is number => at !== null).sort((a, b) => a - b);
  return dates.map((at) => {
    const fraction = at >= end ? 1 : at <= start ? 0 : (at - start) / (end - start);
    let actualCount = 0;
    while (actualCount < sorted.length && sorted[actualCount] <= at) actualCount++;
    return { at, plannedCount: Math.round(assetCount * fraction * 100) / 100, actualCount };
  });
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) goes out with a
 * leading apostrophe (OWASP's advice, as the bill's CSV does); a plain number, even negative, stays one.
 */
export const FORMULA_START = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

/** Rows as CSV (RFC 4180 quoting, formula cells neutralised), with a UTF-8 byte order mark. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[], delimiter = ','): string {
  const cell = (value: string | number | boolean | null): string => {
    let text = value === null ? '' : String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
    return /["\n\r]/.test(text) || text.includes(delimiter) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}
