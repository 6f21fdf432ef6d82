import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { MultiPolygon, Polygon } from 'geojson';
import type { BlackSpotCategory, DoriLevel } from '../../domain/vocabulary';

export interface BlackSpotNode {
  id: string;
  version: number;
  code: string;
  name: string;
  boundary: Polygon | MultiPolygon;
  category: BlackSpotCategory;
  /** 1 (low) to 5 (highest). */
  priority: number;
  requiredLevel: DoriLevel;
  notes: string | null;
  areaSquareMeters: number | null;
}

export const BLACK_SPOTS_QUERY = graphql<{ blackSpots: Connection<BlackSpotNode> }, PageVariables>(`
  query MapBlackSpots($first: Int, $after: String) {
    blackSpots(first: $first, after: $after) {
      nodes { id version code name boundary category priority requiredLevel notes areaSquareMeters }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
