import type { DataSource } from 'typeorm';
import type { AssetStatus } from '../core/domain';
import { ASSET_STATUSES } from '../core/domain';
import { buildNetworkGraphs, type NetworkGraphs, type NetworkInput } from '../core/network';
import { NetworkRepository, type CodedRows } from './network.repository';

/** Which cameras and network elements an analysis counts. */
export type CameraSelection = 'planned' | 'live';

/** Statuses that count as "live" (built and in service). */
export const LIVE_STATUSES: readonly AssetStatus[] = ['installed', 'commissioned'];
/** Statuses that count as "planned" (everything in the plan but what has been removed). */
export const PLANNED_STATUSES: readonly AssetStatus[] = ASSET_STATUSES.filter((status) => status !== 'decommissioned');

export const statusesOf = (selection: CameraSelection): readonly AssetStatus[] =>
  selection === 'live' ? LIVE_STATUSES : PLANNED_STATUSES;

export interface LoadedNetwork {
  selection: CameraSelection;
  rows: CodedRows;
  input: NetworkInput;
  graphs: NetworkGraphs;
  /** Code of every element by id. */
  codeById: Map<string, string>;
  timings: { loadMilliseconds: number; buildMilliseconds: number };
}

/**
 * Reads the whole network from PostGIS and builds the core's graphs, once per request: nothing is
 * cached across requests, since several instances may serve one database and any may have written.
 */
export class NetworkLoader {
  private readonly repository: NetworkRepository;

  constructor(dataSource: DataSource) {
    this.repository = new NetworkRepository(dataSource);
  }

  async load(selection: CameraSelection = 'planned'): Promise<LoadedNetwork> {
    const loadStart = performance.now();
    const rows = await this.repository.findNetworkRows();
    const loadMilliseconds = performance.now() - loadStart;
    const buildStart = performance.now();
    const input: NetworkInput = rows;
    const counted = new Set(statusesOf(selection));
    const excludedStatuses = ASSET_STATUSES.filter((status) => !counted.has(status));
    const graphs = buildNetworkGraphs(input, { excludedStatuses });
    const codeById = new Map<string, string>();
    for (const list of [rows.networkNodes, rows.poles, rows.cameras, rows.fiberRuns, rows.powerSources, rows.powerFeeds]) {
      for (const row of list) codeById.set(row.id, row.code);
    }
    const buildMilliseconds = performance.now() - buildStart;
    return { selection, rows, input, graphs, codeById, timings: { loadMilliseconds, buildMilliseconds } };
  }
}
