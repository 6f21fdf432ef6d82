import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';
import { FaultStateEnum } from '../fault-enums';
import { Fault } from '../fault.entity';
import type { FaultState } from '../../core/maintenance';

export const FaultConnection = ConnectionType(Fault, 'Fault');

@ObjectType({ description: "One black spot's coverage at its required level before and after the fault's cameras went dark." })
export class FaultBlackSpotLoss {
  @Field(() => ID) blackSpotId: string;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => Int, { description: 'Black-spot priority, 1 (low) to 5.' }) priority: number;
  @Field(() => String, { description: 'The DORI level the spot requires.' }) requiredLevel: string;
  @Field(() => Float, { description: 'Share of the spot covered at its required level before, percent.' }) coveredBeforePercent: number;
  @Field(() => Float, { description: 'Share covered with the fault\'s cameras dark, percent.' }) coveredAfterPercent: number;
  @Field(() => Float) lostSquareMeters: number;
}

@ObjectType({ description: 'Time spent in one state.' })
export class FaultStateDuration {
  @Field(() => FaultStateEnum) state: FaultState;
  @Field(() => Float) hours: number;
}

@ObjectType({ description: 'SLA clocks of a fault (response: time spent open; repair: time until resolved), across reopenings.' })
export class FaultSla {
  @Field(() => Float) responseHoursAllowed: number;
  @Field(() => Float) repairHoursAllowed: number;
  @Field(() => Float, { description: 'Response clock so far, hours.' }) responseHoursUsed: number;
  @Field(() => Float, { description: 'Repair clock so far, hours.' }) repairHoursUsed: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the response is due (null once acknowledged).' }) responseDueAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the repair is due (null while resolved or closed).' }) repairDueAt: Date | null;
  @Field(() => Boolean) responseOverdue: boolean;
  @Field(() => Boolean) repairOverdue: boolean;
  @Field(() => Boolean, { description: 'Response or repair overdue.' }) overdue: boolean;
  @Field(() => [FaultStateDuration]) timeInState: FaultStateDuration[];
}

@ObjectType({ description: 'SLA hours of one priority.' })
export class FaultSlaHours {
  @Field(() => Int) priority: number;
  @Field(() => Float) responseHours: number;
  @Field(() => Float) repairHours: number;
}

@ObjectType({ description: 'How priorities are suggested and the SLA per priority (VIGIE_FAULT_PRIORITY_THRESHOLDS, VIGIE_FAULT_SLA_HOURS).' })
export class FaultPolicyResult {
  @Field(() => Float, { description: 'Lowest loss score for P1 (sum over black spots of fraction lost x priority).' }) p1Score: number;
  @Field(() => Float) p2Score: number;
  @Field(() => Float) p3Score: number;
  @Field(() => [FaultSlaHours]) sla: FaultSlaHours[];
}

@ObjectType({ description: 'Open faults of one zone by priority.' })
export class OpenFaultsByZone {
  @Field(() => ID, { nullable: true, description: 'Null: outside every zone.' }) zoneId: string | null;
  @Field(() => String, { nullable: true }) zoneName: string | null;
  @Field(() => [Int], { description: 'Open faults at P1, P2, P3, P4.' }) byPriority: number[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: "A camera's availability over the period." })
export class CameraAvailability {
  @Field(() => ID) cameraId: string;
  @Field(() => String) code: string;
  @Field(() => Float, { description: 'Share of the period not darkened by a fault, 0 to 1.' }) availability: number;
  @Field(() => Float) darkHours: number;
}

@ObjectType({ description: "A black spot's availability over the period, at its required level." })
export class BlackSpotAvailabilityEntry {
  @Field(() => ID) blackSpotId: string;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => Float, { description: 'Share of the period with all of its coverage (no camera lost to a fault that mattered), 0 to 1.' })
  availability: number;
  @Field(() => Float, { description: 'Covered fraction at the required level with every camera working.' }) nominalCoveredFraction: number;
  @Field(() => Float, { description: 'Time-weighted covered fraction over the period.' }) meanCoveredFraction: number;
}

@ObjectType({ description: 'How often something failed over the period.' })
export class FailureCount {
  @Field(() => ID) id: string;
  @Field(() => String) label: string;
  @Field(() => Int) faultCount: number;
  @Field(() => Int, { description: 'Installed cameras of the model, or cameras on the site.' }) cameraCount: number;
}

@ObjectType({ description: 'Maintenance figures over a period.' })
export class FaultFigures {
  @Field(() => GraphQLISODateTime) from: Date;
  @Field(() => GraphQLISODateTime) to: Date;
  @Field(() => [Int], { description: 'Faults open now (not resolved or closed) at P1, P2, P3, P4.' }) openByPriority: number[];
  @Field(() => [OpenFaultsByZone]) openByZone: OpenFaultsByZone[];
  @Field(() => Int, { description: 'Faults open now past a due time.' }) overdueCount: number;
  @Field(() => Int, { description: 'Faults logged in the period.' }) loggedCount: number;
  @Field(() => Int, { description: 'Faults resolved in the period.' }) resolvedCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean repair clock of the faults resolved in the period, hours.' }) meanTimeToRepairHours: number | null;
  @Field(() => [CameraAvailability], { description: 'Installed cameras, least available first.' }) cameraAvailability: CameraAvailability[];
  @Field(() => [BlackSpotAvailabilityEntry], { description: 'Black spots with coverage, least available first.' }) blackSpotAvailability: BlackSpotAvailabilityEntry[];
  @Field(() => [FailureCount], { description: 'Camera models by faults logged on their cameras in the period.' }) modelsFailingMost: FailureCount[];
  @Field(() => [FailureCount], { description: 'Sites (poles) by faults logged on them or their cameras in the period.' }) sitesFailingMost: FailureCount[];
}
