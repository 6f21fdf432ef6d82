import type { LayerSwatch } from '../layerCatalog';

/** A small symbol of how a layer is drawn, for the layer list and the legend. */
export function Swatch({ swatch }: { swatch: LayerSwatch }) {
  const { shape, stroke, fill = 'none', dashed, size = 10 } = swatch;
  return (
    <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {shape === 'point' && <circle cx="11" cy="7" r={size / 2} fill={fill} stroke={stroke === '#ffffff' ? '#ffffff' : stroke} strokeWidth="1.5" className="swatch-point" />}
      {shape === 'line' && <line x1="2" y1="7" x2="20" y2="7" stroke={stroke} strokeWidth="3" strokeLinecap="round" strokeDasharray={dashed ? '4 3' : undefined} />}
      {shape === 'polygon' && <rect x="3" y="2" width="16" height="10" rx="1.5" fill={fill} stroke={stroke} strokeWidth="1.4" strokeDasharray={dashed ? '3 2' : undefined} />}
      {shape === 'sector' && <path d="M11 13 L3 2 A 10 10 0 0 1 19 2 Z" fill={fill} stroke={stroke} strokeWidth="1.2" />}
    </svg>
  );
}
