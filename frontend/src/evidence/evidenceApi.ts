import { graphqlRequest, GraphQLRequestError, type GraphQLErrorEntry } from '../api/graphqlClient';
import { sessionStore } from '../auth/session';
import { graphql } from '../gql';
import type { CameraAcceptanceQuery, CameraAsBuiltFieldsFragment, EvidencePhotoFieldsFragment, RecordCameraAsBuiltInput } from '../gql/graphql';

/** Evidence photos and as-built acceptance of a camera (issue 11), as the camera panel uses them. */

export type EvidencePhoto = EvidencePhotoFieldsFragment;
export type CameraAsBuilt = CameraAsBuiltFieldsFragment;
export type CameraAcceptance = NonNullable<CameraAcceptanceQuery['cameraAcceptance']>;
export type { RecordCameraAsBuiltInput };

export const EVIDENCE_PHOTO_FIELDS = graphql(`
  fragment EvidencePhotoFields on EvidencePhoto {
    id displayName contentType sizeBytes widthPixels heightPixels takenAt takenAtLocal takenAtOffset position
    distanceFromAssetMeters farFromAsset uploadedAt thumbnailUrl originalUrl
  }
`);
export const CAMERA_AS_BUILT_FIELDS = graphql(`
  fragment CameraAsBuiltFields on CameraAsBuilt {
    id version current location headingDegrees tiltDegrees mountHeightMeters modelId serialNumber comment measuredAt
    acceptanceState deviations { kind message } reviewComment reviewedAt
  }
`);

const EVIDENCE_PHOTOS = graphql(`
  query EvidencePhotos($assetId: ID!) { evidencePhotos(assetType: camera, assetId: $assetId) { ...EvidencePhotoFields } }
`);
const CAMERA_AS_BUILT = graphql(`
  query CameraAsBuilt($cameraId: ID!) { cameraAsBuilt(cameraId: $cameraId) { ...CameraAsBuiltFields } }
`);
const CAMERA_ACCEPTANCE = graphql(`
  query CameraAcceptance($cameraId: ID!) {
    cameraAcceptance(cameraId: $cameraId) {
      asBuiltId headingDeviationDegrees tiltDeviationDegrees mountHeightDeviationMeters positionDeviationMeters modelChanged withinTolerance
      deviations { kind message }
      blackSpots { blackSpotId blackSpotCode requiredLevel designCoveredPercent asBuiltCoveredPercent lossPoints outOfTolerance }
      designCoverage { ...CameraCoverageFields }
      asBuiltCoverage { ...CameraCoverageFields }
    }
  }
`);
const RECORD_AS_BUILT = graphql(`
  mutation RecordCameraAsBuilt($input: RecordCameraAsBuiltInput!) { recordCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }
`);
const ACCEPT_AS_BUILT = graphql(`
  mutation AcceptCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { acceptCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }
`);
const SEND_BACK_AS_BUILT = graphql(`
  mutation SendBackCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { sendBackCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }
`);

export const fetchPhotos = async (cameraId: string, signal?: AbortSignal) => (await graphqlRequest(EVIDENCE_PHOTOS, { assetId: cameraId }, { signal })).evidencePhotos;
export const fetchAsBuilt = async (cameraId: string, signal?: AbortSignal) => (await graphqlRequest(CAMERA_AS_BUILT, { cameraId }, { signal })).cameraAsBuilt;
export const fetchAcceptance = async (cameraId: string, signal?: AbortSignal) => (await graphqlRequest(CAMERA_ACCEPTANCE, { cameraId }, { signal })).cameraAcceptance;
export const recordAsBuilt = async (input: RecordCameraAsBuiltInput) => (await graphqlRequest(RECORD_AS_BUILT, { input })).recordCameraAsBuilt;
export const reviewAsBuilt = async (decision: 'accept' | 'sendBack', input: { id: string; version: number; comment?: string | null }) =>
  decision === 'accept' ? (await graphqlRequest(ACCEPT_AS_BUILT, { input })).acceptCameraAsBuilt : (await graphqlRequest(SEND_BACK_AS_BUILT, { input })).sendBackCameraAsBuilt;

/** Sends a photo from the phone's camera as the raw body (POST /api/evidence), with the session's token. */
export async function uploadPhoto(cameraId: string, file: Blob & { name?: string }): Promise<void> {
  return uploadEvidencePhoto({ assetType: 'camera', assetId: cameraId }, file);
}

/** Sends a photo of what `target` names (an asset, or a fault; `stepId`: one of its steps) as the raw body. */
export async function uploadEvidencePhoto(target: { assetType: string; assetId: string; stepId?: string | null }, file: Blob & { name?: string }): Promise<void> {
  const query = new URLSearchParams({
    assetType: target.assetType, assetId: target.assetId, ...(target.stepId ? { stepId: target.stepId } : {}), ...(file.name ? { fileName: file.name } : {}),
  });
  const response = await fetch(`/api/evidence?${query}`, {
    method: 'POST',
    headers: { ...(await sessionStore.headers()), 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { errors?: GraphQLErrorEntry[] };
  throw new GraphQLRequestError(body.errors?.[0]?.message ?? `HTTP ${response.status}`, 'graphql', { status: response.status, errors: body.errors });
}

/** A photo's bytes as an object URL (an <img> cannot send the bearer token); revoke it when done. */
export async function photoObjectUrl(path: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(path, { headers: await sessionStore.headers(), signal });
  if (!response.ok) throw new GraphQLRequestError(`HTTP ${response.status}`, 'http', { status: response.status });
  return URL.createObjectURL(await response.blob());
}
