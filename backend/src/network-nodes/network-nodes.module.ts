import { Module } from '@nestjs/common';
import { NetworkNodeFieldsResolver, NetworkNodesCrudResolver } from './network-nodes.resolver';
import { NetworkNodesService } from './network-nodes.service';

@Module({ providers: [NetworkNodesService, NetworkNodesCrudResolver, NetworkNodeFieldsResolver], exports: [NetworkNodesService] })
export class NetworkNodesModule {}
