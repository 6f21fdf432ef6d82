import { useTranslation } from 'react-i18next';
import type { Tool, Planning } from './usePlanning';

const TOOLS: Array<{ tool: Tool; key: string; hint: string }> = [
  { tool: 'select', key: 'plan.select', hint: 'plan.hintSelect' },
  { tool: 'place-camera', key: 'plan.placeCamera', hint: 'plan.hintPlaceCamera' },
  { tool: 'draw-black-spot', key: 'plan.drawBlackSpot', hint: 'plan.hintDrawPolygon' },
  { tool: 'draw-building', key: 'plan.drawBuilding', hint: 'plan.hintDrawPolygon' },
  { tool: 'draw-fiber', key: 'plan.drawFiber', hint: 'plan.hintDrawLine' },
  { tool: 'draw-power-feed', key: 'plan.drawPowerFeed', hint: 'plan.hintDrawLine' },
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
