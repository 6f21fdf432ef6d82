import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { MultiPolygon, Polygon } from 'geojson';
import { GeoJSONPolygonal } from '../../common/graphql/geojson.scalars';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';

@InputType({ description: 'A new building footprint.' })
export class CreateBuildingInput {
  @Field(() => GeoJSONPolygonal) footprint: Polygon | MultiPolygon;
  @Field(() => Float, { nullable: true, description: 'Metres above ground; leave empty when unknown.' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0.1) @Max(1000)
  heightMeters?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) sourceId?: string | null;
}

export const UpdateBuildingInput = UpdateInputType(CreateBuildingInput, 'Building');
export type UpdateBuildingInput = InstanceType<typeof UpdateBuildingInput>;
export const BuildingFilter = ListFilterInput('Building', {});
