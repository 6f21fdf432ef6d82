import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { nodesOf, type LoadState } from '../api/useConnection';
import { formatArea, formatDistance, formatNumber, formatPercent } from '../i18n/format';
import type { CameraSelectionMode, Selection } from '../map/mapUrlState';
import { CameraModeToggle } from './BlackSpotPanel';
import type { MapData } from '../map/useMapData';
import { fetchCameraNetworkPath, fetchOutageImpact, lossBudgetSegments, type FailureSet, type NetworkPath, type OutageResult } from './analysisApi';

export function failureCount(failures: FailureSet): number {
  return Object.values(failures).reduce((sum, ids) => sum + ids.length, 0);
}

/** Adds or removes one element of the failure set (picking on the map toggles). */
export function toggleFailure(failures: FailureSet, selection: Selection): FailureSet {
  const key = ({ fiberRun: 'fiberRunIds', networkNode: 'networkNodeIds', pole: 'poleIds', powerFeed: 'powerFeedIds', powerSource: 'powerSourceIds' } as const)[selection.kind as 'pole'];
  if (!key) return failures;
  const ids = failures[key];
  return { ...failures, [key]: ids.includes(selection.id) ? ids.filter((id) => id !== selection.id) : [...ids, selection.id] };
}

const FAILURE_COLLECTIONS = [
  ['fiberRunIds', 'fiberRuns', 'fiberRun'],
  ['networkNodeIds', 'networkNodes', 'networkNode'],
  ['poleIds', 'poles', 'pole'],
  ['powerFeedIds', 'powerFeeds', 'powerFeed'],
  ['powerSourceIds', 'powerSources', 'powerSource'],
] as const;

/** The failed elements one by one, with the collection they belong to and their code, for the list. */
export function failedElements(failures: FailureSet, data: MapData): Array<{ kind: Selection['kind']; id: string; collection: string; code: string }> {
  return FAILURE_COLLECTIONS.flatMap(([key, collection, kind]) => failures[key].map((id) => {
    const node = nodesOf(data[collection] as LoadState<{ id: string; code?: string; name?: string }>).find((candidate) => candidate.id === id);
    return { kind, id, collection, code: node?.code ?? node?.name ?? id.slice(0, 8) };
  }));
}

const formatDb = (db: number | null | undefined) => (db == null ? '—' : formatNumber(db, 2));

/** The optical link's loss against its budget: a bar split by what contributes, and the margin. */
function LossBudget({ link }: { link: NonNullable<NetworkPath['link']> }) {
  const { t } = useTranslation();
  return (
    <div className="loss-budget" data-testid="loss-budget" data-loss-db={link.lossDb} data-budget-db={link.budgetDb}>
      <h3>{t('analysis.lossHeading', { to: link.terminatesAt ?? '—' })}</h3>
      <p><strong data-testid="loss-total">{t('analysis.lossOfBudget', { loss: formatDb(link.lossDb), budget: formatDb(link.budgetDb) })}</strong>
        {' · '}
        <span className={link.withinBudget === false ? 'form-error' : undefined}>
          {t(link.withinBudget === false ? 'analysis.lossMarginLow' : 'analysis.lossMargin', { margin: formatDb(link.marginDb) })}
        </span>
      </p>
      <span className="loss-bar" role="img" aria-label={t('analysis.lossOfBudget', { loss: formatDb(link.lossDb), budget: formatDb(link.budgetDb) })}>
        {lossBudgetSegments(link).map((segment) => <span key={segment.part} className={`loss-${segment.part}`} style={{ inlineSize: `${(segment.share * 100).toFixed(1)}%` }} />)}
      </span>
      <ul className="loss-parts">
        <li><i className="loss-swatch loss-attenuation" />{t('analysis.lossAttenuation', { db: formatDb(link.attenuationLossDb), length: formatDistance(link.lengthMeters) ?? '—' })}</li>
        <li><i className="loss-swatch loss-splices" />{t('analysis.lossSplices', { db: formatDb(link.spliceLossDb), count: link.splices })}</li>
        <li><i className="loss-swatch loss-connectors" />{t('analysis.lossConnectors', { db: formatDb(link.connectorLossDb) })}</li>
      </ul>
    </div>
  );
}

/** Where the camera's power comes from: the source, the feeds, the UPS. */
function PowerPath({ power }: { power: NonNullable<NetworkPath['power']> }) {
  const { t } = useTranslation();
  return (
    <div className="power-path" data-testid="power-path" data-powered={power.powered}>
      <h3>{t('analysis.powerHeading')}</h3>
      {!power.powered ? (
        <p className="form-error">{t('analysis.powerNone')}</p>
      ) : (
        <>
          <p>{t('analysis.powerSource', { code: power.source ?? '—' })}</p>
          {power.feeds.length > 0 && <p>{t('analysis.powerFeeds', { codes: power.feeds.join(' → ') })}</p>}
          <p>{power.upsAutonomyMinutes > 0 ? t('analysis.powerUps', { minutes: formatNumber(power.upsAutonomyMinutes, 0) }) : t('analysis.powerNoUps')}</p>
          {!power.poweredByDay && <p className="form-error">{t('analysis.powerDarkByDay')}</p>}
        </>
      )}
    </div>
  );
}

/** Camera network path highlight and the outage simulation. */
export function NetworkPanel({
  data, selection, mode, onMode, path, onPath, picking, onPicking, failures, onFailures, outage, onOutage,
}: {
  data: MapData;
  mode: CameraSelectionMode;
  onMode: (mode: CameraSelectionMode) => void;
  selection: Selection | null;
  path: NetworkPath | null;
  onPath: (path: NetworkPath | null) => void;
  picking: boolean;
  onPicking: (picking: boolean) => void;
  failures: FailureSet;
  onFailures: (failures: FailureSet) => void;
  outage: OutageResult | null;
  onOutage: (result: OutageResult | null) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const camera = selection?.kind === 'camera' ? nodesOf(data.cameras).find((candidate) => candidate.id === selection.id) : undefined;
  const codeOf = (id: string) => nodesOf(data.cameras).find((candidate) => candidate.id === id)?.code ?? id.slice(0, 8);
  const spotName = (id: string) => nodesOf(data.blackSpots).find((candidate) => candidate.id === id)?.name ?? id.slice(0, 8);

  const showPath = async () => {
    if (!camera) return;
    setBusy(true);
    setError(null);
    try {
      const found = await fetchCameraNetworkPath(camera.id, mode);
      onPath(found ?? { fiberRunIds: [], networkNodeIds: [], poleIds: [], lengthMeters: null });
    } catch (failure) {
      setError(userMessage(failure).message);
    } finally {
      setBusy(false);
    }
  };
  const simulate = async () => {
    setBusy(true);
    setError(null);
    try {
      onOutage(await fetchOutageImpact(failures, mode));
    } catch (failure) {
      setError(userMessage(failure).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section className="panel-section" aria-labelledby="path-heading" data-testid="path-panel">
        <h2 id="path-heading">{t('analysis.pathHeading')}</h2>
        <CameraModeToggle mode={mode} onMode={(next) => { onMode(next); onPath(null); onOutage(null); }} />
        {!camera ? (
          <p className="muted">{t('analysis.pathPick')}</p>
        ) : (
          <>
            <button type="button" className="primary-button" data-testid="show-path" onClick={() => void showPath()} disabled={busy}>{t('analysis.pathShow', { code: camera.code })}</button>
            {path && (
              <p data-testid="path-result" data-fiber-runs={path.fiberRunIds.length}>
                {path.fiberRunIds.length === 0 ? t('analysis.pathNone') : t('analysis.pathLength', { hops: formatNumber(path.fiberRunIds.length, 0), length: formatDistance(path.lengthMeters) ?? '—' })}
              </p>
            )}
            {path?.link && <LossBudget link={path.link} />}
            {path?.power && <PowerPath power={path.power} />}
          </>
        )}
      </section>
      <section className="panel-section" aria-labelledby="outage-heading" data-testid="outage-panel">
        <h2 id="outage-heading">{t('analysis.outageHeading')}</h2>
        <>
            <div className="button-row">
              <button type="button" className={`secondary-button${picking ? ' active' : ''}`} aria-pressed={picking} data-testid="outage-pick" onClick={() => onPicking(!picking)}>{t('analysis.outagePick')}</button>
              <button type="button" className="secondary-button" data-testid="outage-clear" onClick={() => { onFailures({ fiberRunIds: [], networkNodeIds: [], poleIds: [], powerFeedIds: [], powerSourceIds: [] }); onOutage(null); }}>{t('analysis.outageClear')}</button>
            </div>
            {picking && <p className="hint">{t('analysis.outagePicking')}</p>}
            <p data-testid="outage-selected" data-count={failureCount(failures)}>{t('analysis.outageSelected', { count: failureCount(failures) })}</p>
            {failureCount(failures) > 0 && (
              <ul className="failure-list" data-testid="outage-failures">
                {failedElements(failures, data).map((element) => (
                  <li key={element.id} data-testid="outage-failure" data-kind={element.kind} data-id={element.id}>
                    <span>{t(`collections.${element.collection}`)} · {element.code}</span>
                    <button type="button" className="link-button" aria-label={t('analysis.outageRemove', { code: element.code })}
                      onClick={() => { onFailures(toggleFailure(failures, { kind: element.kind, id: element.id })); onOutage(null); }}>×</button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" className="primary-button" data-testid="outage-run" disabled={busy || failureCount(failures) === 0} onClick={() => void simulate()}>{t('analysis.outageRun')}</button>
            {outage && (
              <div data-testid="outage-result" data-dark={outage.darkCameraIds.length}>
                <p><strong>{outage.darkCameraIds.length === 0 ? t('analysis.noImpact') : t('analysis.darkCameras', { count: outage.darkCameraIds.length })}</strong></p>
                {outage.darkCameraIds.length > 0 && <p className="muted">{outage.darkCameraIds.map(codeOf).join(', ')}</p>}
                {outage.losses.length > 0 && (
                  <table className="summary-table">
                    <caption>{t('analysis.coverageLost')}</caption>
                    <tbody>
                      {outage.losses.map((loss) => (
                        <tr key={loss.blackSpotId}><th scope="row">{spotName(loss.blackSpotId)}</th><td data-testid="outage-loss">{formatPercent(loss.before)} → {formatPercent(loss.after)} <span className="muted">(−{formatArea(loss.lostSquareMeters)})</span></td></tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            )}
        </>
        {error && <p className="form-error" role="alert">{error}</p>}
      </section>
    </>
  );
}
