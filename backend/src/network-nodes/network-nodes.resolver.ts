import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import { CreateNetworkNodeInput, NetworkNodeFilter, UpdateNetworkNodeInput } from './dto/network-node.inputs';
import { NetworkNode } from './network-node.entity';
import { NetworkNodesService } from './network-nodes.service';
import { effectivePowerDrawWatts } from './node-power';

export const NetworkNodesCrudResolver = createCrudResolver({
  entity: NetworkNode,
  typeName: 'NetworkNode',
  createInput: CreateNetworkNodeInput,
  updateInput: UpdateNetworkNodeInput,
  filterInput: NetworkNodeFilter,
  service: NetworkNodesService,
});

@Resolver(() => NetworkNode)
export class NetworkNodeFieldsResolver {
  @ResolveField(() => Float, { description: 'Power drawn, watts: powerDrawWatts, or the default for its kind when that is empty.' })
  effectivePowerDrawWatts(@Parent() node: NetworkNode): number {
    return effectivePowerDrawWatts(node);
  }
}
