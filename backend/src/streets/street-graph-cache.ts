import type { DataSource } from 'typeorm';
import type { LineString } from 'geojson';
import type { Projection } from '../core/geometry/projection';
import { buildStreetNetwork, type StreetNetwork } from '../core/network';
import { RevisionedCache } from '../common/data-revision';

export interface CachedStreetGraph {
  /** null when there are no streets. */
  network: StreetNetwork | null;
  streetCount: number;
  /** The street revision the graph was built from (data_revision 'street'). */
  revision: string | null;
  /** True when this call read the streets and built the graph. */
  rebuilt: boolean;
  /** Reading the streets and building the graph, when rebuilt (0 otherwise). */
  buildMilliseconds: number;
}

/**
 * The street graph for routing, built once and kept while the streets do not change: every change to
 * the street table (import, edit, delete, truncate; by any instance or by hand) moves its data revision,
 * which each request reads (one row) before using the graph. See RevisionedCache.
 */
export class StreetGraphCache {
  private readonly cache: RevisionedCache<{ network: StreetNetwork | null; streetCount: number; buildMilliseconds: number }>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
  ) {
    this.cache = new RevisionedCache(dataSource, 'street');
  }

  async get(): Promise<CachedStreetGraph> {
    const { value, revision, cached } = await this.cache.get('streets', () => this.build());
    return {
      network: value.network,
      streetCount: value.streetCount,
      revision,
      rebuilt: !cached,
      buildMilliseconds: cached ? 0 : value.buildMilliseconds,
    };
  }

  /** Forgets the graph (the next call rebuilds it). */
  clear(): void {
    this.cache.clear();
  }

  private async build(): Promise<{ network: StreetNetwork | null; streetCount: number; buildMilliseconds: number }> {
    const start = performance.now();
    const rows: { path: string }[] = await this.dataSource.manager.query(`SELECT ST_AsGeoJSON(path) AS path FROM street`);
    const streets = rows.map((row) => JSON.parse(row.path) as LineString);
    const network = streets.length ? buildStreetNetwork(streets, this.projection) : null;
    return { network, streetCount: streets.length, buildMilliseconds: performance.now() - start };
  }
}
