import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError } from '../api/graphqlClient';
import { userMessage } from '../api/errors';
import { t } from '../i18n/i18n';
import {
  commitImport, discardImport, fetchImportJob, fetchImportProgress, isImportBusy, remapImport, undoImport, uploadImport,
  type ImportJobProgress, type ImportJobView, type ImportTargetType, type MappingEntry, type UploadChoice,
} from './importApi';

/** Milliseconds between two polls of a staging or committing import. */
const POLL_MILLISECONDS = 400;

export interface ImportWizardState {
  uploading: boolean;
  /** Share of the file sent so far, while uploading (null when the browser cannot tell). */
  uploaded: number | null;
  /** The job with its report and preview, as last read in full (after each staging or commit). */
  job: ImportJobView | null;
  /** The job's latest progress (polled while it works). */
  live: ImportJobProgress | null;
  error: string | null;
  undoStatus: { state: 'idle' | 'undoing' | 'undone'; error: string | null };
}

const EMPTY: ImportWizardState = { uploading: false, uploaded: null, job: null, live: null, error: null, undoStatus: { state: 'idle', error: null } };

/** The refusals of an undo, said in words: a record changed since, or the import undone already. */
export function undoRefusal(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const entry = error.details.errors?.[0];
    const detail = entry?.message ?? error.message;
    if (error.code === 'STALE_VERSION') return t('imports.undoStale', { detail });
    if (error.code === 'CONFLICT') return t('imports.undoConflict', { detail });
  }
  return userMessage(error).message;
}

/** A refused upload (unknown format, name and content disagree, too large...) in the wizard's words. */
export function uploadRefusal(error: unknown): string {
  if (error instanceof GraphQLRequestError && error.kind === 'graphql' && error.code !== 'UNAUTHENTICATED' && error.code !== 'FORBIDDEN') {
    return t('imports.failed', { message: error.details.errors?.[0]?.message ?? error.message });
  }
  return userMessage(error).message;
}

/**
 * The import wizard's state, shared by its panel and its draft layer on the map: upload, follow the
 * staging, map again, commit with progress, undo. `onWritten` runs after a commit and after an undo
 * (the map's layers read again).
 */
export function useImportWizard(onWritten: (targetType: ImportTargetType) => void) {
  const [state, setState] = useState<ImportWizardState>(EMPTY);
  const poll = useRef<number | null>(null);
  // A new upload or a reset makes the answers of an older job's polls stale.
  const generation = useRef(0);
  const written = useRef(onWritten);
  useEffect(() => {
    written.current = onWritten;
  });

  const stopPolling = () => {
    if (poll.current !== null) window.clearTimeout(poll.current);
    poll.current = null;
  };
  useEffect(() => stopPolling, []);

  const fail = useCallback((error: unknown) => setState((previous) => ({ ...previous, uploading: false, error: userMessage(error).message })), []);

  const follow = useCallback((live: ImportJobProgress, mine: number, wasCommitting: boolean) => {
    if (mine !== generation.current) return;
    setState((previous) => ({ ...previous, live, error: null }));
    if (isImportBusy(live.status)) {
      poll.current = window.setTimeout(() => {
        fetchImportProgress(live.id).then((next) => follow(next, mine, wasCommitting || live.status === 'committing'), fail);
      }, POLL_MILLISECONDS);
      return;
    }
    fetchImportJob(live.id).then((job) => {
      if (mine !== generation.current) return;
      setState((previous) => ({ ...previous, job, live }));
      if (job.status === 'committed' && wasCommitting) written.current(job.targetType);
    }, fail);
  }, [fail]);

  const upload = useCallback(async (choice: UploadChoice) => {
    stopPolling();
    const mine = ++generation.current;
    setState({ ...EMPTY, uploading: true });
    try {
      const live = await uploadImport(choice, (uploaded) => {
        if (mine === generation.current) setState((previous) => ({ ...previous, uploaded }));
      });
      if (mine !== generation.current) return;
      setState((previous) => ({ ...previous, uploading: false }));
      follow(live, mine, false);
    } catch (error) {
      if (mine === generation.current) setState((previous) => ({ ...previous, uploading: false, error: uploadRefusal(error) }));
    }
  }, [follow]);

  /** Takes up an import listed by the server (after a reload of the page, or another engineer's). */
  const open = useCallback(async (id: string) => {
    stopPolling();
    const mine = ++generation.current;
    setState(EMPTY);
    try {
      follow(await fetchImportProgress(id), mine, false);
    } catch (error) {
      fail(error);
    }
  }, [follow, fail]);

  const jobId = state.job?.id ?? state.live?.id ?? null;

  const remap = useCallback(async (change: { targetType?: ImportTargetType; mapping?: MappingEntry[]; idField?: string | null }) => {
    if (!jobId) return;
    stopPolling();
    try {
      follow(await remapImport(jobId, change), generation.current, false);
    } catch (error) {
      fail(error);
    }
  }, [jobId, follow, fail]);

  const commit = useCallback(async () => {
    if (!jobId) return;
    stopPolling();
    try {
      follow(await commitImport(jobId), generation.current, true);
    } catch (error) {
      fail(error);
    }
  }, [jobId, follow, fail]);

  const undo = useCallback(async () => {
    const changeSetId = state.job?.result?.changeSetId;
    if (!changeSetId || !state.job) return;
    const targetType = state.job.targetType;
    setState((previous) => ({ ...previous, undoStatus: { state: 'undoing', error: null } }));
    try {
      await undoImport(changeSetId);
      setState((previous) => ({ ...previous, undoStatus: { state: 'undone', error: null } }));
      written.current(targetType);
    } catch (error) {
      setState((previous) => ({ ...previous, undoStatus: { state: 'idle', error: undoRefusal(error) } }));
    }
  }, [state.job]);

  /** Starts again; a staged or failed job is discarded on the server (its files deleted). */
  const reset = useCallback(() => {
    stopPolling();
    generation.current++;
    const status = state.live?.status ?? state.job?.status;
    if (jobId && (status === 'staged' || status === 'failed')) void discardImport(jobId).catch(() => undefined);
    setState(EMPTY);
  }, [jobId, state.live?.status, state.job?.status]);

  return { ...state, status: state.live?.status ?? state.job?.status ?? null, upload, open, remap, commit, undo, reset };
}

export type ImportWizardController = ReturnType<typeof useImportWizard>;
