import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { DORI_LEVELS } from '../domain/vocabulary';
import { formatArea, formatNumber, formatPercent, NUMBER_LOCALES } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { DORI_COLOURS } from '../map/layers/OverlayLayer';
import type { CameraSelectionMode } from '../map/mapUrlState';
import { fetchCoverageFreshness, fetchCoverageSummary, recomputeCoverage, type AreaSummary, type CoverageFreshness, type CoverageSummary } from './analysisApi';
import { CameraModeToggle } from './BlackSpotPanel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * The zone entries as the summary shows them: a table for each zone that has black spots, the spots in
 * no zone apart (the API gives them as a zone entry without id), and the zones without spots only named.
 */
export function zoneSections(zones: readonly AreaSummary[]): { withSpots: AreaSummary[]; outside: AreaSummary | null; withoutSpots: string[] } {
  const spotCount = (zone: AreaSummary) => zone.levels.reduce((sum, level) => sum + level.blackSpotCount, 0);
  const named = zones.filter((zone) => zone.zoneId !== null && zone.zoneId !== undefined);
  const outside = zones.find((zone) => (zone.zoneId === null || zone.zoneId === undefined) && spotCount(zone) > 0) ?? null;
  return {
    withSpots: named.filter((zone) => spotCount(zone) > 0),
    outside,
    withoutSpots: named.filter((zone) => spotCount(zone) === 0).map((zone) => zone.zoneName ?? '').filter(Boolean),
  };
}

/** City and zone coverage: a table per area and a small bar chart of the covered share per zone. */
export function SummaryPanel({ mode, onMode, refreshKey, canPlan }: { mode: CameraSelectionMode; onMode: (mode: CameraSelectionMode) => void; refreshKey: unknown; canPlan: boolean }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ summary?: CoverageSummary; error?: string }>({});
  const [repairs, setRepairs] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    fetchCoverageSummary(mode, abort.signal).then(
      (summary) => !abort.signal.aborted && setState({ summary }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [mode, refreshKey, repairs]);

  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const summary = state.summary;
    if (!summary || !canvas.current || typeof canvas.current.getContext !== 'function' || !canvas.current.getContext('2d')) return undefined;
    const sections = zoneSections(summary.zones);
    const zones = [...sections.withSpots, ...(sections.outside ? [sections.outside] : [])];
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: zones.map((zone) => zone.zoneName ?? t('analysis.outsideZones')),
        datasets: DORI_LEVELS.map((level) => ({
          label: labelOf(level),
          backgroundColor: DORI_COLOURS[level],
          data: zones.map((zone) => 100 * (zone.levels.find((entry) => entry.level === level)?.coveredFraction ?? 0)),
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, locale: NUMBER_LOCALES[currentLanguage()],
        indexAxis: 'y',
        scales: { x: { min: 0, max: 100, reverse: i18n.dir() === 'rtl', ticks: { callback: (value) => formatPercent(Number(value) / 100) } }, y: { position: i18n.dir() === 'rtl' ? 'right' : 'left' } },
        plugins: { legend: { position: 'bottom', rtl: i18n.dir() === 'rtl', labels: { boxWidth: 10, font: { size: 10 } } }, tooltip: { rtl: i18n.dir() === 'rtl' } },
      },
    });
    return () => chart.destroy();
  }, [state.summary, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="panel-section" aria-labelledby="summary-panel-heading" data-testid="summary-panel">
      <h2 id="summary-panel-heading">{t('analysis.summaryHeading')}</h2>
      <CameraModeToggle mode={mode} onMode={onMode} />
      <FreshnessNote canPlan={canPlan} refreshKey={refreshKey} onRepaired={() => setRepairs((count) => count + 1)} />
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      {state.summary && (
        <>
          <SummaryTable title={t('analysis.city')} area={state.summary.city} testId="summary-city" />
          <figure className="chart-figure">
            <figcaption>{t('analysis.chartTitle')}</figcaption>
            <div className="chart-box"><canvas ref={canvas} role="img" aria-label={t('analysis.chartTitle')} /></div>
          </figure>
          <ZoneTables zones={state.summary.zones} />
        </>
      )}
    </section>
  );
}

function ZoneTables({ zones }: { zones: readonly AreaSummary[] }) {
  const { t } = useTranslation();
  const sections = zoneSections(zones);
  return (
    <>
      {sections.withSpots.map((zone) => <SummaryTable key={zone.zoneId} title={zone.zoneName ?? ''} area={zone} testId="summary-zone" />)}
      {sections.outside && <SummaryTable title={t('analysis.outsideZones')} area={sections.outside} testId="summary-outside-zones" />}
      {sections.withoutSpots.length > 0 && (
        <p className="muted" data-testid="summary-zones-without-spots">{t('analysis.zonesWithoutSpots', { names: sections.withoutSpots.join(', ') })}</p>
      )}
    </>
  );
}

/**
 * Whether the stored coverage behind these figures is current. Edits in Vigie keep it so; data changed
 * around the API (bulk loads, restores, a new DORI ladder) shows here, and a planner can repair it.
 */
function FreshnessNote({ canPlan, refreshKey, onRepaired }: { canPlan: boolean; refreshKey: unknown; onRepaired: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ freshness?: CoverageFreshness; error?: string; busy?: boolean }>({});
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    fetchCoverageFreshness(abort.signal).then(
      (freshness) => !abort.signal.aborted && setState({ freshness }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [refreshKey, checks]);
  if (state.error) return <p className="form-error" role="alert">{state.error}</p>;
  const freshness = state.freshness;
  if (!freshness) return null;
  const stale = freshness.stale;
  const repair = async () => {
    setState((previous) => ({ ...previous, busy: true }));
    try {
      await recomputeCoverage(stale.map((entry) => entry.cameraId));
      onRepaired();
      setChecks((count) => count + 1);
    } catch (error) {
      setState({ error: userMessage(error).message });
    }
  };
  return (
    <div className={stale.length === 0 ? 'muted' : 'warning-note'} data-testid="coverage-freshness" data-stale={stale.length}>
      <p>{stale.length === 0
        ? t('analysis.freshnessCurrent', { count: freshness.checkedCameraCount })
        : t('analysis.freshnessStale', { count: stale.length, codes: stale.slice(0, 8).map((entry) => entry.cameraCode).join(', ') + (stale.length > 8 ? '…' : '') })}</p>
      {stale.length > 0 && (
        <ul className="failure-list">
          {[...new Set(stale.flatMap((entry) => entry.reasons))].map((reason) => (
            <li key={reason}>{t(`analysis.staleReason.${reason}`)}: {formatNumber(stale.filter((entry) => entry.reasons.includes(reason)).length, 0)}</li>
          ))}
        </ul>
      )}
      {stale.length > 0 && canPlan && (
        <button type="button" className="secondary-button" data-testid="coverage-recompute" disabled={state.busy} onClick={() => void repair()}>{t('analysis.freshnessRepair')}</button>
      )}
    </div>
  );
}

function SummaryTable({ title, area, testId }: { title: string; area: AreaSummary; testId?: string }) {
  const { t } = useTranslation();
  return (
    <table className="summary-table" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr><th scope="col">{t('analysis.level')}</th><th scope="col">{t('analysis.spots')}</th><th scope="col">{t('analysis.area')}</th><th scope="col">{t('analysis.coveredShare')}</th><th scope="col">{t('analysis.weighted')}</th></tr>
      </thead>
      <tbody>
        {area.levels.map((level) => (
          <tr key={level.level}>
            <th scope="row">{labelOf(level.level)}</th>
            <td>{formatNumber(level.blackSpotCount, 0)}</td>
            <td>{formatArea(level.areaSquareMeters) ?? '—'}</td>
            <td>{formatPercent(level.coveredFraction)}</td>
            <td>{formatPercent(level.priorityWeightedCoveredFraction) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
