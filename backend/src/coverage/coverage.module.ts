import { Global, Module } from '@nestjs/common';
import {
  BlackSpotCoverageFieldResolver,
  BlackSpotCoverageResolver,
  CameraCoverageFieldResolver,
  CoverageResolver,
} from './coverage.resolver';
import { COVERAGE_MAINTENANCE } from '../common/coverage-maintenance';
import { CoverageService } from './coverage.service';
import { CoverageFreshnessResolver } from './coverage-freshness.resolver';

/**
 * Stored camera coverage, previews and black-spot analyses (issue 4). Global: the camera, building and
 * camera-model services keep coverage current through COVERAGE_MAINTENANCE (common/coverage-maintenance.ts)
 * without importing this module or this folder.
 */
@Global()
@Module({
  providers: [
    CoverageService,
    { provide: COVERAGE_MAINTENANCE, useExisting: CoverageService },
    CoverageResolver,
    CameraCoverageFieldResolver,
    BlackSpotCoverageFieldResolver,
    BlackSpotCoverageResolver,
    CoverageFreshnessResolver,
  ],
  exports: [CoverageService, COVERAGE_MAINTENANCE],
})
export class CoverageModule {}
