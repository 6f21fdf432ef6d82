import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';
import { FaultStateEnum } from '../fault-enums';
import { Fault } from '../fault.entity';
import type { FaultState } from '../../core/maintenance';
import type { Point } from 'geojson';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';

export const FaultConnection = ConnectionType(Fault, 'Fault');

@ObjectType({ description: "One black spot's coverage at its required level before and after the fault's cameras went dark." })
export class FaultBlackSpotLoss {
  @Field(() => ID, { description: 'The black spot.' }) blackSpotId: string;
  @Field(() => String, { description: 'Its code.' }) code: string;
  @Field(() => String, { description: 'Its name.' }) name: string;
  @Field(() => Int, { description: 'Black-spot priority, 1 (low) to 5.' }) priority: number;
  @Field(() => String, { description: 'The DORI level the spot requires.' }) requiredLevel: string;
  @Field(() => Float, { description: 'Share of the spot covered at its required level before, percent.' }) coveredBeforePercent: number;
  @Field(() => Float, { description: 'Share covered with the fault\'s cameras dark, percent.' }) coveredAfterPercent: number;
  @Field(() => Float, { description: 'Area no longer covered at the required level, m2.' }) lostSquareMeters: number;
}

@ObjectType({ description: 'Time spent in one state.' })
export class FaultStateDuration {
  @Field(() => FaultStateEnum, { description: 'The state.' }) state: FaultState;
  @Field(() => Float, { description: 'Hours spent in it, all visits together.' }) hours: number;
}

@ObjectType({ description: 'SLA clocks of a fault (response: time spent open; repair: time until resolved), across reopenings.' })
export class FaultSla {
  @Field(() => Float, { description: 'Response budget of the priority, hours.' }) responseHoursAllowed: number;
  @Field(() => Float, { description: 'Repair budget of the priority, hours.' }) repairHoursAllowed: number;
  @Field(() => Float, { description: 'Response clock so far, hours.' }) responseHoursUsed: number;
  @Field(() => Float, { description: 'Repair clock so far, hours.' }) repairHoursUsed: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the response is due (null once acknowledged).' }) responseDueAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the repair is due (null while resolved or closed).' }) repairDueAt: Date | null;
  @Field(() => Boolean, { description: 'The response clock went past its budget.' }) responseOverdue: boolean;
  @Field(() => Boolean, { description: 'The repair clock went past its budget.' }) repairOverdue: boolean;
  @Field(() => Boolean, { description: 'Response or repair overdue.' }) overdue: boolean;
  @Field(() => [FaultStateDuration], { description: 'Time spent in each state.' }) timeInState: FaultStateDuration[];
}

@ObjectType({ description: 'SLA hours of one priority.' })
export class FaultSlaHours {
  @Field(() => Int, { description: 'Priority 1 to 4.' }) priority: number;
  @Field(() => Float, { description: 'Hours to acknowledge.' }) responseHours: number;
  @Field(() => Float, { description: 'Hours to resolve (time not resolved or closed).' }) repairHours: number;
}

@ObjectType({ description: 'How priorities are suggested and the SLA per priority (VIGIE_FAULT_PRIORITY_THRESHOLDS, VIGIE_FAULT_SLA_HOURS).' })
export class FaultPolicyResult {
  @Field(() => Float, { description: 'Lowest loss score for P1 (sum over black spots of fraction lost x priority).' }) p1Score: number;
  @Field(() => Float, { description: 'Lowest loss score for P2.' }) p2Score: number;
  @Field(() => Float, { description: 'Lowest loss score for P3 (below: P4).' }) p3Score: number;
  @Field(() => [FaultSlaHours], { description: 'SLA hours per priority.' }) sla: FaultSlaHours[];
}

@ObjectType({ description: 'Open faults of one zone by priority.' })
export class OpenFaultsByZone {
  @Field(() => ID, { nullable: true, description: 'Null: outside every zone.' }) zoneId: string | null;
  @Field(() => String, { nullable: true, description: 'Zone name.' }) zoneName: string | null;
  @Field(() => [Int], { description: 'Open faults at P1, P2, P3, P4.' }) byPriority: number[];
  @Field(() => Int, { description: 'Open faults in the zone.' }) total: number;
}

@ObjectType({ description: "A camera's availability over the period." })
export class CameraAvailability {
  @Field(() => ID, { description: 'The camera.' }) cameraId: string;
  @Field(() => String, { description: 'Its code.' }) code: string;
  @Field(() => Float, { description: 'Share of the period not darkened by a fault, 0 to 1.' }) availability: number;
  @Field(() => Float, { description: 'Hours darkened by faults in the period.' }) darkHours: number;
}

@ObjectType({ description: "A black spot's availability over the period, at its required level." })
export class BlackSpotAvailabilityEntry {
  @Field(() => ID, { description: 'The black spot.' }) blackSpotId: string;
  @Field(() => String, { description: 'Its code.' }) code: string;
  @Field(() => String, { description: 'Its name.' }) name: string;
  @Field(() => Float, { description: 'Share of the period with all of its coverage (no camera lost to a fault that mattered), 0 to 1.' })
  availability: number;
  @Field(() => Float, { description: 'Covered fraction at the required level with every camera working.' }) nominalCoveredFraction: number;
  @Field(() => Float, { description: 'Time-weighted covered fraction over the period.' }) meanCoveredFraction: number;
}

@ObjectType({ description: 'How often something failed over the period.' })
export class FailureCount {
  @Field(() => ID, { description: 'The camera model or pole.' }) id: string;
  @Field(() => String, { description: 'What to show for it.' }) label: string;
  @Field(() => Int, { description: 'Faults logged in the period.' }) faultCount: number;
  @Field(() => Int, { description: 'Installed cameras of the model, or cameras on the site.' }) cameraCount: number;
}

@ObjectType({ description: 'Maintenance figures over a period.' })
export class FaultFigures {
  @Field(() => GraphQLISODateTime, { description: 'Start of the period.' }) from: Date;
  @Field(() => GraphQLISODateTime, { description: 'End of the period (no later than now).' }) to: Date;
  @Field(() => [Int], { description: 'Faults open now (not resolved or closed) at P1, P2, P3, P4.' }) openByPriority: number[];
  @Field(() => [OpenFaultsByZone], { description: 'Faults open now by zone (a fault in overlapping zones counts in each).' }) openByZone: OpenFaultsByZone[];
  @Field(() => Int, { description: 'Faults open now past a due time.' }) overdueCount: number;
  @Field(() => Int, { description: 'Faults logged in the period.' }) loggedCount: number;
  @Field(() => Int, { description: 'Faults resolved in the period.' }) resolvedCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean repair clock of the faults resolved in the period, hours.' }) meanTimeToRepairHours: number | null;
  @Field(() => [CameraAvailability], { description: 'Installed cameras, least available first.' }) cameraAvailability: CameraAvailability[];
  @Field(() => [BlackSpotAvailabilityEntry], { description: 'Black spots with coverage, least available first.' }) blackSpotAvailability: BlackSpotAvailabilityEntry[];
  @Field(() => [FailureCount], { description: 'Camera models by faults logged on their cameras in the period.' }) modelsFailingMost: FailureCount[];
  @Field(() => [FailureCount], { description: 'Sites (poles) by faults logged on them or their cameras in the period.' }) sitesFailingMost: FailureCount[];
}

@ObjectType({ description: 'An active fault holding a dark camera.' })
export class ControlCentreFaultRef {
  @Field(() => ID, { description: 'The fault.' }) id: string;
  @Field(() => Int, { description: 'Its priority, 1 to 4.' }) priority: number;
  @Field(() => FaultStateEnum, { description: 'Its state.' }) state: FaultState;
  @Field(() => String, { description: 'Its category.' }) category: string;
}

@ObjectType({ description: 'A camera dark now: installed but out of service.' })
export class ControlCentreDarkCamera {
  @Field(() => ID, { description: 'The camera.' }) cameraId: string;
  @Field(() => String, { description: 'Its code.' }) code: string;
  @Field(() => GeoJSONPoint, { description: 'Where it is.' }) location: Point;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Since when it is out of service (its last status step), when known.' }) darkSince: Date | null;
  @Field(() => [ControlCentreFaultRef], { description: 'The active faults holding it (none: out of service by hand).' }) faults: ControlCentreFaultRef[];
}

@ObjectType({ description: 'A black spot losing coverage now at its required level: with every installed camera working against now.' })
export class ControlCentreBlackSpotLoss {
  @Field(() => ID, { description: 'The black spot.' }) blackSpotId: string;
  @Field(() => String, { description: 'Its code.' }) code: string;
  @Field(() => String, { description: 'Its name.' }) name: string;
  @Field(() => Int, { description: 'Black-spot priority, 1 (low) to 5.' }) priority: number;
  @Field(() => String, { description: 'The DORI level the spot requires.' }) requiredLevel: string;
  @Field(() => Float, { description: 'Share covered at the required level with every installed camera working, percent.' }) coveredBeforePercent: number;
  @Field(() => Float, { description: 'Share covered at the required level now (dark cameras left out), percent.' }) coveredNowPercent: number;
  @Field(() => Float, { description: 'Area not covered at the required level because of the dark cameras, m2.' }) lostSquareMeters: number;
  @Field(() => [ID], { description: 'The dark cameras that covered part of it.' }) darkCameraIds: string[];
}

@ObjectType({ description: 'What the control centre watches: cameras dark now and black spots losing coverage now.' })
export class ControlCentreStatus {
  @Field(() => GraphQLISODateTime, { description: 'When this was read.' }) asOf: Date;
  @Field(() => Int, { description: 'Installed cameras (commissioned or out of service).' }) installedCameraCount: number;
  @Field(() => [ControlCentreDarkCamera], { description: 'Cameras out of service now, by code.' }) darkCameras: ControlCentreDarkCamera[];
  @Field(() => [ControlCentreBlackSpotLoss], { description: 'Black spots losing coverage, most priority-weighted loss first.' }) blackSpotsLosing: ControlCentreBlackSpotLoss[];
  @Field(() => [Int], { description: 'Active faults (open, acknowledged, in progress) at P1, P2, P3, P4.' }) activeByPriority: number[];
}

@ObjectType({ description: 'A person a fault can be assigned to.' })
export class FaultAssigneeUser {
  @Field(() => ID, { description: 'The user.' }) id: string;
  @Field(() => String, { description: 'Their name.' }) name: string;
  @Field(() => String, { description: 'Their role.' }) role: string;
}

@ObjectType({ description: 'A team (organisation) a fault can be assigned to, with its people.' })
export class FaultAssigneeTeam {
  @Field(() => ID, { nullable: true, description: 'The organisation; null for people in none.' }) organisationId: string | null;
  @Field(() => String, { nullable: true, description: 'Its name.' }) name: string | null;
  @Field(() => [FaultAssigneeUser], { description: 'Its enabled maintenance, contractor, engineer and admin accounts, by name.' }) users: FaultAssigneeUser[];
}
