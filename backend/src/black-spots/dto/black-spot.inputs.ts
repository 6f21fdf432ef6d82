import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import { Bounded, CodeField, RequiredText } from '../../common/dto-fields';
import type { Polygon } from 'geojson';
import { GeoJSONPolygon } from '../../common/graphql/geojson.scalars';
import { BlackSpotCategoryEnum, DoriLevelEnum } from '../../common/graphql/enums';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { BLACK_SPOT_CATEGORIES, DORI_LEVELS, type BlackSpotCategory, type DoriLevel } from '../../core/domain';

@InputType({ description: 'A new black spot.' })
export class CreateBlackSpotInput {
  @CodeField() code: string;
  @Field(() => String) @RequiredText(200) name: string;
  @Field(() => GeoJSONPolygon) boundary: Polygon;
  @Field(() => BlackSpotCategoryEnum) @IsIn(BLACK_SPOT_CATEGORIES) category: BlackSpotCategory;
  @Field(() => Int, { description: '1 (low) to 5 (highest).' }) @Bounded(BOUNDS.BlackSpot.priority) priority: number;
  @Field(() => DoriLevelEnum) @IsIn(DORI_LEVELS) requiredLevel: DoriLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string | null;
}

export const UpdateBlackSpotInput = UpdateInputType(CreateBlackSpotInput, 'BlackSpot');
export type UpdateBlackSpotInput = InstanceType<typeof UpdateBlackSpotInput>;
export const BlackSpotFilter = ListFilterInput('BlackSpot', { kindEnum: BlackSpotCategoryEnum, kindValues: BLACK_SPOT_CATEGORIES });
