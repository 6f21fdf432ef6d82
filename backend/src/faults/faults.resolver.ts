import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { inputValidationPipe } from '../common/validation';
import { Camera } from '../cameras/camera.entity';
import { FAULT_STATES, type FaultPriority } from '../core/maintenance';
import { ChangeFaultStateInput, FaultFilter, LogFaultInput, UpdateFaultInput } from './dto/fault.inputs';
import {
  ControlCentreStatus, FaultAssigneeTeam, FaultBlackSpotLoss, FaultConnection, FaultFigures, FaultPolicyResult, FaultSla,
} from './dto/fault.types';
import { ControlCentreService } from './control-centre.service';
import { FaultEvent } from './fault-event.entity';
import { FaultFiguresService } from './fault-figures.service';
import { Fault } from './fault.entity';
import { FaultsService, hoursOf, type LoadedFault } from './faults.service';
import type { Connection } from '../common/graphql/connection';
import { ANALYSIS_COST } from '../common/graphql/query-costs';

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

@Resolver(() => Fault)
export class FaultsResolver {
  constructor(
    private readonly service: FaultsService,
    private readonly figures: FaultFiguresService,
    private readonly controlCentreService: ControlCentreService,
  ) {}

  @Query(() => ControlCentreStatus, {
    complexity: ANALYSIS_COST.controlCentre,
    description: 'The control centre\'s wall: installed cameras dark now and the black spots losing coverage at their required level because of them.',
  })
  controlCentre(): Promise<ControlCentreStatus> {
    return this.controlCentreService.status();
  }

  @Query(() => [FaultAssigneeTeam], { description: 'Teams (organisations) and people a fault can be assigned to.' })
  faultAssignees(): Promise<FaultAssigneeTeam[]> {
    return this.controlCentreService.assignees();
  }

  @Query(() => Fault, { description: 'One fault; NOT_FOUND for an unknown id.' })
  fault(@Args('id', { type: () => ID }) id: string): Promise<LoadedFault> {
    return this.service.findOne(id);
  }

  @Query(() => FaultConnection, { description: 'Faults matching the filter: newest first, or nearest first from `near`.' })
  faults(
    @Args('filter', { type: () => FaultFilter, nullable: true }, inputValidationPipe(FaultFilter)) filter: FaultFilter | null,
    @Args('first', { type: () => Int, defaultValue: 100, description: 'Page size, 0 to 500.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<Connection<LoadedFault>> {
    return this.service.list(filter ?? {}, first, after);
  }

  @Query(() => FaultFigures, {
    complexity: ANALYSIS_COST.faultFigures,
    description: 'Open faults by priority and zone, mean time to repair, availability of cameras and black spots, what fails most, over a period.',
  })
  faultFigures(
    @Args('from', { type: () => GraphQLISODateTime, description: 'Start of the period.' }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime, description: 'End of the period (clipped to now).' }) to: Date,
  ): Promise<FaultFigures> {
    return this.figures.figures(from, to);
  }

  @Query(() => FaultPolicyResult, { description: 'Priority thresholds and SLA hours per priority.' })
  faultPolicy(): FaultPolicyResult {
    const { thresholds, sla } = this.service.policy;
    return {
      p1Score: thresholds.p1, p2Score: thresholds.p2, p3Score: thresholds.p3,
      sla: ([1, 2, 3, 4] as FaultPriority[]).map((priority) => ({ priority, ...sla[priority] })),
    };
  }

  @Mutation(() => Fault, { description: 'Logs a fault; its priority is suggested from the coverage the darkened cameras cost.' })
  logFault(@Args('input', { type: () => LogFaultInput }, inputValidationPipe(LogFaultInput)) input: LogFaultInput): Promise<LoadedFault> {
    return this.service.log(input);
  }

  @Mutation(() => Fault, { description: 'Moves a fault through its lifecycle (resolving needs a resolution).' })
  changeFaultState(
    @Args('input', { type: () => ChangeFaultStateInput }, inputValidationPipe(ChangeFaultStateInput)) input: ChangeFaultStateInput,
  ): Promise<LoadedFault> {
    return this.service.changeState(input);
  }

  @Mutation(() => Fault, { description: 'Edits, re-prioritises or assigns a fault.' })
  updateFault(@Args('input', { type: () => UpdateFaultInput }, inputValidationPipe(UpdateFaultInput)) input: UpdateFaultInput): Promise<LoadedFault> {
    return this.service.update(input);
  }

  @Mutation(() => FaultEvent, { description: 'Adds a comment to a fault history.' })
  commentOnFault(
    @Args('faultId', { type: () => ID }) faultId: string,
    @Args('text', { type: () => String, description: '1 to 4,000 characters.' }) text: string,
  ): Promise<FaultEvent> {
    return this.service.comment(faultId, text);
  }

  @ResolveField(() => FaultSla, { description: 'SLA clocks, due times and overdue flags, from the state history.' })
  sla(@Parent() fault: LoadedFault): FaultSla {
    const hours = this.service.policy.sla[fault.priority as FaultPriority];
    const clock = this.service.sla(fault);
    return {
      responseHoursAllowed: hours.responseHours,
      repairHoursAllowed: hours.repairHours,
      responseHoursUsed: hoursOf(clock.responseMs),
      repairHoursUsed: hoursOf(clock.repairMs),
      responseDueAt: clock.responseDueAtMs === null ? null : new Date(clock.responseDueAtMs),
      repairDueAt: clock.repairDueAtMs === null ? null : new Date(clock.repairDueAtMs),
      responseOverdue: clock.responseOverdue,
      repairOverdue: clock.repairOverdue,
      overdue: clock.responseOverdue || clock.repairOverdue,
      timeInState: FAULT_STATES.map((state) => ({ state, hours: hoursOf(clock.msInState[state]) })),
    };
  }

  @ResolveField(() => [FaultBlackSpotLoss], { description: 'Black spots losing coverage at their required level when logged ("78 % -> 12 %"), worst first.' })
  blackSpotLosses(@Parent() fault: Fault): FaultBlackSpotLoss[] {
    return fault.impact.blackSpots.map((spot) => ({
      blackSpotId: spot.blackSpotId, code: spot.code, name: spot.name, priority: spot.priority, requiredLevel: spot.requiredLevel,
      coveredBeforePercent: percent(spot.coveredBeforeSquareMeters, spot.areaSquareMeters),
      coveredAfterPercent: percent(spot.coveredAfterSquareMeters, spot.areaSquareMeters),
      lostSquareMeters: Math.round(Math.max(0, spot.coveredBeforeSquareMeters - spot.coveredAfterSquareMeters) * 100) / 100,
    }));
  }

  @ResolveField(() => Number, { description: 'Loss score the suggested priority came from (sum of fraction lost x black-spot priority).' })
  impactScore(@Parent() fault: Fault): number {
    return fault.impact.score;
  }

  @ResolveField(() => [Camera], { description: 'Cameras the fault darkens (held out of service while it is open).' })
  darkCameras(@Parent() fault: Fault): Promise<Camera[]> {
    return this.service.darkCameras(fault.id);
  }

  @ResolveField(() => [FaultEvent], { description: 'Full history: logging, state changes, assignments, priority changes, comments.' })
  history(@Parent() fault: Fault): Promise<FaultEvent[]> {
    return this.service.history(fault.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Code of the asset at fault.' })
  assetCode(@Parent() fault: LoadedFault): string | null {
    return fault.assetCode;
  }
}
