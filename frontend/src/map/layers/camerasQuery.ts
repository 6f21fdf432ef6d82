import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { Point } from 'geojson';
import type { AssetStatus, CameraKind } from '../../domain/vocabulary';

export interface CameraNode {
  id: string;
  version: number;
  code: string;
  name: string | null;
  status: AssetStatus;
  location: Point;
  headingDegrees: number;
  tiltDegrees: number | null;
  mountHeightMeters: number | null;
  focalLengthMm: number | null;
  horizontalFieldOfViewDegrees: number;
  detectionRangeMeters: number;
  poleId: string | null;
  model: { id: string; code: string; name: string; kind: CameraKind } | null;
}

export const CAMERAS_QUERY = graphql<{ cameras: Connection<CameraNode> }, PageVariables>(`
  query MapCameras($first: Int, $after: String) {
    cameras(first: $first, after: $after) {
      nodes { id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId model { id code name kind } }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
