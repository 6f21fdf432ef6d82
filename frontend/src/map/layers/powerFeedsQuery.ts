import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { LineString } from 'geojson';
import type { AssetStatus } from '../../domain/vocabulary';

export interface PowerFeedNode {
  id: string;
  version: number;
  fromPowerSourceId?: string | null;
  toKind?: string | null;
  toId?: string | null;
  code: string;
  path: LineString;
  capacityWatts: number | null;
  voltage: number | null;
  switched: boolean;
  status: AssetStatus;
  lengthMeters: number | null;
  existing: boolean;
}

export const POWER_FEEDS_QUERY = graphql<{ powerFeeds: Connection<PowerFeedNode> }, PageVariables>(`
  query MapPowerFeeds($first: Int, $after: String) {
    powerFeeds(first: $first, after: $after) {
      nodes { id version code path fromPowerSourceId toKind toId capacityWatts voltage switched status lengthMeters existing }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
