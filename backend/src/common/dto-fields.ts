import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
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

  @Field(() => ID, { nullable: true, description: 'The organisation assigned to install it; null to unassign.' })
  @IsOptional()
  @IsUUID('all', { message: 'assignedOrganisationId must be a uuid' })
  assignedOrganisationId?: string | null;
}
