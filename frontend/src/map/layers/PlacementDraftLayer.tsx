import { circleMarker } from 'leaflet';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { t } from '../../i18n/i18n';
import { formatMad } from '../../i18n/format';
import type { PlacementProposal } from '../../placement/placementApi';
import { coordsToLatLng, useGeoJsonKey } from './layerSupport';
import { tooltipHtml } from './tooltips';

type Part = 'coverage' | 'fiber' | 'power' | 'camera';
type DraftFeature = Feature<Geometry, { layer: 'placementDraft'; part: Part; index: number; accepted: boolean; proposal: PlacementProposal }>;

const COLOURS: Record<Part, string> = { coverage: '#ff8f00', fiber: '#2e7d32', power: '#c62828', camera: '#ff6f00' };

/**
 * The optimiser's proposals as a draft layer (nothing saved yet): each proposed camera, its coverage
 * at the finest required level it reaches (dashed), and its fiber and power routes along the streets.
 * The focused proposal (hovered in the panel) is drawn heavier; accepted ones turn grey.
 */
export function PlacementDraftLayer({ proposals, focus }: { proposals: readonly PlacementProposal[]; focus: number | null }) {
  const data = useMemo<FeatureCollection<Geometry, DraftFeature['properties']>>(() => {
    const features: DraftFeature[] = [];
    for (const proposal of proposals) {
      const properties = (part: Part) => ({ layer: 'placementDraft' as const, part, index: proposal.index, accepted: proposal.accepted, proposal });
      if (proposal.coverage) features.push({ type: 'Feature', geometry: proposal.coverage as Geometry, properties: properties('coverage') });
      if (proposal.fiber.path) features.push({ type: 'Feature', geometry: proposal.fiber.path as Geometry, properties: properties('fiber') });
      if (proposal.power.path) features.push({ type: 'Feature', geometry: proposal.power.path as Geometry, properties: properties('power') });
      features.push({ type: 'Feature', geometry: proposal.location as Geometry, properties: properties('camera') });
    }
    return { type: 'FeatureCollection', features };
  }, [proposals]);
  const key = useGeoJsonKey('cameras', data);
  return (
    <GeoJSON
      key={`placement-draft-${key}-${focus ?? ''}`}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={(feature) => {
        const { part, index, accepted } = (feature as DraftFeature).properties;
        const focused = index === focus;
        const colour = accepted ? '#757575' : COLOURS[part];
        if (part === 'coverage') return { color: colour, weight: focused ? 3 : 1.5, dashArray: '6 4', fillColor: colour, fillOpacity: focused ? 0.35 : 0.18 };
        return { color: colour, weight: focused ? 4 : 2, dashArray: '4 4', opacity: 0.9 };
      }}
      pointToLayer={(feature: DraftFeature, latLng) => circleMarker(latLng, {
        radius: feature.properties.index === focus ? 10 : 7,
        color: '#ffffff',
        weight: 2,
        fillColor: feature.properties.accepted ? '#757575' : COLOURS.camera,
        fillOpacity: 1,
      })}
      onEachFeature={(feature: DraftFeature, layer) => {
        if (feature.properties.part !== 'camera') return;
        const { proposal } = feature.properties;
        layer.bindTooltip(
          tooltipHtml(`${t('placement.draft')} ${proposal.index + 1}`, [
            [proposal.modelCode, `${Math.round(proposal.headingDegrees)}°`],
            [t('placement.spot'), proposal.blackSpots.map((spot) => spot.code).join(', ') || null],
            ['MAD', formatMad(proposal.totalCostMad) ?? null],
          ]),
          { direction: 'top', offset: [0, -6], className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}

/** The walls drawn for the optimiser's candidate brackets (not saved: they go with the next run). */
export function PlacementWallsLayer({ walls }: { walls: readonly LineString[] }) {
  const data = useMemo<FeatureCollection<LineString>>(() => ({
    type: 'FeatureCollection',
    features: walls.map((wall) => ({ type: 'Feature', geometry: wall, properties: {} })),
  }), [walls]);
  return (
    <GeoJSON key={`placement-walls-${walls.length}`} data={data} coordsToLatLng={coordsToLatLng} interactive={false}
      style={() => ({ color: '#6a1b9a', weight: 5, opacity: 0.85, dashArray: '2 6' })} />
  );
}
