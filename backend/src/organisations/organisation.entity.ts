import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { EditableEntity } from '../common/editable.entity';

export const ORGANISATION_KINDS = ['programme_office', 'contractor', 'maintenance_team'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, k])) as Record<OrganisationKind, OrganisationKind>;
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'The programme office (the city), a contractor company that installs, or a maintenance team.',
});

@ObjectType({ description: 'A body people work for: the programme office, a contractor company or a maintenance team.' })
@Entity()
export class Organisation extends EditableEntity {
  @Field(() => String, { description: 'Name shown to people; unique.' })
  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Field(() => OrganisationKindEnum, { description: 'What kind of organisation this is.' })
  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  kind: OrganisationKind;
}
