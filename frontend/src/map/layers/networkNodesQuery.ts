import { graphql } from '../../gql';
import type { MapNetworkNodeFragment } from '../../gql/graphql';

/** A NetworkNode as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type NetworkNodeNode = MapNetworkNodeFragment;

export const MAP_NETWORKNODE_FIELDS = graphql(`
  fragment MapNetworkNode on NetworkNode { id version code name kind location portCount strandCapacity existing status powerDrawWatts upsAutonomyMinutes }
`);

export const NETWORK_NODES_QUERY = graphql(`
  query MapNetworkNodes($first: Int, $after: String) {
    networkNodes(first: $first, after: $after) {
      nodes { ...MapNetworkNode }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
