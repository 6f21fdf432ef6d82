import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  AssetStatusColumn, FloatColumn, IdColumn, IntColumn, OptionalFloatColumn, OptionalIdColumn, OptionalStringColumn, StringColumn,
} from '../../common/graphql/column.scalars';
import type { AssetStatus } from '../../core/domain';

/**
 * The cameras the map draws, as columns: the i-th entry of every list is the i-th camera (ordered
 * by id). The same fields and values as `cameras { nodes { ... } }`, with `location` given as
 * `longitudes` / `latitudes` (EPSG:4326), and without its cost: one SQL statement, no entity per
 * camera, no resolver per field, each list serialized whole (column.scalars.ts), no total count (pages follow each other by `endCursor`).
 */
@ObjectType({ description: 'A page of cameras for drawing the map, as parallel lists (the i-th entry of each list is the i-th camera, by id).' })
export class CameraMapPage {
  @Field(() => Int, { description: 'How many cameras this page holds (the length of every list).' })
  count: number;

  @Field(() => IdColumn, { description: 'Camera ids, ascending.' })
  ids: string[];

  @Field(() => IntColumn, { description: 'Optimistic-lock versions.' })
  versions: number[];

  @Field(() => StringColumn, { description: 'Codes.' })
  codes: string[];

  @Field(() => OptionalStringColumn, { description: 'Names (null when none).' })
  names: Array<string | null>;

  @Field(() => AssetStatusColumn, { description: 'Life-cycle statuses.' })
  statuses: AssetStatus[];

  @Field(() => FloatColumn, { description: 'Longitudes of the camera locations, EPSG:4326 degrees.' })
  longitudes: number[];

  @Field(() => FloatColumn, { description: 'Latitudes of the camera locations, EPSG:4326 degrees.' })
  latitudes: number[];

  @Field(() => FloatColumn, { description: 'Headings, degrees clockwise from north.' })
  headingDegrees: number[];

  @Field(() => FloatColumn, { description: 'Downward tilts, degrees.' })
  tiltDegrees: number[];

  @Field(() => FloatColumn, { description: 'Lens heights above ground, metres.' })
  mountHeightMeters: number[];

  @Field(() => OptionalFloatColumn, { description: 'Focal lengths set, mm (null: the model\'s widest).' })
  focalLengthMm: Array<number | null>;

  @Field(() => FloatColumn, { description: 'Horizontal fields of view at the set focal length, degrees.' })
  horizontalFieldOfViewDegrees: number[];

  @Field(() => FloatColumn, { description: 'Detection ranges (25 px/m along the axis, buildings ignored), metres.' })
  detectionRangeMeters: number[];

  @Field(() => OptionalIdColumn, { description: 'Pole ids (null when not on a pole).' })
  poleIds: Array<string | null>;

  @Field(() => IdColumn, { description: 'Catalogue model ids.' })
  modelIds: string[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when this page is empty.' })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage: boolean;
}
