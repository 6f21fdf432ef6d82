import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Point } from 'geojson';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import {
  FAULT_ASSET_TYPES, FAULT_CATEGORIES, FAULT_CHANNELS, FAULT_RESOLUTIONS, FAULT_STATES,
  type FaultAssetType, type FaultCategory, type FaultChannel, type FaultResolution, type FaultState,
} from '../../core/maintenance';
import { FaultAssetTypeEnum, FaultCategoryEnum, FaultChannelEnum, FaultResolutionEnum, FaultStateEnum } from '../fault-enums';

@InputType({ description: 'A fault to log: on an asset (assetType + assetId) or at a point (location) when the cause is not known.' })
export class LogFaultInput {
  @Field(() => FaultAssetTypeEnum, { nullable: true, description: 'Kind of the asset at fault; with assetId.' })
  @IsOptional() @IsIn(FAULT_ASSET_TYPES)
  assetType?: FaultAssetType | null;

  @Field(() => ID, { nullable: true, description: 'The asset at fault; with assetType.' })
  @IsOptional() @IsUUID()
  assetId?: string | null;

  @Field(() => GeoJSONPoint, { nullable: true, description: 'Where, for a fault at a point (no asset).' })
  @IsOptional()
  location?: Point | null;

  @Field(() => [ID], { nullable: true, description: 'For a fault at a point: the cameras seen dark there (they go out of service while it is open).' })
  @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  cameraIds?: string[] | null;

  @Field(() => FaultCategoryEnum, { description: 'What is wrong.' }) @IsIn(FAULT_CATEGORIES) category: FaultCategory;

  @Field(() => String, { description: '1 to 4,000 characters.' })
  @MinLength(1) @MaxLength(4000)
  description: string;

  @Field(() => FaultChannelEnum, { description: 'How it was reported.' }) @IsIn(FAULT_CHANNELS) channel: FaultChannel;

  @Field(() => String, { nullable: true, description: 'Who reported it, as said (up to 200 characters).' })
  @IsOptional() @MaxLength(200)
  reporterName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether it takes what it is on out of service while open; default by category (image_degraded and other: no).',
  })
  @IsOptional() @IsBoolean()
  darkens?: boolean | null;
}

@InputType({ description: 'A lifecycle move of a fault.' })
export class ChangeFaultStateInput {
  @Field(() => ID, { description: 'The fault.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you saw (STALE_VERSION otherwise).' }) @IsInt() version: number;

  @Field(() => FaultStateEnum, { description: 'The state to enter; open from resolved or closed is a reopen.' })
  @IsIn(FAULT_STATES)
  state: FaultState;

  @Field(() => FaultResolutionEnum, { nullable: true, description: 'Required to resolve: what was done.' })
  @IsOptional() @IsIn(FAULT_RESOLUTIONS)
  resolution?: FaultResolution | null;

  @Field(() => String, { nullable: true, description: 'Required with replaced_asset: serial number of the new asset.' })
  @IsOptional() @MinLength(1) @MaxLength(128)
  newSerial?: string | null;

  @Field(() => String, { nullable: true, description: 'A note kept in the history with the change.' })
  @IsOptional() @MinLength(1) @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Changes to a fault other than its state (managers only).' })
export class UpdateFaultInput {
  @Field(() => ID, { description: 'The fault.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you saw (STALE_VERSION otherwise).' }) @IsInt() version: number;

  @Field(() => FaultCategoryEnum, { nullable: true, description: 'New category.' }) @IsOptional() @IsIn(FAULT_CATEGORIES) category?: FaultCategory | null;

  @Field(() => String, { nullable: true, description: 'New description.' }) @IsOptional() @MinLength(1) @MaxLength(4000) description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Override the suggested priority, 1 to 4.' })
  @IsOptional() @IsInt() @Min(1) @Max(4)
  priority?: number | null;

  @Field(() => ID, { nullable: true, description: 'Assign to an organisation (team); null unassigns.' })
  @IsOptional() @IsUUID()
  assignedOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assign to a person; null unassigns.' })
  @IsOptional() @IsUUID()
  assignedUserId?: string | null;
}

@InputType({ description: 'Which faults to list.' })
export class FaultFilter {
  @Field(() => [FaultStateEnum], { nullable: true, description: 'Only these states.' }) @IsOptional() @IsIn(FAULT_STATES, { each: true }) states?: FaultState[] | null;
  @Field(() => [Int], { nullable: true, description: 'Only these priorities (1 to 4).' }) @IsOptional() @IsInt({ each: true }) @Min(1, { each: true }) @Max(4, { each: true }) priorities?: number[] | null;
  @Field(() => [FaultCategoryEnum], { nullable: true, description: 'Only these categories.' }) @IsOptional() @IsIn(FAULT_CATEGORIES, { each: true }) categories?: FaultCategory[] | null;
  @Field(() => ID, { nullable: true, description: 'Faults inside this zone.' }) @IsOptional() @IsUUID() zoneId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only faults past a response or repair due time (true) or not (false).' })
  @IsOptional() @IsBoolean() overdue?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only faults assigned to this organisation.' }) @IsOptional() @IsUUID() assignedOrganisationId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only faults assigned to me or to my organisation.' })
  @IsOptional() @IsBoolean() assignedToMe?: boolean | null;
  @Field(() => FaultAssetTypeEnum, { nullable: true, description: 'Only faults on this kind of asset.' }) @IsOptional() @IsIn(FAULT_ASSET_TYPES) assetType?: FaultAssetType | null;
  @Field(() => ID, { nullable: true, description: 'Only faults on this asset.' }) @IsOptional() @IsUUID() assetId?: string | null;
  @Field(() => GeoJSONPoint, { nullable: true, description: 'Sort nearest first from this point (a field team\'s position).' })
  @IsOptional() near?: Point | null;
}
