import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import { Type } from 'class-transformer';
import type { LineString } from 'geojson';
import { GeoJSONLineString } from '../../common/graphql/geojson.scalars';
import { Bounded, PhysicalAssetInput } from '../../common/dto-fields';
import { EndpointInput } from '../../common/endpoints';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { InstallMethodEnum } from '../../common/graphql/enums';
import { INSTALL_METHODS, type InstallMethod } from '../../core/domain';


@InputType({ description: 'A new power feed. Its length is computed from the path.' })
export class CreatePowerFeedInput extends PhysicalAssetInput {
  @Field(() => GeoJSONLineString) path: LineString;

  @Field(() => ID, { nullable: true, description: 'The power source at the first position.' })
  @IsOptional() @IsUUID('all', { message: 'fromPowerSourceId must be a uuid' })
  fromPowerSourceId?: string | null;

  @Field(() => EndpointInput, { nullable: true, description: 'A pole, network node or camera at the last position.' })
  @IsOptional() @ValidateNested() @Type(() => EndpointInput)
  to?: EndpointInput | null;

  @Field(() => Float) @Bounded(BOUNDS.PowerFeed.capacityWatts) capacityWatts: number;
  @Field(() => Float) @Bounded(BOUNDS.PowerFeed.voltage) voltage: number;
  @Field(() => Boolean, { nullable: true, description: 'Switched off by day (street lighting). Default false.' })
  @IsOptional() @IsBoolean() switched?: boolean;
  @Field(() => InstallMethodEnum, { nullable: true, description: 'How the cable is laid (default underground_duct).' })
  @IsOptional() @IsIn(INSTALL_METHODS) installMethod?: InstallMethod;
}

export const UpdatePowerFeedInput = UpdateInputType(CreatePowerFeedInput, 'PowerFeed');
export type UpdatePowerFeedInput = InstanceType<typeof UpdatePowerFeedInput>;
export const PowerFeedFilter = ListFilterInput('PowerFeed', { status: true });
