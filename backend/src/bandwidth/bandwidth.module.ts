import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { BandwidthResolver } from './bandwidth.resolver';
import { BandwidthService } from './bandwidth.service';

/** Bandwidth and storage sizing (core/bandwidth over the stored cameras, a recording profile and the network). */
@Module({ imports: [NetworkModule], providers: [BandwidthService, BandwidthResolver], exports: [BandwidthService] })
export class BandwidthModule {}
