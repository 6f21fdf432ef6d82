import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { nodesOf, type LoadState } from '../api/useConnection';
import { formatDate, formatDistance, formatNumber } from '../i18n/format';
import type { Selection } from '../map/mapUrlState';
import type { MapData } from '../map/useMapData';
import {
  ACTIVE_STATES, FAULT_CATEGORIES, FAULT_CHANNELS, FAULT_RESOLUTIONS, FAULT_STATES, allowedMoves, changeFaultState, commentOnFault,
  distanceMeters, fetchFault, fetchFaults, logFault, type FaultFilter, type FaultRow, type FaultTicket,
} from './faultsApi';
import { CONTROL_CENTRE_HREF } from './controlCentreUrl';
import { FaultFiguresSection } from './FaultFiguresSection';
import { FAULT_MANAGER_ROLES, FaultAssignment, FaultPhotos } from './FaultTicketExtras';
import { fetchAssignees, type FaultAssigneeTeam } from './maintenanceApi';
import './maintenanceMessages';

/** Map selection kind -> the API's asset type and the map data collection it is in. */
const ASSET_OF_SELECTION: Partial<Record<Selection['kind'], { assetType: string; collection: keyof MapData }>> = {
  camera: { assetType: 'camera', collection: 'cameras' },
  pole: { assetType: 'pole', collection: 'poles' },
  networkNode: { assetType: 'network_node', collection: 'networkNodes' },
  fiberRun: { assetType: 'fiber_run', collection: 'fiberRuns' },
  powerFeed: { assetType: 'power_feed', collection: 'powerFeeds' },
  powerSource: { assetType: 'power_source', collection: 'powerSources' },
};

type StateFilter = 'active' | 'all' | (typeof FAULT_STATES)[number];

export interface FaultsPanelProps {
  data: MapData;
  role: string | undefined;
  organisationId: string | undefined;
  /** The asset selected on the map: a fault can be logged on it. */
  selection: Selection | null;
  /** Where "nearest first" measures from when the device gives no position: the centre of the map. */
  viewCenter: [number, number] | null;
  faults: readonly FaultRow[];
  onFaults: (faults: FaultRow[]) => void;
  selectedFaultId: string | null;
  onSelectFault: (id: string | null) => void;
  /** Moves when others change faults (live updates): the list is fetched again. */
  liveRevision?: number;
}

/** Faults: the filtered list (nearest first for a field team), a ticket with its lifecycle, logging from the selected asset. */
export function FaultsPanel({ data, role, organisationId, selection, viewCenter, faults, onFaults, selectedFaultId, onSelectFault, liveRevision = 0 }: FaultsPanelProps) {
  const { t } = useTranslation();
  const [stateFilter, setStateFilter] = useState<StateFilter>('active');
  const [priority, setPriority] = useState<number | null>(null);
  const [zoneId, setZoneId] = useState<string | null>(null);
  const zones = data.zones ? nodesOf(data.zones) : [];
  // Teams to filter by, for those who assign faults (the list of assignable organisations).
  const [teamId, setTeamId] = useState<string | null>(null);
  const [teams, setTeams] = useState<FaultAssigneeTeam[]>([]);
  const manager = role !== undefined && FAULT_MANAGER_ROLES.includes(role);
  useEffect(() => {
    if (!manager) return;
    const controller = new AbortController();
    // Without the list the filter is only not offered: the faults themselves still load.
    fetchAssignees(controller.signal).then(setTeams).catch(() => undefined);
    return () => controller.abort();
  }, [manager]);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [mine, setMine] = useState(role === 'contractor' || role === 'maintenance');
  const [nearest, setNearest] = useState(false);
  const [origin, setOrigin] = useState<[number, number] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const signedIn = Boolean(role);
  const canLog = role === 'admin' || role === 'engineer' || role === 'maintenance' || role === 'contractor';

  const filter = useMemo<FaultFilter>(() => ({
    states: stateFilter === 'all' ? null : stateFilter === 'active' ? ['open', 'acknowledged', 'in_progress'] : [stateFilter],
    priorities: priority ? [priority] : null,
    zoneId,
    assignedOrganisationId: teamId,
    overdue: overdueOnly ? true : null,
    assignedToMe: mine && signedIn ? true : null,
  }) as FaultFilter, [stateFilter, priority, zoneId, teamId, overdueOnly, mine, signedIn]);

  useEffect(() => {
    const controller = new AbortController();
    fetchFaults(filter, controller.signal)
      .then((answer) => { onFaults(answer.nodes); setError(null); })
      .catch((failure) => { if (!controller.signal.aborted) setError(userMessage(failure).message); });
    return () => controller.abort();
  }, [filter, onFaults, reloadKey, liveRevision]);

  // A field team's position when the device gives it; else the centre of the map.
  useEffect(() => {
    if (!nearest || typeof navigator === 'undefined' || !navigator.geolocation) return;
    navigator.geolocation.getCurrentPosition((position) => setOrigin([position.coords.longitude, position.coords.latitude]), () => setOrigin(null), { timeout: 5000 });
  }, [nearest]);
  const from = origin ?? viewCenter;
  const sorted = useMemo(() => {
    if (!nearest || !from) return faults.map((fault) => ({ fault, distance: null as number | null }));
    return faults
      .map((fault) => ({ fault, distance: distanceMeters(from, (fault.location as { coordinates: number[] }).coordinates) }))
      .sort((a, b) => a.distance - b.distance);
  }, [faults, nearest, from]);

  const reload = useCallback(() => setReloadKey((key) => key + 1), []);
  const asset = selection ? ASSET_OF_SELECTION[selection.kind] : undefined;
  const assetNode = asset && selection
    ? nodesOf(data[asset.collection] as LoadState<{ id: string; code?: string }>).find((node) => node.id === selection.id)
    : undefined;

  return (
    <>
      {selectedFaultId && (
        <FaultTicketView
          key={selectedFaultId} id={selectedFaultId} role={role} organisationId={organisationId}
          onClose={() => onSelectFault(null)} onChanged={reload} liveRevision={liveRevision}
        />
      )}
      {canLog && asset && selection && (
        <LogFaultForm
          assetType={asset.assetType} assetId={selection.id} assetCode={assetNode?.code ?? selection.id.slice(0, 8)}
          onLogged={(fault) => { reload(); onSelectFault(fault.id); }}
        />
      )}
      <section className="panel-section" aria-labelledby="faults-heading" data-testid="faults-panel">
        <h2 id="faults-heading">{t('faults.heading')}</h2>
        <a className="control-centre-open link-button" href={CONTROL_CENTRE_HREF} target="_blank" rel="noopener" data-testid="open-control-centre">{t('maintenance.openControlCentre')}</a>
        {canLog && !asset && <p className="muted">{t('faults.pickAsset')}</p>}
        <div className="fault-filters">
          <label>{t('faults.stateLabel')}{' '}
            <select value={stateFilter} data-testid="faults-filter-state" onChange={(event) => setStateFilter(event.target.value as StateFilter)}>
              <option value="active">{t('faults.activeStates')}</option>
              <option value="all">{t('faults.allStates')}</option>
              {FAULT_STATES.map((state) => <option key={state} value={state}>{t(`faults.state.${state}`)}</option>)}
            </select>
          </label>
          <label>{t('faults.priority')}{' '}
            <select value={priority ?? ''} data-testid="faults-filter-priority" onChange={(event) => setPriority(event.target.value ? Number(event.target.value) : null)}>
              <option value="">{t('faults.allPriorities')}</option>
              {[1, 2, 3, 4].map((p) => <option key={p} value={p}>P{p}</option>)}
            </select>
          </label>
          {zones.length > 0 && (
            <label>{t('faults.zone')}{' '}
              <select value={zoneId ?? ''} data-testid="faults-filter-zone" onChange={(event) => setZoneId(event.target.value || null)}>
                <option value="">{t('faults.allZones')}</option>
                {zones.map((zone) => <option key={zone.id} value={zone.id}>{zone.name}</option>)}
              </select>
            </label>
          )}
          {teams.some((team) => team.organisationId) && (
            <label>{t('faults.team')}{' '}
              <select value={teamId ?? ''} data-testid="faults-filter-team" onChange={(event) => setTeamId(event.target.value || null)}>
                <option value="">{t('faults.allTeams')}</option>
                {teams.filter((team) => team.organisationId).map((team) => <option key={team.organisationId} value={team.organisationId!}>{team.name}</option>)}
              </select>
            </label>
          )}
          <label><input type="checkbox" checked={overdueOnly} data-testid="faults-filter-overdue" onChange={(event) => setOverdueOnly(event.target.checked)} /> {t('faults.overdueOnly')}</label>
          {signedIn && <label><input type="checkbox" checked={mine} data-testid="faults-filter-mine" onChange={(event) => setMine(event.target.checked)} /> {t('faults.assignedToMe')}</label>}
          <label><input type="checkbox" checked={nearest} data-testid="faults-nearest" onChange={(event) => setNearest(event.target.checked)} /> {t('faults.nearestFirst')}</label>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <p className="muted" data-testid="faults-count">{t('faults.count', { count: faults.length })}</p>
        <ul className="fault-list" data-testid="faults-list">
          {sorted.map(({ fault, distance }) => (
            <li key={fault.id}>
              <button
                type="button" className={`fault-row${fault.id === selectedFaultId ? ' active' : ''}`} data-testid="fault-row" data-id={fault.id}
                data-priority={fault.priority} data-state={fault.state} onClick={() => onSelectFault(fault.id)}
              >
                <span className={`priority-badge p${fault.priority}`}>P{fault.priority}</span>{' '}
                <span>{t(`faults.category.${fault.category}`)}</span>{' · '}
                <span>{fault.assetCode ?? t('faults.atPoint')}</span>{' · '}
                <span>{t(`faults.state.${fault.state}`)}</span>
                {fault.sla.overdue && ACTIVE_STATES.includes(fault.state) && <span className="overdue-badge"> {t('faults.overdue')}</span>}
                {distance !== null && <span className="muted"> · {formatDistance(distance)}</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <FaultFiguresSection liveRevision={liveRevision} />
    </>
  );
}

function LogFaultForm({ assetType, assetId, assetCode, onLogged }: { assetType: string; assetId: string; assetCode: string; onLogged: (fault: FaultTicket) => void }) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<string>(assetType === 'fiber_run' ? 'fiber_cut' : assetType === 'power_feed' || assetType === 'power_source' ? 'power' : 'no_image');
  const [channel, setChannel] = useState<string>('field_team');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onLogged(await logFault({ assetType, assetId, category, channel, description: description.trim() || t(`faults.category.${category}`) } as never));
      setDescription('');
    } catch (failure) {
      setError(userMessage(failure).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel-section" aria-labelledby="log-fault-heading" data-testid="log-fault">
      <h2 id="log-fault-heading">{t('faults.logOn', { code: assetCode })}</h2>
      <label>{t('faults.categoryLabel')}{' '}
        <select value={category} data-testid="log-fault-category" onChange={(event) => setCategory(event.target.value)}>
          {FAULT_CATEGORIES.map((value) => <option key={value} value={value}>{t(`faults.category.${value}`)}</option>)}
        </select>
      </label>
      <label>{t('faults.channelLabel')}{' '}
        <select value={channel} data-testid="log-fault-channel" onChange={(event) => setChannel(event.target.value)}>
          {FAULT_CHANNELS.map((value) => <option key={value} value={value}>{t(`faults.channel.${value}`)}</option>)}
        </select>
      </label>
      <label className="block-label">{t('faults.description')}
        <textarea value={description} maxLength={4000} rows={3} data-testid="log-fault-description" onChange={(event) => setDescription(event.target.value)} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="button" className="primary-button" data-testid="log-fault-submit" disabled={busy} onClick={() => void submit()}>{t('faults.log')}</button>
    </section>
  );
}

function FaultTicketView({ id, role, organisationId, onClose, onChanged, liveRevision }: {
  id: string; role: string | undefined; organisationId: string | undefined; onClose: () => void; onChanged: () => void; liveRevision: number;
}) {
  const { t } = useTranslation();
  const [fault, setFault] = useState<FaultTicket | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState<string>('repaired');
  const [serial, setSerial] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetchFault(id).then((answer) => live && setFault(answer)).catch((failure) => live && setError(userMessage(failure).message));
    return () => { live = false; };
  }, [id, liveRevision]);

  const run = async (work: () => Promise<FaultTicket | void>) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await work();
      setFault(answer ?? (await fetchFault(id)));
      onChanged();
    } catch (failure) {
      setError(userMessage(failure).message);
    } finally {
      setBusy(false);
    }
  };
  if (!fault) return <section className="panel-section" data-testid="fault-ticket">{error ? <p className="error" role="alert">{error}</p> : <p className="muted">{t('app.loading')}</p>}</section>;
  const moves = allowedMoves(fault, role, organisationId);
  const move = (state: string) => {
    if (state === 'resolved') return setResolving(true);
    void run(() => changeFaultState({ id: fault.id, version: fault.version, state } as never));
  };
  const hours = (value: number) => formatNumber(value, 1);

  return (
    <section className="panel-section fault-ticket" aria-labelledby="fault-ticket-heading" data-testid="fault-ticket" data-state={fault.state} data-priority={fault.priority}>
      <div className="ticket-header">
        <h2 id="fault-ticket-heading">
          <span className={`priority-badge p${fault.priority}`}>P{fault.priority}</span> {t(`faults.category.${fault.category}`)} · {fault.assetCode ?? t('faults.atPoint')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('app.close')} onClick={onClose}>×</button>
      </div>
      <p>{fault.description}</p>
      <dl className="ticket-facts">
        <dt>{t('faults.stateLabel')}</dt><dd data-testid="fault-state">{t(`faults.state.${fault.state}`)}</dd>
        <dt>{t('faults.reported')}</dt><dd>{formatDate(fault.reportedAt)} · {t(`faults.channel.${fault.channel}`)}{fault.reporterName ? ` · ${fault.reporterName}` : ''}</dd>
        <dt>{t('faults.suggested')}</dt><dd>P{fault.suggestedPriority} ({t('faults.score', { score: formatNumber(fault.impactScore, 2) })})</dd>
        <dt>{t('faults.responseDue')}</dt>
        <dd className={fault.sla.responseOverdue ? 'overdue-badge' : undefined}>
          {fault.sla.responseDueAt ? formatDate(fault.sla.responseDueAt) : t('faults.clockStopped')} ({hours(fault.sla.responseHoursUsed)} / {hours(fault.sla.responseHoursAllowed)} h)
        </dd>
        <dt>{t('faults.repairDue')}</dt>
        <dd className={fault.sla.repairOverdue ? 'overdue-badge' : undefined} data-testid="fault-repair-due">
          {fault.sla.repairDueAt ? formatDate(fault.sla.repairDueAt) : t('faults.clockStopped')} ({hours(fault.sla.repairHoursUsed)} / {hours(fault.sla.repairHoursAllowed)} h)
        </dd>
        {fault.resolution && <><dt>{t('faults.resolutionLabel')}</dt><dd>{t(`faults.resolution.${fault.resolution}`)}{fault.newSerial ? ` · ${fault.newSerial}` : ''}</dd></>}
      </dl>
      {fault.blackSpotLosses.length > 0 && (
        <>
          <h3>{t('faults.losses')}</h3>
          <ul data-testid="fault-losses">
            {fault.blackSpotLosses.map((loss) => (
              <li key={loss.blackSpotId} data-testid="fault-loss">
                {t('faults.loss', {
                  name: loss.name, before: formatNumber(loss.coveredBeforePercent, 0), after: formatNumber(loss.coveredAfterPercent, 0),
                  level: t(`vocab.${loss.requiredLevel}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {fault.darkCameras.length > 0 && (
        <p data-testid="fault-dark-cameras">{t('faults.darkCameras')}: {fault.darkCameras.map((camera) => camera.code).join(', ')}</p>
      )}
      <FaultAssignment fault={fault} role={role} organisationId={organisationId} onAssigned={() => run(() => fetchFault(id))} />
      {error && <p className="error" role="alert">{error}</p>}
      {moves.length > 0 && !resolving && (
        <div className="button-row">
          {moves.map((state) => (
            <button key={state} type="button" className="secondary-button" data-testid={`fault-move-${state}`} disabled={busy} onClick={() => move(state)}>
              {t(`faults.move.${state}`)}
            </button>
          ))}
        </div>
      )}
      {resolving && (
        <div className="resolve-form" data-testid="fault-resolve-form">
          <label>{t('faults.resolutionLabel')}{' '}
            <select value={resolution} data-testid="fault-resolution" onChange={(event) => setResolution(event.target.value)}>
              {FAULT_RESOLUTIONS.map((value) => <option key={value} value={value}>{t(`faults.resolution.${value}`)}</option>)}
            </select>
          </label>
          {resolution === 'replaced_asset' && (
            <label>{t('faults.newSerial')}{' '}<input value={serial} maxLength={128} data-testid="fault-serial" onChange={(event) => setSerial(event.target.value)} /></label>
          )}
          <div className="button-row">
            <button type="button" className="primary-button" data-testid="fault-resolve-confirm" disabled={busy} onClick={() => {
              setResolving(false);
              void run(() => changeFaultState({ id: fault.id, version: fault.version, state: 'resolved', resolution, newSerial: resolution === 'replaced_asset' ? serial : null } as never));
            }}>{t('faults.move.resolved')}</button>
            <button type="button" className="secondary-button" onClick={() => setResolving(false)}>{t('app.cancel')}</button>
          </div>
        </div>
      )}
      {role && role !== 'viewer' && (
        <div className="comment-form">
          <label className="block-label">{t('faults.comment')}
            <textarea value={comment} rows={2} maxLength={4000} data-testid="fault-comment" onChange={(event) => setComment(event.target.value)} />
          </label>
          <button type="button" className="secondary-button" disabled={busy || !comment.trim()} onClick={() => void run(async () => { await commentOnFault(fault.id, comment); setComment(''); })}>
            {t('faults.addComment')}
          </button>
        </div>
      )}
      <FaultPhotos fault={fault} role={role} revision={liveRevision} />
      <h3>{t('faults.history')}</h3>
      <ol className="fault-history" data-testid="fault-history">
        {fault.history.map((event) => (
          <li key={event.id}>
            {formatDate(event.at)} · {event.toState ? t(`faults.state.${event.toState}`) : t(`faults.event.${event.kind}`)}
            {event.actorEmail ? ` · ${event.actorEmail}` : ''}{event.comment ? ` — ${event.comment}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
