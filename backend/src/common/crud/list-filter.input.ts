import { Field, ID, InputType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AssetStatusEnum } from '../graphql/enums';
import { ASSET_STATUSES } from '../../core/domain';

/** What every list can be filtered by. Fields a type lacks (status, kind) are absent from its input. */
export interface ListFilter {
  bbox?: number[];
  zoneId?: string;
  status?: string[];
  kind?: string[];
  search?: string;
}

export function ListFilterInput(
  typeName: string,
  options: { status?: boolean; kindEnum?: Record<string, string>; kindValues?: readonly string[] },
): Type<ListFilter> {
  @InputType(`${typeName}Filter`, { description: `Which ${typeName} records to list; all given conditions apply.` })
  class Filter implements ListFilter {
    @Field(() => [Number], {
      nullable: true,
      description: 'Bounding box [minLongitude, minLatitude, maxLongitude, maxLatitude] in EPSG:4326.',
    })
    @IsOptional()
    @IsArray()
    @ArrayMinSize(4)
    @ArrayMaxSize(4)
    bbox?: number[];

    @Field(() => ID, { nullable: true, description: 'Only records intersecting this zone.' })
    @IsOptional()
    @IsUUID('all', { message: 'zoneId must be a uuid' })
    zoneId?: string;

    @Field(() => String, { nullable: true, description: 'Case-insensitive text found in the code or name.' })
    @IsOptional()
    @IsString()
    @MaxLength(200)
    search?: string;

    status?: string[];
    kind?: string[];
  }
  if (options.status) {
    Field(() => [AssetStatusEnum], { nullable: true, description: 'Only records in one of these statuses.' })(Filter.prototype, 'status');
    IsOptional()(Filter.prototype, 'status');
    IsIn(ASSET_STATUSES, { each: true })(Filter.prototype, 'status');
  }
  if (options.kindEnum && options.kindValues) {
    Field(() => [options.kindEnum], { nullable: true, description: 'Only records of one of these kinds.' })(Filter.prototype, 'kind');
    IsOptional()(Filter.prototype, 'kind');
    IsIn(options.kindValues, { each: true })(Filter.prototype, 'kind');
  }
  return Filter;
}
