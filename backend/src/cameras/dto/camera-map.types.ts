import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssetStatusEnum } from '../../common/graphql/enums';
import type { AssetStatus } from '../../core/domain';

/**
 * The cameras the map draws, as columns: the i-th entry of every list is the i-th camera (ordered
 * by id). The same fields and values as `cameras { nodes { ... } }`, with `location` given as
 * `longitudes` / `latitudes` (EPSG:4326), and without its cost: one SQL statement, no entity per
 * camera, no resolver per field, no total count (pages follow each other by `endCursor`).
 */
@ObjectType({ description: 'A page of cameras for drawing the map, as parallel lists (the i-th entry of each list is the i-th camera, by id).' })
export class CameraMapPage {
  @Field(() => Int, { description: 'How many cameras this page holds (the length of every list).' })
  count: number;

  @Field(() => [ID], { description: 'Camera ids, ascending.' })
  ids: string[];

  @Field(() => [Int], { description: 'Optimistic-lock versions.' })
  versions: number[];

  @Field(() => [String], { description: 'Codes.' })
  codes: string[];

  @Field(() => [String], { nullable: 'items', description: 'Names (null when none).' })
  names: Array<string | null>;

  @Field(() => [AssetStatusEnum], { description: 'Life-cycle statuses.' })
  statuses: AssetStatus[];

  @Field(() => [Float], { description: 'Longitudes of the camera locations, EPSG:4326 degrees.' })
  longitudes: number[];

  @Field(() => [Float], { description: 'Latitudes of the camera locations, EPSG:4326 degrees.' })
  latitudes: number[];

  @Field(() => [Float], { description: 'Headings, degrees clockwise from north.' })
  headingDegrees: number[];

  @Field(() => [Float], { description: 'Downward tilts, degrees.' })
  tiltDegrees: number[];

  @Field(() => [Float], { description: 'Lens heights above ground, metres.' })
  mountHeightMeters: number[];

  @Field(() => [Float], { nullable: 'items', description: 'Focal lengths set, mm (null: the model\'s widest).' })
  focalLengthMm: Array<number | null>;

  @Field(() => [Float], { description: 'Horizontal fields of view at the set focal length, degrees.' })
  horizontalFieldOfViewDegrees: number[];

  @Field(() => [Float], { description: 'Detection ranges (25 px/m along the axis, buildings ignored), metres.' })
  detectionRangeMeters: number[];

  @Field(() => [ID], { nullable: 'items', description: 'Pole ids (null when not on a pole).' })
  poleIds: Array<string | null>;

  @Field(() => [ID], { description: 'Catalogue model ids.' })
  modelIds: string[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when this page is empty.' })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage: boolean;
}
