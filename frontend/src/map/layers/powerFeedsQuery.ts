import { graphql } from '../../gql';
import type { MapPowerFeedFragment } from '../../gql/graphql';

/** A PowerFeed as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type PowerFeedNode = MapPowerFeedFragment;

export const MAP_POWERFEED_FIELDS = graphql(`
  fragment MapPowerFeed on PowerFeed { id version code path fromPowerSourceId toKind toId capacityWatts voltage switched status lengthMeters existing installMethod }
`);

export const POWER_FEEDS_QUERY = graphql(`
  query MapPowerFeeds($first: Int, $after: String) {
    powerFeeds(first: $first, after: $after) {
      nodes { ...MapPowerFeed }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
