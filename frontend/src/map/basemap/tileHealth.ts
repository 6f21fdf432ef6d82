/**
 * Decides when online tiles have failed and the offline basemap should take over. Pure: the
 * component feeds it tileload / tileerror events and asks at intervals.
 *
 * Online tiles are given up when no tile has loaded yet and either `errorThreshold` tiles failed, or
 * `graceMs` passed (covers a tile server that never answers). Once one tile has loaded, tiles stay:
 * a few failing tiles on a working server are not a reason to switch basemaps.
 */
export interface TileHealth {
  startedAt: number;
  loads: number;
  errors: number;
}

export interface TileHealthOptions {
  errorThreshold: number;
  graceMs: number;
}

export const DEFAULT_TILE_HEALTH_OPTIONS: TileHealthOptions = { errorThreshold: 4, graceMs: 5000 };

export function startTileHealth(now: number): TileHealth {
  return { startedAt: now, loads: 0, errors: 0 };
}

export function recordTileEvent(health: TileHealth, event: 'load' | 'error'): TileHealth {
  return event === 'load' ? { ...health, loads: health.loads + 1 } : { ...health, errors: health.errors + 1 };
}

export function tilesHaveFailed(
  health: TileHealth,
  now: number,
  options: TileHealthOptions = DEFAULT_TILE_HEALTH_OPTIONS,
): boolean {
  if (health.loads > 0) return false;
  return health.errors >= options.errorThreshold || now - health.startedAt >= options.graceMs;
}
