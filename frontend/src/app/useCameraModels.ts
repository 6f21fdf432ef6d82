import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { CAMERA_MODELS_QUERY, type CameraModelNode } from '../editing/mutations';

/** The camera catalogue (what a new camera may be), read once; empty when it cannot be read. */
export function useCameraModels(): CameraModelNode[] {
  const [models, setModels] = useState<CameraModelNode[]>([]);
  useEffect(() => {
    graphqlRequest(CAMERA_MODELS_QUERY, {}).then(({ cameraModels }) => setModels(cameraModels.nodes), () => setModels([]));
  }, []);
  return models;
}
