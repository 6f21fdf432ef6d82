import { ASSET_STATUSES, BLACK_SPOT_CATEGORIES, NETWORK_NODE_KINDS } from '../../domain/vocabulary';
import { labelOf } from '../../domain/labels';
import { BLACK_SPOT_COLOURS, NETWORK_NODE_STYLES, POWER_COLOUR, STATUS_COLOURS } from '../mapStyles';
import { Swatch } from './Swatch';
import { useTranslation } from 'react-i18next';

/** What colours and line styles mean; generated from the same tables as the map styles. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="panel-section" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <h3>{t('legend.status')}</h3>
      <ul className="legend-list legend-columns">
        {ASSET_STATUSES.map((status) => (
          <li key={status}>
            <Swatch swatch={{ shape: 'point', stroke: '#ffffff', fill: STATUS_COLOURS[status] }} />
            {labelOf(status)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.category')}</h3>
      <ul className="legend-list legend-columns">
        {BLACK_SPOT_CATEGORIES.map((category) => (
          <li key={category}>
            <Swatch swatch={{ shape: 'polygon', stroke: BLACK_SPOT_COLOURS[category], fill: `${BLACK_SPOT_COLOURS[category]}55` }} />
            {labelOf(category)}
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('legend.priorityNote')}</p>
      <h3>{t('legend.nodeKind')}</h3>
      <ul className="legend-list legend-columns">
        {NETWORK_NODE_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch swatch={{ shape: 'point', stroke: '#ffffff', fill: NETWORK_NODE_STYLES[kind].colour, size: Math.min(12, NETWORK_NODE_STYLES[kind].radius * 1.4) }} />
            {labelOf(kind)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.lines')}</h3>
      <ul className="legend-list">
        <li>
          <Swatch swatch={{ shape: 'line', stroke: STATUS_COLOURS.installed }} />
          {t('legend.fiberSolid')}
        </li>
        <li>
          <Swatch swatch={{ shape: 'line', stroke: STATUS_COLOURS.installed, dashed: true }} />
          {t('legend.fiberAerial')}
        </li>
        <li>
          <Swatch swatch={{ shape: 'line', stroke: POWER_COLOUR }} />
          {t('legend.powerPermanent')}
        </li>
        <li>
          <Swatch swatch={{ shape: 'line', stroke: POWER_COLOUR, dashed: true }} />
          {t('legend.powerSwitched')}
        </li>
      </ul>
      <p className="legend-note">{t('legend.existingNote')}</p>
    </section>
  );
}
