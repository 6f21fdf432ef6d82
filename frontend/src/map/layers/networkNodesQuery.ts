import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { Point } from 'geojson';
import type { NetworkNodeKind } from '../../domain/vocabulary';

export interface NetworkNodeNode {
  id: string;
  version: number;
  code: string;
  name: string | null;
  kind: NetworkNodeKind;
  location: Point;
  portCount: number | null;
  strandCapacity: number | null;
  existing: boolean;
}

export const NETWORK_NODES_QUERY = graphql<{ networkNodes: Connection<NetworkNodeNode> }, PageVariables>(`
  query MapNetworkNodes($first: Int, $after: String) {
    networkNodes(first: $first, after: $after) {
      nodes { id version code name kind location portCount strandCapacity existing }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
