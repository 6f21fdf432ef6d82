import { useTranslation } from 'react-i18next';
import { labelOf } from '../domain/labels';
import { NETWORK_NODE_KINDS, POLE_KINDS, POWER_SOURCE_KINDS } from '../domain/vocabulary';
import { isPointTool, POINT_TOOLS, type PointType, type Tool, type Planning } from './usePlanning';

/** The kinds a placing tool offers (the control centre is one per city: placed by an administrator's import, not here). */
const POINT_KINDS: Record<PointType, readonly string[]> = {
  Pole: POLE_KINDS, NetworkNode: NETWORK_NODE_KINDS.filter((kind) => kind !== 'control_centre'), PowerSource: POWER_SOURCE_KINDS,
};

const TOOLS: Array<{ tool: Tool; key: string; hint: string }> = [
  { tool: 'select', key: 'plan.select', hint: 'plan.hintSelect' },
  { tool: 'place-camera', key: 'plan.placeCamera', hint: 'plan.hintPlaceCamera' },
  { tool: 'draw-black-spot', key: 'plan.drawBlackSpot', hint: 'plan.hintDrawPolygon' },
  { tool: 'draw-building', key: 'plan.drawBuilding', hint: 'plan.hintDrawPolygon' },
  { tool: 'draw-fiber', key: 'plan.drawFiber', hint: 'plan.hintDrawLine' },
  { tool: 'draw-power-feed', key: 'plan.drawPowerFeed', hint: 'plan.hintDrawLine' },
  { tool: 'place-pole', key: 'assets.placePole', hint: 'assets.hintPlacePoint' },
  { tool: 'place-network-node', key: 'assets.placeNetworkNode', hint: 'assets.hintPlacePoint' },
  { tool: 'place-power-source', key: 'assets.placePowerSource', hint: 'assets.hintPlacePoint' },
];

/** The planning tools (one at a time, a radio group) and undo. */
export function PlanPanel({ tool, onTool, planning, canPlan }: { tool: Tool; onTool: (tool: Tool) => void; planning: Planning; canPlan: boolean }) {
  const { t } = useTranslation();
  if (!canPlan) return <section className="panel-section"><p className="muted" data-testid="plan-read-only">{t('plan.readOnly')}</p></section>;
  const hint = TOOLS.find((entry) => entry.tool === tool)?.hint ?? 'plan.hintSelect';
  return (
    <section className="panel-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('plan.tools')}</h2>
      <div role="radiogroup" aria-labelledby="plan-heading" className="tool-grid">
        {TOOLS.map((entry) => (
          <button
            key={entry.tool}
            type="button"
            role="radio"
            aria-checked={tool === entry.tool}
            className={`tool-button${tool === entry.tool ? ' active' : ''}`}
            data-testid={`tool-${entry.tool}`}
            onClick={() => onTool(entry.tool)}
          >
            {t(entry.key)}
          </button>
        ))}
      </div>
      {isPointTool(tool) && (
        <div className="inline-field">
          <label htmlFor="point-kind">{t('field.kind')}</label>
          <select id="point-kind" data-testid="point-kind" value={planning.pointKinds[POINT_TOOLS[tool]]}
            onChange={(event) => planning.setPointKind(POINT_TOOLS[tool], event.currentTarget.value)}>
            {POINT_KINDS[POINT_TOOLS[tool]].map((kind) => <option key={kind} value={kind}>{labelOf(kind)}</option>)}
          </select>
        </div>
      )}
      <p className="hint" data-testid="tool-hint">{t(hint)}</p>
      <button
        type="button"
        className="secondary-button"
        data-testid="undo"
        disabled={!planning.undoLabel || planning.busy}
        onClick={() => void planning.undo()}
        aria-keyshortcuts="Control+Z"
      >
        {planning.undoLabel ? t('plan.undo', { label: planning.undoLabel }) : t('plan.nothingToUndo')}
      </button>
    </section>
  );
}
