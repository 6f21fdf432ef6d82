import { Global, Module } from '@nestjs/common';
import { STATUS_CHANGE_GATE } from '../common/status-change-gate';
import { NetworkModule } from '../network/network.module';
import { AcceptanceResolver } from './acceptance.resolver';
import { AcceptanceService } from './acceptance.service';
import { CommissioningRule } from './commissioning-rule';

/**
 * As-built records and acceptance against the design (issue 11). Global: it provides the commissioning
 * rule to every CRUD service through STATUS_CHANGE_GATE (common/status-change-gate.ts).
 */
@Global()
@Module({
  imports: [NetworkModule],
  providers: [AcceptanceService, CommissioningRule, AcceptanceResolver, { provide: STATUS_CHANGE_GATE, useExisting: CommissioningRule }],
  exports: [AcceptanceService, CommissioningRule, STATUS_CHANGE_GATE],
})
export class AcceptanceModule {}
