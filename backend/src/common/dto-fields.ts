import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateBy, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { AssetStatusEnum } from './graphql/enums';
import { ASSET_STATUSES, type AssetStatus } from '../core/domain';
import { BOUNDS, describeBound, withinBound, type NumberBound } from '../core/bounds';

/**
 * A number within its physical range (core/bounds.ts, the same table as the database CHECKs): finite,
 * whole when the bound says so, refused with the range and the unit otherwise. Optional fields accept
 * null/absent through IsOptional, as before.
 */
export function Bounded(bound: NumberBound): PropertyDecorator {
  return ValidateBy({
    name: 'bounded',
    constraints: [bound],
    validator: {
      validate: (value) => withinBound(value as number, bound),
      defaultMessage: (arguments_) => `$property must be ${describeBound(bound)}; got ${JSON.stringify(arguments_?.value) ?? 'nothing'}`,
    },
  });
}

/** Required text shown to people (a name): trimmed, and refused when blank or longer than `maximum`. */
export function RequiredText(maximum: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    Length(1, maximum, { message: `$property must be 1 to ${maximum} characters, not blank` }),
  );
}

/**
 * A code on drawings and labels: surrounding spaces are trimmed before anything else, a blank code is
 * refused. Uniqueness ignores case as well (a unique index on lower(code) per table): "cam-001" beside
 * "CAM-001" would be the same label on site.
 */
export function CodeField(description = 'Unique code on drawings and labels (trimmed; unique whatever the case).'): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { description }),
    RequiredText(64),
  );
}

/** The input fields every physical asset shares. */
@InputType({ isAbstract: true })
export abstract class PhysicalAssetInput {
  @CodeField()
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
    Bounded(BOUNDS.Camera.upsAutonomyMinutes),
  );
}
