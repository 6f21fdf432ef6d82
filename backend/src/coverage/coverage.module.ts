import { Global, Module } from '@nestjs/common';
import {
  BlackSpotCoverageFieldResolver,
  BlackSpotCoverageResolver,
  CameraCoverageFieldResolver,
  CoverageResolver,
} from './coverage.resolver';
import { CoverageService } from './coverage.service';
import { CoverageFreshnessResolver } from './coverage-freshness.resolver';

/**
 * Stored camera coverage, previews and black-spot analyses (issue 4). Global: the camera, building and
 * camera-model services keep coverage current through CoverageService without importing this module.
 */
@Global()
@Module({
  providers: [
    CoverageService,
    CoverageResolver,
    CameraCoverageFieldResolver,
    BlackSpotCoverageFieldResolver,
    BlackSpotCoverageResolver,
    CoverageFreshnessResolver,
  ],
  exports: [CoverageService],
})
export class CoverageModule {}
