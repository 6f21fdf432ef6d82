import DataLoader from 'dataloader';
import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestLoaders } from '../loaders/request-loaders';
import { inputValidationPipe } from '../common/validation';
import { Camera } from '../cameras/camera.entity';
import { BlackSpot } from '../black-spots/black-spot.entity';
import { CameraCoverage } from './camera-coverage.entity';
import type { CameraSelectionValue } from './coverage.repository';
import { CoverageService, type BlackSpotCoverageView, type CameraCoverageView, type CoverageSummaryView } from './coverage.service';
import { CoveragePreviewInput } from './dto/coverage-preview.input';
import { BlackSpotCoverage, CameraSelectionEnum, CoverageSummaryReport, PtzPresetCoverage } from './dto/coverage.types';
import { ANALYSIS_COST, recomputeCoverageCost } from '../common/graphql/query-costs';

const camerasArgument = {
  type: () => CameraSelectionEnum,
  defaultValue: 'planned' as const,
  description: 'Which cameras count: planned (all but decommissioned, the default) or live (commissioned only).',
};

@Resolver()
export class CoverageResolver {
  constructor(private readonly coverage: CoverageService) {}

  @Query(() => [CameraCoverage], {
    complexity: ANALYSIS_COST.coveragePreview,
    description:
      'Coverage per DORI level of camera parameters that are not saved (a camera being placed or edited); writes nothing. cameraId is "preview" when no camera is given.',
  })
  coveragePreview(
    @Args('input', { type: () => CoveragePreviewInput }, inputValidationPipe(CoveragePreviewInput)) input: CoveragePreviewInput,
  ): Promise<CameraCoverageView[]> {
    return this.coverage.coveragePreview(input);
  }

  @Query(() => [CameraCoverage], {
    complexity: ANALYSIS_COST.ptzReachableCoverage,
    description: 'What a PTZ camera can reach over its whole pan range at one zoom, per DORI level (computed, not stored).',
  })
  ptzReachableCoverage(
    @Args('cameraId', { type: () => ID, description: 'A camera whose model is a PTZ.' }) cameraId: string,
    @Args('zoomFactor', { type: () => Float, defaultValue: 1, description: 'Optical zoom, 1 (widest) to the model\'s maximum.' })
    zoomFactor: number,
  ): Promise<CameraCoverageView[]> {
    return this.coverage.ptzReachableCoverage(cameraId, zoomFactor);
  }

  @Query(() => [PtzPresetCoverage], {
    complexity: ANALYSIS_COST.ptzPresetCoverage,
    description: 'What each preset of a PTZ camera sees, per DORI level (computed, not stored); empty when it has no presets. BAD_USER_INPUT for a fixed camera.',
  })
  ptzPresetCoverage(
    @Args('cameraId', { type: () => ID, description: 'A camera whose model is a PTZ.' }) cameraId: string,
  ): Promise<{ presetName: string; coverage: CameraCoverageView[] }[]> {
    return this.coverage.ptzPresetCoverage(cameraId);
  }

  @Query(() => [BlackSpotCoverage], {
    complexity: ANALYSIS_COST.blackSpotCoverages,
    description:
      'Coverage of every black spot (or of those whose representative point lies in zoneId) by the selected cameras, from the stored coverage polygons touching each one.',
  })
  blackSpotCoverages(
    @Args('cameras', camerasArgument) cameras: CameraSelectionValue,
    @Args('zoneId', { type: () => ID, nullable: true, description: 'Only the black spots in this zone; NOT_FOUND when no such zone.' })
    zoneId?: string | null,
  ): Promise<BlackSpotCoverageView[]> {
    return this.coverage.blackSpotCoverages(cameras, { zoneId });
  }

  @Query(() => CoverageSummaryReport, {
    complexity: ANALYSIS_COST.coverageSummary,
    description: 'Black-spot coverage totals by required level, for the city and each zone.' })
  coverageSummary(@Args('cameras', camerasArgument) cameras: CameraSelectionValue): Promise<{ city: CoverageSummaryView; zones: CoverageSummaryView[] }> {
    return this.coverage.coverageSummary(cameras);
  }

  @Mutation(() => Int, {
    complexity: recomputeCoverageCost,
    description:
      'Recomputes and stores the coverage of the given cameras (all when cameraIds is omitted), e.g. after an import; returns how many cameras were processed. NOT_FOUND for an unknown id.',
  })
  recomputeCoverage(
    @Args('cameraIds', { type: () => [ID], nullable: true, description: 'The cameras; omit for all.' }) cameraIds?: string[] | null,
  ): Promise<number> {
    return this.coverage.recomputeCoverage(cameraIds ?? null);
  }
}

@Resolver(() => Camera)
export class CameraCoverageFieldResolver {
  @ResolveField(() => [CameraCoverage], {
    description: 'Stored coverage, one entry per DORI level coarsest first; empty for a decommissioned camera.',
  })
  coverage(@Parent() camera: Camera, @Context('loaders') loaders: RequestLoaders): Promise<CameraCoverage[]> {
    return loaders.coverageByCameraId.load(camera.id);
  }
}

/** Per request (keyed by its loaders object) and per camera selection: all black spots asked for in one analysis. */
const blackSpotLoaders = new WeakMap<RequestLoaders, Map<CameraSelectionValue, DataLoader<string, BlackSpotCoverageView>>>();

@Resolver(() => BlackSpot)
export class BlackSpotCoverageFieldResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @ResolveField(() => BlackSpotCoverage, {
    complexity: ANALYSIS_COST.blackSpotCoverageField,
    description: 'How much of the black spot the selected cameras cover at its required level.' })
  coverage(
    @Parent() blackSpot: BlackSpot,
    @Args('cameras', camerasArgument) cameras: CameraSelectionValue,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<BlackSpotCoverageView> {
    let bySelection = blackSpotLoaders.get(loaders);
    if (!bySelection) blackSpotLoaders.set(loaders, (bySelection = new Map()));
    let loader = bySelection.get(cameras);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const results = new Map((await this.coverageService.blackSpotCoverages(cameras, { ids })).map((result) => [result.blackSpotId, result]));
        return ids.map((id) => results.get(id) ?? new Error(`No BlackSpot with id ${id}`));
      });
      bySelection.set(cameras, loader);
    }
    return loader.load(blackSpot.id);
  }
}

@Resolver(() => BlackSpotCoverage)
export class BlackSpotCoverageResolver {
  @ResolveField(() => [Camera], { description: 'The contributing cameras themselves.' })
  async contributingCameras(@Parent() result: BlackSpotCoverageView, @Context('loaders') loaders: RequestLoaders): Promise<Camera[]> {
    if (result.contributingCameras) return result.contributingCameras;
    const cameras = await loaders.camerasById.loadMany(result.contributingCameraIds);
    return cameras.filter((camera): camera is Camera => !(camera instanceof Error));
  }
}
