import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest } from '../api/graphqlClient';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { graphql } from '../gql';
import type { AssetAuditLogQuery } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { i18n } from '../i18n/i18n';

export type AuditRow = AssetAuditLogQuery['auditLog']['nodes'][number];

const ASSET_AUDIT_LOG = graphql(`
  query AssetAuditLog($type: String!, $id: ID!, $first: Int) {
    auditLog(entityType: $type, entityId: $id, first: $first) {
      totalCount
      nodes { id at action actorEmail actorRole changedFields before after }
    }
  }
`);

/** Bookkeeping fields every write moves: not what a person changed. */
const HIDDEN_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A snapshot value as a short text: vocabulary through labelOf, shapes named rather than printed. */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    return typeof type === 'string' ? i18n.t('history.shape') : JSON.stringify(value).slice(0, 40);
  }
  if (typeof value === 'string' && /^[a-z]+(_[a-z]+)*$/.test(value) && ['status', 'kind', 'category', 'requiredLevel', 'cableType', 'installMethod', 'mountType'].includes(field)) return labelOf(value);
  return String(value);
}

/** What one audit entry changed, field by field, before and after (bookkeeping fields left out). */
export function changesOf(entry: Pick<AuditRow, 'action' | 'changedFields' | 'before' | 'after'>): FieldChange[] {
  if (entry.action !== 'update') return [];
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return entry.changedFields
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .map((field) => ({ field, before: describeValue(field, before[field]), after: describeValue(field, after[field]) }));
}

/** The status the record had after each change that moved it (oldest first), with when and who. */
export function statusHistoryOf(entries: readonly AuditRow[]): Array<{ at: string; status: string; actor: string | null }> {
  return [...entries]
    .filter((entry) => entry.action === 'create' || entry.changedFields.includes('status'))
    .map((entry) => ({ at: String(entry.at), status: String((entry.after as Record<string, unknown> | null)?.status ?? ''), actor: entry.actorEmail ?? null }))
    .filter((row) => row.status !== '')
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** The record's history, asked for when opened (planners only: the API's auditLog is theirs). */
export function AssetHistory({ entityType, entityId, version }: { entityType: string; entityId: string; version: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<{ rows?: AuditRow[]; total?: number; error?: string }>({});
  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    graphqlRequest(ASSET_AUDIT_LOG, { type: entityType, id: entityId, first: 50 }, { signal: abort.signal }).then(
      ({ auditLog }) => !abort.signal.aborted && setState({ rows: auditLog.nodes, total: auditLog.totalCount }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [open, entityType, entityId, version]);
  const statuses = state.rows ? statusHistoryOf(state.rows) : [];
  return (
    <details className="asset-history" data-testid="asset-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('history.heading')}</summary>
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      {open && !state.rows && !state.error && <p className="muted">{t('app.loading')}</p>}
      {state.rows && state.rows.length === 0 && <p className="muted">{t('history.none')}</p>}
      {statuses.length > 0 && (
        <p data-testid="status-history"><strong>{t('history.statuses')}</strong>{' '}
          {statuses.map((row) => `${labelOf(row.status)} (${formatDate(row.at) ?? ''})`).join(' → ')}
        </p>
      )}
      {state.rows && state.rows.length > 0 && (
        <ol className="history-list">
          {state.rows.map((entry) => {
            const changes = changesOf(entry);
            return (
              <li key={entry.id} data-testid="history-entry" data-action={entry.action}>
                <div className="history-when">
                  <time dateTime={String(entry.at)}>{formatDate(String(entry.at))}</time>
                  {' · '}{entry.actorEmail ?? t('history.system')}{' · '}{t(`history.${entry.action}`)}
                </div>
                {changes.length > 0 && <ChangesTable changes={changes} />}
              </li>
            );
          })}
        </ol>
      )}
      {state.total !== undefined && state.rows && state.total > state.rows.length && <p className="muted">{t('history.more', { count: state.total - state.rows.length })}</p>}
    </details>
  );
}

/** The label of a changed field: the form's word for it when there is one. */
export const fieldLabel = (field: string): string => (i18n.exists(`field.${field}`) ? i18n.t(`field.${field}`) : field);

/** What one change did, field by field: before and after. */
export function ChangesTable({ changes }: { changes: readonly FieldChange[] }) {
  const { t } = useTranslation();
  return (
    <table className="history-changes">
      <thead><tr><th scope="col">{t('history.field')}</th><th scope="col">{t('history.before')}</th><th scope="col">{t('history.after')}</th></tr></thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}><th scope="row">{fieldLabel(change.field)}</th><td>{change.before}</td><td>{change.after}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
