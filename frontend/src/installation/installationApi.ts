import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { MyWorkQuery, NetworkElementKind, WorkPackagesProgressQuery } from '../gql/graphql';

/** The installation side of the API as the "Work" tab uses it (types generated from schema.gql). */

export type MyWorkItem = MyWorkQuery['myWork'][number];
export type WorkPackageRow = WorkPackagesProgressQuery['workPackages']['nodes'][number];

const MY_WORK = graphql(`
  query MyWork($longitude: Float, $latitude: Float) {
    myWork(longitude: $longitude, latitude: $latitude) {
      assetType assetId code status version workPackageId workPackageCode workPackageName dueOn late distanceMeters position
    }
  }
`);

const MOVE_ASSET_STATUS = graphql(`
  mutation MoveAssetStatus($input: MoveAssetStatusInput!) {
    moveAssetStatus(input: $input) { stepId status assetVersion }
  }
`);

const WORK_PACKAGES_PROGRESS = graphql(`
  query WorkPackagesProgress {
    workPackages(first: 200) { nodes { id code name phase dueOn status assetCount assets { status } } }
    programme: installationProgress { assetCount installedCount lateCount coverage { liveCoveredFraction designCoveredFraction } }
  }
`);

const PROGRAMME_SERIES = graphql(`
  query ProgrammeProgressSeries { installationProgressSeries(stepDays: 7) { at assetCount installedCount commissionedCount lateCount liveCoveredFraction designCoveredFraction } }
`);

export type ProgressPoint = Awaited<ReturnType<typeof fetchProgrammeSeries>>[number];

export async function fetchProgrammeSeries(signal?: AbortSignal) {
  return (await graphqlRequest(PROGRAMME_SERIES, {}, { signal })).installationProgressSeries;
}

const PACKAGE_CSV = graphql(`
  query PackageProgressCsv($workPackageId: ID!) { workPackageProgressCsv(workPackageId: $workPackageId) }
`);

export async function fetchMyWork(position: { longitude: number; latitude: number } | null, signal?: AbortSignal): Promise<MyWorkItem[]> {
  return (await graphqlRequest(MY_WORK, { longitude: position?.longitude ?? null, latitude: position?.latitude ?? null }, { signal })).myWork;
}

export async function moveAssetStatus(input: {
  assetType: NetworkElementKind; assetId: string; toStatus: 'in_progress' | 'installed' | 'commissioned'; expectedVersion: number; comment?: string | null;
  longitude?: number | null; latitude?: number | null; accuracyMeters?: number | null;
}) {
  return (await graphqlRequest(MOVE_ASSET_STATUS, { input })).moveAssetStatus;
}

export async function fetchWorkPackagesProgress(signal?: AbortSignal) {
  return graphqlRequest(WORK_PACKAGES_PROGRESS, {}, { signal });
}

export async function fetchPackageCsv(workPackageId: string): Promise<string> {
  return (await graphqlRequest(PACKAGE_CSV, { workPackageId })).workPackageProgressCsv;
}
