import type DataLoader from 'dataloader';
import type { FieldMiddleware, MiddlewareContext } from '@nestjs/graphql';
import type { RequestLoaders } from '../loaders/request-loaders';
import type { CameraModel } from '../camera-models/camera-model.entity';
import type { Camera } from './camera.entity';

/**
 * The camera's fields derived from its model. A list of 10,000 cameras for the map asks for field of
 * view and detection range 20,000 times: they are getters on the entity, answered synchronously from
 * the model the list attaches (CamerasService.list). As @ResolveField methods (or field middleware),
 * each answer went through Nest's asynchronous wrapper: about 0.7 s of server time per 1,000
 * cameras, then 0.07 s with middleware, now a few ms.
 *
 * A camera loaded elsewhere (a pole's cameras, a fiber run's end, a mutation's result) has no model
 * attached: its model is read then, in batches, through the lookup the database attached to it when
 * it was loaded (CameraModelLookup).
 */
export const MODEL_LOOKUP = Symbol('vigie.cameraModelLookup');

export type CameraModelLoader = DataLoader<string, CameraModel>;
type LoadedCamera = Camera & { [MODEL_LOOKUP]?: CameraModelLoader };

export function fromModel<T>(camera: Camera, derive: (camera: Camera, model: CameraModel) => T): T | Promise<T> {
  if (camera.model) return derive(camera, camera.model);
  const lookup = (camera as LoadedCamera)[MODEL_LOOKUP];
  if (!lookup) throw new Error(`Camera ${camera.code} was not read from the database: its model is unknown.`);
  return lookup.load(camera.modelId).then((model) => derive(camera, model));
}

/** The `model` field: the attached model, or the request's loader (cached per request). */
export const resolveCameraModel: FieldMiddleware = ({ source, context }: MiddlewareContext<Camera, { loaders: RequestLoaders }>) =>
  source.model ?? context.loaders.cameraModelsById.load(source.modelId);
