import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { NetworkNode } from './network-node.entity';
import type { CreateNetworkNodeInput, UpdateNetworkNodeInput } from './dto/network-node.inputs';

@Injectable()
export class NetworkNodesService extends CrudService<NetworkNode, CreateNetworkNodeInput, UpdateNetworkNodeInput> {
  protected readonly definition: CrudDefinition<NetworkNode> = {
    typeName: 'NetworkNode',
    entity: NetworkNode,
    geometry: { property: 'location', kind: 'Point' },
    searchProperties: ['code', 'name'],
    kindProperty: 'kind',
    statusProperty: 'status',
    referencedBy: [
      { table: 'fiber_run', column: 'from_network_node_id', label: 'fiber runs' },
      { table: 'fiber_run', column: 'to_network_node_id', label: 'fiber runs' },
      { table: 'power_feed', column: 'to_network_node_id', label: 'power feeds' },
    ],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
