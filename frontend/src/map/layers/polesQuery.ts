import { graphql } from '../../gql';
import type { MapPoleFragment } from '../../gql/graphql';

/** A Pole as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type PoleNode = MapPoleFragment;

export const MAP_POLE_FIELDS = graphql(`
  fragment MapPole on Pole { id version code kind heightMeters owner status existing location upsAutonomyMinutes }
`);

export const POLES_QUERY = graphql(`
  query MapPoles($first: Int, $after: String) {
    poles(first: $first, after: $after) {
      nodes { ...MapPole }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
