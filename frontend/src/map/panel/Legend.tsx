import { ASSET_STATUSES, BLACK_SPOT_CATEGORIES, NETWORK_NODE_KINDS } from '../../domain/vocabulary';
import { labelOf } from '../../domain/labels';
import { BLACK_SPOT_COLOURS, NETWORK_NODE_STYLES, POWER_COLOUR, STATUS_COLOURS } from '../mapStyles';
import { Swatch } from './Swatch';

/** What colours and line styles mean; generated from the same tables as the map styles. */
export function Legend() {
  return (
    <section className="panel-section" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <h3>Status · cameras, fields of view, fiber runs</h3>
      <ul className="legend-list legend-columns">
        {ASSET_STATUSES.map((status) => (
          <li key={status}>
            <Swatch swatch={{ shape: 'point', stroke: '#ffffff', fill: STATUS_COLOURS[status] }} />
            {labelOf(status)}
          </li>
        ))}
      </ul>
      <h3>Black spot category</h3>
      <ul className="legend-list legend-columns">
        {BLACK_SPOT_CATEGORIES.map((category) => (
          <li key={category}>
            <Swatch swatch={{ shape: 'polygon', stroke: BLACK_SPOT_COLOURS[category], fill: `${BLACK_SPOT_COLOURS[category]}55` }} />
            {labelOf(category)}
          </li>
        ))}
      </ul>
      <p className="legend-note">Stronger fill = higher priority.</p>
      <h3>Network node kind</h3>
      <ul className="legend-list legend-columns">
        {NETWORK_NODE_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch swatch={{ shape: 'point', stroke: '#ffffff', fill: NETWORK_NODE_STYLES[kind].colour, size: Math.min(12, NETWORK_NODE_STYLES[kind].radius * 1.4) }} />
            {labelOf(kind)}
          </li>
        ))}
      </ul>
      <h3>Lines</h3>
      <ul className="legend-list">
        <li>
          <Swatch swatch={{ shape: 'line', stroke: STATUS_COLOURS.installed }} />
          Fiber run (duct, facade)
        </li>
        <li>
          <Swatch swatch={{ shape: 'line', stroke: STATUS_COLOURS.installed, dashed: true }} />
          Fiber run, aerial
        </li>
        <li>
          <Swatch swatch={{ shape: 'line', stroke: POWER_COLOUR }} />
          Power feed, permanent
        </li>
        <li>
          <Swatch swatch={{ shape: 'line', stroke: POWER_COLOUR, dashed: true }} />
          Power feed, switched
        </li>
      </ul>
    </section>
  );
}
