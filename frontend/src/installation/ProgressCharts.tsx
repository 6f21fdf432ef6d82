import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, NUMBER_LOCALES } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A chart.js chart on a canvas, made again when its configuration's inputs change (nothing in jsdom, which has no 2D context). */
function ChartCanvas({ config, dataKey, label, height, testId, onImage }: {
  config: () => ChartConfiguration;
  /** Changes when the data does: the chart is made again then (and on a change of language). */
  dataKey: string;
  label: string;
  height: number;
  testId: string;
  /** The drawn chart as an image (for the printable page). */
  onImage?: (dataUrl: string) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { i18n } = useTranslation();
  const latest = useRef({ config, onImage });
  latest.current = { config, onImage };
  useEffect(() => {
    if (!canvas.current || typeof canvas.current.getContext !== 'function' || !canvas.current.getContext('2d')) return undefined;
    const chart = new Chart(canvas.current, latest.current.config());
    latest.current.onImage?.(chart.toBase64Image());
    return () => chart.destroy();
  }, [dataKey, i18n.language]);
  return (
    <figure className="progress-chart" data-testid={testId}>
      <div style={{ position: 'relative', height }}><canvas ref={canvas} aria-label={label} role="img" /></div>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}

const shortDay = (at: string) => new Intl.DateTimeFormat(NUMBER_LOCALES[currentLanguage()], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(at));

export interface SCurvePoint {
  at: string;
  plannedCount: number;
  actualCount: number;
}

/** The S-curve of a package: installations planned by each date (spread from the start to the due day) against those done. */
export function SCurveChart({ points, total, onImage }: { points: readonly SCurvePoint[]; total: number; onImage?: (dataUrl: string) => void }) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const now = Date.now();
  const config = (): ChartConfiguration => ({
    type: 'line',
    data: {
      labels: points.map((point) => shortDay(point.at)),
      datasets: [
        { label: t('packages.planned'), borderColor: '#9e9e9e', borderDash: [4, 4], pointRadius: 0, data: points.map((point) => point.plannedCount) },
        // Actual installations up to now only (the planned line goes on to the due day).
        { label: t('packages.actual'), borderColor: '#1565c0', pointRadius: 2, data: points.map((point) => (Date.parse(point.at) <= now ? point.actualCount : null)) },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, locale: NUMBER_LOCALES[currentLanguage()],
      scales: { x: { reverse: rtl }, y: { min: 0, suggestedMax: total, position: rtl ? 'right' : 'left', ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom', rtl, labels: { boxWidth: 10, font: { size: 10 } } }, tooltip: { rtl } },
    },
  });
  return <ChartCanvas config={config} dataKey={JSON.stringify([points, total])} label={t('packages.sCurve')} height={180} testId="s-curve" onImage={onImage} />;
}

export interface BreakdownRow {
  label: string;
  assetCount: number;
  installedCount: number;
  lateCount: number;
  liveCoveredFraction: number;
  designCoveredFraction: number;
}

/** Installed and late shares per contractor or per zone, as horizontal bars. */
export function BreakdownChart({ rows, title, testId }: { rows: readonly BreakdownRow[]; title: string; testId: string }) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const share = (count: number, of: number) => (of ? (100 * count) / of : 0);
  const config = (): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: rows.map((row) => row.label),
      datasets: [
        { label: t('packages.installedShare'), backgroundColor: '#1565c0', data: rows.map((row) => share(row.installedCount, row.assetCount)) },
        { label: t('packages.lateShare'), backgroundColor: '#c62828', data: rows.map((row) => share(row.lateCount, row.assetCount)) },
        { label: t('packages.liveShare'), backgroundColor: '#2e7d32', data: rows.map((row) => (row.designCoveredFraction ? (100 * row.liveCoveredFraction) / row.designCoveredFraction : 0)) },
      ],
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false, locale: NUMBER_LOCALES[currentLanguage()],
      scales: { x: { min: 0, max: 100, reverse: rtl, ticks: { callback: (value) => formatPercent(Number(value) / 100) } }, y: { position: rtl ? 'right' : 'left', ticks: { font: { size: 10 } } } },
      plugins: { legend: { position: 'bottom', rtl, labels: { boxWidth: 10, font: { size: 10 } } }, tooltip: { rtl } },
    },
  });
  return (
    <>
      <ChartCanvas config={config} dataKey={JSON.stringify(rows)} label={title} height={Math.max(120, 34 * rows.length + 60)} testId={testId} />
      <table className="compact breakdown-table" data-testid={`${testId}-table`}>
        <thead><tr><th>{title}</th><th>{t('packages.installedShare')}</th><th>{t('packages.lateShare')}</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}><td>{row.label}</td><td>{row.installedCount} / {row.assetCount}</td><td>{row.lateCount}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
