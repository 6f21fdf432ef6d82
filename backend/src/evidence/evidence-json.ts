import type { EvidencePhoto } from './evidence-photo.entity';

/** Where a photo's bytes are served (authenticated GET). */
export const evidenceUrls = (id: string) => ({ originalUrl: `/api/evidence/${id}/original`, thumbnailUrl: `/api/evidence/${id}/thumbnail` });

/** A photo record as the upload endpoint answers it: the GraphQL EvidencePhoto fields. */
export function evidencePhotoJson(photo: EvidencePhoto): Record<string, unknown> {
  return {
    id: photo.id,
    assetType: photo.assetType,
    assetId: photo.assetId,
    stepId: photo.stepId,
    faultEventId: photo.faultEventId,
    contentHash: photo.contentHash,
    contentType: photo.contentType,
    sizeBytes: photo.sizeBytes,
    widthPixels: photo.widthPixels,
    heightPixels: photo.heightPixels,
    displayName: photo.displayName,
    takenAtLocal: photo.takenAtLocal,
    takenAtOffset: photo.takenAtOffset,
    takenAt: photo.takenAt?.toISOString() ?? null,
    position: photo.position,
    distanceFromAssetMeters: photo.distanceFromAssetMeters,
    farFromAsset: photo.farFromAsset,
    uploadedByUserId: photo.uploadedByUserId,
    uploadedAt: photo.uploadedAt.toISOString(),
    ...evidenceUrls(photo.id),
  };
}
