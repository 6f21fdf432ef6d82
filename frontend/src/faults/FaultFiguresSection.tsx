import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { formatNumber, formatPercent } from '../i18n/format';
import { fetchFaultFigures, type FaultFigures } from './maintenanceApi';
import './maintenance.css';

const PERIOD_DAYS = [7, 30, 90, 180, 365] as const;
const DAY_MS = 86_400_000;
/** Rows shown per availability table before "show all". */
const FIRST_ROWS = 8;

/**
 * Maintenance figures over a chosen period (faultFigures): open faults by priority and zone, mean time
 * to repair, availability of cameras and black spots (least available first), the models and sites
 * that fail most. Read again when faults change (liveRevision) or the period does.
 */
export function FaultFiguresSection({ liveRevision = 0 }: { liveRevision?: number }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number>(30);
  const [figures, setFigures] = useState<FaultFigures | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const to = new Date();
    fetchFaultFigures(new Date(to.getTime() - days * DAY_MS), to, controller.signal)
      .then((answer) => { setFigures(answer); setError(null); })
      .catch((failure) => { if (!controller.signal.aborted) setError(userMessage(failure).message); });
    return () => controller.abort();
  }, [days, liveRevision]);

  return (
    <section className="panel-section fault-figures" aria-labelledby="fault-figures-heading" data-testid="fault-figures">
      <h2 id="fault-figures-heading">{t('maintenance.figures')}</h2>
      <label>{t('maintenance.period')}{' '}
        <select value={days} data-testid="fault-figures-period" onChange={(event) => setDays(Number(event.target.value))}>
          {PERIOD_DAYS.map((value) => <option key={value} value={value}>{t('maintenance.lastDays', { count: value })}</option>)}
        </select>
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      {figures && (
        <>
          <dl className="ticket-facts">
            <dt>{t('maintenance.openByPriority')}</dt>
            <dd data-testid="figures-open-by-priority">
              {figures.openByPriority.map((count, index) => (
                <span key={index} className={`priority-badge p${index + 1}`}>P{index + 1}: {formatNumber(count, 0)}</span>
              ))}
            </dd>
            <dt>{t('faults.overdue')}</dt><dd>{formatNumber(figures.overdueCount, 0)}</dd>
            <dt>{t('maintenance.loggedResolved')}</dt>
            <dd>{t('maintenance.loggedResolvedValue', { logged: formatNumber(figures.loggedCount, 0), resolved: formatNumber(figures.resolvedCount, 0) })}</dd>
            <dt>{t('maintenance.mttr')}</dt>
            <dd data-testid="figures-mttr">{figures.meanTimeToRepairHours === null ? t('maintenance.none') : t('maintenance.hours', { hours: formatNumber(figures.meanTimeToRepairHours, 1) })}</dd>
          </dl>
          {figures.openByZone.length > 0 && (
            <div className="table-scroll">
              <table className="figures-table" data-testid="figures-by-zone">
                <caption>{t('maintenance.openByZone')}</caption>
                <thead><tr><th scope="col">{t('faults.zone')}</th>{[1, 2, 3, 4].map((p) => <th key={p} scope="col">P{p}</th>)}<th scope="col">{t('maintenance.total')}</th></tr></thead>
                <tbody>
                  {figures.openByZone.map((zone) => (
                    <tr key={zone.zoneId ?? 'none'}>
                      <th scope="row">{zone.zoneName ?? t('maintenance.outsideZones')}</th>
                      {zone.byPriority.map((count, index) => <td key={index}>{formatNumber(count, 0)}</td>)}
                      <td>{formatNumber(zone.total, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <AvailabilityTable
            caption={t('maintenance.spotAvailability')} testId="figures-spot-availability"
            columns={[t('maintenance.blackSpot'), t('maintenance.availability'), t('maintenance.meanCovered')]}
            rows={figures.blackSpotAvailability.map((spot) => ({
              key: spot.blackSpotId, name: spot.name, availability: spot.availability,
              detail: `${formatPercent(spot.meanCoveredFraction)} / ${formatPercent(spot.nominalCoveredFraction)}`,
            }))}
          />
          <AvailabilityTable
            caption={t('maintenance.cameraAvailability')} testId="figures-camera-availability"
            columns={[t('maintenance.camera'), t('maintenance.availability'), t('maintenance.darkHours')]}
            rows={figures.cameraAvailability.map((camera) => ({
              key: camera.cameraId, name: camera.code, availability: camera.availability, detail: formatNumber(camera.darkHours, 1),
            }))}
          />
          <FailingMost title={t('maintenance.modelsFailingMost')} rows={figures.modelsFailingMost} testId="figures-models" />
          <FailingMost title={t('maintenance.sitesFailingMost')} rows={figures.sitesFailingMost} testId="figures-sites" />
        </>
      )}
    </section>
  );
}

/** Least available first; the first rows, then all on request. */
function AvailabilityTable({ caption, testId, columns, rows }: {
  caption: string; testId: string; columns: string[]; rows: { key: string; name: string; availability: number; detail: string }[];
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  return (
    <>
      <div className="table-scroll">
        <table className="figures-table" data-testid={testId}>
          <caption>{caption}</caption>
          <thead><tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr></thead>
          <tbody>
            {(all ? rows : rows.slice(0, FIRST_ROWS)).map((row) => (
              <tr key={row.key}><th scope="row">{row.name}</th><td>{formatPercent(row.availability)}</td><td>{row.detail}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > FIRST_ROWS && (
        <button type="button" className="link-button" onClick={() => setAll((value) => !value)}>
          {all ? t('maintenance.showFewer') : t('maintenance.showAll', { count: rows.length })}
        </button>
      )}
    </>
  );
}

function FailingMost({ title, rows, testId }: { title: string; rows: FaultFigures['modelsFailingMost']; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? <p className="muted">{t('maintenance.none')}</p> : (
        <ol className="failing-most" data-testid={testId}>
          {rows.map((row) => (
            <li key={row.id}>{row.label} · {t('maintenance.faultCount', { count: row.faultCount })} · {t('maintenance.cameraCount', { count: row.cameraCount })}</li>
          ))}
        </ol>
      )}
    </>
  );
}
