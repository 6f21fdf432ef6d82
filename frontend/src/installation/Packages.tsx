import type { Polygon } from 'geojson';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { formatPercent, NUMBER_LOCALES } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import type { Selection } from '../map/mapUrlState';
import type { NetworkElementKind } from '../gql/graphql';
import {
  addAssets, createPackage, fetchEditorData, fetchPackageDetail, fetchScopeProgress, removeAssets, updatePackage,
  type EditorOrganisation, type EditorZone, type PackageDetail, type PackageFieldsInput,
} from './packagesApi';
import { BreakdownChart, SCurveChart, type BreakdownRow } from './ProgressCharts';
import './workMessages';
import './installation.css';

/** The map's selection kinds that are physical assets a package can hold, as the API names them. */
export const SELECTION_ASSET_TYPES: Partial<Record<Selection['kind'], NetworkElementKind>> = {
  camera: 'camera', pole: 'pole', networkNode: 'network_node', fiberRun: 'fiber_run', powerSource: 'power_source', powerFeed: 'power_feed',
};

/** What the Work tab asks of the map: the current selection, and a polygon drawn on request. */
export interface MapHooks {
  selection: Selection | null;
  /** Starts drawing a polygon on the map; the callback gets it (null: cancelled). */
  requestArea: (onArea: (area: Polygon | null) => void) => void;
  /** Highlights these assets on the map (null: none). */
  onHighlight?: (assets: readonly { assetType: NetworkElementKind; assetId: string }[] | null) => void;
}

const formatDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(NUMBER_LOCALES[currentLanguage()], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
};

function useEditorData() {
  const [data, setData] = useState<{ organisations: EditorOrganisation[]; zones: EditorZone[] } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchEditorData(abort.signal).then(
      (result) => !abort.signal.aborted && setData({ organisations: result.organisations.nodes, zones: result.zones.nodes }),
      () => undefined,
    );
    return () => abort.abort();
  }, []);
  return data;
}

/** A new package, or a package's code, name, contractor, phase, dates and zone (engineers and admins). */
export function PackageForm({ existing, onSaved, onCancel }: {
  existing?: PackageDetail;
  onSaved: (saved: { id: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const editor = useEditorData();
  const today = new Date().toISOString().slice(0, 10);
  const [fields, setFields] = useState<PackageFieldsInput>(() => ({
    code: existing?.code ?? '', name: existing?.name ?? '', organisationId: existing?.organisationId ?? '', phase: existing?.phase ?? '',
    plannedStartOn: existing?.plannedStartOn ?? today, dueOn: existing?.dueOn ?? today, zoneId: existing?.zoneId ?? null,
  }));
  const [status, setStatus] = useState<'open' | 'closed'>(existing?.status ?? 'open');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!fields.organisationId && editor?.organisations[0]) setFields((current) => ({ ...current, organisationId: editor.organisations[0].id }));
  }, [editor, fields.organisationId]);
  const set = (key: keyof PackageFieldsInput) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input = { ...fields, code: fields.code.trim(), name: fields.name.trim(), phase: fields.phase?.trim() || null, zoneId: fields.zoneId || null };
    try {
      onSaved(existing ? await updatePackage({ ...input, id: existing.id, version: existing.version, status }) : await createPackage(input));
    } catch (caught) {
      setError(userMessage(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="admin-form package-form" onSubmit={(event) => void submit(event)} data-testid="package-form">
      <h3>{existing ? t('packages.edit', { code: existing.code }) : t('packages.new')}</h3>
      <label>{t('packages.code')}<input required maxLength={50} value={fields.code} onChange={set('code')} /></label>
      <label>{t('packages.name')}<input required maxLength={200} value={fields.name} onChange={set('name')} /></label>
      <label>{t('packages.contractor')}
        <select required value={fields.organisationId} onChange={set('organisationId')} data-testid="package-contractor">
          {editor?.organisations.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
        </select>
      </label>
      <label>{t('packages.phase')}<input maxLength={200} value={fields.phase ?? ''} onChange={set('phase')} /></label>
      <label>{t('packages.plannedStart')}<input type="date" required value={fields.plannedStartOn} onChange={set('plannedStartOn')} /></label>
      <label>{t('packages.dueOn')}<input type="date" required value={fields.dueOn} onChange={set('dueOn')} /></label>
      <label>{t('packages.zone')}
        <select value={fields.zoneId ?? ''} onChange={set('zoneId')}>
          <option value="">—</option>
          {editor?.zones.map((zone) => <option key={zone.id} value={zone.id}>{zone.name}</option>)}
        </select>
      </label>
      {existing && (
        <label>{t('packages.status')}
          <select value={status} onChange={(event) => setStatus(event.target.value as 'open' | 'closed')}>
            <option value="open">{t('work.open')}</option>
            <option value="closed">{t('work.closed')}</option>
          </select>
        </label>
      )}
      {error && <p className="form-error" role="alert" data-testid="package-error">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={busy}>{t('packages.save')}</button>
        <button type="button" className="secondary-button" onClick={onCancel}>{t('packages.cancel')}</button>
      </div>
    </form>
  );
}

/**
 * One package opened: its figures now, the S-curve, its assets (removable), adding assets by the map's
 * selection, a drawn area or a zone, editing, and its printable progress page.
 */
export function PackageDetails({ id, map, canEdit, onChanged }: { id: string; map: MapHooks; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const editor = useEditorData();
  const [detail, setDetail] = useState<Awaited<ReturnType<typeof fetchPackageDetail>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [zoneId, setZoneId] = useState('');
  const [reload, setReload] = useState(0);
  const [chartImage, setChartImage] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    fetchPackageDetail(id, abort.signal).then(
      (result) => !abort.signal.aborted && setDetail(result),
      (caught: unknown) => !abort.signal.aborted && setError(userMessage(caught).message),
    );
    return () => abort.abort();
  }, [id, reload]);
  const workPackage = detail?.workPackage;
  const { onHighlight } = map;
  useEffect(() => {
    onHighlight?.(workPackage?.assets ?? null);
  }, [workPackage, onHighlight]);
  useEffect(() => () => onHighlight?.(null), [onHighlight]);

  const change = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setReload((value) => value + 1);
      onChanged();
    } catch (caught) {
      setError(userMessage(caught).message);
    } finally {
      setBusy(false);
    }
  }, [onChanged]);

  useEffect(() => {
    if (!printing) return undefined;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  if (!workPackage) return error ? <p className="form-error" role="alert">{error}</p> : <p className="muted">{t('app.loading')}</p>;
  if (editing) {
    return <PackageForm existing={workPackage} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); setReload((value) => value + 1); onChanged(); }} />;
  }
  const selectedType = map.selection ? SELECTION_ASSET_TYPES[map.selection.kind] : undefined;
  const selected = map.selection && selectedType ? { assetType: selectedType, assetId: map.selection.id } : null;
  const already = selected && workPackage.assets.some((asset) => asset.assetId === selected.assetId);
  const progress = detail!.progress;
  const organisation = editor?.organisations.find((candidate) => candidate.id === workPackage.organisationId)?.name ?? '';
  return (
    <div className="package-details" data-testid={`package-details-${workPackage.code}`}>
      <p data-testid="package-progress">
        {t('packages.figures', {
          installed: progress.installedCount, total: progress.assetCount, late: progress.lateCount,
          live: formatPercent(progress.coverage.liveCoveredFraction), design: formatPercent(progress.coverage.designCoveredFraction),
        })}
      </p>
      <SCurveChart points={detail!.sCurve} total={workPackage.assetCount} onImage={setChartImage} />
      {error && <p className="form-error" role="alert" data-testid="package-error">{error}</p>}
      <div className="form-actions">
        <button type="button" className="secondary-button" onClick={() => setPrinting(true)} data-testid="package-print">{t('packages.print')}</button>
        {canEdit && <button type="button" className="secondary-button" onClick={() => setEditing(true)} data-testid="package-edit">{t('packages.editButton')}</button>}
      </div>
      {canEdit && (
        <div className="package-add" data-testid="package-add">
          <h4>{t('packages.addAssets')}</h4>
          <button type="button" className="secondary-button" disabled={busy || !selected || Boolean(already)} data-testid="package-add-selected"
            onClick={() => selected && void change(() => addAssets(workPackage.id, workPackage.version, { assets: [selected] }))}>
            {selected ? t('packages.addSelected') : t('packages.selectOnMap')}
          </button>
          <button type="button" className={`secondary-button${drawing ? ' active' : ''}`} disabled={busy} data-testid="package-add-area"
            onClick={() => {
              setDrawing(true);
              map.requestArea((area) => {
                setDrawing(false);
                if (area) void change(() => addAssets(workPackage.id, workPackage.version, { area }));
              });
            }}>
            {drawing ? t('packages.drawing') : t('packages.drawArea')}
          </button>
          <span className="inline-field">
            <label className="visually-hidden" htmlFor={`zone-${workPackage.id}`}>{t('packages.zone')}</label>
            <select id={`zone-${workPackage.id}`} value={zoneId} onChange={(event) => setZoneId(event.target.value)} data-testid="package-zone">
              <option value="">{t('packages.pickZone')}</option>
              {editor?.zones.map((zone) => <option key={zone.id} value={zone.id}>{zone.name}</option>)}
            </select>
            <button type="button" className="secondary-button" disabled={busy || !zoneId} data-testid="package-add-zone"
              onClick={() => void change(() => addAssets(workPackage.id, workPackage.version, { zoneId }))}>{t('packages.addZone')}</button>
          </span>
        </div>
      )}
      <h4>{t('packages.assets', { count: workPackage.assetCount })}</h4>
      <ul className="package-assets" data-testid="package-assets">
        {workPackage.assets.map((asset) => (
          <li key={asset.assetId} data-testid={`package-asset-${asset.code}`}>
            <span>{asset.code}</span> <span className="muted">{labelOf(asset.assetType)} · {labelOf(asset.status)}</span>
            {canEdit && (
              <button type="button" className="link-button" disabled={busy} aria-label={t('packages.removeAsset', { code: asset.code })}
                onClick={() => void change(() => removeAssets(workPackage.id, workPackage.version, [{ assetType: asset.assetType, assetId: asset.assetId }]))}>
                {t('packages.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {printing && createPortal(<PrintablePackage detail={detail!} organisation={organisation} chartImage={chartImage} />, document.body)}
    </div>
  );
}

/** The printable progress page of a package (shown only when printing: the CSS hides the map then). */
export function PrintablePackage({ detail, organisation, chartImage }: {
  detail: Awaited<ReturnType<typeof fetchPackageDetail>>;
  organisation: string;
  chartImage: string | null;
}) {
  const { t, i18n } = useTranslation();
  const workPackage = detail.workPackage!;
  const progress = detail.progress;
  const at = new Intl.DateTimeFormat(NUMBER_LOCALES[currentLanguage()], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(progress.at));
  return (
    <article className="print-sheet" dir={i18n.dir()} lang={i18n.language} data-testid="print-sheet">
      <h1>{t('packages.printTitle', { code: workPackage.code })}</h1>
      <p className="print-subtitle">{workPackage.name}</p>
      <dl className="print-facts">
        <dt>{t('packages.contractor')}</dt><dd>{organisation}</dd>
        {workPackage.phase && <><dt>{t('packages.phase')}</dt><dd>{workPackage.phase}</dd></>}
        <dt>{t('packages.plannedStart')}</dt><dd>{formatDay(workPackage.plannedStartOn)}</dd>
        <dt>{t('packages.dueOn')}</dt><dd>{formatDay(workPackage.dueOn)}</dd>
        <dt>{t('packages.at')}</dt><dd>{at}</dd>
      </dl>
      <p>
        {t('packages.figures', {
          installed: progress.installedCount, total: progress.assetCount, late: progress.lateCount,
          live: formatPercent(progress.coverage.liveCoveredFraction), design: formatPercent(progress.coverage.designCoveredFraction),
        })}
      </p>
      {chartImage && <img className="print-chart" src={chartImage} alt={t('packages.sCurve')} />}
      <h2>{t('packages.byStatus')}</h2>
      <table>
        <thead><tr><th>{t('packages.status')}</th><th>{t('packages.count')}</th><th>{t('packages.share')}</th></tr></thead>
        <tbody>{progress.byStatus.map((entry) => <tr key={entry.status}><td>{labelOf(entry.status)}</td><td>{entry.count}</td><td>{formatPercent(entry.share)}</td></tr>)}</tbody>
      </table>
      <h2>{t('packages.assets', { count: workPackage.assetCount })}</h2>
      <table>
        <thead><tr><th>{t('packages.code')}</th><th>{t('packages.type')}</th><th>{t('packages.status')}</th><th>{t('work.late')}</th></tr></thead>
        <tbody>
          {workPackage.assets.map((asset) => {
            const late = progress.lateItems.find((item) => item.code === asset.code);
            return (
              <tr key={asset.assetId}>
                <td dir="ltr">{asset.code}</td><td>{labelOf(asset.assetType)}</td><td>{labelOf(asset.status)}</td>
                <td>{late ? t('packages.daysLate', { count: late.daysLate }) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}

/** Progress per contractor and per zone (each scope asked once when the tab opens). */
export function ProgressBreakdown({ refreshKey }: { refreshKey: unknown }) {
  const { t } = useTranslation();
  const editor = useEditorData();
  const [rows, setRows] = useState<{ contractors: BreakdownRow[]; zones: BreakdownRow[] } | null>(null);
  useEffect(() => {
    if (!editor) return undefined;
    const abort = new AbortController();
    const measure = (label: string, scope: { organisationId?: string; zoneId?: string }) => fetchScopeProgress(scope, abort.signal).then((progress) => ({
      label, assetCount: progress.assetCount, installedCount: progress.installedCount, lateCount: progress.lateCount,
      liveCoveredFraction: progress.coverage.liveCoveredFraction, designCoveredFraction: progress.coverage.designCoveredFraction,
    }));
    Promise.all([
      Promise.all(editor.organisations.map((organisation) => measure(organisation.name, { organisationId: organisation.id }))),
      Promise.all(editor.zones.map((zone) => measure(zone.name, { zoneId: zone.id }))),
    ]).then(
      ([contractors, zones]) => !abort.signal.aborted && setRows({ contractors: contractors.filter((row) => row.assetCount > 0), zones: zones.filter((row) => row.assetCount > 0) }),
      () => undefined,
    );
    return () => abort.abort();
  }, [editor, refreshKey]);
  if (!rows) return null;
  return (
    <div className="progress-breakdown" data-testid="progress-breakdown">
      {rows.contractors.length > 0 && <BreakdownChart rows={rows.contractors} title={t('packages.byContractor')} testId="progress-by-contractor" />}
      {rows.zones.length > 0 && <BreakdownChart rows={rows.zones} title={t('packages.byZone')} testId="progress-by-zone" />}
    </div>
  );
}
