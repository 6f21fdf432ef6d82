import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit of work a user can undo as one: an import, the optimiser's accepted proposals. It groups the
 * audit entries written inside it (audit_entry.change_set_id); undoing it reverts them all, newest
 * first, in one transaction, and is itself recorded as a change set of kind `undo`.
 */
@ObjectType({ description: 'Changes made as one unit (an import, accepted optimiser proposals), undoable as one.' })
@Entity()
@Index(['createdAt'])
export class ChangeSet {
  @Field(() => ID, { description: 'Stable identifier (uuid).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'What made it: import, placement, undo ...' })
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Field(() => String, { description: 'What it was, in the words of whoever made it (file name, optimiser run).' })
  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was opened (transaction time).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who made it; null for the system.' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'Their email at the time.' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was undone; null while it stands.' })
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who undid it (email at the time).' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  undoneByEmail: string | null;

  @Field(() => ID, { nullable: true, description: 'The change set of kind undo that reverted this one.' })
  @Column({ type: 'uuid', nullable: true })
  undoneByChangeSetId: string | null;
}
