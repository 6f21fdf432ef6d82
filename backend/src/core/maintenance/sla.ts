import { isActiveFaultState, type FaultPriority, type FaultState } from './fault-vocabulary';

/** One entry of a fault's state history: the state it entered and when (ms since epoch). */
export interface StateChange {
  state: FaultState;
  atMs: number;
}

export interface SlaHours {
  responseHours: number;
  repairHours: number;
}

export type SlaPolicy = Record<FaultPriority, SlaHours>;

export interface SlaClock {
  /** Milliseconds spent in each state, up to `nowMs` for the current one. */
  msInState: Record<FaultState, number>;
  /** Response clock: time spent `open` (waiting for someone to take it), across reopenings. */
  responseMs: number;
  /** Repair clock: time spent open, acknowledged or in progress (not resolved/closed), across reopenings. */
  repairMs: number;
  /** Whether each clock is running now. */
  responseRunning: boolean;
  repairRunning: boolean;
  /** When each budget runs out if its clock keeps running (null when it is stopped and within budget). */
  responseDueAtMs: number | null;
  repairDueAtMs: number | null;
  responseOverdue: boolean;
  repairOverdue: boolean;
}

const HOUR_MS = 3_600_000;

/**
 * The SLA clocks of one fault from its state history (oldest first, the first entry being `open` when
 * it was logged). Response counts the time spent `open` and repair the time spent in any active state;
 * both stop while resolved or closed and run again after a reopen, so a fault reopened after a bad
 * repair keeps the budget it had left. A running clock is due at now + what is left of its budget
 * (in the past when it is already overdue); a stopped one is overdue only if it used more than its budget.
 */
export function slaClock(history: readonly StateChange[], hours: SlaHours, nowMs: number): SlaClock {
  const msInState: Record<FaultState, number> = { open: 0, acknowledged: 0, in_progress: 0, resolved: 0, closed: 0 };
  for (let index = 0; index < history.length; index++) {
    const start = history[index].atMs;
    const end = index + 1 < history.length ? history[index + 1].atMs : Math.max(nowMs, start);
    msInState[history[index].state] += Math.max(0, end - start);
  }
  const current = history.length ? history[history.length - 1].state : 'open';
  const responseMs = msInState.open;
  const repairMs = msInState.open + msInState.acknowledged + msInState.in_progress;
  const responseBudget = hours.responseHours * HOUR_MS;
  const repairBudget = hours.repairHours * HOUR_MS;
  const responseRunning = current === 'open';
  const repairRunning = isActiveFaultState(current);
  const due = (running: boolean, used: number, budget: number) => (running ? nowMs + (budget - used) : null);
  return {
    msInState,
    responseMs,
    repairMs,
    responseRunning,
    repairRunning,
    responseDueAtMs: due(responseRunning, responseMs, responseBudget),
    repairDueAtMs: due(repairRunning, repairMs, repairBudget),
    responseOverdue: responseMs > responseBudget,
    repairOverdue: repairMs > repairBudget,
  };
}
