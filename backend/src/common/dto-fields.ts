import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { AssetStatusEnum } from './graphql/enums';
import { ASSET_STATUSES, type AssetStatus } from '../core/domain';

/** The input fields every physical asset shares. */
@InputType({ isAbstract: true })
export abstract class PhysicalAssetInput {
  @Field(() => String, { description: 'Unique code on drawings and labels.' })
  @IsString()
  @Length(1, 64)
  code: string;

  @Field(() => AssetStatusEnum, { nullable: true, description: 'Life-cycle status (default planned).' })
  @IsOptional()
  @IsIn(ASSET_STATUSES)
  status?: AssetStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Already there before the programme: not priced by the bill, listed as existing (default false).',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean({ message: 'existing must be true or false' })
  existing?: boolean;

  @Field(() => ID, { nullable: true, description: 'The organisation assigned to install it; null to unassign.' })
  @IsOptional()
  @IsUUID('all', { message: 'assignedOrganisationId must be a uuid' })
  assignedOrganisationId?: string | null;
}

/** UPS autonomy in minutes, on whatever can carry a battery (poles, network nodes, cameras). */
export function UpsAutonomyMinutesField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Float, { nullable: true, description: 'UPS autonomy, minutes; empty when there is none.' }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(100_000),
  );
}
