import type { Feature, Geometry } from 'geojson';
import { useMemo } from 'react';
import type { BlackSpotCoverage, CameraCoverage, FailureSet, NetworkPath, OutageResult } from '../analysis/analysisApi';
import { nodesOf } from '../api/useConnection';
import { cameraSectorPolygon } from '../geo/cameraSector';
import type { CameraNode } from '../map/layers/camerasQuery';
import { DORI_COLOURS, OverlayLayer, type OverlayFeatureProperties } from '../map/layers/OverlayLayer';
import type { PanelTab, Selection } from '../map/mapUrlState';
import type { MapData } from '../map/useMapData';
import { findSelected } from '../planning/AssetDetails';
import type { DragDraft } from '../planning/useCameraDrafts';

type OverlayFeature = Feature<Geometry, OverlayFeatureProperties>;

export interface OverlayInputs {
  data: MapData;
  tab: PanelTab;
  selection: Selection | null;
  selectedCamera: CameraNode | undefined;
  /** The selected camera's computed coverage (preview or stored), coarsest level first. */
  coverage: CameraCoverage[] | null;
  dragDraft: DragDraft | null;
  /** The heading typed in the camera editor, not yet applied. */
  draftHeadingDegrees: number | undefined;
  blackSpotCoverages: BlackSpotCoverage[] | null;
  path: NetworkPath | null;
  failures: FailureSet;
  outage: OutageResult | null;
}

/** What the workspace draws over the layers: uncovered parts, the camera's view, a network path, an outage, the selection. */
export function WorkspaceOverlays(inputs: OverlayInputs) {
  const { data, tab, selection, selectedCamera, coverage, dragDraft, draftHeadingDegrees, blackSpotCoverages, path, failures, outage } = inputs;
  const preview = useMemo(() => previewFeatures(selectedCamera, coverage, dragDraft, draftHeadingDegrees), [selectedCamera, coverage, dragDraft, draftHeadingDegrees]);
  const uncovered = useMemo(() => uncoveredFeatures(blackSpotCoverages, tab, selection), [blackSpotCoverages, tab, selection]);
  const pathLines = useMemo(() => pathFeatures(path, data), [path, data]);
  const outageShapes = useMemo(() => outageFeatures(failures, outage, data), [failures, outage, data]);
  const selected = useMemo(() => selectionFeatures(data, selection), [data, selection]);
  return (
    <>
      <OverlayLayer id="uncovered" features={uncovered} style={() => ({ color: '#b71c1c', weight: 1.5, dashArray: '3 3', fillColor: '#ff1744', fillOpacity: 0.35 })} />
      <OverlayLayer id="coverage-preview" features={preview} style={(properties) => {
        const colour = DORI_COLOURS[String(properties.level)] ?? '#1f6feb';
        return { color: colour, weight: 1.2, fillColor: colour, fillOpacity: properties.level === 'outline' ? 0.12 : 0.22 };
      }} />
      <OverlayLayer id="network-path" features={pathLines} style={() => ({ color: '#00b8d4', weight: 7, opacity: 0.85, fillColor: '#00b8d4', fillOpacity: 1 })} />
      <OverlayLayer id="outage" features={outageShapes} style={(properties) => properties.layer === 'dark-camera'
        ? { color: '#000000', weight: 2, fillColor: '#212121', fillOpacity: 0.9 }
        : { color: '#d50000', weight: 6, opacity: 0.85, fillColor: '#d50000', fillOpacity: 0.9 }} />
      <OverlayLayer id="selection" features={selected} style={() => ({ color: '#1f6feb', weight: 3, fill: false, opacity: 0.9 })} pointRadius={11} />
    </>
  );
}

/** The selected camera's coverage by level, or while it is dragged or has none, its field-of-view sector. */
function previewFeatures(camera: CameraNode | undefined, coverage: CameraCoverage[] | null, dragDraft: DragDraft | null, draftHeadingDegrees: number | undefined): OverlayFeature[] {
  if (!camera) return [];
  const location = dragDraft?.location ?? (camera.location.coordinates as [number, number]);
  const heading = dragDraft?.headingDegrees ?? draftHeadingDegrees ?? camera.headingDegrees;
  if (coverage && dragDraft === null) {
    // Coarsest level first so the finer ones are drawn on top.
    return coverage.filter((level) => level.area).map((level) => ({ type: 'Feature', geometry: level.area as Geometry, properties: { layer: 'coverage-preview', level: level.level } }));
  }
  const sector = cameraSectorPolygon({ location, headingDegrees: heading, horizontalFieldOfViewDegrees: camera.horizontalFieldOfViewDegrees, detectionRangeMeters: camera.detectionRangeMeters });
  return sector ? [{ type: 'Feature', geometry: sector, properties: { layer: 'coverage-preview', level: 'outline' } }] : [];
}

/** The uncovered parts of black spots: all of them on the Black spots tab, else the selected one's. */
function uncoveredFeatures(coverages: BlackSpotCoverage[] | null, tab: PanelTab, selection: Selection | null): OverlayFeature[] {
  if (!coverages || (tab !== 'blackSpots' && selection?.kind !== 'blackSpot')) return [];
  return coverages
    .filter((entry) => entry.uncovered && (tab === 'blackSpots' || entry.blackSpotId === selection?.id))
    .map((entry) => ({ type: 'Feature', geometry: entry.uncovered as Geometry, properties: { layer: 'uncovered', blackSpotId: entry.blackSpotId } }));
}

function pathFeatures(path: NetworkPath | null, data: MapData): OverlayFeature[] {
  if (!path) return [];
  const runs = nodesOf(data.fiberRuns).filter((run) => path.fiberRunIds.includes(run.id));
  const nodes = nodesOf(data.networkNodes).filter((node) => path.networkNodeIds.includes(node.id));
  return [
    ...runs.map((run): OverlayFeature => ({ type: 'Feature', geometry: run.path, properties: { layer: 'network-path', id: run.id } })),
    ...nodes.map((node): OverlayFeature => ({ type: 'Feature', geometry: node.location, properties: { layer: 'network-path', id: node.id } })),
  ];
}

/** The failed elements of a simulated outage, and the cameras it leaves dark. */
function outageFeatures(failures: FailureSet, outage: OutageResult | null, data: MapData): OverlayFeature[] {
  const failed: OverlayFeature[] = [];
  const mark = (id: string, geometry: Geometry) => failed.push({ type: 'Feature', geometry, properties: { layer: 'failed', id } });
  for (const run of nodesOf(data.fiberRuns)) if (failures.fiberRunIds.includes(run.id)) mark(run.id, run.path);
  for (const feed of nodesOf(data.powerFeeds)) if (failures.powerFeedIds.includes(feed.id)) mark(feed.id, feed.path);
  for (const node of nodesOf(data.networkNodes)) if (failures.networkNodeIds.includes(node.id)) mark(node.id, node.location);
  for (const pole of nodesOf(data.poles)) if (failures.poleIds.includes(pole.id)) mark(pole.id, pole.location);
  for (const source of nodesOf(data.powerSources)) if (failures.powerSourceIds.includes(source.id)) mark(source.id, source.location);
  const dark = outage
    ? nodesOf(data.cameras).filter((camera) => outage.darkCameraIds.includes(camera.id)).map((camera): OverlayFeature => ({ type: 'Feature', geometry: camera.location, properties: { layer: 'dark-camera', id: camera.id } }))
    : [];
  return [...failed, ...dark];
}

/** The selected asset's outline (a camera shows its view instead). */
function selectionFeatures(data: MapData, selection: Selection | null): OverlayFeature[] {
  const node = findSelected(data, selection) as Record<string, unknown> | undefined;
  if (!node || selection?.kind === 'camera') return [];
  const geometry = (node.boundary ?? node.footprint ?? node.path ?? node.location) as Geometry | undefined;
  return geometry ? [{ type: 'Feature', geometry, properties: { layer: 'selection' } }] : [];
}
