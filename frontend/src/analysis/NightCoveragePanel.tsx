import { useTranslation } from 'react-i18next';
import { labelOf } from '../domain/labels';
import { formatNumber, formatPercent } from '../i18n/format';
import type { NightCoverageResult } from './nightApi';

/** Cameras listed as dark at night; the rest are counted. */
export const LISTED_DARK_AT_NIGHT = 50;

/**
 * Black-spot coverage by day and by night, side by side: the totals, each spot's two shares (or only the
 * selected spot's when `onlyBlackSpotId` is given), and the cameras dark during part of the night.
 */
export function NightCoveragePanel({ night, error, onlyBlackSpotId, onSelectCamera, onRequest }: {
  night: NightCoverageResult | null;
  error: string | null;
  /** When given and nothing is measured yet, a button asks for the measure (seconds of work on the server). */
  onRequest?: () => void;
  onlyBlackSpotId?: string | null;
  onSelectCamera?: (cameraId: string) => void;
}) {
  const { t } = useTranslation();
  const share = (covered: number, area: number) => formatPercent(area > 0 ? covered / area : 0) ?? '—';
  const spots = night ? (onlyBlackSpotId ? night.blackSpots.filter((entry) => entry.blackSpot.id === onlyBlackSpotId) : night.blackSpots) : [];
  return (
    <section className="panel-section" aria-labelledby="night-coverage-heading" data-testid="night-coverage">
      <h2 id="night-coverage-heading">{t('night.heading')}</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!night ? (
        !error && (onRequest
          ? <button type="button" data-testid="night-coverage-request" onClick={onRequest}>{t('night.measure')}</button>
          : <p className="muted">{t('night.loading')}</p>)
      ) : (
        <>
          <p className="hint">{t('night.hint', { from: night.night.from, to: night.night.to })}</p>
          {!onlyBlackSpotId && (
            <p data-testid="night-coverage-totals" data-day={night.dayCoveredSquareMeters} data-night={night.nightCoveredSquareMeters}>
              {t('night.totals', { day: share(night.dayCoveredSquareMeters, night.areaSquareMeters), night: share(night.nightCoveredSquareMeters, night.areaSquareMeters) })}
            </p>
          )}
          {spots.length > 0 && (
            <table className="night-table">
              <thead><tr><th>{t('night.spot')}</th><th>{t('night.byDay')}</th><th>{t('night.byNight')}</th></tr></thead>
              <tbody>
                {spots.map((entry) => (
                  <tr key={entry.blackSpot.id} data-testid="night-coverage-spot" data-spot-id={entry.blackSpot.id} data-day={entry.dayCoveredFraction} data-night={entry.nightCoveredFraction}>
                    <td>{entry.blackSpot.name} <span className="muted">({labelOf(entry.blackSpot.requiredLevel)})</span></td>
                    <td>{formatPercent(entry.dayCoveredFraction)}</td>
                    <td className={entry.nightCoveredFraction < entry.dayCoveredFraction ? 'night-drop' : undefined}>{formatPercent(entry.nightCoveredFraction)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!onlyBlackSpotId && (
            <>
              <p data-testid="night-dark-count" data-count={night.camerasDarkAtNight.length}>
                {night.camerasDarkAtNight.length === 0 ? t('night.noneDark') : t('night.dark', { count: night.camerasDarkAtNight.length, total: formatNumber(night.cameraCount, 0) })}
              </p>
              {night.camerasDarkAtNight.length > 0 && (
                <ul className="night-dark-list">
                  {night.camerasDarkAtNight.slice(0, LISTED_DARK_AT_NIGHT).map((entry) => (
                    <li key={entry.camera.id}>
                      {onSelectCamera ? (
                        <button type="button" className="link-button" onClick={() => onSelectCamera(entry.camera.id)}>{entry.camera.code}</button>
                      ) : entry.camera.code}{' '}
                      <span className="muted">
                        {t('night.darkDetail', { from: entry.from, to: entry.to, minutes: formatNumber(entry.darkMinutes, 0), causes: entry.causes.map((cause) => t(`night.cause.${cause}`)).join(', ') })}
                      </span>
                    </li>
                  ))}
                  {night.camerasDarkAtNight.length > LISTED_DARK_AT_NIGHT && <li className="muted">{t('checks.more', { count: formatNumber(night.camerasDarkAtNight.length - LISTED_DARK_AT_NIGHT, 0) })}</li>}
                </ul>
              )}
              {night.camerasWithoutNightLight.length > 0 && (
                <p className="muted" data-testid="night-without-light">{t('night.withoutLight', { count: night.camerasWithoutNightLight.length })}</p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
