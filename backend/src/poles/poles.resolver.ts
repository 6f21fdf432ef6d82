import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import type { RequestLoaders } from '../common/loaders/request-loaders';
import { Camera } from '../cameras/camera.entity';
import { CreatePoleInput, PoleFilter, UpdatePoleInput } from './dto/pole.inputs';
import { Pole } from './pole.entity';
import { PolesService } from './poles.service';

export const PolesCrudResolver = createCrudResolver({
  entity: Pole,
  typeName: 'Pole',
  createInput: CreatePoleInput,
  updateInput: UpdatePoleInput,
  filterInput: PoleFilter,
  service: PolesService,
});

@Resolver(() => Pole)
export class PoleFieldsResolver {
  @ResolveField(() => [Camera], { description: 'Cameras mounted on this pole.' })
  cameras(@Parent() pole: Pole, @Context('loaders') loaders: RequestLoaders): Promise<Camera[]> {
    return loaders.camerasByPoleId.load(pole.id);
  }
}
