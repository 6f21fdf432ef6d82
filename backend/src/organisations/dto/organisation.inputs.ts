import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, Length } from 'class-validator';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { ORGANISATION_KINDS, OrganisationKindEnum, type OrganisationKind } from '../organisation.entity';

@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => OrganisationKindEnum)
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;
}

export const UpdateOrganisationInput = UpdateInputType(CreateOrganisationInput, 'Organisation');
export type UpdateOrganisationInput = InstanceType<typeof UpdateOrganisationInput>;
export const OrganisationFilter = ListFilterInput('Organisation', { kindEnum: OrganisationKindEnum, kindValues: ORGANISATION_KINDS });
