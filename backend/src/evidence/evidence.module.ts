import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { EvidenceController } from './evidence.controller';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { createEvidenceStorage, EVIDENCE_STORAGE } from './evidence-storage';

/** Evidence photos of assets (issue 11): upload and download over HTTP, records over GraphQL. */
@Module({
  imports: [AuthModule],
  controllers: [EvidenceController],
  providers: [
    { provide: EVIDENCE_STORAGE, inject: [VIGIE_CONFIG], useFactory: (config: VigieConfig) => createEvidenceStorage(config.evidence.storage) },
    EvidenceService,
    EvidenceResolver,
  ],
  exports: [EvidenceService, EVIDENCE_STORAGE],
})
export class EvidenceModule {}
