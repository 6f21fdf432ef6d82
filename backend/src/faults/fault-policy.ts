import { DEFAULT_PRIORITY_THRESHOLDS, type FaultPriority, type PriorityThresholds, type SlaPolicy } from '../core/maintenance';

/**
 * The maintenance contract's numbers, read once from the environment:
 * - VIGIE_FAULT_PRIORITY_THRESHOLDS="p1,p2,p3": lowest loss score for P1, P2, P3 (core/maintenance/priority.ts);
 * - VIGIE_FAULT_SLA_HOURS="response/repair,..." for P1 to P4, in hours.
 * A fault that darkens nothing the analyses can measure (a point with no camera named) gets defaultPriority.
 */
export interface FaultPolicy {
  thresholds: PriorityThresholds;
  sla: SlaPolicy;
  defaultPriority: FaultPriority;
}

export const FAULT_POLICY = Symbol('FAULT_POLICY');

export const DEFAULT_SLA: SlaPolicy = {
  1: { responseHours: 2, repairHours: 8 },
  2: { responseHours: 4, repairHours: 24 },
  3: { responseHours: 8, repairHours: 72 },
  4: { responseHours: 24, repairHours: 168 },
};

export function loadFaultPolicy(env: NodeJS.ProcessEnv = process.env): FaultPolicy {
  return {
    thresholds: thresholdsFrom(env.VIGIE_FAULT_PRIORITY_THRESHOLDS),
    sla: slaFrom(env.VIGIE_FAULT_SLA_HOURS),
    defaultPriority: 3,
  };
}

function thresholdsFrom(value: string | undefined): PriorityThresholds {
  if (!value) return DEFAULT_PRIORITY_THRESHOLDS;
  const [p1, p2, p3] = value.split(',').map((part) => Number(part.trim()));
  if (![p1, p2, p3].every((n) => Number.isFinite(n) && n >= 0) || !(p1 >= p2 && p2 >= p3)) {
    throw new Error(`VIGIE_FAULT_PRIORITY_THRESHOLDS must be three decreasing numbers "p1,p2,p3" (e.g. "2.5,0.75,0.05"); got "${value}".`);
  }
  return { p1, p2, p3 };
}

function slaFrom(value: string | undefined): SlaPolicy {
  if (!value) return DEFAULT_SLA;
  const parts = value.split(',').map((part) => part.trim().split('/').map(Number));
  if (parts.length !== 4 || !parts.every((pair) => pair.length === 2 && pair.every((n) => Number.isFinite(n) && n > 0) && pair[0] <= pair[1])) {
    throw new Error(`VIGIE_FAULT_SLA_HOURS must be four "response/repair" pairs of hours for P1 to P4 (e.g. "2/8,4/24,8/72,24/168"); got "${value}".`);
  }
  const sla = {} as SlaPolicy;
  parts.forEach(([responseHours, repairHours], index) => (sla[(index + 1) as FaultPriority] = { responseHours, repairHours }));
  return sla;
}
