import { useEffect, useState } from 'react';
import '../catalogue/catalogue.css';
import { useTranslation } from 'react-i18next';
import type { CameraCoverage } from '../analysis/analysisApi';
import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import { userMessage } from '../api/errors';
import type { PtzPreset } from '../editing/mutations';
import type { MultiPolygon, Polygon } from 'geojson';
import { labelOf } from '../domain/labels';
import { DORI_LEVELS } from '../domain/vocabulary';
import { polygonalIntersects } from '../geo/intersects';
import { formatArea, formatDegrees, formatNumber } from '../i18n/format';
import type { BlackSpotNode } from '../map/layers/blackSpotsQuery';
import { DORI_COLOURS } from '../map/layers/OverlayLayer';
import type { CameraNode } from '../map/layers/camerasQuery';
import type { Planning } from './usePlanning';

const CAMERA_PRESETS = graphql(`
  query CameraPtzPresets($id: ID!) { camera(id: $id) { ptzPresets { name headingDegrees tiltDegrees zoomFactor } } }
`);
const PRESET_COVERAGE = graphql(`
  query PtzPresetCoverage($id: ID!) { ptzPresetCoverage(cameraId: $id) { presetName coverage { ...CameraCoverageFields } } }
`);
const REACHABLE_COVERAGE = graphql(`
  query PtzReachableCoverage($id: ID!, $zoom: Float!) { ptzReachableCoverage(cameraId: $id, zoomFactor: $zoom) { ...CameraCoverageFields } }
`);

type PresetViews = Map<string, CameraCoverage[]>;

/** The black spots a view serves: those its area at the spot's required level overlaps. */
export function blackSpotsServed(levels: readonly CameraCoverage[], blackSpots: readonly BlackSpotNode[]): BlackSpotNode[] {
  return blackSpots.filter((spot) => {
    const area = levels.find((level) => level.level === spot.requiredLevel)?.area as Polygon | MultiPolygon | undefined;
    return Boolean(area && spot.boundary && polygonalIntersects(area, spot.boundary as Polygon));
  });
}

/** A view's figures: the area seen at each DORI level, and the black spots it serves. */
function ViewFigures({ levels, blackSpots, testId }: { levels: readonly CameraCoverage[]; blackSpots: readonly BlackSpotNode[]; testId: string }) {
  const { t } = useTranslation();
  const served = blackSpotsServed(levels, blackSpots);
  return (
    <div className="ptz-figures" data-testid={testId} data-served={served.length}>
      <ul className="legend-list">
        {DORI_LEVELS.map((level) => {
          const entry = levels.find((candidate) => candidate.level === level);
          return (
            <li key={level} data-level={level} data-area={entry?.areaSquareMeters ?? 0}>
              <span className="dori-swatch" style={{ background: DORI_COLOURS[level] }} aria-hidden="true" />
              {labelOf(level)}: {entry?.area ? formatArea(entry.areaSquareMeters) : '—'}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('ptz.served', { number: formatNumber(served.length, 0) })}{served.length > 0 ? `: ${served.map((spot) => spot.name || spot.code).join(', ')}` : ''}</p>
    </div>
  );
}

/**
 * A PTZ camera's presets, the way operators set them: aim the camera (heading and tilt in the editor),
 * pick a zoom, save the aim under a name. "Show" draws a preset's view on the map.
 */
export function PtzPresets({
  camera, canPlan, planning, aim, onCoverage, blackSpots = [],
}: {
  camera: CameraNode;
  /** The black spots, to say which each view serves. */
  blackSpots?: readonly BlackSpotNode[];
  canPlan: boolean;
  planning: Planning;
  aim: { headingDegrees: number; tiltDegrees: number };
  onCoverage: (coverage: CameraCoverage[] | null) => void;
}) {
  const { t } = useTranslation();
  const [presets, setPresets] = useState<PtzPreset[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [zoom, setZoom] = useState(1);
  const [views, setViews] = useState<PresetViews | null>(null);
  const [reachZoom, setReachZoom] = useState(1);
  const [reach, setReach] = useState<{ zoom: number; levels: CameraCoverage[] } | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    graphqlRequest(CAMERA_PRESETS, { id: camera.id }, { signal: abort.signal }).then(
      (data) => !abort.signal.aborted && setPresets(data.camera?.ptzPresets ?? []),
      (failure: unknown) => !abort.signal.aborted && setError(userMessage(failure).message),
    );
    return () => abort.abort();
  }, [camera.id, camera.version]);

  // Every preset's view, computed by the API when the presets change: the figures beside each one.
  const presetsKey = JSON.stringify(presets);
  useEffect(() => {
    if (!presets || presets.length === 0) return undefined;
    const abort = new AbortController();
    graphqlRequest(PRESET_COVERAGE, { id: camera.id }, { signal: abort.signal }).then(
      (data) => !abort.signal.aborted && setViews(new Map(data.ptzPresetCoverage.map((view) => [view.presetName, view.coverage]))),
      (failure: unknown) => !abort.signal.aborted && setError(userMessage(failure).message),
    );
    return () => abort.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera.id, camera.version, presetsKey]);

  const showReach = async () => {
    setError(null);
    try {
      const levels = (await graphqlRequest(REACHABLE_COVERAGE, { id: camera.id, zoom: reachZoom })).ptzReachableCoverage;
      setReach({ zoom: reachZoom, levels });
      setShown(null);
      onCoverage(levels);
    } catch (failure) {
      setError(userMessage(failure).message);
    }
  };

  const save = async (next: PtzPreset[], label: string) => {
    setError(null);
    // The presets as they were go with the camera, so that undo puts them back.
    const saved = await planning.update('Camera', { ...camera, ptzPresets: presets ?? [] } as CameraNode, { ptzPresets: next }, label, t('vocab.camera').toLowerCase());
    if (saved) setPresets(next);
  };
  const show = async (presetName: string) => {
    setError(null);
    const known = views?.get(presetName);
    if (known) {
      setShown(presetName);
      onCoverage(known);
      return;
    }
    try {
      const views = (await graphqlRequest(PRESET_COVERAGE, { id: camera.id })).ptzPresetCoverage;
      const view = views.find((candidate) => candidate.presetName === presetName);
      setShown(view ? presetName : null);
      onCoverage(view?.coverage ?? null);
    } catch (failure) {
      setError(userMessage(failure).message);
    }
  };

  if (!presets) return error ? <p className="form-error" role="alert">{error}</p> : null;
  return (
    <section aria-labelledby="ptz-presets-heading" data-testid="ptz-presets" data-count={presets.length}>
      <h3 id="ptz-presets-heading">{t('plan.presets')}</h3>
      {presets.length === 0 && <p className="muted">{t('plan.presetsNone')}</p>}
      <ul className="failure-list">
        {presets.map((preset) => (
          <li key={preset.name} data-testid="ptz-preset" data-name={preset.name} className={shown === preset.name ? 'selected' : undefined}>
            <span>{preset.name} · {formatDegrees(preset.headingDegrees)} · {formatNumber(preset.zoomFactor, 1)}×</span>
            <span>
              <button type="button" className="link-button" data-testid="ptz-preset-show" onClick={() => void show(preset.name)}>{t('plan.presetShow')}</button>
              {canPlan && (
                <button type="button" className="link-button" aria-label={t('plan.presetRemove', { name: preset.name })} disabled={planning.busy}
                  onClick={() => void save(presets.filter((other) => other.name !== preset.name), t('plan.presetRemoved', { name: preset.name, code: camera.code }))}>×</button>
              )}
            </span>
            {views?.get(preset.name) && <ViewFigures levels={views.get(preset.name)!} blackSpots={blackSpots} testId="ptz-preset-figures" />}
          </li>
        ))}
      </ul>
      {canPlan && (
        <form className="form-grid" onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          const preset = { name: trimmed, headingDegrees: ((aim.headingDegrees % 360) + 360) % 360, tiltDegrees: aim.tiltDegrees, zoomFactor: zoom };
          void save([...presets.filter((other) => other.name !== trimmed), preset], t('plan.presetSaved', { name: trimmed, code: camera.code })).then(() => setName(''));
        }}>
          <label htmlFor="ptz-preset-name">{t('plan.presetName')}</label>
          <input id="ptz-preset-name" data-testid="ptz-preset-name" value={name} maxLength={80} onChange={(event) => setName(event.currentTarget.value)} />
          <label htmlFor="ptz-preset-zoom">{t('plan.presetZoom')}</label>
          <input id="ptz-preset-zoom" data-testid="ptz-preset-zoom" type="number" min={1} max={100} step={0.5} value={zoom}
            onChange={(event) => setZoom(Number(event.currentTarget.value) || 1)} />
          <div className="button-row">
            <button type="submit" className="secondary-button" data-testid="ptz-preset-save" disabled={planning.busy || !name.trim()}>{t('plan.presetSave')}</button>
          </div>
        </form>
      )}
      <h4>{t('ptz.reachHeading')}</h4>
      <form className="form-grid" onSubmit={(event) => { event.preventDefault(); void showReach(); }}>
        <label htmlFor="ptz-reach-zoom">{t('plan.presetZoom')}</label>
        <input id="ptz-reach-zoom" data-testid="ptz-reach-zoom" type="number" min={1} step={0.5} value={reachZoom}
          onChange={(event) => setReachZoom(Number(event.currentTarget.value) || 1)} />
        <div className="button-row">
          <button type="submit" className="secondary-button" data-testid="ptz-reach-show">{t('ptz.reachShow')}</button>
        </div>
      </form>
      {reach && (
        <>
          <p className="muted">{t('ptz.reachAt', { zoom: formatNumber(reach.zoom, 1) })}</p>
          <ViewFigures levels={reach.levels} blackSpots={blackSpots} testId="ptz-reach" />
        </>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
