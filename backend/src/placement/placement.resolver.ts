import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ANALYSIS_COST } from '../common/graphql/query-costs';
import { currentActor } from '../common/request-context';
import { PlacementService } from './placement.service';
import { AcceptPlacementInput, PlacementAcceptResult, PlacementRun, PlacementRunInput } from './dto/placement.types';

/** The placement optimiser (issue 14): start a run, follow it, cancel it, accept its proposals. Planners only. */
@Resolver()
export class PlacementResolver {
  constructor(private readonly placement: PlacementService) {}

  @Mutation(() => PlacementRun, {
    complexity: ANALYSIS_COST.startPlacementRun,
    description: 'Starts the placement optimiser on a scope (black spots, a zone, or all) with a budget or a number of cameras; poll placementRun for progress and result.',
  })
  startPlacementRun(@Args('input', { type: () => PlacementRunInput }) input: PlacementRunInput): Promise<PlacementRun> {
    return this.placement.start(input, currentActor()?.userId ?? null);
  }

  @Query(() => PlacementRun, { complexity: ANALYSIS_COST.placementRun, description: 'A placement run: state, progress and, once ended, its proposals; NOT_FOUND when unknown or expired.' })
  placementRun(@Args('id', { type: () => ID, description: 'The run.' }) id: string): Promise<PlacementRun> {
    return this.placement.run(id);
  }

  @Mutation(() => PlacementRun, { description: 'Cancels a placement run: it stops at its next step and keeps what it chose so far.' })
  cancelPlacementRun(@Args('id', { type: () => ID, description: 'The run.' }) id: string): Promise<PlacementRun> {
    return this.placement.cancel(id);
  }

  @Mutation(() => PlacementAcceptResult, {
    description: 'Makes all or some proposals of an ended run planned cameras (and new poles) in one transaction, audited; refused for unknown or already accepted proposals.',
  })
  acceptPlacementProposals(@Args('input', { type: () => AcceptPlacementInput }) input: AcceptPlacementInput): Promise<PlacementAcceptResult> {
    return this.placement.accept(input);
  }
}
