import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { MultiPolygon, Polygon } from 'geojson';

export interface BuildingNode {
  id: string;
  version: number;
  footprint: Polygon | MultiPolygon;
  heightMeters: number | null;
  sourceId: string | null;
}

export const BUILDINGS_QUERY = graphql<{ buildings: Connection<BuildingNode> }, PageVariables>(`
  query MapBuildings($first: Int, $after: String) {
    buildings(first: $first, after: $after) {
      nodes { id version footprint heightMeters sourceId }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
