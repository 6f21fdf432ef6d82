import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import { endpointOf } from '../common/endpoints';
import { EndpointKindEnum } from '../common/graphql/enums';
import type { RequestLoaders } from '../loaders/request-loaders';
import type { EndpointKind } from '../core/domain';
import { NetworkEndpoint } from '../fiber-runs/network-endpoint.union';
import { PowerSource } from '../power-sources/power-source.entity';
import { CreatePowerFeedInput, PowerFeedFilter, UpdatePowerFeedInput } from './dto/power-feed.inputs';
import { PowerFeed } from './power-feed.entity';
import { POWER_FEED_TARGET_KINDS, PowerFeedsService } from './power-feeds.service';

export const PowerFeedsCrudResolver = createCrudResolver({
  entity: PowerFeed,
  typeName: 'PowerFeed',
  createInput: CreatePowerFeedInput,
  updateInput: UpdatePowerFeedInput,
  filterInput: PowerFeedFilter,
  service: PowerFeedsService,
});

@Resolver(() => PowerFeed)
export class PowerFeedFieldsResolver {
  @ResolveField(() => PowerSource, { nullable: true, description: 'The source feeding it.' })
  fromPowerSource(@Parent() feed: PowerFeed, @Context('loaders') loaders: RequestLoaders): Promise<object | null> {
    return loaders.loadEndpoint(feed.fromPowerSourceId ? { kind: 'power_source', id: feed.fromPowerSourceId } : null);
  }

  @ResolveField(() => EndpointKindEnum, { nullable: true, description: 'What the last position is attached to.' })
  toKind(@Parent() feed: PowerFeed): EndpointKind | null {
    return endpointOf(feed, 'to', POWER_FEED_TARGET_KINDS)?.kind ?? null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'Id of what the last position is attached to.' })
  toId(@Parent() feed: PowerFeed): string | null {
    return endpointOf(feed, 'to', POWER_FEED_TARGET_KINDS)?.id ?? null;
  }

  @ResolveField(() => NetworkEndpoint, { nullable: true, description: 'The pole, node or camera it feeds.' })
  to(@Parent() feed: PowerFeed, @Context('loaders') loaders: RequestLoaders): Promise<object | null> {
    return loaders.loadEndpoint(endpointOf(feed, 'to', POWER_FEED_TARGET_KINDS));
  }
}
