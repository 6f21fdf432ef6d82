import { graphql } from '../../gql';
import type { MapBlackSpotFragment } from '../../gql/graphql';

/** A BlackSpot as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type BlackSpotNode = MapBlackSpotFragment;

export const MAP_BLACKSPOT_FIELDS = graphql(`
  fragment MapBlackSpot on BlackSpot { id version code name boundary category priority requiredLevel notes areaSquareMeters }
`);

export const BLACK_SPOTS_QUERY = graphql(`
  query MapBlackSpots($first: Int, $after: String) {
    blackSpots(first: $first, after: $after) {
      nodes { ...MapBlackSpot }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
