import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { MultiPolygon, Polygon } from 'geojson';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { CodeField, RequiredText } from '../../common/dto-fields';
import { GeoJSONPolygonal } from '../../common/graphql/geojson.scalars';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { NetworkElementKindEnum } from '../../network/dto/network.types';
import { NETWORK_ELEMENT_KINDS, type NetworkElementKind } from '../../core/network';
import { WORK_PACKAGE_STATUSES, WorkPackageStatusEnum, type WorkPackageStatus } from '../work-package.entity';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MESSAGE = '$property must be a date written YYYY-MM-DD';

@InputType({ description: 'A new work package.' })
export class CreateWorkPackageInput {
  @CodeField('Short unique code (trimmed; unique whatever the case).')
  code: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @RequiredText(200)
  name: string;

  @Field(() => ID, { description: 'The contractor organisation doing the work.' })
  @IsUUID('all', { message: 'organisationId must be a uuid' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The zone the package covers.' })
  @IsOptional()
  @IsUUID('all', { message: 'zoneId must be a uuid' })
  zoneId?: string | null;

  @Field(() => GeoJSONPolygonal, { nullable: true, description: 'A drawn area the package covers (Polygon or MultiPolygon).' })
  @IsOptional()
  area?: Polygon | MultiPolygon | null;

  @Field(() => String, { nullable: true, description: 'Programme phase.' })
  @IsOptional()
  @RequiredText(200)
  phase?: string | null;

  @Field(() => String, { description: 'Planned start (YYYY-MM-DD).' })
  @Matches(DAY, { message: DAY_MESSAGE })
  plannedStartOn: string;

  @Field(() => String, { description: 'Due date (YYYY-MM-DD), on or after the planned start.' })
  @Matches(DAY, { message: DAY_MESSAGE })
  dueOn: string;

  @Field(() => WorkPackageStatusEnum, { nullable: true, description: 'open (default) or closed.' })
  @IsOptional()
  @IsIn(WORK_PACKAGE_STATUSES)
  status?: WorkPackageStatus;
}

export const UpdateWorkPackageInput = UpdateInputType(CreateWorkPackageInput, 'WorkPackage');
export type UpdateWorkPackageInput = InstanceType<typeof UpdateWorkPackageInput>;
export const WorkPackageFilter = ListFilterInput('WorkPackage', {});

@InputType({ description: 'One physical asset, by kind and id.' })
export class AssetRefInput {
  @Field(() => NetworkElementKindEnum, { description: 'The kind of asset.' })
  @IsIn(NETWORK_ELEMENT_KINDS)
  assetType: NetworkElementKind;

  @Field(() => ID, { description: 'Its id.' })
  @IsUUID('all', { message: 'assetId must be a uuid' })
  assetId: string;
}

@InputType({
  description:
    'Assets to add to or remove from a work package: by ids, and/or every asset in a drawn area, and/or in a zone ' +
    '(area and zone select new works only: existing and decommissioned assets are left out; lines count where their midpoint is).',
})
export class WorkPackageAssetsInput {
  @Field(() => ID, { description: 'The work package.' })
  @IsUUID('all', { message: 'workPackageId must be a uuid' })
  workPackageId: string;

  @Field(() => Int, { description: 'The package version you edited; STALE_VERSION if it changed since.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [AssetRefInput], { nullable: true, description: 'Assets by id (at most 5,000).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => AssetRefInput)
  assets?: AssetRefInput[] | null;

  @Field(() => GeoJSONPolygonal, { nullable: true, description: 'Every asset inside this area.' })
  @IsOptional()
  area?: Polygon | MultiPolygon | null;

  @Field(() => ID, { nullable: true, description: 'Every asset inside this zone.' })
  @IsOptional()
  @IsUUID('all', { message: 'zoneId must be a uuid' })
  zoneId?: string | null;

  @Field(() => [NetworkElementKindEnum], { nullable: true, description: 'With area or zone: only these kinds (default all).' })
  @IsOptional()
  @IsIn(NETWORK_ELEMENT_KINDS, { each: true })
  assetTypes?: NetworkElementKind[] | null;
}
