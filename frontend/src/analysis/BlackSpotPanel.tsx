import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { nodesOf } from '../api/useConnection';
import { labelOf } from '../domain/labels';
import { formatPercent } from '../i18n/format';
import type { BlackSpotNode } from '../map/layers/blackSpotsQuery';
import type { CameraSelectionMode, Selection } from '../map/mapUrlState';
import type { MapData } from '../map/useMapData';
import {
  EMPTY_FAILURES, failureOfElement, fetchBlackSpotCoverages, fetchBlackSpotSinglePointsOfFailure, fetchOutageImpact,
  type BlackSpotCoverage, type CriticalElement, type FailureSet, type OutageResult,
} from './analysisApi';

export type BlackSpotSort = 'priority' | 'shortfall';

/** Priority first (5 = highest), then the largest shortfall; or the other way round. */
export function sortBlackSpots<TRow extends { spot: Pick<BlackSpotNode, 'priority' | 'code'>; coverage?: Pick<BlackSpotCoverage, 'coveredFraction'> }>(rows: readonly TRow[], by: BlackSpotSort): TRow[] {
  const shortfall = (row: TRow) => 1 - (row.coverage?.coveredFraction ?? 0);
  return [...rows].sort((a, b) =>
    by === 'priority'
      ? b.spot.priority - a.spot.priority || shortfall(b) - shortfall(a) || a.spot.code.localeCompare(b.spot.code)
      : shortfall(b) - shortfall(a) || b.spot.priority - a.spot.priority || a.spot.code.localeCompare(b.spot.code));
}

export function BlackSpotPanel({
  data, mode, onMode, onSelect, selection, onCoverages, refreshKey, onFailures, onOutage,
}: {
  data: MapData;
  mode: CameraSelectionMode;
  onMode: (mode: CameraSelectionMode) => void;
  onSelect: (selection: Selection) => void;
  selection: Selection | null;
  onCoverages: (coverages: BlackSpotCoverage[] | null) => void;
  refreshKey: unknown;
  onFailures: (failures: FailureSet) => void;
  onOutage: (result: OutageResult | null) => void;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<BlackSpotSort>('priority');
  const [state, setState] = useState<{ coverages?: BlackSpotCoverage[]; error?: string }>({});
  useEffect(() => {
    const abort = new AbortController();
    fetchBlackSpotCoverages(mode, abort.signal).then(
      (coverages) => {
        if (abort.signal.aborted) return;
        setState({ coverages });
        onCoverages(coverages);
      },
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [mode, refreshKey, onCoverages]);
  useEffect(() => () => onCoverages(null), [onCoverages]);

  const rows = useMemo(() => {
    const byId = new Map((state.coverages ?? []).map((coverage) => [coverage.blackSpotId, coverage]));
    return sortBlackSpots(nodesOf(data.blackSpots).map((spot) => ({ spot, coverage: byId.get(spot.id) })), sort);
  }, [data.blackSpots, state.coverages, sort]);

  return (
    <section className="panel-section" aria-labelledby="black-spot-panel-heading" data-testid="black-spot-panel">
      <h2 id="black-spot-panel-heading">{t('analysis.blackSpotsHeading')}</h2>
      <CameraModeToggle mode={mode} onMode={onMode} />
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      <label className="inline-field">
        {t('analysis.sortBy')}{' '}
        <select value={sort} onChange={(event) => setSort(event.currentTarget.value as BlackSpotSort)} data-testid="black-spot-sort">
          <option value="priority">{t('analysis.sortPriority')}</option>
          <option value="shortfall">{t('analysis.sortShortfall')}</option>
        </select>
      </label>
      {selection?.kind === 'blackSpot' && (
        <WeakPoints key={selection.id} blackSpotId={selection.id} mode={mode} refreshKey={refreshKey} onFailures={onFailures} onOutage={onOutage} />
      )}
      <ul className="black-spot-list">
        {rows.map(({ spot, coverage }) => (
          <li key={spot.id}>
            <button
              type="button"
              className={`list-button${selection?.kind === 'blackSpot' && selection.id === spot.id ? ' selected' : ''}`}
              data-testid={`black-spot-row-${spot.code}`}
              onClick={() => onSelect({ kind: 'blackSpot', id: spot.id })}
            >
              <span className="row-title">{spot.name || spot.code}</span>
              <span className="row-meta">P{spot.priority} · {labelOf(spot.requiredLevel)}</span>
              {coverage && (
                <span className="coverage-bar" aria-label={formatPercent(coverage.coveredFraction)}>
                  <span style={{ inlineSize: `${Math.round(coverage.coveredFraction * 100)}%` }} />
                  <em>{formatPercent(coverage.coveredFraction)}</em>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The selected black spot's single points of failure; picking one simulates its outage on the map. */
function WeakPoints({ blackSpotId, mode, refreshKey, onFailures, onOutage }: {
  blackSpotId: string;
  mode: CameraSelectionMode;
  refreshKey: unknown;
  onFailures: (failures: FailureSet) => void;
  onOutage: (result: OutageResult | null) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ entries?: CriticalElement[]; error?: string }>({});
  const [picked, setPicked] = useState<{ id: string; result?: OutageResult; error?: string } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    setState({});
    fetchBlackSpotSinglePointsOfFailure(blackSpotId, mode, abort.signal).then(
      (entries) => !abort.signal.aborted && setState({ entries }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [blackSpotId, mode, refreshKey]);
  const rows = state.entries ?? [];
  // An outage run from here belongs to this spot: it is taken off the map when another spot is selected or the tab closes.
  const ranOutage = useRef(false);
  useEffect(() => () => {
    if (!ranOutage.current) return;
    onFailures(EMPTY_FAILURES);
    onOutage(null);
  }, [onFailures, onOutage]);

  const simulate = async (entry: CriticalElement) => {
    const failures = failureOfElement(entry.element);
    if (!failures) return;
    setPicked({ id: entry.element.id });
    ranOutage.current = true;
    onFailures(failures);
    onOutage(null);
    try {
      const result = await fetchOutageImpact(failures, mode);
      onOutage(result);
      setPicked({ id: entry.element.id, result });
    } catch (error) {
      setPicked({ id: entry.element.id, error: userMessage(error).message });
    }
  };
  const loss = picked?.result?.losses.find((row) => row.blackSpotId === blackSpotId);

  return (
    <div className="weak-points" data-testid="spof-panel">
      <h3>{t('analysis.spofHeading')}</h3>
      {state.error && <p className="form-error" role="alert">{state.error}</p>}
      {!state.entries && !state.error && <p className="muted">{t('app.loading')}</p>}
      {state.entries && rows.length === 0 && <p className="muted" data-testid="spof-none">{t('analysis.spofNone')}</p>}
      {rows.length > 0 && (
        <>
          <p className="hint">{t('analysis.spofHint')}</p>
          <ol className="spof-list">
            {rows.map((entry) => {
              const runnable = failureOfElement(entry.element) !== null;
              return (
                <li key={entry.element.id}>
                  <button
                    type="button"
                    className={`list-button${picked?.id === entry.element.id ? ' selected' : ''}`}
                    data-testid="spof-row" data-kind={entry.element.kind} data-id={entry.element.id}
                    disabled={!runnable} onClick={() => void simulate(entry)}
                  >
                    <span className="row-title">{labelOf(entry.element.kind)} · {entry.element.code ?? entry.element.id.slice(0, 8)}</span>
                    <span className="row-meta">
                      {t('analysis.spofCost', { before: formatPercent(entry.coveredFractionBefore), after: formatPercent(entry.coveredFractionAfter) })}
                      {' · '}{t('analysis.spofCameras', { count: entry.camerasLost.length })}: {entry.camerasLost.map((camera) => camera.code ?? '?').join(', ')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {picked?.error && <p className="form-error" role="alert">{picked.error}</p>}
      {picked?.result && (
        <p data-testid="spof-outage" data-dark={picked.result.darkCameraIds.length}>
          {t('analysis.darkCameras', { count: picked.result.darkCameraIds.length })}
          {loss && <> · {t('analysis.spofLoss', { before: formatPercent(loss.before), after: formatPercent(loss.after) })}</>}
        </p>
      )}
    </div>
  );
}

/** Planned or live: the one selection of every analysis; `legend` names what it selects (default: cameras). */
export function CameraModeToggle({ mode, onMode, legend }: { mode: CameraSelectionMode; onMode: (mode: CameraSelectionMode) => void; legend?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented">
      <legend>{legend ?? t('analysis.cameraSelection')}</legend>
      {(['planned', 'live'] as const).map((value) => (
        <label key={value} className={mode === value ? 'active' : ''}>
          <input type="radio" name="camera-mode" value={value} checked={mode === value} onChange={() => onMode(value)} data-testid={`camera-mode-${value}`} />
          {t(`analysis.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}
