import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { formatDate, formatNumber } from '../i18n/format';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { fetchControlCentre, type ControlCentre } from './maintenanceApi';
import './maintenance.css';
import './maintenanceMessages';

/** Types whose change can darken a camera or change what a black spot loses. */
const WATCHED_TYPES = ['Fault', 'FaultEvent', 'Camera', 'BlackSpot', 'CameraModel', 'Pole'];
/** Read again this often even without changes (overdue counts move with the clock). */
const CLOCK_REFRESH_MS = 60_000;

/**
 * The control centre's wall screen: cameras dark now, black spots losing coverage at their required
 * level (before -> now), active faults by priority and overdue, kept current through the live feed
 * (every change by anyone, no reload). Large type, dark background, readable from across a room; on a
 * phone the columns stack.
 */
export function ControlCentreView({ deploymentName }: { deploymentName?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: ControlCentre; overdueCount: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const reload = useCallback(() => setReloadKey((key) => key + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    fetchControlCentre(controller.signal)
      .then((answer) => { setState(answer); setError(null); })
      .catch((failure) => { if (!controller.signal.aborted) setError(userMessage(failure).message); });
    return () => controller.abort();
  }, [reloadKey]);
  useEffect(() => {
    const timer = setInterval(reload, CLOCK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  // A wall screen hears every change, its own account's too (operators log faults from another screen).
  const live = useLiveUpdates({
    selfUserId: null,
    onChanges: (types, _changes, revisions) => { if (revisions.has('maintenance') || WATCHED_TYPES.some((type) => types.has(type))) reload(); },
    onCoverageRevision: reload,
    onResync: reload,
  });

  const status = state?.status;
  const active = status?.activeByPriority ?? [0, 0, 0, 0];
  return (
    <div className="control-centre" data-testid="control-centre">
      <header className="control-centre-header">
        <h1>{t('maintenance.controlCentre')}{deploymentName ? ` · ${deploymentName}` : ''}</h1>
        <div className="control-centre-meta">
          <span className={`live-dot${live.connected ? ' on' : ''}`} data-testid="control-live" data-connected={live.connected}>
            {live.connected ? t('maintenance.live') : t('maintenance.offline')}
          </span>
          {status && <span data-testid="control-as-of">{t('maintenance.asOf', { time: formatDate(status.asOf) })}</span>}
          <a href="./" className="control-centre-link">{t('maintenance.backToMap')}</a>
          <LanguageSwitcher />
        </div>
      </header>
      {error && <p className="error" role="alert">{error}</p>}
      {!status ? <p className="control-centre-loading">{t('app.loading')}</p> : (
        <>
          <section className="control-centre-tiles" aria-label={t('maintenance.summary')}>
            <div className="tile dark" data-testid="control-dark-count">
              <strong>{formatNumber(status.darkCameras.length, 0)}</strong>
              <span>{t('maintenance.darkOfInstalled', { installed: formatNumber(status.installedCameraCount, 0) })}</span>
            </div>
            <div className="tile losing" data-testid="control-losing-count">
              <strong>{formatNumber(status.blackSpotsLosing.length, 0)}</strong>
              <span>{t('maintenance.spotsLosing')}</span>
            </div>
            {active.map((count, index) => (
              <div key={index} className={`tile priority p${index + 1}`} data-testid={`control-active-p${index + 1}`}>
                <strong>{formatNumber(count, 0)}</strong>
                <span>{t('maintenance.activeAt', { priority: `P${index + 1}` })}</span>
              </div>
            ))}
            <div className={`tile${state.overdueCount > 0 ? ' overdue' : ''}`} data-testid="control-overdue">
              <strong>{formatNumber(state.overdueCount, 0)}</strong>
              <span>{t('faults.overdue')}</span>
            </div>
          </section>
          <div className="control-centre-columns">
            <section aria-labelledby="control-spots-heading">
              <h2 id="control-spots-heading">{t('maintenance.spotsLosingHeading')}</h2>
              {status.blackSpotsLosing.length === 0 ? <p className="control-centre-calm">{t('maintenance.noSpotLosing')}</p> : (
                <ol className="control-centre-list" data-testid="control-spots">
                  {status.blackSpotsLosing.map((spot) => (
                    <li key={spot.blackSpotId} data-testid="control-spot" data-code={spot.code}>
                      <span className="spot-name">{spot.name} <small>({spot.code}, {t('maintenance.spotPriority', { priority: spot.priority })})</small></span>
                      <span className="spot-figures">
                        {t('maintenance.beforeNow', {
                          before: formatNumber(spot.coveredBeforePercent, 0), now: formatNumber(spot.coveredNowPercent, 0), level: t(`vocab.${spot.requiredLevel}`),
                        })}
                      </span>
                      <span className="spot-bar" aria-hidden="true">
                        <span className="now" style={{ width: `${spot.coveredNowPercent}%` }} />
                        <span className="lost" style={{ width: `${Math.max(0, spot.coveredBeforePercent - spot.coveredNowPercent)}%` }} />
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="control-dark-heading">
              <h2 id="control-dark-heading">{t('maintenance.darkCameras')}</h2>
              {status.darkCameras.length === 0 ? <p className="control-centre-calm">{t('maintenance.noDarkCamera')}</p> : (
                <ol className="control-centre-list" data-testid="control-dark-cameras">
                  {status.darkCameras.map((camera) => (
                    <li key={camera.cameraId} data-testid="control-dark-camera" data-code={camera.code}>
                      <span className="spot-name">{camera.code}</span>
                      <span>
                        {camera.faults.length === 0 ? t('maintenance.outByHand') : camera.faults.map((fault) => (
                          <span key={fault.id} className={`priority-badge p${fault.priority}`}>P{fault.priority} {t(`faults.category.${fault.category}`)}</span>
                        ))}
                      </span>
                      {camera.darkSince && <small>{t('maintenance.darkSince', { time: formatDate(camera.darkSince) })}</small>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
