import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AssetStatusEnum } from '../../common/graphql/enums';
import { NetworkElementKindEnum } from '../../network/dto/network.types';
import { ASSET_STATUSES, type AssetStatus } from '../../core/domain';
import { NETWORK_ELEMENT_KINDS, type NetworkElementKind } from '../../core/network';

@InputType({ description: "One step of an asset's life cycle, with where the device stood and why." })
export class MoveAssetStatusInput {
  @Field(() => NetworkElementKindEnum, { description: 'The kind of asset.' })
  @IsIn(NETWORK_ELEMENT_KINDS)
  assetType: NetworkElementKind;

  @Field(() => ID, { description: 'The asset.' })
  @IsUUID('all', { message: 'assetId must be a uuid' })
  assetId: string;

  @Field(() => AssetStatusEnum, { description: 'The status to move it to (your role decides which moves are allowed).' })
  @IsIn(ASSET_STATUSES)
  toStatus: AssetStatus;

  @Field(() => Int, { description: 'The asset version you saw; STALE_VERSION if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Why, or what was done (up to 2,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @Field(() => Float, { nullable: true, description: "The device's longitude (EPSG:4326), with latitude." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @Field(() => Float, { nullable: true, description: "The device's latitude (EPSG:4326), with longitude." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "The device position's accuracy, metres (0 to 100,000)." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  accuracyMeters?: number | null;
}

@InputType({ description: 'Whose progress: one work package, one zone, one contractor organisation, or (nothing given) the whole programme.' })
export class ProgressScopeInput {
  @Field(() => ID, { nullable: true, description: "One work package's assets." })
  @IsOptional()
  @IsUUID('all', { message: 'workPackageId must be a uuid' })
  workPackageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new works located in one zone (lines by their midpoint).' })
  @IsOptional()
  @IsUUID('all', { message: 'zoneId must be a uuid' })
  zoneId?: string | null;

  @Field(() => ID, { nullable: true, description: "The assets of every package of one contractor organisation." })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a uuid' })
  organisationId?: string | null;
}
