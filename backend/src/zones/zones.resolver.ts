import { Int, Parent, ResolveField, Resolver, Context } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import type { RequestLoaders } from '../loaders/request-loaders';
import { CreateZoneInput, UpdateZoneInput, ZoneFilter } from './dto/zone.inputs';
import { Zone } from './zone.entity';
import { ZonesService } from './zones.service';

export const ZonesCrudResolver = createCrudResolver({
  entity: Zone,
  typeName: 'Zone',
  createInput: CreateZoneInput,
  updateInput: UpdateZoneInput,
  filterInput: ZoneFilter,
  service: ZonesService,
});

@Resolver(() => Zone)
export class ZoneFieldsResolver {
  @ResolveField(() => Int, { description: 'Cameras inside the zone.' })
  cameraCount(@Parent() zone: Zone, @Context('loaders') loaders: RequestLoaders): Promise<number> {
    return loaders.zoneCounts.load(zone.id).then((counts) => counts.cameras);
  }

  @ResolveField(() => Int, { description: 'Poles inside the zone.' })
  poleCount(@Parent() zone: Zone, @Context('loaders') loaders: RequestLoaders): Promise<number> {
    return loaders.zoneCounts.load(zone.id).then((counts) => counts.poles);
  }

  @ResolveField(() => Int, { description: 'Black spots intersecting the zone.' })
  blackSpotCount(@Parent() zone: Zone, @Context('loaders') loaders: RequestLoaders): Promise<number> {
    return loaders.zoneCounts.load(zone.id).then((counts) => counts.blackSpots);
  }
}
