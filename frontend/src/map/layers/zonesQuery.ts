import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { MultiPolygon, Polygon } from 'geojson';

export interface ZoneNode {
  id: string;
  version: number;
  code: string;
  name: string;
  boundary: Polygon | MultiPolygon;
}

export const ZONES_QUERY = graphql<{ zones: Connection<ZoneNode> }, PageVariables>(`
  query MapZones($first: Int, $after: String) {
    zones(first: $first, after: $after) {
      nodes { id version code name boundary }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
