import type { Polygon } from 'geojson';
import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { NetworkElementKind, PackageEditorDataQuery, WorkPackageDetailQuery } from '../gql/graphql';

/** Package editing and progress as the engineers' Work tab uses them (types generated from schema.gql). */
export type PackageDetail = NonNullable<WorkPackageDetailQuery['workPackage']>;
export type EditorOrganisation = PackageEditorDataQuery['organisations']['nodes'][number];
export type EditorZone = PackageEditorDataQuery['zones']['nodes'][number];

export const PACKAGE_FIELDS = graphql(`
  fragment PackageFields on WorkPackage {
    id version code name phase organisationId zoneId plannedStartOn dueOn status assetCount
    assets { assetType assetId code status version }
  }
`);

const PACKAGE_DETAIL = graphql(`
  query WorkPackageDetail($id: ID!, $stepDays: Int) {
    workPackage(id: $id) { ...PackageFields }
    sCurve: workPackageSCurve(workPackageId: $id, stepDays: $stepDays) { at plannedCount actualCount }
    progress: installationProgress(scope: { workPackageId: $id }) {
      at assetCount installedCount lateCount byStatus { status count share }
      lateItems { code status daysLate }
      coverage { liveCoveredFraction designCoveredFraction }
    }
  }
`);

const EDITOR_DATA = graphql(`
  query PackageEditorData {
    organisations(filter: { kind: [contractor] }, first: 500) { nodes { id name } }
    zones(first: 500) { nodes { id code name } }
  }
`);

const CREATE_PACKAGE = graphql(`
  mutation CreatePackage($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { ...PackageFields } }
`);
const UPDATE_PACKAGE = graphql(`
  mutation UpdatePackage($input: UpdateWorkPackageInput!) { updateWorkPackage(input: $input) { ...PackageFields } }
`);
const ADD_ASSETS = graphql(`
  mutation AddPackageAssets($input: WorkPackageAssetsInput!) { addWorkPackageAssets(input: $input) { ...PackageFields } }
`);
const REMOVE_ASSETS = graphql(`
  mutation RemovePackageAssets($input: WorkPackageAssetsInput!) { removeWorkPackageAssets(input: $input) { ...PackageFields } }
`);

const BREAKDOWN = graphql(`
  query ProgressScope($scope: ProgressScopeInput) {
    installationProgress(scope: $scope) { assetCount installedCount lateCount byStatus { status count } coverage { liveCoveredFraction designCoveredFraction } }
  }
`);

export async function fetchPackageDetail(id: string, signal?: AbortSignal) {
  return graphqlRequest(PACKAGE_DETAIL, { id, stepDays: 7 }, { signal });
}

export async function fetchEditorData(signal?: AbortSignal) {
  return graphqlRequest(EDITOR_DATA, {}, { signal });
}

export interface PackageFieldsInput {
  code: string;
  name: string;
  organisationId: string;
  phase: string | null;
  plannedStartOn: string;
  dueOn: string;
  zoneId: string | null;
}

export async function createPackage(input: PackageFieldsInput) {
  return (await graphqlRequest(CREATE_PACKAGE, { input })).createWorkPackage;
}

export async function updatePackage(input: Partial<PackageFieldsInput> & { id: string; version: number; status?: 'open' | 'closed' }) {
  return (await graphqlRequest(UPDATE_PACKAGE, { input })).updateWorkPackage;
}

export interface AssetSelection {
  assets?: { assetType: NetworkElementKind; assetId: string }[];
  area?: Polygon;
  zoneId?: string;
}

export async function addAssets(workPackageId: string, version: number, selection: AssetSelection) {
  return (await graphqlRequest(ADD_ASSETS, { input: { workPackageId, version, ...selection } })).addWorkPackageAssets;
}

export async function removeAssets(workPackageId: string, version: number, assets: { assetType: NetworkElementKind; assetId: string }[]) {
  return (await graphqlRequest(REMOVE_ASSETS, { input: { workPackageId, version, assets } })).removeWorkPackageAssets;
}

/** Progress of one scope (a contractor organisation or a zone) now. */
export async function fetchScopeProgress(scope: { organisationId?: string; zoneId?: string }, signal?: AbortSignal) {
  return (await graphqlRequest(BREAKDOWN, { scope }, { signal })).installationProgress;
}
