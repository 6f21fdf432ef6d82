import { Inject } from '@nestjs/common';
import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { metricPolicy, type MetricPolicy } from '../core/geometry/metric';
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
  private readonly metric: MetricPolicy;

  constructor(@Inject(VIGIE_CONFIG) config: Pick<VigieConfig, 'projectedSrid'>) {
    this.metric = metricPolicy(config.projectedSrid);
  }

  @ResolveField(() => Float, {
    description: "Area of the black spot, square metres, in the deployment's projected CRS (the area its coverage analyses use).",
  })
  areaSquareMeters(@Parent() blackSpot: BlackSpot): number {
    return this.metric.areaSquareMeters(blackSpot.boundary);
  }
}
