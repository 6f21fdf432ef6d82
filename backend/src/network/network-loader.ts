import type { DataSource } from 'typeorm';
import type { AssetStatus } from '../core/domain';
import { ASSET_STATUSES } from '../core/domain';
import type { MetricPolicy } from '../core/geometry/metric';
import { buildNetworkGraphs, type NetworkGraphs, type NetworkInput } from '../core/network';
import type { CameraSelectionValue } from '../coverage/coverage.repository';
import { DEFAULT_NODE_POWER_DRAW_WATTS } from '../network-nodes/node-power';
import { NetworkRepository, type CodedRows } from './network.repository';
import { RevisionedCache } from '../common/data-revision';

/**
 * Which cameras and network elements an analysis counts: the one CameraSelection of the API, with the
 * coverage analyses' meaning (planned = everything not decommissioned, live = commissioned only).
 */
export type CameraSelection = CameraSelectionValue;

/** Statuses that count as "live": commissioned, i.e. accepted and in service (as in the coverage API). */
export const LIVE_STATUSES: readonly AssetStatus[] = ['commissioned'];
/** Statuses that count as "planned" (everything in the plan but what has been removed). */
export const PLANNED_STATUSES: readonly AssetStatus[] = ASSET_STATUSES.filter((status) => status !== 'decommissioned');

/**
 * Statuses of what is built and accepted, whether working or not (commissioned and out_of_service): the
 * network the maintenance analyses cut (faults), where a camera already out of service still counts.
 */
export const INSTALLED_STATUSES: readonly AssetStatus[] = ['commissioned', 'out_of_service'];

/** The API's selections plus `installed`, used inside the backend only (faults). */
export type NetworkSelection = CameraSelection | 'installed';

export const statusesOf = (selection: NetworkSelection): readonly AssetStatus[] =>
  selection === 'live' ? LIVE_STATUSES : selection === 'installed' ? INSTALLED_STATUSES : PLANNED_STATUSES;

export interface LoadedNetwork {
  selection: NetworkSelection;
  rows: CodedRows;
  input: NetworkInput;
  graphs: NetworkGraphs;
  /** Code of every element by id. */
  codeById: Map<string, string>;
  /**
   * loadMilliseconds: reading the rows, or only checking the data revision when fromCache;
   * buildMilliseconds: building the graphs (0 when fromCache).
   */
  timings: { loadMilliseconds: number; buildMilliseconds: number; fromCache: boolean };
}

/**
 * Reads the whole network from PostGIS and builds the core's graphs, and keeps them (per selection)
 * while the network's data revision does not move: any write to a node, pole, camera, camera model,
 * fiber run, power source or feed, by any instance or by hand, moves it (a statement trigger), and every
 * load checks it first (one row). Callers share the loaded network: they must not change it.
 * Nodes without a recorded power draw draw the default for their kind (network-nodes/node-power.ts).
 */
export class NetworkLoader {
  private readonly repository: NetworkRepository;
  private readonly cache: RevisionedCache<LoadedNetwork>;

  constructor(
    dataSource: DataSource,
    private readonly metric: MetricPolicy,
  ) {
    this.repository = new NetworkRepository(dataSource);
    this.cache = new RevisionedCache(dataSource, 'network');
  }

  /** The network as stored now; `fresh` reads and builds it again whatever the revision (benchmarks). */
  async load(selection: NetworkSelection = 'planned', options: { fresh?: boolean } = {}): Promise<LoadedNetwork> {
    if (options.fresh) return this.read(selection);
    const start = performance.now();
    const { value, cached } = await this.cache.get(selection, () => this.read(selection));
    if (!cached) return value;
    return { ...value, timings: { loadMilliseconds: performance.now() - start, buildMilliseconds: 0, fromCache: true } };
  }

  private async read(selection: NetworkSelection): Promise<LoadedNetwork> {
    const loadStart = performance.now();
    const rows = await this.repository.findNetworkRows();
    const loadMilliseconds = performance.now() - loadStart;
    const buildStart = performance.now();
    const input: NetworkInput = rows;
    const counted = new Set(statusesOf(selection));
    const excludedStatuses = ASSET_STATUSES.filter((status) => !counted.has(status));
    const graphs = buildNetworkGraphs(input, { metric: this.metric, excludedStatuses, nodePowerDrawWattsByKind: DEFAULT_NODE_POWER_DRAW_WATTS });
    const codeById = new Map<string, string>();
    for (const list of [rows.networkNodes, rows.poles, rows.cameras, rows.fiberRuns, rows.powerSources, rows.powerFeeds]) {
      for (const row of list) codeById.set(row.id, row.code);
    }
    const buildMilliseconds = performance.now() - buildStart;
    return { selection, rows, input, graphs, codeById, timings: { loadMilliseconds, buildMilliseconds, fromCache: false } };
  }
}
