import type { Point } from 'geojson';
import type { AssetStatus } from './domain';

/**
 * The map's cameras as the API's `cameraMap` gives them: parallel columns, the i-th entry of every
 * list is the i-th camera. Shared by the map (which draws them) and the API's tests (which compare
 * them with `cameras { nodes }`), so that both read the columns the same way.
 */
export interface CameraMapColumns {
  count: number;
  ids: readonly string[];
  versions: readonly number[];
  codes: readonly string[];
  names: ReadonlyArray<string | null>;
  statuses: readonly AssetStatus[];
  longitudes: readonly number[];
  latitudes: readonly number[];
  headingDegrees: readonly number[];
  tiltDegrees: readonly number[];
  mountHeightMeters: readonly number[];
  focalLengthMm: ReadonlyArray<number | null>;
  horizontalFieldOfViewDegrees: readonly number[];
  detectionRangeMeters: readonly number[];
  poleIds: ReadonlyArray<string | null>;
  modelIds: readonly string[];
}

/** One camera of the columns, with the fields and names of a `cameras` node (the model by id). */
export interface CameraMapRow {
  id: string;
  version: number;
  code: string;
  name: string | null;
  status: AssetStatus;
  location: Point;
  headingDegrees: number;
  tiltDegrees: number;
  mountHeightMeters: number;
  focalLengthMm: number | null;
  horizontalFieldOfViewDegrees: number;
  detectionRangeMeters: number;
  poleId: string | null;
  modelId: string;
}

/** The cameras of a `cameraMap` page, one object per camera, as `cameras { nodes }` would give them. */
export function camerasOfColumns(page: CameraMapColumns): CameraMapRow[] {
  const cameras: CameraMapRow[] = new Array(page.count);
  for (let index = 0; index < page.count; index++) {
    cameras[index] = {
      id: page.ids[index],
      version: page.versions[index],
      code: page.codes[index],
      name: page.names[index],
      status: page.statuses[index],
      location: { type: 'Point', coordinates: [page.longitudes[index], page.latitudes[index]] },
      headingDegrees: page.headingDegrees[index],
      tiltDegrees: page.tiltDegrees[index],
      mountHeightMeters: page.mountHeightMeters[index],
      focalLengthMm: page.focalLengthMm[index],
      horizontalFieldOfViewDegrees: page.horizontalFieldOfViewDegrees[index],
      detectionRangeMeters: page.detectionRangeMeters[index],
      poleId: page.poleIds[index],
      modelId: page.modelIds[index],
    };
  }
  return cameras;
}
