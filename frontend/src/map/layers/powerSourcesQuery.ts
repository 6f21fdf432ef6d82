import { graphql } from '../../gql';
import type { MapPowerSourceFragment } from '../../gql/graphql';

/** A PowerSource as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type PowerSourceNode = MapPowerSourceFragment;

export const MAP_POWERSOURCE_FIELDS = graphql(`
  fragment MapPowerSource on PowerSource { id version code name kind location capacityWatts voltage existing status }
`);

export const POWER_SOURCES_QUERY = graphql(`
  query MapPowerSources($first: Int, $after: String) {
    powerSources(first: $first, after: $after) {
      nodes { ...MapPowerSource }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
