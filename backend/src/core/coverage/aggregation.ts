/** Zone and city totals of black-spot coverage by required DORI level, weighted by priority (1-5). */

export interface BlackSpotAggregateEntry {
  blackSpotId: string;
  zoneId: string | null;
  /** 1 (low) to 5 (critical). */
  priority: number;
  requiredLevel: string;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
}

export interface LevelTotals {
  level: string;
  blackSpotCount: number;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
  /** Covered area over total area. */
  coveredFraction: number;
  /** Sum(priority * covered) / Sum(priority * area): a critical spot weighs five times a low one. */
  priorityWeightedCoveredFraction: number;
  /** Black spots covered to at least 99% of their area. */
  fullyCoveredCount: number;
}

export interface CoverageAggregation {
  city: LevelTotals[];
  zones: { zoneId: string | null; levels: LevelTotals[] }[];
}

const FULLY_COVERED_FRACTION = 0.99;

function totalsFor(entries: readonly BlackSpotAggregateEntry[], levelOrder: readonly string[]): LevelTotals[] {
  const byLevel = new Map<string, BlackSpotAggregateEntry[]>();
  for (const entry of entries) {
    if (!(entry.priority >= 1 && entry.priority <= 5)) throw new RangeError(`priority of ${entry.blackSpotId} must be 1-5`);
    const list = byLevel.get(entry.requiredLevel) ?? [];
    list.push(entry);
    byLevel.set(entry.requiredLevel, list);
  }
  const levels = [...levelOrder.filter((level) => byLevel.has(level)), ...[...byLevel.keys()].filter((level) => !levelOrder.includes(level))];
  return levels.map((level) => {
    const list = byLevel.get(level) ?? [];
    let area = 0;
    let covered = 0;
    let weightedArea = 0;
    let weightedCovered = 0;
    let fullyCoveredCount = 0;
    for (const entry of list) {
      area += entry.areaSquareMeters;
      covered += entry.coveredAreaSquareMeters;
      weightedArea += entry.priority * entry.areaSquareMeters;
      weightedCovered += entry.priority * entry.coveredAreaSquareMeters;
      if (entry.areaSquareMeters > 0 && entry.coveredAreaSquareMeters / entry.areaSquareMeters >= FULLY_COVERED_FRACTION) fullyCoveredCount++;
    }
    return {
      level,
      blackSpotCount: list.length,
      areaSquareMeters: area,
      coveredAreaSquareMeters: covered,
      coveredFraction: area > 0 ? covered / area : 0,
      priorityWeightedCoveredFraction: weightedArea > 0 ? weightedCovered / weightedArea : 0,
      fullyCoveredCount,
    };
  });
}

/** Totals per zone (black spots without a zone are grouped under zoneId null) and for the whole city. */
export function aggregateBlackSpotCoverage(
  entries: readonly BlackSpotAggregateEntry[],
  levelOrder: readonly string[] = ['detection', 'observation', 'recognition', 'identification'],
): CoverageAggregation {
  const byZone = new Map<string | null, BlackSpotAggregateEntry[]>();
  for (const entry of entries) {
    const list = byZone.get(entry.zoneId) ?? [];
    list.push(entry);
    byZone.set(entry.zoneId, list);
  }
  return {
    city: totalsFor(entries, levelOrder),
    zones: [...byZone.entries()].map(([zoneId, list]) => ({ zoneId, levels: totalsFor(list, levelOrder) })),
  };
}
