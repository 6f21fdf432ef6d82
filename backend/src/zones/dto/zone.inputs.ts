import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import type { Polygon } from 'geojson';
import { GeoJSONPolygon } from '../../common/graphql/geojson.scalars';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';

@InputType({ description: 'A new zone.' })
export class CreateZoneInput {
  @Field(() => String, { description: 'Short unique code.' })
  @IsString()
  @Length(1, 64)
  code: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => GeoJSONPolygon, { description: 'The district outline.' })
  boundary: Polygon;
}

export const UpdateZoneInput = UpdateInputType(CreateZoneInput, 'Zone');
export type UpdateZoneInput = InstanceType<typeof UpdateZoneInput>;
export const ZoneFilter = ListFilterInput('Zone', {});
