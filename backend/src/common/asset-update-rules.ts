import type { AssetStatus, Role } from '../core/domain';

/**
 * What a role with a restricted right to update physical assets may change. Enforced in
 * CrudService.update inside the write's transaction (refused: FORBIDDEN, nothing written):
 * - contractor: only `status`, only on assets assigned to the contractor's organisation, and only
 *   along the installation steps: from approved / in_progress / installed to in_progress or
 *   installed. Commissioning (acceptance) stays with the programme office.
 * - maintenance: only `status`, on any physical asset (maintenance teams serve the whole city),
 *   only commissioned -> out_of_service (a fault) and out_of_service -> commissioned (repaired).
 * Admins and engineers have no restriction. Other roles never reach an update (guard).
 */
export interface AssetUpdateRule {
  fields: readonly string[];
  ownOrganisationOnly: boolean;
  /** Allowed status changes: current status -> statuses it may be set to. */
  statusTransitions: Partial<Record<AssetStatus, readonly AssetStatus[]>>;
}

export const ASSET_UPDATE_RULES: Partial<Record<Role, AssetUpdateRule>> = {
  contractor: {
    fields: ['status'],
    ownOrganisationOnly: true,
    statusTransitions: {
      approved: ['in_progress', 'installed'],
      in_progress: ['in_progress', 'installed'],
      installed: ['in_progress', 'installed'],
    },
  },
  maintenance: {
    fields: ['status'],
    ownOrganisationOnly: false,
    statusTransitions: {
      commissioned: ['out_of_service', 'commissioned'],
      out_of_service: ['commissioned', 'out_of_service'],
    },
  },
};
