import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import type { RequestLoaders } from '../common/loaders/request-loaders';
import { CameraModel } from '../camera-models/camera-model.entity';
import { Pole } from '../poles/pole.entity';
import { Camera } from './camera.entity';
import { cameraDetectionRangeMeters, cameraHorizontalFieldOfViewDegrees } from './camera-optics';
import { CamerasService } from './cameras.service';
import { CameraFilter, CreateCameraInput, UpdateCameraInput } from './dto/camera.inputs';

export const CamerasCrudResolver = createCrudResolver({
  entity: Camera,
  typeName: 'Camera',
  createInput: CreateCameraInput,
  updateInput: UpdateCameraInput,
  filterInput: CameraFilter,
  service: CamerasService,
});

@Resolver(() => Camera)
export class CameraFieldsResolver {
  @ResolveField(() => Pole, { nullable: true, description: 'The pole or mount carrying the camera.' })
  pole(@Parent() camera: Camera, @Context('loaders') loaders: RequestLoaders): Promise<Pole | null> {
    return camera.poleId ? loaders.polesById.load(camera.poleId) : Promise.resolve(null);
  }

  @ResolveField(() => CameraModel, { description: 'The catalogue model.' })
  model(@Parent() camera: Camera, @Context('loaders') loaders: RequestLoaders): Promise<CameraModel> {
    return loaders.cameraModelsById.load(camera.modelId);
  }

  @ResolveField(() => Float, { description: 'Horizontal field of view at the set focal length, degrees.' })
  async horizontalFieldOfViewDegrees(@Parent() camera: Camera, @Context('loaders') loaders: RequestLoaders): Promise<number> {
    return cameraHorizontalFieldOfViewDegrees(camera, await loaders.cameraModelsById.load(camera.modelId));
  }

  @ResolveField(() => Float, {
    description: 'Distance along the optical axis up to which detection density (25 px/m) holds, metres; buildings ignored.',
  })
  async detectionRangeMeters(@Parent() camera: Camera, @Context('loaders') loaders: RequestLoaders): Promise<number> {
    return cameraDetectionRangeMeters(camera, await loaders.cameraModelsById.load(camera.modelId));
  }
}
