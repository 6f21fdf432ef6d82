import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { ChangeFaultStateInput, FaultFilter, FaultRowFragment, FaultTicketFragment, LogFaultInput } from '../gql/graphql';

/** The faults API as the faults panel and layer use it (types generated from schema.gql). */
export type FaultRow = FaultRowFragment;
export type FaultTicket = FaultTicketFragment;
export type { FaultFilter, LogFaultInput, ChangeFaultStateInput };

export const FAULT_ROW_FIELDS = graphql(`
  fragment FaultRow on Fault {
    id version state priority category location assetType assetCode reportedAt assignedOrganisationId assignedUserId
    sla { overdue responseDueAt repairDueAt }
  }
`);

export const FAULT_TICKET_FIELDS = graphql(`
  fragment FaultTicket on Fault {
    ...FaultRow
    description channel reporterName suggestedPriority impactScore darkens resolution newSerial
    darkCameras { id code status }
    blackSpotLosses { blackSpotId code name priority requiredLevel coveredBeforePercent coveredAfterPercent }
    sla { responseHoursAllowed repairHoursAllowed responseHoursUsed repairHoursUsed responseOverdue repairOverdue timeInState { state hours } }
    history { id at kind fromState toState actorEmail comment }
  }
`);

const FAULTS = graphql(`
  query Faults($filter: FaultFilter, $first: Int) { faults(filter: $filter, first: $first) { totalCount nodes { ...FaultRow } } }
`);
const FAULT = graphql(`
  query Fault($id: ID!) { fault(id: $id) { ...FaultTicket } }
`);
const LOG_FAULT = graphql(`
  mutation LogFault($input: LogFaultInput!) { logFault(input: $input) { ...FaultTicket } }
`);
const CHANGE_FAULT_STATE = graphql(`
  mutation ChangeFaultState($input: ChangeFaultStateInput!) { changeFaultState(input: $input) { ...FaultTicket } }
`);
const COMMENT_ON_FAULT = graphql(`
  mutation CommentOnFault($faultId: ID!, $text: String!) { commentOnFault(faultId: $faultId, text: $text) { id } }
`);

export async function fetchFaults(filter: FaultFilter, signal?: AbortSignal): Promise<{ totalCount: number; nodes: FaultRow[] }> {
  return (await graphqlRequest(FAULTS, { filter, first: 500 }, { signal })).faults;
}

export async function fetchFault(id: string): Promise<FaultTicket> {
  return (await graphqlRequest(FAULT, { id })).fault;
}

export async function logFault(input: LogFaultInput): Promise<FaultTicket> {
  return (await graphqlRequest(LOG_FAULT, { input })).logFault;
}

export async function changeFaultState(input: ChangeFaultStateInput): Promise<FaultTicket> {
  return (await graphqlRequest(CHANGE_FAULT_STATE, { input })).changeFaultState;
}

export async function commentOnFault(faultId: string, text: string): Promise<void> {
  await graphqlRequest(COMMENT_ON_FAULT, { faultId, text });
}

export const FAULT_STATES = ['open', 'acknowledged', 'in_progress', 'resolved', 'closed'] as const;
export const ACTIVE_STATES: readonly string[] = ['open', 'acknowledged', 'in_progress'];
export const FAULT_CATEGORIES = [
  'no_image', 'image_degraded', 'camera_moved_or_obstructed', 'vandalism', 'power', 'fiber_cut', 'network_equipment', 'other',
] as const;
export const FAULT_RESOLUTIONS = ['repaired', 'replaced_part', 'replaced_asset', 'no_fault_found'] as const;
export const FAULT_CHANNELS = ['control_centre', 'field_team', 'automatic'] as const;

/** Marker colour by priority (P1 red to P4 grey); resolved and closed ones are drawn hollow. */
export const PRIORITY_COLOURS: Record<number, string> = { 1: '#b71c1c', 2: '#ef6c00', 3: '#f9a825', 4: '#607d8b' };

/** The lifecycle moves the server allows from a state (reopen: resolved/closed -> open). */
export const NEXT_STATES: Record<string, readonly string[]> = {
  open: ['acknowledged', 'in_progress', 'resolved'],
  acknowledged: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

/**
 * The moves a user may offer: maintenance, engineers and admins all of them; a contractor, on faults
 * assigned to its organisation, acknowledged / in progress / resolved (the server enforces the same).
 */
export function allowedMoves(fault: Pick<FaultRow, 'state' | 'assignedOrganisationId'>, role: string | undefined, organisationId: string | undefined): string[] {
  const moves = [...(NEXT_STATES[fault.state] ?? [])];
  if (role === 'admin' || role === 'engineer' || role === 'maintenance') return moves;
  if (role === 'contractor' && organisationId && fault.assignedOrganisationId === organisationId) {
    return moves.filter((state) => ['acknowledged', 'in_progress', 'resolved'].includes(state));
  }
  return [];
}

/** Flat-earth distance in metres, enough to sort tickets nearest first. */
export function distanceMeters(a: readonly number[], b: readonly number[]): number {
  const toRad = Math.PI / 180;
  const x = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * toRad) * 111_320;
  const y = (b[1] - a[1]) * 111_320;
  return Math.hypot(x, y);
}
