import { graphql } from '../../gql';
import type { MapFiberRunFragment } from '../../gql/graphql';

/** A FiberRun as the map draws it and as every edit of it answers (editing/mutations.ts). */
export type FiberRunNode = MapFiberRunFragment;

export const MAP_FIBERRUN_FIELDS = graphql(`
  fragment MapFiberRun on FiberRun { id version code path strandCount cableType installMethod lengthMeters status existing fromKind fromId toKind toId }
`);

export const FIBER_RUNS_QUERY = graphql(`
  query MapFiberRuns($first: Int, $after: String) {
    fiberRuns(first: $first, after: $after) {
      nodes { ...MapFiberRun }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);
