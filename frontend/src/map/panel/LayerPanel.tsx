import { MAP_LAYERS, type MapLayerId } from '../layerCatalog';
import { Swatch } from './Swatch';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';

export interface LayerPanelProps {
  visibleLayers: readonly MapLayerId[];
  onChange: (layers: readonly MapLayerId[]) => void;
  /** Features per layer, shown next to its name; undefined while loading, 'error' when loading failed. */
  featureCounts: Partial<Record<MapLayerId, number | 'error'>>;
}

/**
 * The layer switcher: one native checkbox per layer (Tab / Space work), listed top layer first as
 * on the map, each with its symbol.
 */
export function LayerPanel({ visibleLayers, onChange, featureCounts }: LayerPanelProps) {
  const { t } = useTranslation();
  const toggle = (id: MapLayerId, visible: boolean) =>
    onChange(MAP_LAYERS.map((layer) => layer.id).filter((other) => (other === id ? visible : visibleLayers.includes(other))));
  const topFirst = [...MAP_LAYERS].reverse();
  const allShown = visibleLayers.length === MAP_LAYERS.length;
  return (
    <section className="panel-section" aria-labelledby="layers-heading">
      <div className="panel-section-header">
        <h2 id="layers-heading">{t('layers.heading')}</h2>
        <button
          type="button"
          className="link-button"
          data-testid="layer-toggle-all"
          onClick={() => onChange(allShown ? [] : MAP_LAYERS.map((layer) => layer.id))}
        >
          {allShown ? t('layers.hideAll') : t('layers.showAll')}
        </button>
      </div>
      <ul className="layer-list">
        {topFirst.map((layer) => {
          const inputId = `layer-toggle-${layer.id}`;
          const count = featureCounts[layer.id];
          return (
            <li key={layer.id} className="layer-row">
              <input
                id={inputId}
                type="checkbox"
                data-testid={inputId}
                checked={visibleLayers.includes(layer.id)}
                onChange={(event) => toggle(layer.id, event.currentTarget.checked)}
              />
              <label htmlFor={inputId}>
                <Swatch swatch={layer.swatch} />
                <span className="layer-name">{t(`layers.${layer.id}`)}</span>
                <span className="layer-count">{countText(count, t('layers.notLoaded'))}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function countText(count: number | 'error' | undefined, notLoaded: string): string {
  if (count === undefined) return '…';
  if (count === 'error') return notLoaded;
  return formatNumber(count, 0);
}
