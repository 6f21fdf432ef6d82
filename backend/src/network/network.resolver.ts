import { Args, Float, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { EndpointInput } from '../common/endpoints';
import { AssetStatusEnum } from '../common/graphql/enums';
import { inputValidationPipe } from '../common/validation';
import type { AssetStatus } from '../core/domain';
import { CameraSelectionEnum } from '../coverage/dto/coverage.types';
import type { CameraSelection } from './network-loader';
import { DEFAULT_MINIMUM_COVERED_FRACTION, NetworkService } from './network.service';
import { FailedElementsInput } from './dto/network.inputs';
import {
  BillOfQuantitiesResult,
  CameraNetworkPath,
  BlackSpotFailureEntry,
  CriticalElementEntry,
  DesignChecks,
  NetworkReport,
  OutageImpactResult,
  RouteProposalResult,
} from './dto/network.types';
import { ANALYSIS_COST } from '../common/graphql/query-costs';

/** The one CameraSelection of the API, with the same meaning as in the coverage analyses. */
const selectionArg = {
  type: () => CameraSelectionEnum,
  nullable: true,
  defaultValue: 'planned',
  description:
    'Which cameras and network elements count (default planned): planned = everything not decommissioned; ' +
    'live = commissioned only, as in the coverage analyses.',
} as const;

/** Network analyses: read-only queries over the whole network, computed per request. */
@Resolver()
export class NetworkResolver {
  constructor(private readonly network: NetworkService) {}

  @Query(() => CameraNetworkPath, {
    complexity: ANALYSIS_COST.cameraNetworkPath,
    description: "A camera's fiber path to the control centre, optical loss and power; NOT_FOUND for an unknown camera." })
  cameraNetworkPath(
    @Args('cameraId', { type: () => ID, description: 'The camera.' }) cameraId: string,
    @Args('cameras', selectionArg) cameras: CameraSelection,
  ): Promise<CameraNetworkPath> {
    return this.network.cameraNetworkPath(cameraId, cameras ?? 'planned');
  }

  @Query(() => NetworkReport, {
    complexity: ANALYSIS_COST.networkReport,
    description: 'Cameras without fiber or power, dark by day, overloads, strands, ports, snapped and dangling ends.' })
  networkReport(@Args('cameras', selectionArg) cameras: CameraSelection): Promise<NetworkReport> {
    return this.network.networkReport(cameras ?? 'planned');
  }

  @Query(() => DesignChecks, {
    complexity: ANALYSIS_COST.designChecks,
    description: 'Where the design cannot work: cameras without a fiber path or power, behind unpowered nodes, dark by day, on overloaded feeds or full runs, over the optical budget; counts per check.',
  })
  designChecks(@Args('cameras', selectionArg) cameras: CameraSelection): Promise<DesignChecks> {
    return this.network.designChecks(cameras ?? 'planned');
  }

  @Query(() => OutageImpactResult, {
    complexity: ANALYSIS_COST.outageImpact,
    description: 'Cameras darkened by the failure of the given elements and the black-spot coverage lost; NOT_FOUND for unknown ids.',
  })
  outageImpact(
    @Args('failed', { type: () => FailedElementsInput, description: 'What fails.' }, inputValidationPipe(FailedElementsInput)) failed: FailedElementsInput,
    @Args('cameras', selectionArg) cameras: CameraSelection,
  ): Promise<OutageImpactResult> {
    return this.network.outageImpact(failed, cameras ?? 'planned');
  }

  @Query(() => [CriticalElementEntry], {
    complexity: ANALYSIS_COST.singlePointsOfFailure,
    description: 'Elements whose failure alone cuts most (weighted) cameras off, with the black spots each drops.' })
  singlePointsOfFailure(
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'How many elements, 1 to 1000.' }) limit: number,
    @Args('cameras', selectionArg) cameras: CameraSelection,
    @Args('minimumCoveredFraction', {
      type: () => Float,
      defaultValue: DEFAULT_MINIMUM_COVERED_FRACTION,
      description: 'A black spot counts as covered from this fraction of its area at its required level.',
    })
    minimumCoveredFraction: number,
  ): Promise<CriticalElementEntry[]> {
    return this.network.singlePointsOfFailure(limit, cameras ?? 'planned', minimumCoveredFraction);
  }

  @Query(() => [BlackSpotFailureEntry], {
    complexity: ANALYSIS_COST.blackSpotSinglePointsOfFailure,
    description: "Elements whose failure alone costs one black spot coverage, largest loss first; NOT_FOUND for an unknown black spot." })
  blackSpotSinglePointsOfFailure(
    @Args('blackSpotId', { type: () => ID, description: 'The black spot.' }) blackSpotId: string,
    @Args('cameras', selectionArg) cameras: CameraSelection,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'How many elements, 1 to 1000.' }) limit: number,
  ): Promise<BlackSpotFailureEntry[]> {
    return this.network.blackSpotSinglePointsOfFailure(blackSpotId, cameras ?? 'planned', limit);
  }

  @Query(() => RouteProposalResult, {
    complexity: ANALYSIS_COST.routeProposal,
    description: 'A fiber route along the streets from a camera, pole or node to the nearest node with a spare port; no_route is a normal answer.',
  })
  proposeFiberRoute(
    @Args('from', { type: () => EndpointInput, description: 'Where the new fiber starts.' }, inputValidationPipe(EndpointInput)) from: EndpointInput,
  ): Promise<RouteProposalResult> {
    return this.network.proposeFiberRoute(from);
  }

  @Query(() => RouteProposalResult, {
    complexity: ANALYSIS_COST.routeProposal,
    description: 'A power route along the streets to a camera, pole or node from the nearest feed or source with spare capacity.',
  })
  proposePowerRoute(
    @Args('to', { type: () => EndpointInput, description: 'What needs power.' }, inputValidationPipe(EndpointInput)) to: EndpointInput,
    @Args('requiredWatts', {
      type: () => Float,
      nullable: true,
      description: "Power needed, watts; default the camera model's draw, or the draw of the cameras on the pole.",
    })
    requiredWatts?: number | null,
  ): Promise<RouteProposalResult> {
    return this.network.proposePowerRoute(to, requiredWatts);
  }

  @Query(() => BillOfQuantitiesResult, {
    complexity: ANALYSIS_COST.billOfQuantities,
    description: 'Quantities and costs (MAD) per zone and overall, VAT separate, against the budget.' })
  billOfQuantities(
    @Args('statuses', { type: () => [AssetStatusEnum], nullable: true, description: 'Statuses counted; default all but decommissioned.' })
    statuses?: AssetStatus[] | null,
    @Args('budgetMad', { type: () => Float, nullable: true, description: 'Budget before tax, MAD; default the Fes tender, 9,983,280.' })
    budgetMad?: number | null,
  ): Promise<BillOfQuantitiesResult> {
    return this.network.billOfQuantities(statuses, budgetMad);
  }
}
