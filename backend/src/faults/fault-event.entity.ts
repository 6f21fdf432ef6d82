import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FAULT_STATES, type FaultState } from '../core/maintenance';
import { FAULT_EVENT_KINDS, FaultEventKindEnum, FaultStateEnum, type FaultEventKind } from './fault-enums';
import { Fault } from './fault.entity';

/**
 * One entry of a fault's history, appended and never changed: logging, each state change (the SLA
 * clocks and availability are measured from these), assignments, priority changes and comments.
 */
@ObjectType({ description: "One entry of a fault's history." })
@Entity()
@Index(['faultId', 'at'])
@Check('fault_event_state_change', "(kind IN ('logged', 'state_changed')) = (to_state IS NOT NULL)")
@Check('fault_event_comment_length', 'comment IS NULL OR char_length(comment) BETWEEN 1 AND 4000')
export class FaultEvent {
  @Field(() => ID, { description: 'Increasing with time.' })
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => ID, { description: 'The fault.' })
  @Column({ type: 'uuid' })
  faultId: string;

  @ManyToOne(() => Fault, { onDelete: 'CASCADE' }) @JoinColumn() fault?: Fault;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => FaultEventKindEnum, { description: 'What happened.' })
  @Column({ type: 'enum', enum: FAULT_EVENT_KINDS, enumName: 'fault_event_kind' })
  kind: FaultEventKind;

  @Field(() => FaultStateEnum, { nullable: true, description: 'State before a state change.' })
  @Column({ type: 'enum', enum: FAULT_STATES, enumName: 'fault_state', nullable: true })
  fromState: FaultState | null;

  @Field(() => FaultStateEnum, { nullable: true, description: 'State entered (logged: open).' })
  @Column({ type: 'enum', enum: FAULT_STATES, enumName: 'fault_state', nullable: true })
  toState: FaultState | null;

  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system.' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's email at the time." })
  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Field(() => String, { nullable: true, description: 'A comment, or the note given with the change.' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
