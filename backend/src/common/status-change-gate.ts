import type { EntityManager } from 'typeorm';
import type { AssetStatus } from '../core/domain';

/**
 * Rules on a status change that need other features' data (commissioning a camera needs an accepted
 * as-built record, a photo, a network path and power: acceptance/commissioning-rule.ts). CrudService
 * calls it on every create and update that sets a status, so no API path skips it; the feature that
 * knows the rule provides it under this token (no import from common/ up into the feature).
 */
export const STATUS_CHANGE_GATE = Symbol('STATUS_CHANGE_GATE');

export interface StatusChange {
  typeName: string;
  /** Null on create. */
  id: string | null;
  to: AssetStatus;
  /** Whether the asset is marked existing (in place before the programme). */
  existing?: boolean;
}

export interface StatusChangeGate {
  /**
   * Before the write's transaction: checks that read through caches outside it (the network analysis
   * reads with its own connection; inside a transaction on the one embedded connection it would wait
   * for itself). Throws a coded refusal naming everything that is missing.
   */
  beforeStatusChange(change: StatusChange): Promise<void>;
  /** Inside the transaction, on the locked row: the record checks again, so nothing slips in between. */
  withinStatusChange(manager: EntityManager, change: StatusChange & { from: AssetStatus | null }): Promise<void>;
}
