import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { formatDistance, formatPercent, NUMBER_LOCALES } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { fetchMyWork, fetchPackageCsv, fetchProgrammeSeries, fetchWorkPackagesProgress, moveAssetStatus, type MyWorkItem, type ProgressPoint } from './installationApi';
import { PackageDetails, PackageForm, ProgressBreakdown, type MapHooks } from './Packages';
import './workMessages';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

type Position = { longitude: number; latitude: number; accuracyMeters: number };

/** A due day (YYYY-MM-DD) in the user's language, as that calendar day. */
function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(NUMBER_LOCALES[currentLanguage()], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The device position when the browser grants it (asked once when the tab opens); null otherwise. */
function useDevicePosition(): { position: Position | null; locating: boolean } {
  const [state, setState] = useState<{ position: Position | null; locating: boolean }>({ position: null, locating: true });
  useEffect(() => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setState({ position: null, locating: false });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (found) => setState({ position: { longitude: found.coords.longitude, latitude: found.coords.latitude, accuracyMeters: found.coords.accuracy }, locating: false }),
      () => setState({ position: null, locating: false }),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  }, []);
  return state;
}

/** "My work" for a contractor (phone first): the open packages' assets by due date, distance, and the two installation steps. */
export function MyWorkPanel({ onItems, onShow, onMoved, refreshKey }: {
  /** After a step taken from the list (the map reloads the asset). */
  onMoved?: () => void;
  /** The list as loaded (the map rings these assets). */
  onItems?: (items: MyWorkItem[]) => void;
  /** Selects the asset on the map (and flies there). */
  onShow?: (item: MyWorkItem) => void;
  /** Changes when the assets changed elsewhere (a step taken from the map's details). */
  refreshKey?: unknown;
} = {}) {
  const { t } = useTranslation();
  const { position, locating } = useDevicePosition();
  const [state, setState] = useState<{ items?: MyWorkItem[]; error?: string }>({});
  const [reload, setReload] = useState(0);
  const [nearestFirst, setNearestFirst] = useState(false);
  useEffect(() => {
    if (locating) return undefined;
    const abort = new AbortController();
    fetchMyWork(position, abort.signal).then(
      (items) => {
        if (abort.signal.aborted) return;
        setState({ items });
        onItems?.(items);
      },
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [position, locating, reload, refreshKey]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="panel-section" aria-labelledby="my-work-heading" data-testid="my-work-panel">
      <h2 id="my-work-heading">{t('work.myWorkHeading')}</h2>
      <p className="muted">{locating ? t('work.locating') : position ? t('work.sortedByDistance') : t('work.noPosition')}</p>
      {onItems && state.items && state.items.length > 0 && <p className="muted">{t('packages.mapNote')}</p>}
      {position && (
        <label className="inline-field">
          <input type="checkbox" checked={nearestFirst} onChange={(event) => setNearestFirst(event.target.checked)} data-testid="nearest-first" /> {t('packages.nearest')}
        </label>
      )}
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      {state.items && state.items.length === 0 && <p className="muted">{t('work.nothing')}</p>}
      <ul className="work-list">
        {(nearestFirst ? nearestFirstOrder(state.items ?? []) : state.items)?.map((item) => (
          <WorkItem key={`${item.assetType}:${item.assetId}`} item={item} position={position} onMoved={() => { setReload((count) => count + 1); onMoved?.(); }} onShow={onShow} />
        ))}
      </ul>
    </section>
  );
}

const FINISHED = new Set(['installed', 'commissioned', 'out_of_service', 'decommissioned']);

/** What is still to do first, then by distance from the user (the API's order: by due date, then distance). */
export function nearestFirstOrder(items: readonly MyWorkItem[]): MyWorkItem[] {
  return [...items].sort((a, b) => Number(FINISHED.has(a.status)) - Number(FINISHED.has(b.status))
    || (a.distanceMeters ?? Infinity) - (b.distanceMeters ?? Infinity) || a.code.localeCompare(b.code));
}

function WorkItem({ item, position, onMoved, onShow }: { item: MyWorkItem; position: Position | null; onMoved: () => void; onShow?: (item: MyWorkItem) => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const move = async (toStatus: 'in_progress' | 'installed') => {
    setBusy(true);
    setError(null);
    try {
      await moveAssetStatus({
        assetType: item.assetType, assetId: item.assetId, toStatus, expectedVersion: item.version, comment: comment.trim() || null,
        longitude: position?.longitude ?? null, latitude: position?.latitude ?? null, accuracyMeters: position?.accuracyMeters ?? null,
      });
      setComment('');
      onMoved();
    } catch (caught) {
      setError(userMessage(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const canStart = item.status === 'approved';
  const canInstall = item.status === 'approved' || item.status === 'in_progress';
  return (
    <li className={`work-item${item.late ? ' late' : ''}`} data-testid={`work-item-${item.code}`}>
      <div className="work-item-head">
        {onShow ? (
          <a href={`#sel=${item.assetType}:${item.assetId}`} className="link-button" data-testid={`show-${item.code}`} aria-label={t('packages.showOnMap', { code: item.code })}
            onClick={(event) => { event.preventDefault(); onShow(item); }}><strong>{item.code}</strong></a>
        ) : <strong>{item.code}</strong>}{' '}
        <span className="muted">{labelOf(item.assetType)}</span>
        {item.late && <span className="badge badge-late">{t('work.late')}</span>}
      </div>
      <div className="work-item-facts">
        <span>{labelOf(item.status)}</span>
        <span>{t('work.due', { date: formatDay(item.dueOn) })}</span>
        {item.distanceMeters !== null && item.distanceMeters !== undefined && <span>{formatDistance(item.distanceMeters)}</span>}
        <span className="muted">{item.workPackageCode}</span>
      </div>
      {(canStart || canInstall) && (
        <div className="work-item-actions">
          <label className="visually-hidden" htmlFor={`comment-${item.assetId}`}>{t('work.comment')}</label>
          <input id={`comment-${item.assetId}`} type="text" maxLength={2000} placeholder={t('work.comment')} value={comment} onChange={(event) => setComment(event.target.value)} />
          {canStart && <button type="button" disabled={busy} onClick={() => void move('in_progress')}>{t('work.start')}</button>}
          {canInstall && <button type="button" disabled={busy} onClick={() => void move('installed')}>{t('work.markInstalled')}</button>}
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </li>
  );
}

const DONE = new Set(['installed', 'commissioned', 'out_of_service']);

/** Work packages with progress bars (installed share), the programme's live coverage, and each package's CSV. */
export function PackagesPanel({ map, canEdit = false, refreshKey }: { map?: MapHooks; canEdit?: boolean; refreshKey?: unknown } = {}) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ data?: Awaited<ReturnType<typeof fetchWorkPackagesProgress>>; error?: string }>({});
  const [reload, setReload] = useState(0);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchWorkPackagesProgress(abort.signal).then(
      (data) => !abort.signal.aborted && setState({ data }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [reload, refreshKey]);
  // Assets changed on the map (a step, a commissioning): the figures and the chart are asked again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => setGeneration((value) => value + 1), [refreshKey]);
  const changed = useCallback(() => setReload((value) => value + 1), []);
  const download = async (id: string, code: string) => {
    const csv = await fetchPackageCsv(id);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `${code}-progress.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const programme = state.data?.programme;
  return (
    <section className="panel-section" aria-labelledby="packages-heading" data-testid="packages-panel">
      <h2 id="packages-heading">{t('work.packagesHeading')}</h2>
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      {programme && (
        <p data-testid="programme-progress">
          {t('work.programme', {
            installed: programme.installedCount, total: programme.assetCount, late: programme.lateCount,
            live: formatPercent(programme.coverage.liveCoveredFraction), design: formatPercent(programme.coverage.designCoveredFraction),
          })}
        </p>
      )}
      <ProgressChart key={`${reload}-${generation}`} />
      <ProgressBreakdown refreshKey={`${reload}-${generation}`} />
      {canEdit && !creating && <button type="button" className="primary-button" onClick={() => setCreating(true)} data-testid="package-new">{t('packages.newButton')}</button>}
      {creating && (
        <PackageForm onCancel={() => setCreating(false)} onSaved={(saved) => { setCreating(false); setOpenId(saved.id); changed(); }} />
      )}
      <ul className="work-list">
        {state.data?.workPackages.nodes.map((workPackage) => {
          const done = workPackage.assets.filter((asset) => DONE.has(asset.status)).length;
          const share = workPackage.assetCount ? done / workPackage.assetCount : 0;
          return (
            <li key={workPackage.id} className="work-item" data-testid={`package-${workPackage.code}`}>
              <div className="work-item-head"><strong>{workPackage.code}</strong> {workPackage.name}</div>
              <div className="work-item-facts">
                <span>{t('work.due', { date: formatDay(workPackage.dueOn) })}</span>
                <span>{workPackage.status === 'open' ? t('work.open') : t('work.closed')}</span>
                {workPackage.phase && <span className="muted">{workPackage.phase}</span>}
              </div>
              <progress max={1} value={share} aria-label={t('work.installedShare', { code: workPackage.code })} />
              <span> {t('work.installedOf', { done, total: workPackage.assetCount, percent: formatPercent(share) })}</span>
              <button type="button" className="link-button" onClick={() => void download(workPackage.id, workPackage.code)}>{t('work.csv')}</button>
              {map && (
                <button type="button" className="link-button" aria-expanded={openId === workPackage.id} data-testid={`package-open-${workPackage.code}`}
                  onClick={() => setOpenId((current) => (current === workPackage.id ? null : workPackage.id))}>
                  {openId === workPackage.id ? t('packages.hide') : t('packages.details')}
                </button>
              )}
              {map && openId === workPackage.id && <PackageDetails id={workPackage.id} map={map} canEdit={canEdit} onChanged={changed} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The programme week by week from the status history: installed share of the works and black-spot area covered live vs by the design. */
function ProgressChart() {
  const { t, i18n } = useTranslation();
  const [points, setPoints] = useState<ProgressPoint[] | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchProgrammeSeries(abort.signal).then((series) => !abort.signal.aborted && setPoints(series), () => undefined);
    return () => abort.abort();
  }, []);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!points || !canvas.current || typeof canvas.current.getContext !== 'function' || !canvas.current.getContext('2d')) return undefined;
    const rtl = i18n.dir() === 'rtl';
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: points.map((point) => new Intl.DateTimeFormat(NUMBER_LOCALES[currentLanguage()], { day: 'numeric', month: 'short' }).format(new Date(point.at))),
        datasets: [
          { label: t('work.chartInstalled'), borderColor: '#1565c0', data: points.map((point) => (point.assetCount ? (100 * point.installedCount) / point.assetCount : 0)) },
          { label: t('work.chartLive'), borderColor: '#2e7d32', data: points.map((point) => 100 * point.liveCoveredFraction) },
          { label: t('work.chartDesign'), borderColor: '#9e9e9e', borderDash: [4, 4], data: points.map((point) => 100 * point.designCoveredFraction) },
        ],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, locale: NUMBER_LOCALES[currentLanguage()],
        scales: { x: { reverse: rtl }, y: { min: 0, max: 100, position: rtl ? 'right' : 'left', ticks: { callback: (value) => formatPercent(Number(value) / 100) } } },
        plugins: { legend: { position: 'bottom', rtl, labels: { boxWidth: 10, font: { size: 10 } } }, tooltip: { rtl } },
      },
    });
    return () => chart.destroy();
  }, [points, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!points) return null;
  const last = points.at(-1);
  return (
    <figure className="progress-chart" data-testid="progress-chart" data-installed={last?.installedCount} data-commissioned={last?.commissionedCount} data-live={last?.liveCoveredFraction}>
      <div style={{ position: 'relative', height: 200 }}><canvas ref={canvas} aria-label={t('work.chartHeading')} role="img" /></div>
      <figcaption className="muted">{t('work.chartHeading')}</figcaption>
    </figure>
  );
}
