import { Module } from '@nestjs/common';
import { CamerasModule } from '../cameras/cameras.module';
import { FiberRunsModule } from '../fiber-runs/fiber-runs.module';
import { NetworkNodesModule } from '../network-nodes/network-nodes.module';
import { PolesModule } from '../poles/poles.module';
import { PowerFeedsModule } from '../power-feeds/power-feeds.module';
import { PowerSourcesModule } from '../power-sources/power-sources.module';
import { WorkPackagesModule } from '../work-packages/work-packages.module';
import { InstallationResolver } from './installation.resolver';
import { InstallationService } from './installation.service';

/** Installation tracking: status steps with history, the contractor's work list, progress at any date. */
@Module({
  imports: [WorkPackagesModule, CamerasModule, PolesModule, NetworkNodesModule, FiberRunsModule, PowerSourcesModule, PowerFeedsModule],
  providers: [InstallationService, InstallationResolver],
  exports: [InstallationService],
})
export class InstallationModule {}
