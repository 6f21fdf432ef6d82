import type { Polygon } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { sectorsOfStatus, updateSectorCache, type SectorEntry } from './sectorGroups';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const camera = (id: string, version: number, status: string) => ({ id, version, status });

describe('sector cache', () => {
  it('computes new and changed sectors only, and reports the statuses whose group changed', () => {
    const cache = new Map<string, SectorEntry<string>>();
    const sectorOf = vi.fn((c: { id: string }) => (c.id === 'blind' ? null : { polygon: square, ring: [c.id] }));
    expect([...updateSectorCache(cache, [camera('a', 1, 'planned'), camera('b', 1, 'installed'), camera('blind', 1, 'planned')], 4, sectorOf)].sort()).toEqual(['installed', 'planned']);
    expect(sectorOf).toHaveBeenCalledTimes(3);

    sectorOf.mockClear();
    expect([...updateSectorCache(cache, [camera('a', 1, 'planned'), camera('b', 1, 'installed'), camera('blind', 1, 'planned')], 4, sectorOf)]).toEqual([]);
    expect(sectorOf).not.toHaveBeenCalled();

    // b commissioned (new version): leaves one group for another; blind removed.
    expect([...updateSectorCache(cache, [camera('a', 1, 'planned'), camera('b', 2, 'commissioned')], 4, sectorOf)].sort()).toEqual(['commissioned', 'installed', 'planned']);
    expect(sectorOf).toHaveBeenCalledTimes(1);
    expect(sectorsOfStatus(cache, 'planned').map((sector) => sector.ring)).toEqual([['a']]);
    expect(sectorsOfStatus(cache, 'installed')).toEqual([]);
    expect(sectorsOfStatus(cache, 'commissioned').map((sector) => sector.ring)).toEqual([['b']]);
  });

  it('recomputes every sector at another arc resolution', () => {
    const cache = new Map<string, SectorEntry<string>>();
    const sectorOf = vi.fn(() => ({ polygon: square, ring: ['x'] }));
    updateSectorCache(cache, [camera('a', 1, 'planned'), camera('b', 1, 'planned')], 4, sectorOf);
    updateSectorCache(cache, [camera('a', 1, 'planned'), camera('b', 1, 'planned')], 15, sectorOf);
    expect(sectorOf).toHaveBeenCalledTimes(4);
  });
});
