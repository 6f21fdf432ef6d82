import { ROLES, type Role } from '../core/domain';

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
// The role vocabulary sits in core/domain.ts, below every feature (users and common/ use it too).
export { ROLES, type Role };

/** `public`: no account needed (the map's settings, signing in). Otherwise the roles allowed. */
export type Permission = 'public' | readonly Role[];

const EVERYONE: readonly Role[] = ROLES;
/** Admins (the programme office) can do everything an engineer can, plus accounts. */
const PLANNERS: readonly Role[] = ['admin', 'engineer'];
const ADMINS: readonly Role[] = ['admin'];
/** Contractors and maintenance teams may update physical assets, within ASSET_UPDATE_RULES. */
const ASSET_UPDATERS: readonly Role[] = ['admin', 'engineer', 'contractor', 'maintenance'];
/** Who runs faults, and who may also log, comment and work on faults assigned to them (contractors). */
const FAULT_MANAGERS: readonly Role[] = ['admin', 'engineer', 'maintenance'];
const FAULT_WORKERS: readonly Role[] = ['admin', 'engineer', 'maintenance', 'contractor'];
/** Who may download layers as files (GET /api/export, issue 13): every signed-in role, never anonymously. */
export const EXPORT_ROLES: readonly Role[] = ROLES;
/** Who takes and reads evidence photos (issue 11). */
export const INSTALLATION_ROLES: readonly Role[] = ['admin', 'engineer', 'contractor', 'maintenance'];

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
  { typeName: 'WorkPackage', physical: false },
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
  // Change sets (imports, accepted proposals): planners list them and undo one as a unit.
  'Query.changeSet': PLANNERS,
  'Query.changeSets': PLANNERS,
  'Mutation.undoChangeSet': PLANNERS,

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
  'Query.designChecks': EVERYONE,
  'Query.outageImpact': EVERYONE,
  'Query.singlePointsOfFailure': EVERYONE,
  'Query.blackSpotSinglePointsOfFailure': EVERYONE,
  'Query.proposeFiberRoute': EVERYONE,
  'Query.proposePowerRoute': EVERYONE,
  'Query.billOfQuantities': EVERYONE,
  // The design report (issue 13): what the analyses above show, for everyone; a contractor only for its own packages.
  'Query.designReport': EVERYONE,
  'Query.street': EVERYONE,
  'Query.streets': EVERYONE,
  'Mutation.recomputeCoverage': PLANNERS,

  // Maintenance (faults/): everyone reads; maintenance teams, engineers and admins run faults;
  // contractors may log and comment and move faults assigned to their organisation through the work
  // (acknowledged, in_progress, resolved: FaultsService refuses the rest, FORBIDDEN); viewers read only.
  'Query.fault': EVERYONE,
  'Query.faults': EVERYONE,
  'Query.faultFigures': EVERYONE,
  'Query.faultPolicy': EVERYONE,
  'Mutation.logFault': FAULT_WORKERS,
  'Mutation.commentOnFault': FAULT_WORKERS,
  'Mutation.changeFaultState': FAULT_WORKERS,
  'Mutation.updateFault': FAULT_MANAGERS,
  'Mutation.importStreets': PLANNERS,

  // Live updates (GraphQL subscriptions over WebSocket, backend/src/live): the change feed for everyone
  // who reads (each event only of the types the role may read, see mayReadType); the live audit trail,
  // with whole before/after records, for admins like auditEntries.
  'Subscription.recordChanges': EVERYONE,
  'Subscription.dataRevisions': EVERYONE,
  'Subscription.auditEntryRecorded': ADMINS,
  // Installation evidence and acceptance (issue 11). Photos: the roles that work on site and the office,
  // not viewers (photos show people and places); contractors only on their organisation's assets and
  // maintenance on any asset (checked in evidence/). The same rules guard the HTTP upload and download.
  'Query.evidencePhotos': INSTALLATION_ROLES,
  'Query.evidencePhoto': INSTALLATION_ROLES,
  'Mutation.deleteEvidencePhoto': INSTALLATION_ROLES,
  // As-built values: everyone reads them like the plan; contractors record their own cameras; the office decides.
  'Query.cameraAsBuilt': EVERYONE,
  'Query.cameraAsBuiltHistory': EVERYONE,
  'Query.cameraAcceptance': EVERYONE,
  'Query.commissioningMissing': EVERYONE,
  'Mutation.recordCameraAsBuilt': ['admin', 'engineer', 'contractor'],
  'Mutation.acceptCameraAsBuilt': PLANNERS,
  'Mutation.sendBackCameraAsBuilt': PLANNERS,
  // Installation (issue 11). Packages: planners manage them (CRUD entries above); contractors read
  // only their organisation's (WorkPackagesService). A status step follows ASSET_UPDATE_RULES.
  'Mutation.addWorkPackageAssets': PLANNERS,
  'Mutation.removeWorkPackageAssets': PLANNERS,
  'Mutation.moveAssetStatus': ASSET_UPDATERS,
  'Query.assetStatusHistory': EVERYONE,
  'Query.myWork': ['contractor'],
  // Progress: everyone, but a contractor only for its own organisation or packages (InstallationService).
  'Query.installationProgress': EVERYONE,
  'Query.installationProgressSeries': EVERYONE,
  'Query.workPackageSCurve': EVERYONE,
  'Query.workPackageProgressCsv': EVERYONE,
};

/** The permission of a root field, or undefined when the matrix has no entry (refused). */
export function permissionFor(parentType: 'Query' | 'Mutation' | 'Subscription' | string, fieldName: string): Permission | undefined {
  return PERMISSIONS[`${parentType}.${fieldName}`];
}

/**
 * Whether a role may read records of a GraphQL type, as the matrix says of its single-record query
 * (`Camera` -> `Query.camera`): the live feed tells a role only of changes it could read. A type without
 * such a query is told to admins only (fail closed).
 */
export function mayReadType(role: Role, typeName: string): boolean {
  const permission = permissionFor('Query', typeName.charAt(0).toLowerCase() + typeName.slice(1));
  if (permission === undefined) return role === 'admin';
  return permission === 'public' || permission.includes(role);
}

// The field-level rules live beside the CRUD layer that enforces them (common/ sits below auth/).
export { ASSET_UPDATE_RULES, type AssetUpdateRule } from '../common/asset-update-rules';
