import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import type { RequestLoaders } from '../loaders/request-loaders';
import { Pole } from '../poles/pole.entity';
import { Camera } from './camera.entity';
import { CamerasService, MAX_MAP_PAGE_SIZE } from './cameras.service';
import { CameraMapPage } from './dto/camera-map.types';
import type { ListFilter } from '../common/crud/list-filter.input';
import { inputValidationPipe } from '../common/validation';
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

/** The map's cameras as columns (CameraMapPage): what `cameras` gives the map, at a fraction of the cost. */
@Resolver(() => CameraMapPage)
export class CameraMapResolver {
  constructor(private readonly cameras: CamerasService) {}

  @Query(() => CameraMapPage, { description: 'A page of cameras for drawing the map (same filter and values as `cameras`), as parallel lists; pages by `endCursor`, no total count.' })
  cameraMap(
    @Args('filter', { type: () => CameraFilter, nullable: true }, inputValidationPipe(CameraFilter)) filter?: ListFilter,
    @Args('first', { type: () => Int, nullable: true, description: `Page size, 1 to ${MAX_MAP_PAGE_SIZE} (default ${MAX_MAP_PAGE_SIZE}).` }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<CameraMapPage> {
    return this.cameras.mapPage(filter ?? {}, first ?? undefined, after);
  }
}

/** Pole.cameras lives here, not in poles/: cameras depend on poles, and poles on nothing of cameras. */
@Resolver(() => Pole)
export class PoleCamerasResolver {
  @ResolveField(() => [Camera], { description: 'Cameras mounted on this pole.' })
  cameras(@Parent() pole: Pole, @Context('loaders') loaders: RequestLoaders): Promise<Camera[]> {
    return loaders.camerasByPoleId.load(pole.id);
  }
}
