import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import { endpointOf } from '../common/endpoints';
import { EndpointKindEnum } from '../common/graphql/enums';
import type { RequestLoaders } from '../loaders/request-loaders';
import type { EndpointKind } from '../core/domain';
import { CreateFiberRunInput, FiberRunFilter, UpdateFiberRunInput } from './dto/fiber-run.inputs';
import { FiberRun } from './fiber-run.entity';
import { FIBER_ENDPOINT_KINDS, FiberRunsService } from './fiber-runs.service';
import { NetworkEndpoint } from './network-endpoint.union';

export const FiberRunsCrudResolver = createCrudResolver({
  entity: FiberRun,
  typeName: 'FiberRun',
  createInput: CreateFiberRunInput,
  updateInput: UpdateFiberRunInput,
  filterInput: FiberRunFilter,
  service: FiberRunsService,
});

@Resolver(() => FiberRun)
export class FiberRunFieldsResolver {
  @ResolveField(() => EndpointKindEnum, { nullable: true, description: 'What the first position is attached to.' })
  fromKind(@Parent() run: FiberRun): EndpointKind | null {
    return endpointOf(run, 'from', FIBER_ENDPOINT_KINDS)?.kind ?? null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'Id of what the first position is attached to.' })
  fromId(@Parent() run: FiberRun): string | null {
    return endpointOf(run, 'from', FIBER_ENDPOINT_KINDS)?.id ?? null;
  }

  @ResolveField(() => EndpointKindEnum, { nullable: true, description: 'What the last position is attached to.' })
  toKind(@Parent() run: FiberRun): EndpointKind | null {
    return endpointOf(run, 'to', FIBER_ENDPOINT_KINDS)?.kind ?? null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'Id of what the last position is attached to.' })
  toId(@Parent() run: FiberRun): string | null {
    return endpointOf(run, 'to', FIBER_ENDPOINT_KINDS)?.id ?? null;
  }

  @ResolveField(() => NetworkEndpoint, { nullable: true, description: 'The node, pole or camera at the first position.' })
  from(@Parent() run: FiberRun, @Context('loaders') loaders: RequestLoaders): Promise<object | null> {
    return loaders.loadEndpoint(endpointOf(run, 'from', FIBER_ENDPOINT_KINDS));
  }

  @ResolveField(() => NetworkEndpoint, { nullable: true, description: 'The node, pole or camera at the last position.' })
  to(@Parent() run: FiberRun, @Context('loaders') loaders: RequestLoaders): Promise<object | null> {
    return loaders.loadEndpoint(endpointOf(run, 'to', FIBER_ENDPOINT_KINDS));
  }
}
