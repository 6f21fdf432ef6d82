import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { CAMERA_MODELS_QUERY, type CameraModelNode } from '../editing/mutations';

/** Sent on the window when the catalogue changed (a model added or edited): the lists read it again. */
export const CAMERA_MODELS_CHANGED = 'vigie:camera-models-changed';

/**
 * The camera catalogue (what a new camera may be), read once and after each catalogue change; empty when it cannot be read.
 * `enabled`: read from then on (the map asks after its first paint).
 */
export function useCameraModels(enabled = true): CameraModelNode[] {
  const [models, setModels] = useState<CameraModelNode[]>([]);
  useEffect(() => {
    if (!enabled) return undefined;
    const load = () => graphqlRequest(CAMERA_MODELS_QUERY, {}).then(({ cameraModels }) => setModels(cameraModels.nodes), () => setModels([]));
    void load();
    window.addEventListener(CAMERA_MODELS_CHANGED, load);
    return () => window.removeEventListener(CAMERA_MODELS_CHANGED, load);
  }, [enabled]);
  return models;
}
