import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { Point } from 'geojson';
import type { PowerSourceKind } from '../../domain/vocabulary';

export interface PowerSourceNode {
  id: string;
  version: number;
  code: string;
  name: string | null;
  kind: PowerSourceKind;
  location: Point;
  capacityWatts: number | null;
  voltage: number | null;
  existing: boolean;
}

export const POWER_SOURCES_QUERY = graphql<{ powerSources: Connection<PowerSourceNode> }, PageVariables>(`
  query MapPowerSources($first: Int, $after: String) {
    powerSources(first: $first, after: $after) {
      nodes { id version code name kind location capacityWatts voltage existing }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
