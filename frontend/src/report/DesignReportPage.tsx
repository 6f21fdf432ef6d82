import type { MultiPolygon, Polygon } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../app/appConfigQuery';
import { labelOf } from '../domain/labels';
import { formatAmount, formatArea, formatDistance, formatMad, formatNumber, formatPercent } from '../i18n/format';
import { setLanguage } from '../i18n/i18n';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import type { BuildingNode } from '../map/layers/buildingsQuery';
import { fetchDesignReport, fetchReportBandwidth, fetchReportBuildings, fetchReportNight, type DesignReportData, type ReportBandwidth, type ReportNight } from './designReportApi';
import { ReportBandwidthSection, ReportNightSection, type Part } from './ReportNightBandwidth';
import { reportHash, type Paper, type ReportRoute } from './reportRoute';
import { ReportSpotMap } from './ReportSpotMap';
import './report.css';

type Extras = { night: Part<ReportNight>; bandwidth: Part<ReportBandwidth> };
type State = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'loaded'; report: DesignReportData; buildings: BuildingNode[] } & Extras);

const partOf = <T,>(promise: Promise<T>): Promise<Part<T>> =>
  promise.then((value) => ({ value }), (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));

/** The bbox of every black spot of the report, for the basemap's buildings. */
function bboxOfSpots(report: DesignReportData): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const { blackSpot } of report.blackSpots) {
    for (const [lon, lat] of (blackSpot.boundary as Polygon).coordinates[0]) {
      box = box ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)] : [lon, lat, lon, lat];
    }
  }
  return box && [box[0] - 0.002, box[1] - 0.002, box[2] + 0.002, box[3] + 0.002];
}

/**
 * The printable design report (issue 13): cover, a map of each black spot, coverage by level, the camera
 * schedule, each camera's network path and optical budget, night coverage and bandwidth/storage (issue 14),
 * the bill against the budget, assumptions.
 * One page of the map's front end at `#report&scope=...&paper=a4|a3`; the browser prints it (@page).
 */
export function DesignReportPage({ route, config }: { route: ReportRoute; config: AppConfig }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [paper, setPaper] = useState<Paper>(route.paper);
  const forceOffline = /(^|[?&#])tiles=off/.test(`${window.location.search}${window.location.hash}`);
  useEffect(() => {
    document.documentElement.classList.add('report-mode');
    return () => document.documentElement.classList.remove('report-mode');
  }, []);
  useEffect(() => {
    if (route.language && route.language !== i18n.language) void setLanguage(route.language);
  }, [route.language, i18n]);
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    // Night coverage and bandwidth are analyses of their own, asked alongside: a failure of one leaves its section saying so.
    const extras = Promise.all([partOf(fetchReportNight()), partOf(fetchReportBandwidth())]);
    fetchDesignReport(route.scope)
      .then(async (report) => {
        const bbox = bboxOfSpots(report);
        const buildings = bbox ? await fetchReportBuildings(bbox).catch(() => []) : [];
        const [night, bandwidth] = await extras;
        if (!cancelled) setState({ status: 'loaded', report, buildings, night, bandwidth });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [route.scope.kind, route.scope.id]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const hash = `#${reportHash({ ...route, paper, language: undefined })}`;
    if (window.location.hash !== hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [paper, route]);
  return (
    <div className={`design-report paper-${paper}`} data-testid="design-report" data-ready={state.status === 'loaded' ? 'true' : 'false'}>
      <style>{`@page { size: ${paper === 'a3' ? 'A3' : 'A4'} portrait; margin: 12mm; }`}</style>
      <div className="report-toolbar no-print">
        <a href="#" className="report-back">{t('report.backToMap')}</a>
        <label>
          {t('report.paper')}{' '}
          <select value={paper} onChange={(event) => setPaper(event.currentTarget.value === 'a3' ? 'a3' : 'a4')} data-testid="report-paper">
            <option value="a4">A4</option>
            <option value="a3">A3</option>
          </select>
        </label>
        <LanguageSwitcher />
        <button type="button" onClick={() => window.print()} disabled={state.status !== 'loaded'}>{t('report.print')}</button>
      </div>
      {state.status === 'loading' && <p>{t('app.loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('report.loadError', { message: state.message })}</p>}
      {state.status === 'loaded' && <ReportBody report={state.report} buildings={state.buildings} extras={state} config={config} forceOffline={forceOffline} />}
    </div>
  );
}

function ReportBody({ report, buildings, extras, config, forceOffline }: { report: DesignReportData; buildings: BuildingNode[]; extras: Extras; config: AppConfig; forceOffline: boolean }) {
  const { t, i18n } = useTranslation();
  const cameraById = useMemo(() => new Map(report.cameras.map((camera) => [camera.id, camera])), [report.cameras]);
  const generated = new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar-MA-u-nu-latn' : i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(report.generatedAt));
  const scopeTitle = report.scopeKind === 'city' ? t('report.scope.city', { name: report.scopeName }) : t(`report.scope.${report.scopeKind}`, { code: report.scopeCode, name: report.scopeName });
  const yesNo = (value: boolean | null | undefined) => (value == null ? '—' : value ? t('field.yes') : t('field.no'));
  return (
    <>
      <section className="report-cover report-page">
        <p className="report-deployment">{report.deploymentName}</p>
        <h1>{t('report.title')}</h1>
        <p className="report-scope" data-testid="report-scope">{scopeTitle}</p>
        <p className="report-date">{t('report.generatedAt', { date: generated })}</p>
        <dl className="report-key-figures">
          <dt>{t('report.figures.blackSpots')}</dt><dd>{report.blackSpots.length}</dd>
          <dt>{t('report.figures.cameras')}</dt><dd>{report.cameras.length}</dd>
          <dt>{t('report.figures.total')}</dt><dd>{formatMad(report.bill.totalBeforeTaxMad)}</dd>
          <dt>{t('report.figures.budgetUsed')}</dt><dd>{formatPercent(report.budgetUsedFraction)}</dd>
        </dl>
      </section>

      <section className="report-section report-page">
        <h2>{t('report.coverageHeading')}</h2>
        <table className="report-table">
          <thead><tr><th>{t('field.requiredLevel')}</th><th>{t('report.col.spots')}</th><th>{t('field.area')}</th><th>{t('report.col.covered')}</th><th>{t('report.col.uncovered')}</th><th>{t('report.col.coveredShare')}</th><th>{t('report.col.priorityWeighted')}</th><th>{t('report.col.fullyCovered')}</th></tr></thead>
          <tbody>
            {report.coverageByLevel.map((level) => (
              <tr key={level.level}>
                <td>{labelOf(level.level)}</td><td>{level.blackSpotCount}</td><td>{formatArea(level.areaSquareMeters)}</td><td>{formatArea(level.coveredAreaSquareMeters)}</td>
                <td>{formatArea(level.uncoveredAreaSquareMeters)}</td><td>{formatPercent(level.coveredFraction)}</td><td>{formatPercent(level.priorityWeightedCoveredFraction)}</td><td>{level.fullyCoveredCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report-table">
          <thead><tr><th>{t('field.code')}</th><th>{t('field.name')}</th><th>{t('field.priority')}</th><th>{t('field.requiredLevel')}</th><th>{t('field.area')}</th><th>{t('report.col.coveredShare')}</th><th>{t('report.col.uncovered')}</th><th>{t('report.col.cameras')}</th></tr></thead>
          <tbody>
            {report.blackSpots.map(({ blackSpot, coverage }) => (
              <tr key={blackSpot.id}>
                <td>{blackSpot.code}</td><td>{blackSpot.name}</td><td>{blackSpot.priority}</td><td>{labelOf(coverage.requiredLevel)}</td><td>{formatArea(coverage.areaSquareMeters)}</td>
                <td>{formatPercent(coverage.coveredFraction)}</td><td>{formatArea(Math.max(0, coverage.areaSquareMeters - coverage.coveredAreaSquareMeters))}</td>
                <td>{coverage.contributingCameraIds.map((id) => cameraById.get(id)?.code ?? '?').join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section">
        <h2>{t('report.spotsHeading')}</h2>
        <p className="report-legend">
          <span className="legend-swatch legend-fov" /> {t('report.legend.fieldOfView')} <span className="legend-swatch legend-uncovered" /> {t('report.legend.uncovered')}{' '}
          <span className="legend-swatch legend-outline" /> {t('report.legend.outline')}
        </p>
        {report.blackSpots.map(({ blackSpot, coverage }) => {
          const cameras = coverage.contributingCameraIds.flatMap((id) => {
            const camera = cameraById.get(id);
            if (!camera) return [];
            const area = (camera.coverage.find((entry) => entry.level === coverage.requiredLevel)?.area as MultiPolygon | undefined) ?? null;
            return [{ id: camera.id, code: camera.code, location: camera.location as { coordinates: number[] }, area }];
          });
          return (
            <article className="report-spot" key={blackSpot.id} data-testid="report-spot">
              <h3>{blackSpot.code} · {blackSpot.name}</h3>
              <p>
                {t('report.spotLine', {
                  priority: blackSpot.priority, level: labelOf(coverage.requiredLevel), covered: formatPercent(coverage.coveredFraction),
                  uncovered: formatArea(Math.max(0, coverage.areaSquareMeters - coverage.coveredAreaSquareMeters)),
                })}{' '}
                {cameras.length ? t('report.spotCameras', { codes: cameras.map((camera) => camera.code).join(', ') }) : t('report.spotNoCamera')}
              </p>
              <ReportSpotMap
                boundary={blackSpot.boundary as Polygon}
                uncovered={coverage.uncovered as MultiPolygon}
                cameras={cameras}
                buildings={buildings}
                config={config}
                forceOffline={forceOffline}
                label={t('report.mapLabel', { code: blackSpot.code })}
              />
            </article>
          );
        })}
      </section>

      <section className="report-section report-page">
        <h2>{t('report.scheduleHeading')}</h2>
        <table className="report-table" data-testid="report-schedule">
          <thead><tr><th>{t('field.code')}</th><th>{t('field.pole')}</th><th>{t('field.model')}</th><th>{t('report.col.lens')}</th><th>{t('field.mountHeight')}</th><th>{t('field.heading')}</th><th>{t('field.tilt')}</th><th>{t('field.status')}</th><th>{t('field.existing')}</th></tr></thead>
          <tbody>
            {report.cameras.map((camera) => (
              <tr key={camera.id}>
                <td>{camera.code}</td>
                <td>{camera.pole ? `${camera.pole.code} (${labelOf(camera.pole.kind)})` : t('field.freeMount')}</td>
                <td>{camera.model.code}</td>
                <td>{camera.focalLengthMm != null ? `${formatNumber(camera.focalLengthMm)} ${t('units.millimeters')} · ` : ''}{formatNumber(camera.horizontalFieldOfViewDegrees)}{t('units.degrees')}</td>
                <td>{formatDistance(camera.mountHeightMeters)}</td>
                <td>{formatNumber(camera.headingDegrees)}{t('units.degrees')}</td>
                <td>{formatNumber(camera.tiltDegrees)}{t('units.degrees')}</td>
                <td>{labelOf(camera.status)}</td>
                <td>{yesNo(camera.existing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section report-page">
        <h2>{t('report.networkHeading')}</h2>
        <table className="report-table report-network" data-testid="report-network">
          <thead><tr><th>{t('field.code')}</th><th>{t('report.col.path')}</th><th>{t('field.length')}</th><th>{t('report.col.loss')}</th><th>{t('report.col.budget')}</th><th>{t('report.col.margin')}</th><th>{t('report.col.power')}</th></tr></thead>
          <tbody>
            {report.networkPaths.map((path) => (
              <tr key={path.cameraId} className={path.withinBudget === false || !path.connected ? 'report-warning' : undefined}>
                <td>{path.cameraCode}</td>
                <td>{path.connected ? path.elements.map((element) => element.code ?? '?').join(' → ') : t('report.noPath')}</td>
                <td>{formatDistance(path.lengthMeters) ?? '—'}</td>
                <td>{path.opticalLossDb != null ? `${formatNumber(path.opticalLossDb, 2)} dB (${t('report.lossParts', { attenuation: formatNumber(path.attenuationLossDb ?? 0, 2), splices: path.splices ?? 0, splice: formatNumber(path.spliceLossDb ?? 0, 2), connectors: formatNumber(path.connectorLossDb ?? 0, 2) })})` : '—'}</td>
                <td>{path.budgetDb != null ? `${formatNumber(path.budgetDb, 1)} dB` : '—'}</td>
                <td>{path.marginDb != null ? `${formatNumber(path.marginDb, 2)} dB${path.withinBudget ? '' : ` · ${t('report.overBudget')}`}` : '—'}</td>
                <td>{path.powered ? `${path.powerSource?.code ?? '?'}${path.darkByDay ? ` · ${t('report.darkByDay', { from: path.darkByDay.from, to: path.darkByDay.to })}` : ''}` : t('report.noPower')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <ReportNightSection report={report} night={extras.night} />

      <ReportBandwidthSection report={report} bandwidth={extras.bandwidth} />

      <section className="report-section report-page">
        <h2>{t('report.billHeading')}</h2>
        <table className="report-table" data-testid="report-bill">
          <thead><tr><th>{t('bill.column.part')}</th><th>{t('bill.column.category')}</th><th>{t('bill.column.item')}</th><th>{t('bill.column.unit')}</th><th>{t('bill.column.quantity')}</th><th>{t('bill.column.unitPrice')}</th><th>{t('bill.column.amount')}</th></tr></thead>
          <tbody>
            {report.bill.lines.map((line, index) => (
              <tr key={index}>
                <td>{t(`bill.part.${line.part}`)}</td><td>{t(`bill.category.${line.category}`)}</td><td>{line.item}</td><td>{t(`bill.unit.${line.unit}`)}</td>
                <td>{formatNumber(line.quantity)}</td><td>{formatAmount(line.unitCostMad)}</td><td>{formatAmount(line.totalMad)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="report-totals">
          <dt>{t('bill.supply')}</dt><dd>{formatMad(report.bill.supplyBeforeTaxMad)}</dd>
          <dt>{t('bill.installation')}</dt><dd>{formatMad(report.bill.installationBeforeTaxMad)}</dd>
          <dt>{t('bill.totalBeforeTax')}</dt><dd data-testid="report-total">{formatMad(report.bill.totalBeforeTaxMad)}</dd>
          <dt>{t('bill.vat', { rate: formatPercent(report.vatRate) })}</dt><dd>{formatMad(report.bill.vatMad)}</dd>
          <dt>{t('bill.totalWithTax')}</dt><dd>{formatMad(report.bill.totalWithTaxMad)}</dd>
          <dt>{t('bill.budget')}</dt><dd>{formatMad(report.budgetBeforeTaxMad)}</dd>
          <dt>{t('report.figures.budgetUsed')}</dt><dd>{formatPercent(report.budgetUsedFraction)}</dd>
        </dl>
        {report.bill.existing.length > 0 && (
          <>
            <h3>{t('bill.existingHeading')}</h3>
            <table className="report-table">
              <thead><tr><th>{t('bill.column.category')}</th><th>{t('bill.column.item')}</th><th>{t('bill.column.unit')}</th><th>{t('bill.column.quantity')}</th></tr></thead>
              <tbody>
                {report.bill.existing.map((line, index) => (
                  <tr key={index}><td>{labelOf(line.category)}</td><td>{line.item}</td><td>{t(`bill.unit.${line.unit}`)}</td><td>{formatNumber(line.quantity)}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section className="report-section report-page">
        <h2>{t('report.assumptionsHeading')}</h2>
        <h3>{t('report.doriHeading')}</h3>
        <table className="report-table">
          <thead><tr><th>{t('field.requiredLevel')}</th><th>{t('report.col.pixelsPerMeter')}</th><th>{t('report.col.targetHeight')}</th></tr></thead>
          <tbody>
            {report.doriLadder.map((rung) => (
              <tr key={rung.level}><td>{labelOf(rung.level)}</td><td>{formatNumber(rung.pixelsPerMeter)}</td><td>{formatDistance(rung.targetHeightMeters)}</td></tr>
            ))}
          </tbody>
        </table>
        <p>{t('report.doriNote')}</p>
        <h3>{t('report.pricesHeading')}</h3>
        <table className="report-table report-prices">
          <thead><tr><th>{t('report.col.parameter')}</th><th>{t('bill.column.item')}</th><th>{t('bill.column.unitPrice')}</th></tr></thead>
          <tbody>
            {report.unitCosts.map((cost) => (
              <tr key={`${cost.parameter}-${cost.item ?? ''}`}><td>{cost.parameter}</td><td>{cost.item ?? '—'}</td><td>{formatAmount(cost.valueMad)}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
