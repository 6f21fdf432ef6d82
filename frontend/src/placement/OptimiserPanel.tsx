import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodesOf } from '../api/useConnection';
import type { CameraModelNode } from '../editing/mutations';
import { formatArea, formatDistance, formatMad, formatNumber, formatPercent } from '../i18n/format';
import type { Selection } from '../map/mapUrlState';
import type { MapData } from '../map/useMapData';
import { isActive, scopeCoverage, type PlacementProposal, type PlacementRunInput } from './placementApi';
import type { PlacementController } from './usePlacement';

type Scope = 'selection' | 'zone' | 'all';
type Limit = 'budget' | 'cameras';

/**
 * The placement optimiser: what to serve (the selected black spot, a zone, or all), with what (a
 * budget in MAD or a number of cameras, the models allowed, new poles along the streets or not), a
 * progress bar with cancel, then the proposals (each explained: what it covers, what it costs and
 * why, its connections), the black spots' coverage before and after, the cost against the budget,
 * and acceptance of all or some of them as planned cameras.
 */
export function OptimiserPanel({ data, selection, models, placement, canPlan }: {
  data: MapData;
  selection: Selection | null;
  models: readonly CameraModelNode[];
  placement: PlacementController;
  canPlan: boolean;
}) {
  const { t } = useTranslation();
  const zones = nodesOf(data.zones);
  const spots = nodesOf(data.blackSpots);
  const selectedSpot = selection?.kind === 'blackSpot' ? spots.find((spot) => spot.id === selection.id) : undefined;
  const [scope, setScope] = useState<Scope>(selectedSpot ? 'selection' : 'zone');
  const [zoneId, setZoneId] = useState('');
  const [limit, setLimit] = useState<Limit>('budget');
  const [budget, setBudget] = useState('500000');
  const [cameraCount, setCameraCount] = useState('5');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [newPoles, setNewPoles] = useState(false);
  const [spacing, setSpacing] = useState('30');
  const [night, setNight] = useState(false);
  const [wallSpacing, setWallSpacing] = useState('10');
  const [wallHeight, setWallHeight] = useState('5');
  const { run, error } = placement;
  const running = isActive(run);

  if (!canPlan) return <p className="muted" data-testid="optimiser-planners-only">{t('placement.plannersOnly')}</p>;

  const input = (): PlacementRunInput | null => {
    const base: PlacementRunInput = {
      modelIds: excluded.size ? models.filter((model) => !excluded.has(model.id)).map((model) => model.id) : null,
      allowNewPoles: newPoles,
      newPoleSpacingMeters: newPoles ? Number(spacing) : null,
      budgetMad: limit === 'budget' ? Number(budget) : null,
      maxCameras: limit === 'cameras' ? Number(cameraCount) : null,
      night,
      walls: placement.walls.length ? [...placement.walls] : null,
      wallSpacingMeters: placement.walls.length ? Number(wallSpacing) : null,
      wallMountHeightMeters: placement.walls.length ? Number(wallHeight) : null,
    };
    if (scope === 'selection') return selectedSpot ? { ...base, blackSpotIds: [selectedSpot.id] } : null;
    if (scope === 'zone') return zoneId ? { ...base, zoneId } : null;
    return base;
  };
  const ready = input() !== null && !running;

  return (
    <section className="panel-section optimiser-panel" aria-labelledby="optimiser-heading" data-testid="optimiser-panel" data-state={run?.state ?? 'idle'}>
      <h2 id="optimiser-heading">{t('placement.heading')}</h2>
      <p className="hint">{t('placement.intro')}</p>
      <form onSubmit={(event) => { event.preventDefault(); const value = input(); if (value) void placement.start(value); }}>
        <fieldset>
          <legend>{t('placement.scope')}</legend>
          <label><input type="radio" name="optimiser-scope" checked={scope === 'selection'} onChange={() => setScope('selection')} data-testid="optimiser-scope-selection" />
            {' '}{t('placement.scopeSelection')}{selectedSpot ? ` (${selectedSpot.code})` : ''}</label>
          {scope === 'selection' && !selectedSpot && <p className="hint">{t('placement.selectSpotHint')}</p>}
          <label><input type="radio" name="optimiser-scope" checked={scope === 'zone'} onChange={() => setScope('zone')} data-testid="optimiser-scope-zone" /> {t('placement.scopeZone')}</label>
          {scope === 'zone' && (
            <select value={zoneId} onChange={(event) => setZoneId(event.target.value)} aria-label={t('placement.zone')} data-testid="optimiser-zone">
              <option value="">{t('placement.chooseZone')}</option>
              {zones.map((zone) => <option key={zone.id} value={zone.id}>{zone.name}</option>)}
            </select>
          )}
          <label><input type="radio" name="optimiser-scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="optimiser-scope-all" /> {t('placement.scopeAll')}</label>
        </fieldset>
        <fieldset>
          <legend>{t('placement.limit')}</legend>
          <label><input type="radio" name="optimiser-limit" checked={limit === 'budget'} onChange={() => setLimit('budget')} /> {t('placement.budgetMad')}</label>
          {limit === 'budget' && <input type="number" min={1} step="any" value={budget} onChange={(event) => setBudget(event.target.value)} aria-label={t('placement.budgetMad')} data-testid="optimiser-budget" />}
          <label><input type="radio" name="optimiser-limit" checked={limit === 'cameras'} onChange={() => setLimit('cameras')} data-testid="optimiser-limit-cameras" /> {t('placement.cameraCount')}</label>
          {limit === 'cameras' && <input type="number" min={1} max={500} step={1} value={cameraCount} onChange={(event) => setCameraCount(event.target.value)} aria-label={t('placement.cameraCount')} data-testid="optimiser-camera-count" />}
        </fieldset>
        <fieldset>
          <legend>{t('placement.when')}</legend>
          <label><input type="radio" name="optimiser-when" checked={!night} onChange={() => setNight(false)} data-testid="optimiser-day" /> {t('placement.byDay')}</label>
          <label><input type="radio" name="optimiser-when" checked={night} onChange={() => setNight(true)} data-testid="optimiser-night" /> {t('placement.byNight')}</label>
        </fieldset>
        <details>
          <summary>{t('placement.models', { count: models.length - excluded.size, total: models.length })}</summary>
          {models.map((model) => (
            <label key={model.id} className="optimiser-model">
              <input type="checkbox" checked={!excluded.has(model.id)} onChange={() => setExcluded((previous) => {
                const next = new Set(previous);
                if (next.has(model.id)) next.delete(model.id);
                else next.add(model.id);
                return next;
              })} /> {model.code}
            </label>
          ))}
        </details>
        <label><input type="checkbox" checked={newPoles} onChange={(event) => setNewPoles(event.target.checked)} data-testid="optimiser-new-poles" /> {t('placement.newPoles')}</label>
        {newPoles && (
          <label>{t('placement.spacing')}{' '}
            <input type="number" min={10} max={500} value={spacing} onChange={(event) => setSpacing(event.target.value)} data-testid="optimiser-spacing" />
          </label>
        )}
        <fieldset data-testid="optimiser-walls" data-count={placement.walls.length}>
          <legend>{t('placement.walls', { count: placement.walls.length })}</legend>
          <p className="hint">{placement.drawingWall ? t('placement.drawWallHint') : t('placement.wallsHint')}</p>
          <div className="button-row">
            <button type="button" className="secondary-button" aria-pressed={placement.drawingWall} onClick={() => placement.setDrawingWall(!placement.drawingWall)} data-testid="optimiser-draw-wall">
              {placement.drawingWall ? t('placement.stopDrawingWall') : t('placement.drawWall')}
            </button>
            {placement.walls.length > 0 && <button type="button" className="secondary-button" onClick={placement.clearWalls} data-testid="optimiser-clear-walls">{t('placement.clearWalls')}</button>}
          </div>
          {placement.walls.length > 0 && (
            <>
              <label>{t('placement.wallSpacing')}{' '}
                <input type="number" min={2} max={200} value={wallSpacing} onChange={(event) => setWallSpacing(event.target.value)} data-testid="optimiser-wall-spacing" />
              </label>
              <label>{t('placement.wallHeight')}{' '}
                <input type="number" min={2} max={30} step="any" value={wallHeight} onChange={(event) => setWallHeight(event.target.value)} data-testid="optimiser-wall-height" />
              </label>
            </>
          )}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary-button" disabled={!ready} data-testid="optimiser-run">{t('placement.run')}</button>
          {run && !running && <button type="button" className="secondary-button" onClick={placement.clear}>{t('placement.clear')}</button>}
        </div>
      </form>
      {error && <p className="form-error" role="alert" data-testid="optimiser-error">{error}</p>}
      {running && run && (
        <div className="optimiser-progress" data-testid="optimiser-running">
          <progress max={1} value={run.progressFraction} aria-label={t('placement.progress')} data-testid="optimiser-progress" />
          <span>{t(`placement.phase.${run.state === 'loading' ? 'loading' : (run.phase ?? 'coverage')}`)} · {formatPercent(run.progressFraction)} · {t('placement.soFar', { count: run.proposalCount })}</span>
          <button type="button" className="secondary-button" onClick={() => void placement.cancel()} data-testid="optimiser-cancel">{t('placement.cancel')}</button>
        </div>
      )}
      {run?.state === 'failed' && <p className="form-error" role="alert">{t('placement.failed', { error: run.error ?? '' })}</p>}
      {run?.result && <Results placement={placement} />}
    </section>
  );
}

function Results({ placement }: { placement: PlacementController }) {
  const { t } = useTranslation();
  const run = placement.run!;
  const result = run.result!;
  const before = scopeCoverage(result.blackSpots, 'before');
  const after = scopeCoverage(result.blackSpots, 'after');
  const pending = result.proposals.filter((proposal) => !proposal.accepted);
  return (
    <div className="optimiser-results" data-testid="optimiser-results" data-proposals={result.proposals.length}>
      {run.state === 'cancelled' && <p className="hint">{t('placement.cancelled')}</p>}
      {run.night && <p className="hint" data-testid="optimiser-night-run">{t('placement.nightRun')}</p>}
      <p data-testid="optimiser-summary">
        {t('placement.summary', { count: result.proposals.length, cost: formatMad(result.spentMad) ?? '' })}
        {run.budgetMad != null && ` ${t('placement.ofBudget', { budget: formatMad(run.budgetMad) ?? '', share: formatPercent(result.spentMad / run.budgetMad) ?? '' })}`}
      </p>
      <p>
        {t('placement.coverage')}{' '}
        <strong data-testid="optimiser-coverage-before" data-value={before}>{formatPercent(before)}</strong> → <strong data-testid="optimiser-coverage-after" data-value={after}>{formatPercent(after)}</strong>
      </p>
      {placement.coverageNow !== null && (
        <p data-testid="optimiser-coverage-now" data-value={placement.coverageNow}>{t('placement.coverageNow', { value: formatPercent(placement.coverageNow) })}</p>
      )}
      {result.mountsWithoutConnection > 0 && <p className="hint">{t('placement.unconnected', { count: result.mountsWithoutConnection })}</p>}
      <table className="data-table optimiser-spots">
        <thead><tr><th>{t('placement.spot')}</th><th>{t('placement.before')}</th><th>{t('placement.after')}</th></tr></thead>
        <tbody>
          {result.blackSpots.map((spot) => (
            <tr key={spot.blackSpotId} data-testid="optimiser-spot" data-code={spot.code}>
              <td>{spot.code} <span className="muted">P{spot.priority}</span></td>
              <td>{formatPercent(spot.coveredFractionBefore)}</td>
              <td>{formatPercent(spot.coveredFractionAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.proposals.length === 0 ? (
        <p className="muted">{t(`placement.stopped.${result.stoppedReason}`, { defaultValue: t('placement.none') })}</p>
      ) : (
        <>
          <ol className="optimiser-proposals">
            {result.proposals.map((proposal) => (
              <ProposalItem key={proposal.index} proposal={proposal} placement={placement} />
            ))}
          </ol>
          {placement.acceptedNotice && (
            <p className="notice" role="status" data-testid="optimiser-accepted">
              {t('placement.accepted', { cameras: placement.acceptedNotice.cameras, poles: placement.acceptedNotice.poles })}
            </p>
          )}
          {pending.length > 0 && (
            <div className="button-row">
              <button type="button" className="primary-button" disabled={placement.accepting || placement.picked.size === 0} onClick={() => void placement.accept(false)} data-testid="optimiser-accept-picked">
                {t('placement.acceptPicked', { count: placement.picked.size })}
              </button>
              <button type="button" className="secondary-button" disabled={placement.accepting} onClick={() => void placement.accept(true)} data-testid="optimiser-accept-all">
                {t('placement.acceptAll', { count: pending.length })}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function ProposalItem({ proposal, placement }: { proposal: PlacementProposal; placement: PlacementController }) {
  const { t } = useTranslation();
  const where = proposal.newPole ? (proposal.mountKind === 'wall' ? t('placement.newWallBracket') : t('placement.newPole')) : t(`placement.mount.${proposal.mountKind}`, { code: proposal.poleCode ?? '' });
  const route = (kind: 'fiber' | 'power') => {
    const value = proposal[kind];
    if (value.alreadyConnected) return t(`placement.${kind}Connected`);
    return t(`placement.${kind}Route`, {
      length: formatDistance(value.lengthMeters) ?? '', target: value.targetCode ?? '?', cost: formatMad(value.costMad) ?? '',
      duct: value.ductMeters > 0 ? t('placement.inDucts', { length: formatDistance(value.ductMeters) ?? '' }) : '',
    });
  };
  const focused = placement.focus === proposal.index;
  return (
    <li className={`optimiser-proposal${focused ? ' focused' : ''}${proposal.accepted ? ' accepted' : ''}`} data-testid="optimiser-proposal" data-index={proposal.index} data-accepted={proposal.accepted} data-mount-kind={proposal.mountKind} data-new-mount={proposal.newPole}
      onMouseEnter={() => placement.setFocus(proposal.index)} onMouseLeave={() => placement.setFocus(null)}>
      <label>
        <input type="checkbox" disabled={proposal.accepted} checked={proposal.accepted || placement.picked.has(proposal.index)} onChange={() => placement.togglePick(proposal.index)}
          data-testid={`optimiser-pick-${proposal.index}`} aria-label={t('placement.pick', { number: proposal.index + 1 })} />
        {' '}<strong>{proposal.modelCode}</strong> · {where} · {formatNumber(proposal.headingDegrees, 0)}°
        {proposal.accepted && <span className="badge"> {t('placement.isAccepted')}</span>}
      </label>
      <ul className="optimiser-explain">
        <li>{t('placement.covers', {
          spots: proposal.blackSpots.map((spot) => `${spot.code} ${formatArea(spot.coveredSquareMeters) ?? ''}`).join(', ') || '—',
          level: proposal.coverageLevel ? t(`vocab.${proposal.coverageLevel}`) : '—',
        })}</li>
        <li>{t('placement.costs', {
          total: formatMad(proposal.totalCostMad) ?? '', camera: formatMad(proposal.cameraCostMad) ?? '', mount: formatMad(proposal.mountCostMad) ?? '',
          connection: formatMad(proposal.connectionCostMad) ?? '',
        })}</li>
        <li>{route('fiber')}</li>
        <li>{route('power')}</li>
      </ul>
    </li>
  );
}

export function usePlacementScopeCodes(placement: PlacementController): string[] {
  return useMemo(() => placement.run?.result?.blackSpots.map((spot) => spot.code) ?? [], [placement.run]);
}
