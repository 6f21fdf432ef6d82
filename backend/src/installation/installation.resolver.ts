import { Args, Float, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { inputValidationPipe } from '../common/validation';
import { ANALYSIS_COST } from '../common/graphql/query-costs';
import { NetworkElementKindEnum } from '../network/dto/network.types';
import type { NetworkElementKind } from '../core/network';
import { MoveAssetStatusInput, ProgressScopeInput } from './dto/installation.inputs';
import { AssetStatusStepEntry, InstallationProgress, MoveAssetStatusResult, MyWorkItem, ProgressPoint, SCurvePointEntry } from './dto/installation.types';
import { InstallationService } from './installation.service';

const scopeArg = {
  type: () => ProgressScopeInput,
  nullable: true,
  description: 'One work package, zone or contractor organisation; nothing for the whole programme.',
} as const;

@Resolver()
export class InstallationResolver {
  constructor(private readonly installation: InstallationService) {}

  @Mutation(() => MoveAssetStatusResult, {
    description:
      "Moves an asset one life-cycle step (your role's rules apply: a contractor moves its organisation's assets approved -> in_progress -> installed) " +
      'and records the step (who, when, where the device stood, comment) in the same transaction.',
  })
  moveAssetStatus(@Args('input', { type: () => MoveAssetStatusInput }, inputValidationPipe(MoveAssetStatusInput)) input: MoveAssetStatusInput): Promise<MoveAssetStatusResult> {
    return this.installation.moveAssetStatus(input);
  }

  @Query(() => [AssetStatusStepEntry], { description: "An asset's status steps, oldest first; NOT_FOUND for an unknown asset." })
  assetStatusHistory(
    @Args('assetType', { type: () => NetworkElementKindEnum }) assetType: NetworkElementKind,
    @Args('assetId', { type: () => ID }) assetId: string,
  ): Promise<AssetStatusStepEntry[]> {
    return this.installation.history(assetType, assetId);
  }

  @Query(() => [MyWorkItem], {
    complexity: ANALYSIS_COST.myWork,
    description:
      "The signed-in contractor's open packages' assets: those still to install first, then by due date and distance from the given position (metres, projected CRS).",
  })
  myWork(
    @Args('longitude', { type: () => Float, nullable: true, description: 'Where you stand (EPSG:4326), with latitude.' }) longitude?: number,
    @Args('latitude', { type: () => Float, nullable: true }) latitude?: number,
  ): Promise<MyWorkItem[]> {
    return this.installation.myWork(longitude, latitude);
  }

  @Query(() => InstallationProgress, {
    complexity: ANALYSIS_COST.installationProgress,
    description: 'Counts by status, late items and live coverage of a scope (a contractor: its own organisation by default) at a date (default now), reconstructed from the status history.',
  })
  installationProgress(
    @Args('scope', scopeArg, inputValidationPipe(ProgressScopeInput)) scope?: ProgressScopeInput,
    @Args('at', { type: () => GraphQLISODateTime, nullable: true, description: 'The date (default now).' }) at?: Date,
  ): Promise<InstallationProgress> {
    return this.installation.progress(scope ?? {}, at);
  }

  @Query(() => [ProgressPoint], {
    complexity: ANALYSIS_COST.installationProgressSeries,
    description: 'Progress of a scope (a contractor: its own organisation by default) over time, one point every stepDays days (at most 200 points), for the chart.',
  })
  installationProgressSeries(
    @Args('scope', scopeArg, inputValidationPipe(ProgressScopeInput)) scope?: ProgressScopeInput,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true, description: 'Start (default: the first step, or 12 weeks back).' }) from?: Date,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true, description: 'End (default now).' }) to?: Date,
    @Args('stepDays', { type: () => Int, nullable: true, defaultValue: 7 }) stepDays?: number,
  ): Promise<ProgressPoint[]> {
    return this.installation.progressSeries(scope ?? {}, from, to, stepDays ?? 7);
  }

  @Query(() => [SCurvePointEntry], { description: "A work package's planned versus actual installations over time (the S-curve)." })
  workPackageSCurve(
    @Args('workPackageId', { type: () => ID }) workPackageId: string,
    @Args('stepDays', { type: () => Int, nullable: true, defaultValue: 7 }) stepDays?: number,
  ): Promise<SCurvePointEntry[]> {
    return this.installation.sCurve(workPackageId, stepDays ?? 7);
  }

  @Query(() => String, { description: "A work package's progress as CSV (UTF-8 with BOM; formula-like cells neutralised)." })
  workPackageProgressCsv(
    @Args('workPackageId', { type: () => ID }) workPackageId: string,
    @Args('at', { type: () => GraphQLISODateTime, nullable: true }) at?: Date,
  ): Promise<string> {
    return this.installation.progressCsv(workPackageId, at);
  }
}
