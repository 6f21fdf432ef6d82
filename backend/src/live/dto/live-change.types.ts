import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import type { ChangeAction } from '../../common/live/change-feed';

const CHANGE_ACTIONS: readonly ChangeAction[] = ['created', 'updated', 'deleted'];
export const ChangeActionEnum = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, a])) as Record<ChangeAction, ChangeAction>;
registerEnumType(ChangeActionEnum, { name: 'ChangeAction', description: 'What a committed write did to a record.' });

/** A few short fields of a record, as JSON (output only). */
export const ChangeSummaryScalar = new GraphQLScalarType({
  name: 'ChangeSummary',
  description: 'A few short fields of the changed record as a JSON object (those it has of status, state, priority, code, name, kind, category, severity). Output only.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('ChangeSummary is output only.');
  },
  parseLiteral: () => {
    throw new TypeError('ChangeSummary is output only.');
  },
});

@ObjectType({ description: 'One committed, audited write to one record, as the live feed tells it (small: refetch the record for the rest).' })
export class RecordChange {
  @Field(() => ID, { description: 'The audit entry recording this change.' })
  auditEntryId: string;

  @Field(() => String, { description: 'GraphQL type name of the record, e.g. Camera.' })
  entityType: string;

  @Field(() => ID, { description: 'Id of the changed record.' })
  entityId: string;

  @Field(() => ChangeActionEnum, { description: 'Created, updated or deleted.' })
  action: ChangeAction;

  @Field(() => Int, { nullable: true, description: 'The record\'s version after the change (the last one, for a delete); null for records without versions.' })
  version: number | null;

  @Field(() => ID, { nullable: true, description: 'Who made the change; null for the system (seed, command line).' })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The role of who made the change.' })
  actorRole: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the write committed (clock of the process that made it).' })
  occurredAt: Date;

  @Field(() => [String], { description: 'Fields whose value changed (all fields on create and delete).' })
  changedFields: string[];

  @Field(() => ChangeSummaryScalar, { description: 'A few short fields of the record after the change (before it, for a delete).' })
  summary: Record<string, unknown>;
}

@ObjectType({ description: 'The data revisions as a committed write left them: a view built from a data set refreshes when its revision moved.' })
export class DataRevisions {
  @Field(() => String, { nullable: true, description: 'Revision of what black-spot analyses read (black spots, zones, cameras, stored coverage).' })
  coverage: string | null;

  @Field(() => String, { nullable: true, description: 'Revision of the network (nodes, poles, cameras, models, cables, power).' })
  network: string | null;

  @Field(() => String, { nullable: true, description: 'Revision of the streets.' })
  street: string | null;

  @Field(() => String, { nullable: true, description: 'Revision of the faults and what the fault figures and the control centre read.' })
  maintenance: string | null;

  @Field(() => String, { nullable: true, description: 'Revision of installation progress (work packages, installation steps, acceptance).' })
  installation: string | null;

  @Field(() => String, { nullable: true, description: 'The user whose write moved the revisions, when one user made every change in it (null when unknown: a bulk write, several users).' })
  actorUserId: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the write committed (clock of the process that made it).' })
  occurredAt: Date;

  @Field(() => Boolean, { description: 'True when this server lost the feed for a while and changes may have been missed: refresh every view.' })
  resync: boolean;
}
