import { Field, InputType } from '@nestjs/graphql';
import type { Polygon } from 'geojson';
import { CodeField, RequiredText } from '../../common/dto-fields';
import { GeoJSONPolygon } from '../../common/graphql/geojson.scalars';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';

@InputType({ description: 'A new zone.' })
export class CreateZoneInput {
  @CodeField('Short unique code (trimmed; unique whatever the case).')
  code: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @RequiredText(200)
  name: string;

  @Field(() => GeoJSONPolygon, { description: 'The district outline.' })
  boundary: Polygon;
}

export const UpdateZoneInput = UpdateInputType(CreateZoneInput, 'Zone');
export type UpdateZoneInput = InstanceType<typeof UpdateZoneInput>;
export const ZoneFilter = ListFilterInput('Zone', {});
