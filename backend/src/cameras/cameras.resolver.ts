import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import type { RequestLoaders } from '../common/loaders/request-loaders';
import { Pole } from '../poles/pole.entity';
import { Camera } from './camera.entity';
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

/** The pole, which few queries ask for; the model, field of view and detection range: see camera-fields.ts. */
@Resolver(() => Camera)
export class CameraFieldsResolver {
  @ResolveField(() => Pole, { nullable: true, description: 'The pole or mount carrying the camera.' })
  pole(@Parent() camera: Camera, @Context('loaders') loaders: RequestLoaders): Promise<Pole | null> {
    return camera.poleId ? loaders.polesById.load(camera.poleId) : Promise.resolve(null);
  }
}
