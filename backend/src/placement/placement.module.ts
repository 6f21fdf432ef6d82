import { Module } from '@nestjs/common';
import { CamerasModule } from '../cameras/cameras.module';
import { NetworkModule } from '../network/network.module';
import { PolesModule } from '../poles/poles.module';
import { PlacementResolver } from './placement.resolver';
import { PlacementService } from './placement.service';

/** The placement optimiser's application side: problem loading, connection costs, runs, acceptance. */
@Module({ imports: [NetworkModule, CamerasModule, PolesModule], providers: [PlacementService, PlacementResolver] })
export class PlacementModule {}
