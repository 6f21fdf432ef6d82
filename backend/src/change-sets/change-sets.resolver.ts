import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../common/graphql/connection';
import { ChangeSet } from '../common/audit/change-set.entity';
import { ChangeSetsService } from './change-sets.service';
import { LongRequest } from '../common/graphql/request-deadline';

const ChangeSetConnection = ConnectionType(ChangeSet, 'ChangeSet');

@Resolver(() => ChangeSet)
export class ChangeSetsResolver {
  constructor(@Inject(ChangeSetsService) private readonly service: ChangeSetsService) {}

  @Query(() => ChangeSet, { description: 'One change set (an import, accepted proposals, an undo).' })
  changeSet(@Args('id', { type: () => ID }) id: string): Promise<ChangeSet> {
    return this.service.findOne(id);
  }

  @Query(() => ChangeSetConnection, { description: 'Change sets, newest first, optionally of one kind (import, placement, undo).' })
  changeSets(
    @Args('kind', { type: () => String, nullable: true, description: 'Only change sets of this kind.' }) kind?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ChangeSet>> {
    return this.service.list({ kind }, first ?? undefined, after);
  }

  @Mutation(() => ChangeSet, {
    description:
      'Reverts every change of a change set in one transaction (refused, changing nothing, when one of its records changed since: STALE_VERSION). ' +
      'It may take longer than other requests (VIGIE_LONG_REQUEST_TIMEOUT_MS): an import of 100,000 buildings is reverted in about 80 s on the embedded database.',
  })
  @LongRequest()
  undoChangeSet(@Args('id', { type: () => ID }) id: string): Promise<ChangeSet> {
    return this.service.undo(id);
  }

  @ResolveField(() => Int, { description: 'How many recorded changes it holds.' })
  entryCount(@Parent() set: ChangeSet): Promise<number> {
    return this.service.entryCount(set.id);
  }
}
