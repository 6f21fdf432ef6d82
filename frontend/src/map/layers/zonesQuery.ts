import { graphql } from '../../gql';
import type { MapZoneFragment } from '../../gql/graphql';

/** A zone as the map draws it. */
export type ZoneNode = MapZoneFragment;

export const MAP_ZONE_FIELDS = graphql(`
  fragment MapZone on Zone { id version code name boundary }
`);

export const ZONES_QUERY = graphql(`
  query MapZones($first: Int, $after: String) {
    zones(first: $first, after: $after) {
      nodes { ...MapZone }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
