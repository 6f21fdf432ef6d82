import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { fetchExisting, type NodeOf, type PhysicalType } from '../editing/mutations';
import type { Planning } from './usePlanning';

/** The vocabulary word of each physical type, for messages ("Someone changed this pole…"). */
export const PHYSICAL_TYPE_VOCAB: Record<PhysicalType, string> = {
  Camera: 'camera', Pole: 'pole', NetworkNode: 'network_node', FiberRun: 'fiber_run', PowerSource: 'power_source', PowerFeed: 'power_feed',
};

/**
 * "Existing (already in place, not priced)": the asset's `existing` flag, saved at once through its
 * update mutation with the version on screen (a stale version is refused and explained like any edit).
 * The map's lists do not all carry the flag: until an update returns it, it is read for the selection.
 */
export function ExistingFlag<T extends PhysicalType>({ type, node, planning, canPlan, blockedReason }: {
  type: T;
  node: NodeOf[T];
  planning: Planning;
  canPlan: boolean;
  /** Why it cannot be changed right now (e.g. unapplied edits in the same form). */
  blockedReason?: string;
}) {
  const { t } = useTranslation();
  const { id, version, code, existing: known } = node as { id: string; version: number; code: string; existing?: boolean };
  const key = `${type}:${id}:${version}`;
  const [read, setRead] = useState<{ key: string; existing?: boolean; error?: string } | null>(null);
  useEffect(() => {
    if (typeof known === 'boolean') return undefined;
    const abort = new AbortController();
    fetchExisting(type, id, abort.signal).then(
      (answer) => !abort.signal.aborted && setRead({ key, existing: answer?.existing }),
      (error: unknown) => !abort.signal.aborted && setRead({ key, error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [type, id, key, known]);
  const value = typeof known === 'boolean' ? known : read?.key === key ? read.existing : undefined;

  const save = (existing: boolean) => {
    const what = labelOf(PHYSICAL_TYPE_VOCAB[type]);
    // `before` carries the flag as shown, so that undo restores it.
    void planning.update(type, { ...node, existing: value }, { existing } as never,
      t(existing ? 'plan.existingOn' : 'plan.existingOff', { what: `${what} ${code}` }), what.toLowerCase());
  };
  const inputId = `existing-${id}`;
  const noteId = `${inputId}-note`;
  return (
    <div className="existing-flag" data-testid="existing-flag" data-state={value === undefined ? (read?.error ? 'error' : 'loading') : String(value)}>
      <input type="checkbox" id={inputId} data-testid="existing-checkbox" checked={value ?? false} aria-describedby={noteId}
        disabled={!canPlan || planning.busy || value === undefined || blockedReason !== undefined}
        onChange={(event) => save(event.currentTarget.checked)} />
      <label htmlFor={inputId}>{t('plan.existing')}</label>
      <span id={noteId} className="field-note">{blockedReason ?? t('plan.existingNote')}</span>
      {read?.key === key && read.error && <p className="form-error" role="alert">{read.error}</p>}
    </div>
  );
}
