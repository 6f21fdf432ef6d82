import type { Feature, Geometry, Polygon } from 'geojson';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { BlackSpotPanel } from '../analysis/BlackSpotPanel';
import { EMPTY_FAILURES, type BlackSpotCoverage, type CameraCoverage, type FailureSet, type NetworkPath, type OutageResult } from '../analysis/analysisApi';
import { NetworkPanel, toggleFailure } from '../analysis/NetworkPanel';
import { graphqlRequest } from '../api/graphqlClient';
import { nodesOf } from '../api/useConnection';
import { permissionsOf } from '../auth/roles';
import { sessionStore, type Session } from '../auth/session';
import { CAMERA_MODELS_QUERY, type CameraModelNode } from '../editing/mutations';
import type { CameraCount, CameraNode } from '../map/layers/camerasQuery';
import { toLatLng } from '../geo/coordinates';
import { cameraSectorPolygon } from '../geo/cameraSector';
import { formatNumber } from '../i18n/format';
import type { BasemapMode } from '../map/basemap/BaseMap';
import { CameraHandles } from '../map/interaction/CameraHandles';
import { GeomanDraw, GeomanEditPolygon } from '../map/interaction/GeomanTools';
import { FeatureClicks, MapClicks, ViewTracker } from '../map/interaction/MapInteractions';
import type { MapLayerId } from '../map/layerCatalog';
import { DORI_COLOURS, OverlayLayer, type OverlayFeatureProperties } from '../map/layers/OverlayLayer';
import { MapView } from '../map/MapView';
import { parseMapUrlState, type CameraSelectionMode, type PanelTab, type Selection } from '../map/mapUrlState';
import { AssetSummary } from '../map/panel/AssetSummary';
import { LayerPanel } from '../map/panel/LayerPanel';
import { Legend } from '../map/panel/Legend';
import { failuresOf, isSettled, useMapData, type Bbox, type MapData } from '../map/useMapData';
import { AssetDetails, findSelected } from '../planning/AssetDetails';
import { CameraEditor, draftOf, rebaseDraft, type CameraDraft } from '../planning/CameraEditor';
import { ConfirmDialog } from '../planning/ConfirmDialog';
import { PlanPanel } from '../planning/PlanPanel';
import { usePlanning, type Tool } from '../planning/usePlanning';
import type { AppConfigState } from './appConfigQuery';
import { Header } from './Header';

// The summary's charts (chart.js) load when the tab is first opened, not with the map.
const SummaryPanel = lazy(() => import('../analysis/SummaryPanel').then((module) => ({ default: module.SummaryPanel })));
// The bill of quantities loads with its tab too.
const BillPanel = lazy(() => import('../analysis/BillPanel').then((module) => ({ default: module.BillPanel })));
import { SearchBox } from './SearchBox';

type OverlayFeature = Feature<Geometry, OverlayFeatureProperties>;

const TABS: PanelTab[] = ['layers', 'plan', 'blackSpots', 'summary', 'network', 'bill'];

export interface WorkspaceProps {
  renderer: 'canvas' | 'svg';
  session: Session | null;
  onSignIn?: () => void;
  /** The deployment's settings, asked for by the page as it starts. */
  appConfig: AppConfigState;
  /** How many cameras there are, if the page already asked (its read probe). */
  cameraCount?: CameraCount;
}

export function Workspace({ renderer, session, onSignIn, appConfig, cameraCount }: WorkspaceProps) {
  const { t } = useTranslation();
  const initialUrlState = useMemo(() => parseMapUrlState(window.location.search, window.location.hash), []);
  const [visibleLayers, setVisibleLayers] = useState<readonly MapLayerId[]>(initialUrlState.visibleLayers);
  const [basemapMode, setBasemapMode] = useState<BasemapMode | undefined>(undefined);
  const onBasemapModeChange = useCallback((mode: BasemapMode) => setBasemapMode(mode), []);
  const [viewBbox, setViewBbox] = useState<Bbox | null>(null);
  const { data, editors, cameraLoading } = useMapData(viewBbox, cameraCount);
  // Not signed in (a server that lets visitors read): read-only, like a viewer.
  const permissions = session ? permissionsOf(session.user.role) : permissionsOf('viewer');

  const [tab, setTab] = useState<PanelTab>(initialUrlState.tab ?? 'layers');
  const [selection, setSelection] = useState<Selection | null>(initialUrlState.selection ?? null);
  const [cameraMode, setCameraMode] = useState<CameraSelectionMode>(initialUrlState.cameras ?? 'planned');
  const [tool, setTool] = useState<Tool>('select');
  const [panelOpen, setPanelOpen] = useState(true);
  const [models, setModels] = useState<CameraModelNode[]>([]);
  const [confirming, setConfirming] = useState<null | { message: string; action: () => void }>(null);
  const [shapeEdit, setShapeEdit] = useState<Polygon | null>(null);
  const [editedShape, setEditedShape] = useState<Polygon | null>(null);
  const [cameraDraft, setCameraDraft] = useState<CameraDraft | null>(null);
  const [dragDraft, setDragDraft] = useState<{ location?: [number, number]; headingDegrees?: number } | null>(null);
  const [coverage, setCoverage] = useState<CameraCoverage[] | null>(null);
  const [blackSpotCoverages, setBlackSpotCoverages] = useState<BlackSpotCoverage[] | null>(null);
  const [path, setPath] = useState<NetworkPath | null>(null);
  const [failures, setFailures] = useState<FailureSet>(EMPTY_FAILURES);
  const [outage, setOutage] = useState<OutageResult | null>(null);
  const [flyTo, setFlyTo] = useState<Selection | null>(initialUrlState.selection ?? null);

  useEffect(() => {
    graphqlRequest(CAMERA_MODELS_QUERY, {}).then(({ cameraModels }) => setModels(cameraModels.nodes), () => setModels([]));
  }, []);

  const select = useCallback((next: Selection | null) => {
    setSelection(next);
    setShapeEdit(null);
    setEditedShape(null);
    setDragDraft(null);
  }, []);
  const planning = usePlanning({ data, editors, models, select });

  const selectedCamera = selection?.kind === 'camera' ? nodesOf(data.cameras).find((camera) => camera.id === selection.id) : undefined;
  // A fresh draft whenever another camera is selected; a new version of the same camera (a PTZ
  // preset saved, an edit, an undo) keeps what the user typed and has not applied.
  const draftBase = useRef<CameraNode | undefined>(undefined);
  useEffect(() => {
    const before = draftBase.current;
    draftBase.current = selectedCamera;
    setCameraDraft((draft) => {
      if (!selectedCamera) return null;
      return draft && before?.id === selectedCamera.id ? rebaseDraft(draft, before, selectedCamera) : draftOf(selectedCamera);
    });
    setDragDraft(null);
  }, [selectedCamera?.id, selectedCamera?.version]); // eslint-disable-line react-hooks/exhaustive-deps

  // Keyboard: Escape leaves a tool / the selection, Ctrl+Z undoes.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
      if (event.key === 'Escape' && !typing) {
        if (tool !== 'select') setTool('select');
        else select(null);
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing && permissions.plan) {
        event.preventDefault();
        void planning.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tool, select, planning, permissions.plan]);

  const settled = isSettled(data) && appConfig.status !== 'loading';
  const failuresList = failuresOf(data);
  const configError = appConfig.status === 'error' ? appConfig.message : undefined;
  const status =
    !settled ? { text: t('app.statusLoading'), tone: 'busy' as const }
    : failuresList.length > 0 || configError ? { text: t('app.statusPartial'), tone: 'error' as const }
    : { text: t('app.statusOk'), tone: 'ok' as const };

  // The bill counts every physical asset: asked again when any of them changes.
  const billRefreshKey = useMemo(() => [data.cameras, data.poles, data.networkNodes, data.fiberRuns, data.powerSources, data.powerFeeds], [data.cameras, data.poles, data.networkNodes, data.fiberRuns, data.powerSources, data.powerFeeds]);

  const featureCounts = useMemo(() => {
    const count = (state: MapData[keyof MapData]) =>
      state.status === 'loaded' ? state.nodes.length : state.status === 'error' ? ('error' as const) : undefined;
    return {
      zones: count(data.zones), buildings: count(data.buildings), 'black-spots': count(data.blackSpots), 'camera-sectors': count(data.cameras),
      'fiber-runs': count(data.fiberRuns), 'power-feeds': count(data.powerFeeds), poles: count(data.poles), 'power-sources': count(data.powerSources),
      'network-nodes': count(data.networkNodes), cameras: count(data.cameras),
    } satisfies Record<MapLayerId, number | 'error' | undefined>;
  }, [data]);

  // ---- overlays --------------------------------------------------------------------------------
  const previewFeatures = useMemo<OverlayFeature[]>(() => {
    if (!selectedCamera) return [];
    const location = dragDraft?.location ?? (selectedCamera.location.coordinates as [number, number]);
    const heading = dragDraft?.headingDegrees ?? cameraDraft?.headingDegrees ?? selectedCamera.headingDegrees;
    const dragging = dragDraft !== null;
    if (coverage && !dragging) {
      // Coarsest level first so the finer ones are drawn on top.
      return coverage.filter((level) => level.area).map((level) => ({ type: 'Feature', geometry: level.area as Geometry, properties: { layer: 'coverage-preview', level: level.level } }));
    }
    const sector = cameraSectorPolygon({ location, headingDegrees: heading, horizontalFieldOfViewDegrees: selectedCamera.horizontalFieldOfViewDegrees, detectionRangeMeters: selectedCamera.detectionRangeMeters });
    return sector ? [{ type: 'Feature', geometry: sector, properties: { layer: 'coverage-preview', level: 'outline' } }] : [];
  }, [selectedCamera, coverage, dragDraft, cameraDraft?.headingDegrees]);

  const uncoveredFeatures = useMemo<OverlayFeature[]>(() => {
    if (!blackSpotCoverages || (tab !== 'blackSpots' && selection?.kind !== 'blackSpot')) return [];
    return blackSpotCoverages
      .filter((entry) => entry.uncovered && (tab === 'blackSpots' || entry.blackSpotId === selection?.id))
      .map((entry) => ({ type: 'Feature', geometry: entry.uncovered as Geometry, properties: { layer: 'uncovered', blackSpotId: entry.blackSpotId } }));
  }, [blackSpotCoverages, tab, selection]);

  const pathFeatures = useMemo<OverlayFeature[]>(() => {
    if (!path) return [];
    const runs = nodesOf(data.fiberRuns).filter((run) => path.fiberRunIds.includes(run.id));
    const nodes = nodesOf(data.networkNodes).filter((node) => path.networkNodeIds.includes(node.id));
    return [
      ...runs.map((run): OverlayFeature => ({ type: 'Feature', geometry: run.path, properties: { layer: 'network-path', id: run.id } })),
      ...nodes.map((node): OverlayFeature => ({ type: 'Feature', geometry: node.location, properties: { layer: 'network-path', id: node.id } })),
    ];
  }, [path, data.fiberRuns, data.networkNodes]);

  const outageFeatures = useMemo<OverlayFeature[]>(() => {
    const failed: OverlayFeature[] = [];
    for (const run of nodesOf(data.fiberRuns)) if (failures.fiberRunIds.includes(run.id)) failed.push({ type: 'Feature', geometry: run.path, properties: { layer: 'failed', id: run.id } });
    for (const feed of nodesOf(data.powerFeeds)) if (failures.powerFeedIds.includes(feed.id)) failed.push({ type: 'Feature', geometry: feed.path, properties: { layer: 'failed', id: feed.id } });
    for (const node of nodesOf(data.networkNodes)) if (failures.networkNodeIds.includes(node.id)) failed.push({ type: 'Feature', geometry: node.location, properties: { layer: 'failed', id: node.id } });
    for (const pole of nodesOf(data.poles)) if (failures.poleIds.includes(pole.id)) failed.push({ type: 'Feature', geometry: pole.location, properties: { layer: 'failed', id: pole.id } });
    for (const source of nodesOf(data.powerSources)) if (failures.powerSourceIds.includes(source.id)) failed.push({ type: 'Feature', geometry: source.location, properties: { layer: 'failed', id: source.id } });
    const dark = outage ? nodesOf(data.cameras).filter((camera) => outage.darkCameraIds.includes(camera.id)).map((camera): OverlayFeature => ({ type: 'Feature', geometry: camera.location, properties: { layer: 'dark-camera', id: camera.id } })) : [];
    return [...failed, ...dark];
  }, [failures, outage, data]);

  const selectionFeatures = useMemo<OverlayFeature[]>(() => {
    const node = findSelected(data, selection) as Record<string, unknown> | undefined;
    if (!node || selection?.kind === 'camera') return [];
    const geometry = (node.boundary ?? node.footprint ?? node.path ?? node.location) as Geometry | undefined;
    return geometry ? [{ type: 'Feature', geometry, properties: { layer: 'selection' } }] : [];
  }, [data, selection]);

  // ---- map gestures ----------------------------------------------------------------------------
  const onFeatureClick = useCallback((clicked: Selection) => {
    if (tool === 'pick-outage') {
      setFailures((previous) => toggleFailure(previous, clicked));
      setOutage(null);
      return;
    }
    if (tool !== 'select') return;
    select(clicked);
    setPath(null);
    setPanelOpen(true);
  }, [tool, select]);

  const onMapClick = useCallback((position: [number, number]) => {
    if (tool === 'place-camera') {
      void planning.placeCameraAt(position).then((camera) => {
        if (camera) setTool('select');
      });
    }
  }, [tool, planning]);

  const drawShape = tool === 'draw-black-spot' || tool === 'draw-building' ? 'Polygon' : tool === 'draw-fiber' || tool === 'draw-power-feed' ? 'Line' : null;
  const onDrawn = useCallback((geometry: Polygon | import('geojson').LineString) => {
    const done = () => setTool('select');
    if (tool === 'draw-black-spot' && geometry.type === 'Polygon') void planning.drawBlackSpot(geometry).then(done);
    if (tool === 'draw-building' && geometry.type === 'Polygon') void planning.drawBuilding(geometry).then(done);
    if (tool === 'draw-fiber' && geometry.type === 'LineString') void planning.drawFiberRun(geometry).then(done);
    if (tool === 'draw-power-feed' && geometry.type === 'LineString') void planning.drawPowerFeed(geometry).then(done);
  }, [tool, planning]);

  const askDelete = () => {
    const node = findSelected(data, selection) as ({ id: string; version: number; code?: string; name?: string } | undefined);
    if (!node || !selection) return;
    const type = ({ camera: 'Camera', blackSpot: 'BlackSpot', building: 'Building', fiberRun: 'FiberRun', powerFeed: 'PowerFeed' } as const)[selection.kind as 'camera'];
    if (!type) return;
    const what = node.code ?? node.name ?? t('plan.newBuilding');
    setConfirming({
      message: t('plan.confirmDelete', { what }),
      action: () => void planning.remove(type, node as never, t('plan.deleted', { what })),
    });
  };

  const reloadAll = () => {
    for (const editor of Object.values(editors)) editor.reload();
    planning.setNotice(null);
  };

  const pickTool = (next: Tool) => {
    setTool(next);
    if (next !== 'select') setShapeEdit(null);
  };
  const pickingOutage = tool === 'pick-outage';

  const tabLabel: Record<PanelTab, string> = { layers: t('tabs.layers'), plan: t('tabs.plan'), blackSpots: t('tabs.blackSpots'), summary: t('tabs.summary'), network: t('tabs.network'), bill: t('tabs.bill') };
  const detailsPanel = selection && (selectedCamera && cameraDraft ? (
    <CameraEditor
      camera={selectedCamera} models={models} planning={planning} canPlan={permissions.plan}
      draft={cameraDraft} onDraft={setCameraDraft} onCoverage={setCoverage} onDelete={askDelete}
    />
  ) : (
    <AssetDetails
      selection={selection} data={data} planning={planning} canPlan={permissions.plan} cameraMode={cameraMode}
      onDelete={askDelete} shapeEdit={shapeEdit ? editedShape ?? shapeEdit : null}
      onShapeEdit={(polygon) => { setShapeEdit(polygon); setEditedShape(polygon); }}
      onClose={() => select(null)}
    />
  ));

  return (
    <div className={`app${panelOpen ? '' : ' panel-closed'}${tab === 'bill' ? ' panel-wide' : ''}`}>
      <Header
        deploymentName={appConfig.status === 'loading' ? '' : appConfig.config.deploymentName}
        status={status}
        session={session}
        onSignOut={() => void sessionStore.logout()}
        onSignIn={!session ? onSignIn : undefined}
        search={<SearchBox data={data} onPick={(picked) => { select(picked); setFlyTo(picked); setPanelOpen(true); }} />}
        onTogglePanel={() => setPanelOpen((open) => !open)}
        panelOpen={panelOpen}
      />
      <aside className="side-panel" id="side-panel" aria-label={t('app.mapPanel')}>
        <div role="tablist" aria-label={t('app.mapPanel')} className="tabs" onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const forward = (event.key === 'ArrowRight') !== (document.documentElement.dir === 'rtl');
          const next = TABS[(TABS.indexOf(tab) + (forward ? 1 : TABS.length - 1)) % TABS.length];
          setTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}>
          {TABS.map((id) => (
            <button key={id} id={`tab-${id}`} type="button" role="tab" aria-selected={tab === id} aria-controls={`tabpanel-${id}`}
              tabIndex={tab === id ? 0 : -1} className={`tab${tab === id ? ' active' : ''}`} data-testid={`tab-${id}`} onClick={() => setTab(id)}>
              {tabLabel[id]}
            </button>
          ))}
        </div>
        {planning.notice && (
          <div className={`notice notice-${planning.notice.tone}`} role={planning.notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice" data-tone={planning.notice.tone}>
            <span>{planning.notice.message}</span>
            {planning.notice.reload && <button type="button" className="secondary-button" data-testid="notice-reload" onClick={reloadAll}>{t('app.reload')}</button>}
            <button type="button" className="link-button" onClick={() => planning.setNotice(null)} aria-label={t('app.dismiss')}>✕</button>
          </div>
        )}
        <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'layers' && (
            <>
              {detailsPanel}
              <AssetSummary data={data} />
              {cameraLoading.mode === 'in-view' && <p className="panel-note" data-testid="in-view-note">{t('app.inViewOnly', { count: formatNumber(cameraLoading.totalCount ?? 0, 0) })}</p>}
              <LayerPanel visibleLayers={visibleLayers} onChange={setVisibleLayers} featureCounts={featureCounts} />
              <Legend />
            </>
          )}
          {tab === 'plan' && (
            <>
              <PlanPanel tool={tool === 'pick-outage' ? 'select' : tool} onTool={pickTool} planning={planning} canPlan={permissions.plan} />
              {detailsPanel}
            </>
          )}
          {tab === 'blackSpots' && (
            <>
              {selection?.kind === 'blackSpot' && detailsPanel}
              <BlackSpotPanel data={data} mode={cameraMode} onMode={setCameraMode} selection={selection} onSelect={(picked) => { select(picked); setFlyTo(picked); }} onCoverages={setBlackSpotCoverages} refreshKey={data.cameras} />
            </>
          )}
          {tab === 'summary' && <Suspense fallback={<p className="muted">{t('app.loading')}</p>}><SummaryPanel mode={cameraMode} onMode={setCameraMode} refreshKey={data.cameras} canPlan={permissions.plan} /></Suspense>}
          {tab === 'bill' && <Suspense fallback={<p className="muted">{t('app.loading')}</p>}><BillPanel mode={cameraMode} onMode={setCameraMode} refreshKey={billRefreshKey} /></Suspense>}
          {tab === 'network' && (
            <>
              {selection?.kind === 'camera' && detailsPanel}
              <NetworkPanel
                data={data} selection={selection} mode={cameraMode} onMode={setCameraMode} path={path} onPath={setPath}
                picking={pickingOutage} onPicking={(on) => setTool(on ? 'pick-outage' : 'select')}
                failures={failures} onFailures={setFailures} outage={outage} onOutage={setOutage}
              />
            </>
          )}
        </div>
      </aside>
      <main
        className="map-area"
        data-testid="map"
        data-ready={settled ? 'true' : 'false'}
        data-basemap={basemapMode ?? 'pending'}
        data-visible-layers={visibleLayers.join(',')}
        data-tool={tool}
        data-camera-loading={cameraLoading.mode}
      >
        {appConfig.status === 'loading' ? (
          <div className="map-placeholder">{t('app.loading')}</div>
        ) : (
          <MapView
            config={appConfig.config}
            initialView={initialUrlState.view}
            data={data}
            visibleLayers={visibleLayers}
            onVisibleLayersChange={setVisibleLayers}
            forceOfflineBasemap={initialUrlState.tiles === 'off'}
            onBasemapModeChange={onBasemapModeChange}
            renderer={renderer}
            urlExtras={{ selection, tab, cameras: cameraMode }}
          >
            <OverlayLayer id="uncovered" features={uncoveredFeatures} style={() => ({ color: '#b71c1c', weight: 1.5, dashArray: '3 3', fillColor: '#ff1744', fillOpacity: 0.35 })} />
            <OverlayLayer id="coverage-preview" features={previewFeatures} style={(properties) => {
              const colour = DORI_COLOURS[String(properties.level)] ?? '#1f6feb';
              return { color: colour, weight: 1.2, fillColor: colour, fillOpacity: properties.level === 'outline' ? 0.12 : 0.22 };
            }} />
            <OverlayLayer id="network-path" features={pathFeatures} style={() => ({ color: '#00b8d4', weight: 7, opacity: 0.85, fillColor: '#00b8d4', fillOpacity: 1 })} />
            <OverlayLayer id="outage" features={outageFeatures} style={(properties) => properties.layer === 'dark-camera'
              ? { color: '#000000', weight: 2, fillColor: '#212121', fillOpacity: 0.9 }
              : { color: '#d50000', weight: 6, opacity: 0.85, fillColor: '#d50000', fillOpacity: 0.9 }} />
            <OverlayLayer id="selection" features={selectionFeatures} style={() => ({ color: '#1f6feb', weight: 3, fill: false, opacity: 0.9 })} pointRadius={11} />
            <ViewTracker onBbox={setViewBbox} />
            <FeatureClicks onFeatureClick={onFeatureClick} enabled={tool === 'select' || tool === 'pick-outage'} />
            <MapClicks active={tool === 'place-camera'} onClick={onMapClick} />
            <GeomanDraw shape={permissions.plan ? drawShape : null} onCreated={onDrawn} />
            {shapeEdit && <GeomanEditPolygon polygon={shapeEdit} onChange={setEditedShape} />}
            {selectedCamera && (
              <CameraHandles
                key={selectedCamera.id}
                location={selectedCamera.location.coordinates as [number, number]}
                headingDegrees={cameraDraft?.headingDegrees ?? selectedCamera.headingDegrees}
                editable={permissions.plan && tool === 'select'}
                labels={{ move: t('plan.moveHandle'), rotate: t('plan.rotateHandle') }}
                onDraft={(draft) => setDragDraft((previous) => ({ ...previous, ...draft }))}
                onMoved={(position) => { setDragDraft(null); void planning.moveCamera(selectedCamera, position); }}
                onRotated={(heading) => { setDragDraft(null); void planning.rotateCamera(selectedCamera, heading); }}
              />
            )}
            <FlyToSelection target={flyTo} data={data} onDone={() => setFlyTo(null)} />
            <FollowContainerSize />
          </MapView>
        )}
        {(failuresList.length > 0 || configError) && (
          <div className="error-banner" role="alert" data-testid="load-errors">
            <strong>{t('app.loadErrors')}</strong>
            <ul>
              {configError && <li>{t('app.configError', { message: configError })}</li>}
              {failuresList.map(({ collection, message }) => (
                <li key={collection}>{t(`collections.${collection}`)}: {message}</li>
              ))}
            </ul>
          </div>
        )}
        {basemapMode === 'offline' && (
          <div className="basemap-notice" role="status" data-testid="basemap-notice" title={t('app.offlineBasemapTitle')}>
            {t('app.offlineBasemap')}
          </div>
        )}
      </main>
      {confirming && (
        <ConfirmDialog
          message={confirming.message}
          onCancel={() => setConfirming(null)}
          onConfirm={() => { confirming.action(); setConfirming(null); }}
        />
      )}
    </div>
  );
}

/** Keeps Leaflet's idea of its size right when the panel beside it widens (Cost tab) or narrows. */
function FollowContainerSize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/** Moves the map to a searched or linked asset once it is loaded. */
function FlyToSelection({ target, data, onDone }: { target: Selection | null; data: MapData; onDone: () => void }) {
  const map = useMap();
  useEffect(() => {
    if (!target) return;
    const node = findSelected(data, target) as Record<string, unknown> | undefined;
    if (!node) return;
    const geometry = (node.location ?? node.boundary ?? node.footprint ?? node.path) as Geometry | undefined;
    if (geometry?.type === 'Point') map.setView(toLatLng(geometry.coordinates), Math.max(map.getZoom(), 17));
    else if (geometry && 'coordinates' in geometry) {
      const positions = (geometry.coordinates as unknown[]).flat(3) as number[];
      const lons = positions.filter((_, index) => index % 2 === 0);
      const lats = positions.filter((_, index) => index % 2 === 1);
      map.fitBounds([toLatLng([Math.min(...lons), Math.min(...lats)]), toLatLng([Math.max(...lons), Math.max(...lats)])], { maxZoom: 18, padding: [40, 40] });
    }
    onDone();
  }, [target, data, map, onDone]);
  return null;
}
