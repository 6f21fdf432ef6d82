import { createCrudResolver } from '../common/crud/crud.resolver';
import { CreateNetworkNodeInput, NetworkNodeFilter, UpdateNetworkNodeInput } from './dto/network-node.inputs';
import { NetworkNode } from './network-node.entity';
import { NetworkNodesService } from './network-nodes.service';

export const NetworkNodesCrudResolver = createCrudResolver({
  entity: NetworkNode,
  typeName: 'NetworkNode',
  createInput: CreateNetworkNodeInput,
  updateInput: UpdateNetworkNodeInput,
  filterInput: NetworkNodeFilter,
  service: NetworkNodesService,
});
