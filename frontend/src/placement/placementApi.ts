import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { PlacementRunFieldsFragment, PlacementRunInput } from '../gql/graphql';

/** The placement optimiser's API (issue 14): start a run, poll it, cancel it, accept proposals. */
export type PlacementRunView = PlacementRunFieldsFragment;
export type PlacementProposal = NonNullable<PlacementRunView['result']>['proposals'][number];
export type PlacementSpotResult = NonNullable<PlacementRunView['result']>['blackSpots'][number];
export type { PlacementRunInput };

export const PLACEMENT_RUN_FIELDS = graphql(`
  fragment PlacementRunFields on PlacementRun {
    id state phase progressFraction proposalCount budgetMad maxCameras night error
    result {
      spentMad stoppedReason candidateMounts mountsWithoutConnection candidates objectiveBefore objectiveAfter objectiveTotal
      blackSpots { blackSpotId code name priority requiredLevel areaSquareMeters coveredFractionBefore coveredFractionAfter }
      proposals {
        index mountKind poleId poleCode newPole location modelId modelCode modelName headingDegrees tiltDegrees mountHeightMeters focalLengthMm
        horizontalFieldOfViewDegrees cameraCostMad mountCostMad connectionCostMad totalCostMad marginalObjective coverage coverageLevel accepted cameraId
        blackSpots { blackSpotId code name coveredSquareMeters exclusiveSquareMeters }
        fiber { alreadyConnected path lengthMeters ductMeters costMad targetCode }
        power { alreadyConnected path lengthMeters ductMeters costMad targetCode }
      }
    }
  }
`);

const START = graphql(`
  mutation StartPlacementRun($input: PlacementRunInput!) { startPlacementRun(input: $input) { ...PlacementRunFields } }
`);
const RUN = graphql(`
  query PlacementRun($id: ID!) { placementRun(id: $id) { ...PlacementRunFields } }
`);
const CANCEL = graphql(`
  mutation CancelPlacementRun($id: ID!) { cancelPlacementRun(id: $id) { ...PlacementRunFields } }
`);
const ACCEPT = graphql(`
  mutation AcceptPlacementProposals($input: AcceptPlacementInput!) {
    acceptPlacementProposals(input: $input) { changeSetId cameraIds poleIds run { ...PlacementRunFields } }
  }
`);

export async function startPlacementRun(input: PlacementRunInput): Promise<PlacementRunView> {
  return (await graphqlRequest(START, { input })).startPlacementRun;
}

export async function fetchPlacementRun(id: string, signal?: AbortSignal): Promise<PlacementRunView> {
  return (await graphqlRequest(RUN, { id }, { signal })).placementRun;
}

export async function cancelPlacementRun(id: string): Promise<PlacementRunView> {
  return (await graphqlRequest(CANCEL, { id })).cancelPlacementRun;
}

export async function acceptPlacementProposals(runId: string, proposalIndexes: number[] | null) {
  return (await graphqlRequest(ACCEPT, { input: { runId, proposalIndexes } })).acceptPlacementProposals;
}

export const isActive = (run: PlacementRunView | null): boolean => run !== null && (run.state === 'loading' || run.state === 'running');

/** Area-weighted covered share of the scope's black spots, before or after. */
export function scopeCoverage(spots: readonly PlacementSpotResult[], when: 'before' | 'after'): number {
  const area = spots.reduce((sum, spot) => sum + spot.areaSquareMeters, 0);
  if (area <= 0) return 0;
  return spots.reduce((sum, spot) => sum + spot.areaSquareMeters * (when === 'before' ? spot.coveredFractionBefore : spot.coveredFractionAfter), 0) / area;
}
