import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChangeSet } from './change-set.entity';
import { AuditSnapshotScalar as GraphQLJSON } from './audit-snapshot.scalar';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as Record<AuditAction, AuditAction>;
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What a change did to a record.' });

/**
 * One change to one record: who, when, what, and the record before and after (geometry as GeoJSON,
 * never a password hash). Append-only: no API changes or deletes it, and a database trigger
 * (migration AddAccountsAndAudit) refuses UPDATE, DELETE and TRUNCATE on the table.
 * The actor is copied (id, email, role) rather than referenced: the log must outlive accounts.
 */
@ObjectType({ description: 'One recorded change to one record.' })
@Entity()
@Index(['entityType', 'entityId'])
@Index(['actorUserId'])
@Index(['at'])
@Index(['changeSetId'])
export class AuditEntry {
  @Field(() => ID, { description: 'Increasing with time.' })
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (transaction time).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Who made the change; null for the system (seed, command line).' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The actor\'s email at the time.' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Field(() => String, { nullable: true, description: 'The actor\'s role at the time.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Field(() => AuditActionEnum, { description: 'Create, update or delete.' })
  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action: AuditAction;

  @Field(() => String, { description: 'GraphQL type name of the record, e.g. Camera.' })
  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Field(() => ID, { description: 'Id of the changed record.' })
  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  @Field(() => [String], { description: 'Fields whose value changed (all fields on create and delete).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'The record before the change; null on create.' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The record after the change; null on delete.' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @ManyToOne(() => ChangeSet, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  changeSet?: ChangeSet;

  @Field(() => ID, { nullable: true, description: 'The change set (an import, accepted proposals, an undo) this change was made in, if any.' })
  @Column({ type: 'uuid', nullable: true })
  changeSetId: string | null;
}
