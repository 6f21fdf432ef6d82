import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodesOf } from '../api/useConnection';
import { labelOf } from '../domain/labels';
import type { Selection } from '../map/mapUrlState';
import type { MapData } from '../map/useMapData';

interface Hit {
  selection: Selection;
  code: string;
  name: string;
  kind: string;
}

/** Assets whose code or name contains the text (case- and accent-insensitive), best (code prefix) first. */
export function searchAssets(data: MapData, text: string, limit = 12): Hit[] {
  const fold = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const query = fold(text.trim());
  if (query.length < 2) return [];
  const sources: Array<[Selection['kind'], string, ReadonlyArray<{ id: string; code?: string; name?: string | null }>]> = [
    ['camera', 'camera', nodesOf(data.cameras)], ['pole', 'pole', nodesOf(data.poles)], ['networkNode', 'network_node', nodesOf(data.networkNodes)],
    ['blackSpot', 'blackSpots', nodesOf(data.blackSpots)], ['powerSource', 'power_source', nodesOf(data.powerSources)], ['fiberRun', 'fiber-runs', nodesOf(data.fiberRuns)],
    ['powerFeed', 'power-feeds', nodesOf(data.powerFeeds)], ['zone', 'zones', nodesOf(data.zones)],
  ];
  const hits: Array<Hit & { rank: number }> = [];
  for (const [kind, label, nodes] of sources) {
    for (const node of nodes) {
      const code = fold(node.code ?? '');
      const name = fold(node.name ?? '');
      const rank = code.startsWith(query) ? 0 : code.includes(query) ? 1 : name.includes(query) ? 2 : -1;
      if (rank >= 0) hits.push({ selection: { kind, id: node.id }, code: node.code ?? '', name: node.name ?? '', kind: label, rank });
    }
  }
  return hits.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)).slice(0, limit);
}

/** A combobox: type, arrow through the results, Enter selects (and the map flies there). */
export function SearchBox({ data, onPick }: { data: MapData; onPick: (selection: Selection) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchAssets(data, text), [data, text]);
  const open = text.trim().length >= 2;
  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    onPick(hit.selection);
    setText('');
  };
  const kindLabel = (kind: string) => (t(`collections.${kind}`, { defaultValue: '' }) || t(`layers.${kind}`, { defaultValue: '' }) || labelOf(kind));
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className="visually-hidden">{t('analysis.searchLabel')}</label>
      <input
        id={`${id}-input`}
        data-testid="search-input"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && hits[active] ? `${id}-hit-${active}` : undefined}
        placeholder={t('analysis.searchPlaceholder')}
        value={text}
        onChange={(event) => { setText(event.currentTarget.value); setActive(0); }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') { event.preventDefault(); setActive((value) => Math.min(value + 1, hits.length - 1)); }
          if (event.key === 'ArrowUp') { event.preventDefault(); setActive((value) => Math.max(value - 1, 0)); }
          if (event.key === 'Enter') { event.preventDefault(); pick(hits[active]); }
          if (event.key === 'Escape') setText('');
        }}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="search-results" data-testid="search-results">
          {hits.length === 0 && <li className="muted" role="option" aria-selected={false} aria-disabled>{t('analysis.noResults')}</li>}
          {hits.map((hit, index) => (
            <li key={`${hit.selection.kind}-${hit.selection.id}`} id={`${id}-hit-${index}`} role="option" aria-selected={index === active}
              className={index === active ? 'active' : ''} onMouseDown={(event) => { event.preventDefault(); pick(hit); }}>
              <strong>{hit.code}</strong> {hit.name && <span>{hit.name}</span>} <em>{kindLabel(hit.kind)}</em>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
