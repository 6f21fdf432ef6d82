import type { CameraListNode, CameraModelSummary, CameraNode } from './layers/camerasQuery';

export type Bbox = [number, number, number, number];

/**
 * `bbox` cut into `parts` bands of equal width, west to east. Each band is loaded as its own chain
 * of pages, the chains side by side: while the browser reads one page the server already works on
 * another band's (one chain left the server idle between pages for about a tenth of the time).
 */
export function splitBbox([west, south, east, north]: Bbox, parts: number): Bbox[] {
  const count = Math.max(1, Math.floor(parts));
  const width = (east - west) / count;
  return Array.from({ length: count }, (_, index) => [
    index === 0 ? west : west + width * index,
    south,
    index === count - 1 ? east : west + width * (index + 1),
    north,
  ]);
}

/** Model ids of listed cameras that the catalogue given does not have (added since it was read). */
export function unknownModelIds(pages: ReadonlyArray<readonly CameraListNode[]>, models: ReadonlyMap<string, CameraModelSummary>): string[] {
  const unknown = new Set<string>();
  for (const page of pages) for (const camera of page) if (camera.model === undefined && camera.modelId && !models.has(camera.modelId)) unknown.add(camera.modelId);
  return [...unknown];
}

/**
 * The cameras of several pages or bands, each once (a camera on the line between two bands is in
 * both), with the catalogue model its `modelId` names (null if the catalogue has no such model).
 */
export function joinCameraPages(pages: ReadonlyArray<readonly CameraListNode[]>, models: ReadonlyMap<string, CameraModelSummary>): CameraNode[] {
  const seen = new Set<string>();
  const cameras: CameraNode[] = [];
  for (const page of pages) {
    for (const listed of page) {
      if (seen.has(listed.id)) continue;
      seen.add(listed.id);
      // Fresh from the response: completed in place rather than copied (10,000 of them).
      const camera = listed as CameraListNode & CameraNode;
      if (camera.model === undefined) camera.model = models.get(listed.modelId) ?? null;
      cameras.push(camera);
    }
  }
  return cameras;
}

/** The cameras of a `cameraMap` page (columns) as the list nodes the map works with: read as the API's tests read them. */
export { camerasOfColumns } from '../../../backend/src/core/camera-map-columns';
