import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { area } from '@turf/area';
import { createCrudResolver } from '../common/crud/crud.resolver';
import { BlackSpot } from './black-spot.entity';
import { BlackSpotsService } from './black-spots.service';
import { BlackSpotFilter, CreateBlackSpotInput, UpdateBlackSpotInput } from './dto/black-spot.inputs';

export const BlackSpotsCrudResolver = createCrudResolver({
  entity: BlackSpot,
  typeName: 'BlackSpot',
  createInput: CreateBlackSpotInput,
  updateInput: UpdateBlackSpotInput,
  filterInput: BlackSpotFilter,
  service: BlackSpotsService,
});

@Resolver(() => BlackSpot)
export class BlackSpotFieldsResolver {
  @ResolveField(() => Float, { description: 'Area of the black spot, square metres (geodesic).' })
  areaSquareMeters(@Parent() blackSpot: BlackSpot): number {
    return area(blackSpot.boundary);
  }
}
