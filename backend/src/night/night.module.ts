import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { NightCoverageResolver } from './night-coverage.resolver';
import { NightCoverageService } from './night-coverage.service';

/** Night coverage of the black spots (core/night over the stored coverage and the network's connectivity). */
@Module({ imports: [NetworkModule], providers: [NightCoverageService, NightCoverageResolver], exports: [NightCoverageService] })
export class NightModule {}
