import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { LineString } from 'geojson';
import type { AssetStatus } from '../../domain/vocabulary';

export interface PowerFeedNode {
  id: string;
  code: string;
  path: LineString;
  capacityWatts: number | null;
  voltage: number | null;
  switched: boolean;
  status: AssetStatus;
  lengthMeters: number | null;
}

export const POWER_FEEDS_QUERY = graphql<{ powerFeeds: Connection<PowerFeedNode> }, PageVariables>(`
  query MapPowerFeeds($first: Int, $after: String) {
    powerFeeds(first: $first, after: $after) {
      nodes { id code path capacityWatts voltage switched status lengthMeters }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
