import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import { Type } from 'class-transformer';
import type { LineString } from 'geojson';
import { GeoJSONLineString } from '../../common/graphql/geojson.scalars';
import { CableTypeEnum, InstallMethodEnum } from '../../common/graphql/enums';
import { Bounded, PhysicalAssetInput } from '../../common/dto-fields';
import { EndpointInput } from '../../common/endpoints';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { CABLE_TYPES, INSTALL_METHODS, type CableType, type InstallMethod } from '../../core/domain';

@InputType({ description: 'A new fiber run. Its length is computed from the path.' })
export class CreateFiberRunInput extends PhysicalAssetInput {
  @Field(() => GeoJSONLineString) path: LineString;

  @Field(() => EndpointInput, { nullable: true, description: 'A network node, pole or camera at the first position.' })
  @IsOptional() @ValidateNested() @Type(() => EndpointInput)
  from?: EndpointInput | null;

  @Field(() => EndpointInput, { nullable: true, description: 'A network node, pole or camera at the last position.' })
  @IsOptional() @ValidateNested() @Type(() => EndpointInput)
  to?: EndpointInput | null;

  @Field(() => Int) @Bounded(BOUNDS.FiberRun.strandCount) strandCount: number;
  @Field(() => CableTypeEnum) @IsIn(CABLE_TYPES) cableType: CableType;
  @Field(() => InstallMethodEnum) @IsIn(INSTALL_METHODS) installMethod: InstallMethod;
}

export const UpdateFiberRunInput = UpdateInputType(CreateFiberRunInput, 'FiberRun');
export type UpdateFiberRunInput = InstanceType<typeof UpdateFiberRunInput>;
export const FiberRunFilter = ListFilterInput('FiberRun', { status: true });
