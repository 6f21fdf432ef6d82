import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { TypedDocument } from './graphqlClient';
import { fetchAllPages, type Connection, type PageVariables } from './pagination';

export type LoadState<TNode> =
  | { status: 'loading' }
  | { status: 'loaded'; nodes: readonly TNode[]; totalCount: number }
  | { status: 'error'; message: string };

/** Local changes after an edit, so the map follows at once without reloading everything. */
export interface CollectionEditor<TNode extends { id: string }> {
  reload(): void;
  upsert(node: TNode): void;
  remove(id: string): void;
}

/** Loads every page of one connection once, on mount. `document` must be a module-level constant. */
export function useConnection<TField extends string, TNode>(
  document: TypedDocument<Record<TField, Connection<TNode>>, PageVariables>,
  connectionField: TField,
): LoadState<TNode> {
  return useEditableConnection(document as never, connectionField)[0] as LoadState<TNode>;
}

export function useEditableConnection<TField extends string, TNode extends { id: string }, TFilter = never>(
  document: TypedDocument<Record<TField, Connection<TNode>>, PageVariables & { filter?: TFilter }>,
  connectionField: TField,
  filter?: TFilter,
  enabled = true,
): [LoadState<TNode>, CollectionEditor<TNode>] {
  const [state, setState] = useState<LoadState<TNode>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const filterKey = JSON.stringify(filter ?? null);
  const loadedOnce = useRef(false);
  useEffect(() => {
    if (!enabled) return undefined;
    const abort = new AbortController();
    // Keep showing the previous nodes while a new filter loads (panning a large network).
    if (!loadedOnce.current) setState({ status: 'loading' });
    const variables = (filter === undefined ? {} : { filter }) as never;
    fetchAllPages(document, connectionField, variables, { signal: abort.signal }).then(
      ({ nodes, totalCount }) => {
        if (abort.signal.aborted) return;
        loadedOnce.current = true;
        setState({ status: 'loaded', nodes, totalCount });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, connectionField, filterKey, generation, enabled]);

  const editor = useCollectionEditor(setState, setGeneration);
  return [state, editor];
}

/**
 * The editor of a loaded collection held in `setState`: reload bumps `setGeneration` (the loader's
 * effect key), upsert and remove patch the loaded nodes and their total.
 */
export function useCollectionEditor<TNode extends { id: string }, TOtherState extends { status: 'loading' } = never>(
  setState: Dispatch<SetStateAction<LoadState<TNode> | TOtherState>>,
  setGeneration: Dispatch<SetStateAction<number>>,
): CollectionEditor<TNode> {
  const reload = useCallback(() => setGeneration((value) => value + 1), [setGeneration]);
  const upsert = useCallback((node: TNode) => {
    setState((previous) => {
      if (previous.status !== 'loaded') return previous;
      const index = previous.nodes.findIndex((candidate) => candidate.id === node.id);
      const nodes = [...previous.nodes];
      if (index >= 0) nodes[index] = node;
      else nodes.push(node);
      return { status: 'loaded', nodes, totalCount: previous.totalCount + (index >= 0 ? 0 : 1) };
    });
  }, [setState]);
  const remove = useCallback((id: string) => {
    setState((previous) => {
      if (previous.status !== 'loaded') return previous;
      const nodes = previous.nodes.filter((candidate) => candidate.id !== id);
      return { status: 'loaded', nodes, totalCount: previous.totalCount - (previous.nodes.length - nodes.length) };
    });
  }, [setState]);
  return useMemo(() => ({ reload, upsert, remove }), [reload, upsert, remove]);
}

const NO_NODES: readonly never[] = [];

/** The loaded nodes, or none while loading or after an error. */
export function nodesOf<TNode>(state: LoadState<TNode>): readonly TNode[] {
  return state.status === 'loaded' ? state.nodes : NO_NODES;
}
