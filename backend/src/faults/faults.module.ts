import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { ControlCentreService } from './control-centre.service';
import { FaultFiguresService } from './fault-figures.service';
import { FAULT_POLICY, loadFaultPolicy } from './fault-policy';
import { FaultsResolver } from './faults.resolver';
import { FaultsService } from './faults.service';

@Module({
  imports: [NetworkModule],
  providers: [FaultsService, FaultFiguresService, ControlCentreService, FaultsResolver, { provide: FAULT_POLICY, useFactory: () => loadFaultPolicy() }],
  exports: [FaultsService],
})
export class FaultsModule {}
