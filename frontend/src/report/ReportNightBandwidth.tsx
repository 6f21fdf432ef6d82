import { useTranslation } from 'react-i18next';
import { labelOf } from '../domain/labels';
import { formatArea, formatDistance, formatNumber, formatPercent } from '../i18n/format';
import type { DesignReportData, ReportBandwidth, ReportNight } from './designReportApi';

/** An analysis of the report asked apart: its answer, or why there is none. */
export type Part<T> = { value: T } | { error: string };

const terminatesAtCode = (link: object): string | null => ('terminatesAt' in link ? (link.terminatesAt as { code?: string | null } | null)?.code ?? null : null);
const mbps = (value: number) => formatNumber(value, value < 100 ? 1 : 0);
const terabytes = (value: number) => formatNumber(value, 1);

/**
 * Night coverage of the report's black spots (by day and by night side by side) and of its scheduled
 * cameras: how far each sees at night, and those dark during part of the night and why (switched
 * street lighting off, a grid outage longer than the UPS, no infrared or white light).
 */
export function ReportNightSection({ report, night }: { report: DesignReportData; night: Part<ReportNight> }) {
  const { t } = useTranslation();
  return (
    <section className="report-section report-page" data-testid="report-night">
      <h2>{t('report.night.heading')}</h2>
      {'error' in night ? <p role="alert">{t('report.partError', { message: night.error })}</p> : <NightBody report={report} night={night.value} />}
    </section>
  );
}

function NightBody({ report, night }: { report: DesignReportData; night: ReportNight }) {
  const { t } = useTranslation();
  const spotById = new Map(night.blackSpots.map((entry) => [entry.blackSpot.id, entry]));
  const spots = report.blackSpots.flatMap(({ blackSpot }) => {
    const entry = spotById.get(blackSpot.id);
    return entry ? [{ blackSpot, entry }] : [];
  });
  const total = spots.reduce(
    (sum, { entry }) => ({ area: sum.area + entry.areaSquareMeters, day: sum.day + entry.dayCoveredSquareMeters, night: sum.night + entry.nightCoveredSquareMeters }),
    { area: 0, day: 0, night: 0 },
  );
  const darkById = new Map(night.camerasDarkAtNight.map((entry) => [entry.camera.id, entry]));
  const unlit = new Set(night.camerasWithoutNightLight.map((camera) => camera.id));
  const darkCount = report.cameras.filter((camera) => darkById.has(camera.id) || unlit.has(camera.id)).length;
  return (
    <>
      <p>{t('report.night.hint', { from: night.night.from, to: night.night.to })}</p>
      <p data-testid="report-night-totals">
        {t('report.night.totals', {
          day: formatPercent(total.area ? total.day / total.area : 0), night: formatPercent(total.area ? total.night / total.area : 0),
          dayArea: formatArea(total.day), nightArea: formatArea(total.night),
        })}
      </p>
      <table className="report-table">
        <thead><tr><th>{t('field.code')}</th><th>{t('field.name')}</th><th>{t('field.requiredLevel')}</th><th>{t('field.area')}</th><th>{t('report.night.byDay')}</th><th>{t('report.night.byNight')}</th></tr></thead>
        <tbody>
          {spots.map(({ blackSpot, entry }) => (
            <tr key={blackSpot.id} className={entry.nightCoveredFraction < entry.dayCoveredFraction - 0.005 ? 'report-warning' : undefined}>
              <td>{blackSpot.code}</td><td>{blackSpot.name}</td><td>{labelOf(blackSpot.requiredLevel)}</td><td>{formatArea(entry.areaSquareMeters)}</td>
              <td>{formatPercent(entry.dayCoveredFraction)}</td><td>{formatPercent(entry.nightCoveredFraction)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('report.night.camerasHeading')}</h3>
      <p>{darkCount === 0 ? t('report.night.noneDark') : t('report.night.dark', { count: darkCount, total: report.cameras.length })}</p>
      <table className="report-table" data-testid="report-night-cameras">
        <thead><tr><th>{t('field.code')}</th><th>{t('field.model')}</th><th>{t('report.night.irRange')}</th><th>{t('report.night.whiteLight')}</th><th>{t('report.night.atNight')}</th></tr></thead>
        <tbody>
          {report.cameras.map((camera) => {
            const dark = darkById.get(camera.id);
            const ir = camera.model.irRangeMeters ?? null;
            const white = camera.model.whiteLightRangeMeters ?? null;
            const reach = Math.max(ir ?? 0, white ?? 0);
            const reasons: string[] = [];
            if (unlit.has(camera.id) || reach <= 0) reasons.push(t('report.night.noLight'));
            if (dark) reasons.push(t('report.night.darkDetail', { from: dark.from, to: dark.to, minutes: dark.darkMinutes, causes: dark.causes.map((cause) => t(`night.cause.${cause}`)).join(', ') }));
            return (
              <tr key={camera.id} className={reasons.length ? 'report-warning' : undefined}>
                <td>{camera.code}</td><td>{camera.model.code}</td><td>{formatDistance(ir) ?? '—'}</td><td>{formatDistance(white) ?? '—'}</td>
                <td>{reasons.length ? reasons.join('; ') : t('report.night.seesUpTo', { distance: formatDistance(reach) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/**
 * Bandwidth and storage of the design as planned (the control centre records the whole city, whatever
 * the report's scope): each camera's stream per model and codec, terabytes for the retention with and
 * without RAID, now and as planned, and the links over capacity.
 */
export function ReportBandwidthSection({ report, bandwidth }: { report: DesignReportData; bandwidth: Part<ReportBandwidth> }) {
  const { t } = useTranslation();
  return (
    <section className="report-section report-page" data-testid="report-bandwidth">
      <h2>{t('report.bandwidth.heading')}</h2>
      {'error' in bandwidth ? <p role="alert">{t('report.partError', { message: bandwidth.error })}</p> : <BandwidthBody report={report} bandwidth={bandwidth.value} />}
    </section>
  );
}

function BandwidthBody({ report, bandwidth }: { report: DesignReportData; bandwidth: ReportBandwidth }) {
  const { t } = useTranslation();
  const { settings } = bandwidth;
  const links = bandwidth.links.filter((link) => link.overSubscribed);
  return (
    <>
      {report.scopeKind !== 'city' && <p>{t('report.bandwidth.wholeCity')}</p>}
      <p>
        {t('bandwidth.settings', {
          profile: bandwidth.recordingProfile?.name ?? t('bandwidth.defaults'), days: settings.retentionDays, mode: t(`bandwidth.mode.${settings.recordingMode}`),
          fps: formatNumber(settings.framesPerSecond, 0), raid: formatNumber(settings.raidOverheadPercent, 0),
        })}
      </p>
      <h3>{t('report.bandwidth.storageHeading')}</h3>
      <table className="report-table" data-testid="report-storage">
        <thead><tr><th /><th>{t('bandwidth.cameras')}</th><th>{t('bandwidth.stream')}</th><th>{t('bandwidth.net')}</th><th>{t('bandwidth.raw')}</th></tr></thead>
        <tbody>
          {(['now', 'planned'] as const).map((key) => (
            <tr key={key}>
              <th scope="row">{t(`bandwidth.${key}`)}</th><td>{formatNumber(bandwidth[key].cameraCount, 0)}</td>
              <td>{t('bandwidth.mbps', { value: mbps(bandwidth[key].meanRecordedMbps) })}</td>
              <td>{t('bandwidth.tb', { value: terabytes(bandwidth[key].netTerabytes) })}</td><td>{t('bandwidth.tb', { value: terabytes(bandwidth[key].rawTerabytes) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('report.bandwidth.streamsHeading')}</h3>
      <table className="report-table">
        <thead><tr><th>{t('field.model')}</th><th>{t('report.bandwidth.codec')}</th><th>{t('bandwidth.cameras')}</th><th>{t('report.bandwidth.perCameraDay')}</th><th>{t('report.bandwidth.perCameraNight')}</th><th>{t('report.bandwidth.total')}</th></tr></thead>
        <tbody>
          {bandwidth.byModel.map((line) => (
            <tr key={`${line.modelCode}-${line.codec}`}>
              <td>{line.modelCode}</td><td>{labelOf(line.codec)}</td><td>{formatNumber(line.cameraCount, 0)}</td>
              <td>{t('bandwidth.mbps', { value: mbps(line.dayMbps) })}</td><td>{t('bandwidth.mbps', { value: mbps(line.nightMbps) })}</td>
              <td>{t('bandwidth.mbps', { value: mbps(line.totalMeanMbps) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('report.bandwidth.linksHeading')}</h3>
      <p data-testid="report-links-summary">
        {bandwidth.overSubscribedCount === 0
          ? t('bandwidth.noneOver', { count: bandwidth.linkCount })
          : t('bandwidth.over', { count: bandwidth.overSubscribedCount, total: bandwidth.linkCount })}
      </p>
      <table className="report-table">
        <thead><tr><th>{t('report.bandwidth.link')}</th><th>{t('bandwidth.cameras')}</th><th>{t('report.bandwidth.load')}</th><th>{t('report.bandwidth.utilization')}</th></tr></thead>
        <tbody>
          {[...bandwidth.ingest, ...links].map((link) => (
            <tr key={`${link.kind}-${link.element.id}`} className={link.overSubscribed ? 'report-warning' : undefined}>
              <td>{t(`bandwidth.linkKind.${link.kind}`)} {link.element.code ?? link.element.id.slice(0, 8)}{terminatesAtCode(link) ? ` → ${terminatesAtCode(link)}` : ''}</td>
              <td>{formatNumber(link.cameraCount, 0)}</td>
              <td>{t('bandwidth.load', { load: mbps(link.loadMbps), capacity: mbps(link.capacityMbps) })}</td>
              <td>{formatPercent(link.utilization)}{link.overSubscribed ? ` · ${t('bandwidth.overSubscribed')}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
