import { ROLES, type AssetStatus, type Role } from '../core/domain';

/**
 * Who may do what: THE one declared matrix of role x GraphQL operation. A global guard
 * (auth.guard.ts) looks every query and mutation up here by its root field name; a field with no
 * entry is refused (fail closed), and test/auth/permissions.db.spec.ts fails for any field of the
 * built schema that has no entry. Field-level rules (what a contractor or a maintenance team may
 * change on an asset) are in ASSET_UPDATE_RULES below and enforced by CrudService.
 *
 * One role per user (no role combinations): what a person may do is read from this table alone.
 * The roles themselves are in the shared vocabulary (core/domain.ts), which the map reads too.
 */
export { ROLES, type Role };

/** `public`: no account needed (the map's settings, signing in). Otherwise the roles allowed. */
export type Permission = 'public' | readonly Role[];

const EVERYONE: readonly Role[] = ROLES;
/** Admins (the programme office) can do everything an engineer can, plus accounts. */
const PLANNERS: readonly Role[] = ['admin', 'engineer'];
const ADMINS: readonly Role[] = ['admin'];
/** Contractors and maintenance teams may update physical assets, within ASSET_UPDATE_RULES. */
const ASSET_UPDATERS: readonly Role[] = ['admin', 'engineer', 'contractor', 'maintenance'];

/** Every planning type edited through the generic CRUD API, and whether it is a physical asset. */
const CRUD_TYPES: { typeName: string; plural?: string; physical: boolean }[] = [
  { typeName: 'Pole', physical: true },
  { typeName: 'Camera', physical: true },
  { typeName: 'NetworkNode', physical: true },
  { typeName: 'FiberRun', physical: true },
  { typeName: 'PowerSource', physical: true },
  { typeName: 'PowerFeed', physical: true },
  { typeName: 'CameraModel', physical: false },
  { typeName: 'BlackSpot', physical: false },
  { typeName: 'Building', physical: false },
  { typeName: 'Zone', physical: false },
];

function crudEntries(): Record<string, Permission> {
  const entries: Record<string, Permission> = {};
  for (const { typeName, plural, physical } of CRUD_TYPES) {
    const singular = typeName.charAt(0).toLowerCase() + typeName.slice(1);
    entries[`Query.${singular}`] = EVERYONE;
    entries[`Query.${plural ?? `${singular}s`}`] = EVERYONE;
    entries[`Mutation.create${typeName}`] = PLANNERS;
    entries[`Mutation.update${typeName}`] = physical ? ASSET_UPDATERS : PLANNERS;
    entries[`Mutation.delete${typeName}`] = PLANNERS;
  }
  return entries;
}

export const PERMISSIONS: Readonly<Record<string, Permission>> = {
  // The map needs its settings before anyone signs in.
  'Query.appConfig': 'public',
  // Signing in and out: the credential is the password or the refresh token itself.
  'Mutation.login': 'public',
  'Mutation.refresh': 'public',
  'Mutation.logout': 'public',
  'Query.me': EVERYONE,

  // Planning data: everyone reads; engineers (and admins) plan; see ASSET_UPDATE_RULES for others.
  ...crudEntries(),
  // The cameras as the map draws them (columns): read like `cameras`.
  'Query.cameraMap': EVERYONE,

  // Accounts. Everyone may read organisations (engineers assign assets to contractors).
  'Query.organisations': EVERYONE,
  'Query.organisation': EVERYONE,
  'Mutation.createOrganisation': ADMINS,
  'Mutation.updateOrganisation': ADMINS,
  'Mutation.deleteOrganisation': ADMINS,
  'Query.users': ADMINS,
  'Query.user': ADMINS,
  'Mutation.createUser': ADMINS,
  'Mutation.updateUser': ADMINS,

  // Audit trail: one record's history for planners; the whole filtered log for admins only.
  'Query.auditLog': PLANNERS,
  'Query.auditEntries': ADMINS,

  // Analyses (coverage, network, streets): read-only results for everyone (route proposals are
  // computed answers, nothing is written); recomputation and imports for planners.
  'Query.coveragePreview': EVERYONE,
  'Query.ptzReachableCoverage': EVERYONE,
  'Query.blackSpotCoverages': EVERYONE,
  'Query.coverageSummary': EVERYONE,
  'Query.coverageFreshness': EVERYONE,
  'Query.ptzPresetCoverage': EVERYONE,
  'Query.cameraNetworkPath': EVERYONE,
  'Query.networkReport': EVERYONE,
  'Query.outageImpact': EVERYONE,
  'Query.singlePointsOfFailure': EVERYONE,
  'Query.proposeFiberRoute': EVERYONE,
  'Query.proposePowerRoute': EVERYONE,
  'Query.billOfQuantities': EVERYONE,
  'Query.street': EVERYONE,
  'Query.streets': EVERYONE,
  'Mutation.recomputeCoverage': PLANNERS,
  'Mutation.importStreets': PLANNERS,
};

/** The permission of a root field, or undefined when the matrix has no entry (refused). */
export function permissionFor(parentType: 'Query' | 'Mutation' | 'Subscription' | string, fieldName: string): Permission | undefined {
  return PERMISSIONS[`${parentType}.${fieldName}`];
}

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
