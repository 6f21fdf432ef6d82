import { Field, Float, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import { Bounded } from '../../common/dto-fields';
import type { MultiPolygon, Polygon } from 'geojson';
import { GeoJSONPolygonal } from '../../common/graphql/geojson.scalars';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';

@InputType({ description: 'A new building footprint.' })
export class CreateBuildingInput {
  @Field(() => GeoJSONPolygonal) footprint: Polygon | MultiPolygon;
  @Field(() => Float, { nullable: true, description: 'Metres above ground; leave empty when unknown.' })
  @IsOptional() @Bounded(BOUNDS.Building.heightMeters)
  heightMeters?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) sourceId?: string | null;
}

export const UpdateBuildingInput = UpdateInputType(CreateBuildingInput, 'Building');
export type UpdateBuildingInput = InstanceType<typeof UpdateBuildingInput>;
export const BuildingFilter = ListFilterInput('Building', {});
