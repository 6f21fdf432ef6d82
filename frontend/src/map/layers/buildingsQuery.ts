import { graphql } from '../../gql';
import type { MapBuildingFragment } from '../../gql/graphql';

/** A Building as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type BuildingNode = MapBuildingFragment;

export const MAP_BUILDING_FIELDS = graphql(`
  fragment MapBuilding on Building { id version footprint heightMeters sourceId }
`);

export const BUILDINGS_QUERY = graphql(`
  query MapBuildings($first: Int, $after: String) {
    buildings(first: $first, after: $after) {
      nodes { ...MapBuilding }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
