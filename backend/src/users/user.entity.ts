import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from '../common/editable.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ROLES, type Role } from '../core/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do (see backend/src/auth/permissions.ts). One role per user.',
});

/**
 * A person who signs in. ONE role per user (no role sets): rights are read from the permission
 * matrix by that role alone. `passwordHash` (argon2id) is never exposed by GraphQL, never logged,
 * never written to the audit trail. The table is `app_user` (`user` is reserved in SQL).
 */
@ObjectType({ description: 'A person who signs in to Vigie.' })
@Entity({ name: 'app_user' })
export class User extends EditableEntity {
  @Field(() => String, { description: 'Sign-in address, stored in lower case; unique.' })
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => RoleEnum, { description: 'The one role of this user.' })
  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => Organisation, { nullable: true, description: 'Who this user works for.' })
  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT', eager: true })
  @JoinColumn()
  organisation: Organisation | null;

  @Field(() => Boolean, { description: 'A disabled user cannot sign in, and their tokens stop working at once.' })
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** argon2id; never leaves the server. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;
}
