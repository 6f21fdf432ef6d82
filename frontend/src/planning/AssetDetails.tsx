import type { Polygon } from 'geojson';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBlackSpotCoverage, type BlackSpotCoverage } from '../analysis/analysisApi';
import { userMessage } from '../api/errors';
import { nodesOf } from '../api/useConnection';
import { labelOf } from '../domain/labels';
import { BLACK_SPOT_CATEGORIES, DORI_LEVELS } from '../domain/vocabulary';
import { formatArea, formatDistance, formatPercent, formatWithUnit } from '../i18n/format';
import type { BlackSpotNode } from '../map/layers/blackSpotsQuery';
import type { CameraSelectionMode, Selection } from '../map/mapUrlState';
import type { MapData } from '../map/useMapData';
import type { PhysicalType } from '../editing/mutations';
import { AssetForm } from './AssetForm';
import { AssetHistory } from './AssetHistory';
import { ExistingFlag } from './ExistingFlag';
import type { Planning, PointType } from './usePlanning';

const PHYSICAL_TYPE_OF: Partial<Record<Selection['kind'], PhysicalType>> = {
  pole: 'Pole', networkNode: 'NetworkNode', fiberRun: 'FiberRun', powerSource: 'PowerSource', powerFeed: 'PowerFeed',
};

/** The GraphQL type name the audit log files each kind of selection under. */
const HISTORY_TYPE_OF: Partial<Record<Selection['kind'], string>> = {
  ...PHYSICAL_TYPE_OF, camera: 'Camera', blackSpot: 'BlackSpot', building: 'Building', zone: 'Zone',
};

/** What a selection points at in the loaded data. */
export function findSelected(data: MapData, selection: Selection | null) {
  if (!selection) return undefined;
  const collection: import('../api/useConnection').LoadState<{ id: string }> = ({
    camera: data.cameras, pole: data.poles, networkNode: data.networkNodes, fiberRun: data.fiberRuns, powerSource: data.powerSources,
    powerFeed: data.powerFeeds, blackSpot: data.blackSpots, building: data.buildings, zone: data.zones,
  } as Record<Selection['kind'], import('../api/useConnection').LoadState<{ id: string }>>)[selection.kind];
  return (nodesOf(collection) as ReadonlyArray<{ id: string }>).find((node) => node.id === selection.id);
}

/** The selected pole, network node or power source (the point assets a handle moves), if that is the selection. */
export function pointSelection(data: MapData, selection: Selection | null): { type: PointType; node: { location: { coordinates: number[] } } } | undefined {
  const type = ({ pole: 'Pole', networkNode: 'NetworkNode', powerSource: 'PowerSource' } as const)[selection?.kind as 'pole'];
  const node = type ? findSelected(data, selection) as { location: { coordinates: number[] } } | undefined : undefined;
  return type && node ? { type, node } : undefined;
}

/** The side panel of a selected asset other than a camera: facts, and editing where the role allows. */
export function AssetDetails({
  selection, data, planning, canPlan, cameraMode, onDelete, shapeEdit, onShapeEdit, onClose,
}: {
  selection: Selection;
  data: MapData;
  planning: Planning;
  canPlan: boolean;
  cameraMode: CameraSelectionMode;
  onDelete: () => void;
  shapeEdit: Polygon | null;
  onShapeEdit: (polygon: Polygon | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const node = findSelected(data, selection) as Record<string, unknown> | undefined;
  if (!node) return null;
  const title = String(node.name || node.code || labelOf(selection.kind));
  const rows: Array<[string, unknown]> = [
    [t('field.code'), node.code],
    [t('field.kind'), node.kind ? labelOf(String(node.kind)) : undefined],
    [t('field.status'), node.status ? labelOf(String(node.status)) : undefined],
    [t('field.height'), formatWithUnit(node.heightMeters as number, 'm')],
    [t('field.length'), formatDistance(node.lengthMeters as number)],
    [t('field.strands'), node.strandCount],
    [t('field.cableType'), node.cableType ? labelOf(String(node.cableType)) : undefined],
    [t('field.install'), node.installMethod ? labelOf(String(node.installMethod)) : undefined],
    [t('field.from'), node.fromKind ? labelOf(String(node.fromKind)) : undefined],
    [t('field.to'), node.toKind ? labelOf(String(node.toKind)) : undefined],
    [t('field.voltage'), formatWithUnit(node.voltage as number, 'V', 0)],
    [t('field.capacity'), formatWithUnit(node.capacityWatts as number, 'W', 0)],
    [t('field.area'), formatArea(node.areaSquareMeters as number)],
  ];
  const physicalType = PHYSICAL_TYPE_OF[selection.kind];
  const editableType = ({ blackSpot: 'BlackSpot', building: 'Building', ...PHYSICAL_TYPE_OF } as const)[selection.kind as 'blackSpot'];
  // Where the role may edit, the form holds the attributes; the facts keep what is measured or derived.
  const formType = canPlan ? physicalType : undefined;
  const derived = new Set([t('field.length'), t('field.from'), t('field.to'), t('field.area')]);
  const shownRows = formType ? rows.filter(([label]) => derived.has(label)) : rows;
  const geometry = (selection.kind === 'blackSpot' ? node.boundary : selection.kind === 'building' ? node.footprint : undefined) as Polygon | undefined;
  return (
    <section className="panel-section" aria-labelledby="details-heading" data-testid="asset-details" data-kind={selection.kind}>
      <div className="panel-section-header">
        <h2 id="details-heading">{labelOf(({ networkNode: 'network_node', powerSource: 'power_source', blackSpot: 'black_spot', fiberRun: 'fiber_run', powerFeed: 'power_feed' } as Record<string, string>)[selection.kind] ?? selection.kind)} · {title}</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label={t('app.close')}>✕</button>
      </div>
      <dl className="facts">
        {shownRows.filter(([, value]) => value !== undefined && value !== null && value !== '').map(([label, value]) => (
          <div key={label} className="fact"><dt>{label}</dt><dd>{String(value)}</dd></div>
        ))}
      </dl>
      {formType && <AssetForm key={`form-${selection.id}`} type={formType as 'Pole'} node={node as never} planning={planning} canPlan={canPlan} />}
      {physicalType && <ExistingFlag key={`existing-${selection.id}`} type={physicalType} node={node as never} planning={planning} canPlan={canPlan} />}
      {selection.kind === 'blackSpot' && (
        <>
          <BlackSpotCoverageFacts blackSpotId={selection.id} mode={cameraMode} version={Number(node.version)} />
          {canPlan && <BlackSpotForm spot={node as unknown as BlackSpotNode} planning={planning} />}
        </>
      )}
      {canPlan && editableType && (
        <div className="button-row">
          {geometry?.type === 'Polygon' && (shapeEdit ? (
            <>
              <button type="button" className="primary-button" data-testid="shape-save" onClick={() => {
                const field = selection.kind === 'blackSpot' ? 'boundary' : 'footprint';
                void planning.update(editableType, node as never, { [field]: shapeEdit } as never, t('plan.updated', { what: title })).then(() => onShapeEdit(null));
              }}>{t('plan.shapeSave')}</button>
              <button type="button" className="secondary-button" onClick={() => onShapeEdit(null)}>{t('app.cancel')}</button>
            </>
          ) : (
            <button type="button" className="secondary-button" data-testid="shape-edit" onClick={() => onShapeEdit(geometry)}>{t('plan.shapeEdit')}</button>
          ))}
          <button type="button" className="danger-button" data-testid="delete-asset" onClick={onDelete} disabled={planning.busy}>{t('app.delete')}</button>
        </div>
      )}
      {canPlan && HISTORY_TYPE_OF[selection.kind] && <AssetHistory key={`history-${selection.id}`} entityType={HISTORY_TYPE_OF[selection.kind]!} entityId={selection.id} version={Number(node.version)} />}
    </section>
  );
}

function BlackSpotForm({ spot, planning }: { spot: BlackSpotNode; planning: Planning }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ name: spot.name, category: spot.category, priority: spot.priority, requiredLevel: spot.requiredLevel });
  useEffect(() => setDraft({ name: spot.name, category: spot.category, priority: spot.priority, requiredLevel: spot.requiredLevel }), [spot]);
  const dirty = draft.name !== spot.name || draft.category !== spot.category || draft.priority !== spot.priority || draft.requiredLevel !== spot.requiredLevel;
  return (
    <form className="form-grid" noValidate onSubmit={(event) => { event.preventDefault(); void planning.update('BlackSpot', spot, draft, t('plan.updated', { what: draft.name })); }}>
      <label htmlFor="spot-name">{t('field.name')}</label>
      <input id="spot-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
      <label htmlFor="spot-category">{t('field.category')}</label>
      <select id="spot-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value as never })}>
        {BLACK_SPOT_CATEGORIES.map((value) => <option key={value} value={value}>{labelOf(value)}</option>)}
      </select>
      <label htmlFor="spot-priority">{t('field.priority')}</label>
      <select id="spot-priority" value={draft.priority} onChange={(e) => setDraft({ ...draft, priority: Number(e.currentTarget.value) })}>
        {[1, 2, 3, 4, 5].map((value) => <option key={value} value={value}>{value}</option>)}
      </select>
      <label htmlFor="spot-level">{t('field.requiredLevel')}</label>
      <select id="spot-level" value={draft.requiredLevel} onChange={(e) => setDraft({ ...draft, requiredLevel: e.currentTarget.value as never })}>
        {DORI_LEVELS.map((value) => <option key={value} value={value}>{labelOf(value)}</option>)}
      </select>
      <div className="button-row"><button type="submit" className="primary-button" disabled={!dirty || planning.busy}>{t('app.save')}</button></div>
    </form>
  );
}

function BlackSpotCoverageFacts({ blackSpotId, mode, version }: { blackSpotId: string; mode: CameraSelectionMode; version: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ coverage?: BlackSpotCoverage | null; error?: string }>({});
  useEffect(() => {
    const abort = new AbortController();
    setState({});
    fetchBlackSpotCoverage(blackSpotId, mode, abort.signal).then(
      (coverage) => !abort.signal.aborted && setState({ coverage }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [blackSpotId, mode, version]);
  if (state.error) return <p className="form-error" data-testid="black-spot-coverage" data-state="error">{state.error}</p>;
  if (!state.coverage) return <p className="muted" data-testid="black-spot-coverage" data-state="loading">{t('app.loading')}</p>;
  const coverage = state.coverage;
  return (
    <div data-testid="black-spot-coverage" data-state="loaded" data-fraction={coverage.coveredFraction}>
      <p className="coverage-figure">{t('analysis.covered', { percent: formatPercent(coverage.coveredFraction), level: labelOf(coverage.requiredLevel) })}</p>
      <p className="muted">{t('analysis.contributing')}: {coverage.contributingCameras.map((camera) => camera.code).join(', ') || t('analysis.noneContributing')}</p>
    </div>
  );
}
