import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { LineString } from 'geojson';
import type { AssetStatus, CableType, EndpointKind, InstallMethod } from '../../domain/vocabulary';

export interface FiberRunNode {
  id: string;
  version: number;
  code: string;
  path: LineString;
  strandCount: number;
  cableType: CableType;
  installMethod: InstallMethod;
  lengthMeters: number | null;
  status: AssetStatus;
  existing: boolean;
  fromKind: EndpointKind | null;
  fromId: string | null;
  toKind: EndpointKind | null;
  toId: string | null;
}

export const FIBER_RUNS_QUERY = graphql<{ fiberRuns: Connection<FiberRunNode> }, PageVariables>(`
  query MapFiberRuns($first: Int, $after: String) {
    fiberRuns(first: $first, after: $after) {
      nodes { id version code path strandCount cableType installMethod lengthMeters status existing fromKind fromId toKind toId }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
