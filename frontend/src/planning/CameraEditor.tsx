import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCameraCoverage, fetchCoveragePreview, type CameraCoverage } from '../analysis/analysisApi';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { ASSET_STATUSES, DORI_LEVELS } from '../domain/vocabulary';
import type { CameraInput, CameraModelNode } from '../editing/mutations';
import { formatArea, formatDegrees, formatDistance, formatNumber } from '../i18n/format';
import type { BlackSpotNode } from '../map/layers/blackSpotsQuery';
import type { CameraNode } from '../map/layers/camerasQuery';
import { DORI_COLOURS } from '../map/layers/OverlayLayer';
import type { Planning } from './usePlanning';
import { ExistingFlag } from './ExistingFlag';
import { CameraStream } from './CameraStream';
import { PtzPresets } from './PtzPresets';
import { AssetHistory } from './AssetHistory';

export interface CameraDraft {
  modelId: string;
  focalLengthMm: number | null;
  tiltDegrees: number;
  mountHeightMeters: number;
  headingDegrees: number;
  name: string;
  status: string;
}

export function draftOf(camera: CameraNode): CameraDraft {
  return {
    modelId: camera.model?.id ?? '',
    focalLengthMm: camera.focalLengthMm,
    tiltDegrees: camera.tiltDegrees ?? 0,
    mountHeightMeters: camera.mountHeightMeters ?? 4,
    headingDegrees: camera.headingDegrees,
    name: camera.name ?? '',
    status: camera.status,
  };
}

/** Whether a draft field holds something else than the saved one (headings to a nanodegree). */
const differs = <K extends keyof CameraDraft>(key: K, draft: CameraDraft, saved: CameraDraft) =>
  key === 'headingDegrees' ? Math.abs(draft.headingDegrees - saved.headingDegrees) > 1e-9 : draft[key] !== saved[key];

const DRAFT_FIELDS = ['modelId', 'focalLengthMm', 'tiltDegrees', 'mountHeightMeters', 'headingDegrees', 'name', 'status'] as const;

/** The fields of a draft that differ from the camera: what "Apply" sends. */
export function changedFields(camera: CameraNode, draft: CameraDraft): CameraInput {
  const saved = draftOf(camera);
  const changes: CameraInput = {};
  for (const key of DRAFT_FIELDS) {
    if (!differs(key, draft, saved)) continue;
    if (key === 'name') changes.name = draft.name || null;
    else (changes as Record<string, unknown>)[key] = draft[key];
  }
  return changes;
}

/**
 * The draft after the camera changed under it (a new version: a PTZ preset saved, an edit applied,
 * an undo): the fields the user changed and has not applied stay as typed, the others follow the
 * camera's new values.
 */
export function rebaseDraft(draft: CameraDraft, before: CameraNode, after: CameraNode): CameraDraft {
  const [savedBefore, savedAfter] = [draftOf(before), draftOf(after)];
  const rebased = { ...savedAfter };
  for (const key of DRAFT_FIELDS) if (differs(key, draft, savedBefore)) (rebased as Record<string, unknown>)[key] = draft[key];
  return rebased;
}

export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The selected camera's side panel: model, focal length, tilt, height, heading, with a live coverage
 * preview (debounced coveragePreview) drawn on the map as the four DORI polygons.
 */
export function CameraEditor({
  camera, models, planning, canPlan, draft, onDraft, onCoverage, onDelete, designWarnings, blackSpots,
}: {
  /** The black spots, for the figures of a PTZ's views. */
  blackSpots?: readonly BlackSpotNode[];
  camera: CameraNode;
  models: readonly CameraModelNode[];
  planning: Planning;
  canPlan: boolean;
  draft: CameraDraft;
  onDraft: (draft: CameraDraft) => void;
  onCoverage: (coverage: CameraCoverage[] | null) => void;
  onDelete: () => void;
  /** What the design checks say about this camera (none: it passes them all, or they are not in yet). */
  designWarnings?: ReactNode;
}) {
  const { t } = useTranslation();
  const [coverage, setCoverage] = useState<{ status: 'idle' | 'loading' | 'loaded' | 'error'; levels: CameraCoverage[]; message?: string }>({ status: 'idle', levels: [] });
  const model = models.find((candidate) => candidate.id === draft.modelId);
  const changes = useMemo(() => changedFields(camera, draft), [camera, draft]);
  const dirty = Object.keys(changes).length > 0;
  const previewKey = JSON.stringify([camera.id, camera.version, camera.location.coordinates, draft.modelId, draft.focalLengthMm, draft.tiltDegrees, draft.mountHeightMeters, Math.round(draft.headingDegrees)]);

  // A PTZ preset's view stays on the map until the draft changes: the debounced preview must not replace it.
  const presetShown = useRef(false);
  const showPresetView = useCallback((levels: CameraCoverage[] | null) => {
    presetShown.current = levels !== null;
    onCoverage(levels);
  }, [onCoverage]);

  useEffect(() => {
    const abort = new AbortController();
    presetShown.current = false;
    setCoverage((previous) => ({ ...previous, status: 'loading' }));
    const timer = setTimeout(() => {
      const request = draft.modelId
        ? fetchCoveragePreview({
          cameraId: camera.id, location: camera.location, modelId: draft.modelId, mountHeightMeters: draft.mountHeightMeters,
          headingDegrees: ((draft.headingDegrees % 360) + 360) % 360, tiltDegrees: draft.tiltDegrees, focalLengthMm: draft.focalLengthMm,
        }, abort.signal)
        : fetchCameraCoverage(camera.id, abort.signal);
      request.then(
        (levels) => {
          if (abort.signal.aborted) return;
          setCoverage({ status: 'loaded', levels });
          if (!presetShown.current) onCoverage(levels);
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          setCoverage({ status: 'error', levels: [], message: userMessage(error).message });
          onCoverage(null);
        },
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewKey]);
  useEffect(() => () => onCoverage(null), [onCoverage]);

  const set = <K extends keyof CameraDraft>(key: K, value: CameraDraft[K]) => onDraft({ ...draft, [key]: value });
  const number = (value: string, fallback: number) => (value.trim() === '' || !Number.isFinite(Number(value)) ? fallback : Number(value));
  const disabled = !canPlan || planning.busy;

  return (
    <section className="panel-section camera-editor" aria-labelledby="camera-editor-heading" data-testid="camera-editor">
      <h2 id="camera-editor-heading">{t('plan.camera', { code: camera.code })}</h2>
      {designWarnings}
      {/* noValidate: a stored value off the inputs' step (tilt 12.5 with step 1) must not silently block Apply; the API validates. */}
      <form className="form-grid" noValidate onSubmit={(event) => { event.preventDefault(); if (dirty) void planning.update('Camera', camera, changes, t('plan.updated', { what: camera.code }), labelOf('camera').toLowerCase()); }}>
        <label htmlFor="camera-name">{t('field.name')}</label>
        <input id="camera-name" value={draft.name} disabled={disabled} onChange={(e) => set('name', e.currentTarget.value)} />
        <label htmlFor="camera-status">{t('field.status')}</label>
        <select id="camera-status" value={draft.status} disabled={disabled} onChange={(e) => set('status', e.currentTarget.value)}>
          {ASSET_STATUSES.map((status) => <option key={status} value={status}>{labelOf(status)}</option>)}
        </select>
        <label htmlFor="camera-model">{t('field.model')}</label>
        <select id="camera-model" data-testid="camera-model" value={draft.modelId} disabled={disabled} onChange={(e) => {
          const next = models.find((candidate) => candidate.id === e.currentTarget.value);
          onDraft({ ...draft, modelId: e.currentTarget.value, focalLengthMm: next?.focalLengthMinMm ?? null });
        }}>
          {models.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.name} · {labelOf(candidate.kind)}</option>)}
        </select>
        <label htmlFor="camera-focal">{t('field.focalLength')} ({t('units.millimeters')})</label>
        <input id="camera-focal" data-testid="camera-focal" type="number" step="0.1"
          min={model?.focalLengthMinMm ?? undefined} max={model?.focalLengthMaxMm ?? undefined}
          disabled={disabled || !model?.focalLengthMinMm} value={draft.focalLengthMm ?? ''}
          aria-describedby="camera-focal-range"
          onChange={(e) => set('focalLengthMm', e.currentTarget.value === '' ? null : number(e.currentTarget.value, draft.focalLengthMm ?? 0))} />
        {model?.focalLengthMinMm && <span id="camera-focal-range" className="field-note">{t('plan.focalRange', { min: formatNumber(model.focalLengthMinMm), max: formatNumber(model.focalLengthMaxMm ?? model.focalLengthMinMm) })}</span>}
        <label htmlFor="camera-tilt">{t('field.tilt')} (°)</label>
        <input id="camera-tilt" data-testid="camera-tilt" type="number" step="1" min={-90} max={90} disabled={disabled} value={draft.tiltDegrees} onChange={(e) => set('tiltDegrees', number(e.currentTarget.value, draft.tiltDegrees))} />
        <label htmlFor="camera-height">{t('field.mountHeight')} ({t('units.meters')})</label>
        <input id="camera-height" data-testid="camera-height" type="number" step="0.1" min={0.1} max={100} disabled={disabled} value={draft.mountHeightMeters} onChange={(e) => set('mountHeightMeters', number(e.currentTarget.value, draft.mountHeightMeters))} />
        <label htmlFor="camera-heading">{t('field.heading')} (°)</label>
        <input id="camera-heading" data-testid="camera-heading" type="number" step="1" min={0} max={359} disabled={disabled} value={Math.round(draft.headingDegrees)} onChange={(e) => set('headingDegrees', ((number(e.currentTarget.value, draft.headingDegrees) % 360) + 360) % 360)} />
        <dl className="facts">
          <dt>{t('field.mount')}</dt><dd>{camera.poleId ? t('field.pole') : t('field.freeMount')}</dd>
          <dt>{t('field.fieldOfView')}</dt><dd>{formatDegrees(camera.horizontalFieldOfViewDegrees)}</dd>
          <dt>{t('field.detectionRange')}</dt><dd>{formatDistance(camera.detectionRangeMeters)}</dd>
        </dl>
        {canPlan && (
          <div className="button-row">
            <button type="submit" className="primary-button" data-testid="camera-apply" disabled={!dirty || planning.busy}>{t('plan.apply')}</button>
            <button type="button" className="secondary-button" disabled={!dirty} onClick={() => onDraft(draftOf(camera))}>{t('plan.revert')}</button>
            <button type="button" className="danger-button" data-testid="delete-asset" onClick={onDelete} disabled={planning.busy}>{t('app.delete')}</button>
          </div>
        )}
      </form>
      <ExistingFlag key={`existing-${camera.id}`} type="Camera" node={camera} planning={planning} canPlan={canPlan} blockedReason={dirty ? t('plan.existingApplyFirst') : undefined} />
      <CameraStream key={`stream-${camera.id}`} camera={camera} planning={planning} canPlan={canPlan} blockedReason={dirty ? t('plan.existingApplyFirst') : undefined} />
      {model?.kind === 'ptz' && (
        <PtzPresets camera={camera} canPlan={canPlan} planning={planning} aim={{ headingDegrees: draft.headingDegrees, tiltDegrees: draft.tiltDegrees }} onCoverage={showPresetView} blackSpots={blackSpots} />
      )}
      <h3>{t('plan.preview')}</h3>
      <div data-testid="coverage-preview" data-state={coverage.status} data-levels={coverage.levels.filter((level) => level.area).length}>
        {coverage.status === 'loading' && <p className="muted">{t('plan.previewLoading')}</p>}
        {coverage.status === 'error' && <p className="form-error">{coverage.message}</p>}
        {coverage.status === 'loaded' && (
          <ul className="legend-list">
            {DORI_LEVELS.map((level) => {
              const entry = coverage.levels.find((candidate) => candidate.level === level);
              return (
                <li key={level}>
                  <span className="dori-swatch" style={{ background: DORI_COLOURS[level] }} aria-hidden="true" />
                  {labelOf(level)}: {entry?.area ? `${formatArea(entry.areaSquareMeters) ?? ''}${entry.farMeters ? ` · ≤ ${formatDistance(entry.farMeters)}` : ''}` : (entry?.unavailableReason ?? '—')}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {canPlan && <AssetHistory key={`history-${camera.id}`} entityType="Camera" entityId={camera.id} version={camera.version} />}
    </section>
  );
}
