import { Global, Module } from '@nestjs/common';
import {
  BlackSpotCoverageFieldResolver,
  BlackSpotCoverageResolver,
  CameraCoverageFieldResolver,
  CoverageResolver,
} from './coverage.resolver';
import { CoverageService } from './coverage.service';

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
  ],
  exports: [CoverageService],
})
export class CoverageModule {}
