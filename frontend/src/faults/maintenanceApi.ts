import { graphqlRequest } from '../api/graphqlClient';
import { uploadEvidencePhoto } from '../evidence/evidenceApi';
import { graphql } from '../gql';
import type { ControlCentreQuery, FaultAssigneesQuery, FaultFiguresQuery, FaultPhotosQuery } from '../gql/graphql';

/** The control centre's wall, the figures, assignment and photos of faults (types generated from schema.gql). */
export type ControlCentre = ControlCentreQuery['controlCentre'];
export type FaultFigures = FaultFiguresQuery['faultFigures'];
export type FaultAssigneeTeam = FaultAssigneesQuery['faultAssignees'][number];
export type FaultPhoto = FaultPhotosQuery['evidencePhotos'][number];

const CONTROL_CENTRE = graphql(`
  query ControlCentre {
    controlCentre {
      asOf installedCameraCount activeByPriority
      darkCameras { cameraId code location darkSince faults { id priority state category } }
      blackSpotsLosing { blackSpotId code name priority requiredLevel coveredBeforePercent coveredNowPercent lostSquareMeters darkCameraIds }
    }
    overdue: faults(filter: { overdue: true, states: [open, acknowledged, in_progress] }, first: 0) { totalCount }
  }
`);
const FAULT_FIGURES = graphql(`
  query FaultFigures($from: DateTime!, $to: DateTime!) {
    faultFigures(from: $from, to: $to) {
      from to openByPriority overdueCount loggedCount resolvedCount meanTimeToRepairHours
      openByZone { zoneId zoneName byPriority total }
      cameraAvailability { cameraId code availability darkHours }
      blackSpotAvailability { blackSpotId code name availability nominalCoveredFraction meanCoveredFraction }
      modelsFailingMost { id label faultCount cameraCount }
      sitesFailingMost { id label faultCount cameraCount }
    }
  }
`);
const FAULT_ASSIGNEES = graphql(`
  query FaultAssignees { faultAssignees { organisationId name users { id name role } } }
`);
const ASSIGN_FAULT = graphql(`
  mutation AssignFault($input: UpdateFaultInput!) { updateFault(input: $input) { id version assignedOrganisationId assignedUserId } }
`);
const FAULT_PHOTOS = graphql(`
  query FaultPhotos($faultId: ID!) { evidencePhotos(assetType: fault, assetId: $faultId) { id displayName faultEventId uploadedAt thumbnailUrl originalUrl } }
`);

export async function fetchControlCentre(signal?: AbortSignal): Promise<{ status: ControlCentre; overdueCount: number }> {
  const answer = await graphqlRequest(CONTROL_CENTRE, {}, { signal });
  return { status: answer.controlCentre, overdueCount: answer.overdue.totalCount };
}

export async function fetchFaultFigures(from: Date, to: Date, signal?: AbortSignal): Promise<FaultFigures> {
  return (await graphqlRequest(FAULT_FIGURES, { from: from.toISOString(), to: to.toISOString() }, { signal })).faultFigures;
}

export async function fetchAssignees(signal?: AbortSignal): Promise<FaultAssigneeTeam[]> {
  return (await graphqlRequest(FAULT_ASSIGNEES, {}, { signal })).faultAssignees;
}

export async function assignFault(input: { id: string; version: number; assignedOrganisationId: string | null; assignedUserId: string | null }): Promise<void> {
  await graphqlRequest(ASSIGN_FAULT, { input });
}

export async function fetchFaultPhotos(faultId: string, signal?: AbortSignal): Promise<FaultPhoto[]> {
  return (await graphqlRequest(FAULT_PHOTOS, { faultId }, { signal })).evidencePhotos;
}

/** Sends a photo of a fault (and, when given, of one entry of its history), like installation photos. */
export const uploadFaultPhoto = (faultId: string, file: Blob & { name?: string }, faultEventId?: string | null): Promise<void> =>
  uploadEvidencePhoto({ assetType: 'fault', assetId: faultId, stepId: faultEventId }, file);
