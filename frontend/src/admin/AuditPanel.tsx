import '../catalogue/catalogue.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { AuditAction, AuditEntriesQuery, AuditFilter } from '../gql/graphql';
import { formatDate, formatNumber } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { ChangesTable, changesOf, fieldLabel } from '../planning/AssetHistory';

const AUDIT_ENTRIES = graphql(`
  query AuditEntries($filter: AuditFilter, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id at action actorEmail actorRole actorUserId entityType entityId changedFields before after }
    }
  }
`);
const AUDIT_USERS = graphql(`query AuditUsers { users(first: 1000) { nodes { id name email } } }`);

type Entry = AuditEntriesQuery['auditEntries']['nodes'][number];

/** The record types the audit lists (GraphQL type names), each with its label key. */
export const AUDITED_TYPES = [
  'Camera', 'Pole', 'NetworkNode', 'FiberRun', 'PowerSource', 'PowerFeed', 'BlackSpot', 'Building', 'Zone', 'CameraModel',
  'WorkPackage', 'Fault', 'FaultEvent', 'EvidencePhoto', 'CameraAsBuilt', 'Street', 'User', 'Organisation',
] as const;
const ACTIONS: readonly AuditAction[] = ['create', 'update', 'delete'] as AuditAction[];
const PAGE = 50;

export interface AuditFilterDraft {
  entityType: string;
  actorUserId: string;
  actions: AuditAction[];
  /** yyyy-mm-dd, the user's local days; empty: no bound. */
  fromDay: string;
  toDay: string;
}

/** The API's filter of what the form holds: days as local midnights, the "to" day included. */
export function auditFilterOf(draft: AuditFilterDraft): AuditFilter {
  const filter: AuditFilter = {};
  if (draft.entityType) filter.entityType = draft.entityType;
  if (draft.actorUserId) filter.actorUserId = draft.actorUserId;
  if (draft.actions.length > 0 && draft.actions.length < ACTIONS.length) filter.action = draft.actions;
  if (draft.fromDay) filter.from = new Date(`${draft.fromDay}T00:00:00`).toISOString();
  if (draft.toDay) {
    const end = new Date(`${draft.toDay}T00:00:00`);
    end.setDate(end.getDate() + 1);
    filter.to = end.toISOString();
  }
  return filter;
}

const typeLabel = (type: string) => (i18n.exists(`audit.type.${type}`) ? i18n.t(`audit.type.${type}`) : type);

/** Administrators' audit trail: every recorded change, filtered by record type, person, action and dates. */
export function AuditPanel() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilterDraft>({ entityType: '', actorUserId: '', actions: [...ACTIONS], fromDay: '', toDay: '' });
  const [users, setUsers] = useState<Array<{ id: string; name: string; email: string }>>([]);
  const [state, setState] = useState<{ entries?: Entry[]; total?: number; cursor?: string | null; error?: string; loading: boolean }>({ loading: true });
  const [open, setOpen] = useState<string | null>(null);
  const filter = auditFilterOf(draft);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    graphqlRequest(AUDIT_USERS, {}).then(({ users: page }) => setUsers(page.nodes), () => setUsers([]));
  }, []);
  useEffect(() => {
    const abort = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    graphqlRequest(AUDIT_ENTRIES, { filter: JSON.parse(filterKey) as AuditFilter, first: PAGE }, { signal: abort.signal }).then(
      ({ auditEntries }) => !abort.signal.aborted && setState({
        entries: auditEntries.nodes, total: auditEntries.totalCount, cursor: auditEntries.pageInfo.hasNextPage ? auditEntries.pageInfo.endCursor : null, loading: false,
      }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message, loading: false }),
    );
    return () => abort.abort();
  }, [filterKey]);

  const more = async () => {
    if (!state.cursor) return;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const { auditEntries } = await graphqlRequest(AUDIT_ENTRIES, { filter, first: PAGE, after: state.cursor });
      setState((previous) => ({
        entries: [...(previous.entries ?? []), ...auditEntries.nodes], total: auditEntries.totalCount,
        cursor: auditEntries.pageInfo.hasNextPage ? auditEntries.pageInfo.endCursor : null, loading: false,
      }));
    } catch (error) {
      setState((previous) => ({ ...previous, error: userMessage(error).message, loading: false }));
    }
  };
  const set = <K extends keyof AuditFilterDraft>(key: K, value: AuditFilterDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  return (
    <section className="panel-section" aria-labelledby="audit-heading" data-testid="audit-panel">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <form className="form-grid" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="audit-type">{t('audit.entityType')}</label>
        <select id="audit-type" data-testid="audit-type" value={draft.entityType} onChange={(event) => set('entityType', event.currentTarget.value)}>
          <option value="">{t('audit.all')}</option>
          {AUDITED_TYPES.map((type) => <option key={type} value={type}>{typeLabel(type)}</option>)}
        </select>
        <label htmlFor="audit-actor">{t('audit.actor')}</label>
        <select id="audit-actor" data-testid="audit-actor" value={draft.actorUserId} onChange={(event) => set('actorUserId', event.currentTarget.value)}>
          <option value="">{t('audit.everyone')}</option>
          {users.map((user) => <option key={user.id} value={user.id}>{user.name} · {user.email}</option>)}
        </select>
        <span className="form-label" id="audit-actions-label">{t('audit.action')}</span>
        <div role="group" aria-labelledby="audit-actions-label" className="checkbox-row">
          {ACTIONS.map((action) => (
            <label key={action} className="checkbox-label">
              <input type="checkbox" data-testid={`audit-action-${action}`} checked={draft.actions.includes(action)}
                onChange={(event) => set('actions', event.currentTarget.checked ? [...draft.actions, action] : draft.actions.filter((other) => other !== action))} />
              {t(`history.${action}`)}
            </label>
          ))}
        </div>
        <label htmlFor="audit-from">{t('audit.from')}</label>
        <input id="audit-from" data-testid="audit-from" type="date" value={draft.fromDay} onChange={(event) => set('fromDay', event.currentTarget.value)} />
        <label htmlFor="audit-to">{t('audit.to')}</label>
        <input id="audit-to" data-testid="audit-to" type="date" value={draft.toDay} onChange={(event) => set('toDay', event.currentTarget.value)} />
      </form>
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      {draft.actions.length === 0 ? <p className="muted">{t('audit.noAction')}</p> : state.total !== undefined && (
        <p className="muted" data-testid="audit-total" data-total={state.total}>{t('audit.total', { shown: formatNumber(state.entries?.length ?? 0, 0), total: formatNumber(state.total, 0) })}</p>
      )}
      {draft.actions.length > 0 && state.entries && (
        <ol className="history-list" data-testid="audit-list">
          {state.entries.map((entry) => {
            const changes = changesOf(entry);
            return (
              <li key={entry.id} data-testid="audit-entry" data-action={entry.action} data-type={entry.entityType}>
                <div className="history-when">
                  <time dateTime={String(entry.at)}>{formatDate(String(entry.at))}</time>
                  {' · '}{entry.actorEmail ?? t('history.system')}{' · '}{t(`history.${entry.action}`)}{' · '}{typeLabel(entry.entityType)}
                  {' '}<span className="muted">{codeOf(entry) ?? entry.entityId.slice(0, 8)}</span>
                </div>
                {changes.length > 0 && (
                  <button type="button" className="link-button" aria-expanded={open === entry.id} onClick={() => setOpen(open === entry.id ? null : entry.id)}>
                    {t('audit.changedFields', { fields: changes.map((change) => fieldLabel(change.field)).join(', ') })}
                  </button>
                )}
                {open === entry.id && <ChangesTable changes={changes} />}
              </li>
            );
          })}
        </ol>
      )}
      {state.loading && <p className="muted">{t('app.loading')}</p>}
      {!state.loading && state.cursor && draft.actions.length > 0 && (
        <button type="button" className="secondary-button" data-testid="audit-more" onClick={() => void more()}>{t('audit.more')}</button>
      )}
    </section>
  );
}

/** The record's code (or name) from its snapshot, to recognise it. */
function codeOf(entry: Entry): string | undefined {
  const snapshot = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  const value = snapshot.code ?? snapshot.name ?? snapshot.email;
  return typeof value === 'string' ? value : undefined;
}
