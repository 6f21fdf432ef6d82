import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { Point } from 'geojson';
import type { AssetStatus, PoleKind } from '../../domain/vocabulary';

export interface PoleNode {
  id: string;
  version: number;
  code: string;
  kind: PoleKind;
  heightMeters: number | null;
  owner: string | null;
  status: AssetStatus;
  existing: boolean;
  location: Point;
}

export const POLES_QUERY = graphql<{ poles: Connection<PoleNode> }, PageVariables>(`
  query MapPoles($first: Int, $after: String) {
    poles(first: $first, after: $after) {
      nodes { id version code kind heightMeters owner status existing location }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
