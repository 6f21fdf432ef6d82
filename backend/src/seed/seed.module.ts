import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { AcceptanceService } from '../acceptance/acceptance.service';
import { seedDemoAcceptance } from '../acceptance/demo-acceptance';
import { EvidenceModule } from '../evidence/evidence.module';
import { EvidenceService } from '../evidence/evidence.service';
import { seedFesDemo } from './demo-seeder';

/** On first start of an empty database, loads the Fès demo (unless VIGIE_SEED_DEMO=false). */
class DemoSeedOnStart implements OnApplicationBootstrap {
  constructor(
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EvidenceService) private readonly evidence: EvidenceService,
    @Inject(AcceptanceService) private readonly acceptance: AcceptanceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoWhenEmpty) return;
    const summary = await seedFesDemo(this.dataSource, undefined, this.config.projectedSrid, { demoAccounts: this.config.demoAccounts });
    if (summary.seeded) {
      // Installation photos and as-built records, through the evidence and acceptance services (storage, judgement).
      const acceptanceStartedAt = performance.now();
      Object.assign(summary.counts, await seedDemoAcceptance({ dataSource: this.dataSource, evidence: this.evidence, acceptance: this.acceptance }));
      const acceptanceMilliseconds = Math.round(performance.now() - acceptanceStartedAt);
      new Logger('Seed').log(
        `Loaded the Fès demo: ${Object.entries(summary.counts).map(([t, n]) => `${n} ${t}`).join(', ')} (coverage computed in ${summary.coverageMilliseconds} ms, photos and as-built records in ${acceptanceMilliseconds} ms)`,
      );
    }
  }
}

@Module({ imports: [EvidenceModule], providers: [DemoSeedOnStart] })
export class SeedModule {}
