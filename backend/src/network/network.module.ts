import { Module } from '@nestjs/common';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

/** Network analyses over the stored network: paths, report, outages, single points of failure, routes, bill of quantities. */
@Module({ providers: [NetworkService, NetworkResolver], exports: [NetworkService] })
export class NetworkModule {}
