import { describe, expect, it } from 'vitest';
import type { AreaSummary } from './analysisApi';
import { zoneSections } from './SummaryPanel';

const level = (blackSpotCount: number) => ({
  level: 'recognition' as const, blackSpotCount, areaSquareMeters: blackSpotCount * 100, coveredAreaSquareMeters: 0,
  uncoveredAreaSquareMeters: blackSpotCount * 100, coveredFraction: 0, priorityWeightedCoveredFraction: 0,
});
const zone = (zoneId: string | null, zoneName: string | null, spots: number): AreaSummary =>
  ({ zoneId, zoneName, levels: spots > 0 ? [level(spots)] : [] }) as AreaSummary;

describe('coverage by zone in the summary', () => {
  it('tables only the zones with black spots, the spots in no zone apart, and names the empty zones', () => {
    const sections = zoneSections([zone('z1', 'Médina', 4), zone('z2', 'Saïss', 0), zone(null, null, 2), zone('z3', 'Agdal', 1)]);
    expect(sections.withSpots.map((entry) => entry.zoneName)).toEqual(['Médina', 'Agdal']);
    expect(sections.outside?.levels[0].blackSpotCount).toBe(2);
    expect(sections.withoutSpots).toEqual(['Saïss']);
  });

  it('has no outside section when every spot lies in a zone', () => {
    expect(zoneSections([zone('z1', 'Médina', 4), zone(null, null, 0)]).outside).toBeNull();
  });
});
