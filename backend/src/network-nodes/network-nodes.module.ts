import { Module } from '@nestjs/common';
import { NetworkNodesCrudResolver } from './network-nodes.resolver';
import { NetworkNodesService } from './network-nodes.service';

@Module({ providers: [NetworkNodesService, NetworkNodesCrudResolver], exports: [NetworkNodesService] })
export class NetworkNodesModule {}
