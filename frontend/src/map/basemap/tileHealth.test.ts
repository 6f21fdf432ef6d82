import { describe, expect, it } from 'vitest';
import { recordTileEvent, startTileHealth, tilesHaveFailed, type TileHealth } from './tileHealth';

const options = { errorThreshold: 3, graceMs: 4000 };
const replay = (events: Array<'load' | 'error'>, start = 0): TileHealth =>
  events.reduce(recordTileEvent, startTileHealth(start));

describe('tilesHaveFailed', () => {
  it('keeps waiting right after start', () => {
    expect(tilesHaveFailed(startTileHealth(1000), 1000, options)).toBe(false);
  });

  it('gives up after several errors with no tile loaded', () => {
    expect(tilesHaveFailed(replay(['error', 'error']), 500, options)).toBe(false);
    expect(tilesHaveFailed(replay(['error', 'error', 'error']), 500, options)).toBe(true);
  });

  it('gives up when nothing loaded within the grace period, even without errors (server never answers)', () => {
    expect(tilesHaveFailed(replay([]), 3999, options)).toBe(false);
    expect(tilesHaveFailed(replay([]), 4000, options)).toBe(true);
  });

  it('keeps tiles once one has loaded, whatever fails afterwards', () => {
    const health = replay(['error', 'load', 'error', 'error', 'error', 'error']);
    expect(tilesHaveFailed(health, 60_000, options)).toBe(false);
  });
});
