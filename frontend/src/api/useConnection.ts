import { useEffect, useState } from 'react';
import type { TypedDocument } from './graphqlClient';
import { fetchAllPages, type Connection, type PageVariables } from './pagination';

export type LoadState<TNode> =
  | { status: 'loading' }
  | { status: 'loaded'; nodes: readonly TNode[]; totalCount: number }
  | { status: 'error'; message: string };

/** Loads every page of one connection once, on mount. `document` must be a module-level constant. */
export function useConnection<TField extends string, TNode>(
  document: TypedDocument<Record<TField, Connection<TNode>>, PageVariables>,
  connectionField: TField,
): LoadState<TNode> {
  const [state, setState] = useState<LoadState<TNode>>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetchAllPages(document, connectionField, {}, { signal: abort.signal }).then(
      ({ nodes, totalCount }) => {
        if (!abort.signal.aborted) setState({ status: 'loaded', nodes, totalCount });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
  }, [document, connectionField]);
  return state;
}

const NO_NODES: readonly never[] = [];

/** The loaded nodes, or none while loading or after an error. */
export function nodesOf<TNode>(state: LoadState<TNode>): readonly TNode[] {
  return state.status === 'loaded' ? state.nodes : NO_NODES;
}
