import type { LineString, Polygon } from 'geojson';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlackSpotPanel } from '../analysis/BlackSpotPanel';
import { NetworkPanel, toggleFailure } from '../analysis/NetworkPanel';
import { CameraDesignWarnings, DesignChecksPanel } from '../analysis/DesignChecksPanel';
import { findingsOf, useDesignChecks } from '../analysis/designChecksApi';
import { BandwidthPanel } from '../analysis/BandwidthPanel';
import { useBandwidthReport } from '../analysis/bandwidthApi';
import { NightCoveragePanel } from '../analysis/NightCoveragePanel';
import { useNightCoverage } from '../analysis/nightApi';
import { DesignCheckBadgesLayer } from '../map/layers/DesignCheckBadgesLayer';
import { useAnalysisResults } from '../analysis/useAnalysisResults';
import { nodesOf } from '../api/useConnection';
import { permissionsOf } from '../auth/roles';
import { sessionStore, type Session } from '../auth/session';
import { CameraInstallation } from '../evidence/CameraInstallation';
import { formatNumber } from '../i18n/format';
import type { BasemapMode } from '../map/basemap/BaseMap';
import { CameraHandles } from '../map/interaction/CameraHandles';
import { GeomanDraw, GeomanEditPolygon } from '../map/interaction/GeomanTools';
import { FlyToSelection, FollowContainerSize } from '../map/interaction/MapFollowers';
import { PointHandle } from '../map/interaction/PointHandle';
import { FeatureClicks, MapClicks, ViewTracker } from '../map/interaction/MapInteractions';
import type { MapLayerId } from '../map/layerCatalog';
import type { CameraCount } from '../map/layers/camerasQuery';
import { MapView } from '../map/MapView';
import { parseMapUrlState, type CameraSelectionMode, type MapUrlExtras, type PanelTab, type Selection } from '../map/mapUrlState';
import { AssetSummary } from '../map/panel/AssetSummary';
import { LayerPanel } from '../map/panel/LayerPanel';
import { Legend } from '../map/panel/Legend';
import { failuresOf, featureCountsOf, firstPaintLoaded, isSettled, useMapData, type Bbox, type MapCollection, type MapData } from '../map/useMapData';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { AssetDetails, findSelected, pointSelection } from '../planning/AssetDetails';
import { CameraEditor } from '../planning/CameraEditor';
import { ConfirmDialog } from '../planning/ConfirmDialog';
import { PlanPanel } from '../planning/PlanPanel';
import { useCameraDrafts } from '../planning/useCameraDrafts';
import { isPointTool, POINT_TOOLS, usePlanning, type Tool } from '../planning/usePlanning';
import { useShapeEdit } from '../planning/useShapeEdit';
import type { AppConfigState } from './appConfigQuery';
import { Header } from './Header';
import { PanelTabs, TABS } from './PanelTabs';
import type { MapHooks } from '../installation/Packages';
import { WorkAssetsLayer, type RingedAsset } from '../installation/WorkAssetsLayer';
import { SearchBox } from './SearchBox';
import { useCameraModels } from './useCameraModels';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { LiveNotice, loadStatus, MapMessages, NoticeBar } from './WorkspaceMessages';
import { WorkspaceOverlays } from './WorkspaceOverlays';
import type { FaultRow } from '../faults/faultsApi';
import { FaultsLayer } from '../map/layers/FaultsLayer';
import { PlacementDraftLayer, PlacementWallsLayer } from '../map/layers/PlacementDraftLayer';
import { usePlacement } from '../placement/usePlacement';
import { useImportWizard } from '../exchange/useImportWizard';
import type { ImportTargetType } from '../exchange/importApi';
import { ImportPreviewLayer } from '../map/layers/ImportPreviewLayer';

// The summary's charts (chart.js) load when the tab is first opened, not with the map.
const SummaryPanel = lazy(() => import('../analysis/SummaryPanel').then((module) => ({ default: module.SummaryPanel })));
// The bill of quantities loads with its tab too.
const BillPanel = lazy(() => import('../analysis/BillPanel').then((module) => ({ default: module.BillPanel })));
// So do the other tabs' panels (the work tab's progress charts bring chart.js): the map's first chunk
// holds what the first paint needs, the rest loads when opened (the export box after the first paint).
const ExchangePanel = lazy(() => import('../exchange/ExchangePanel').then((module) => ({ default: module.ExchangePanel })));
const MyWorkPanel = lazy(() => import('../installation/WorkPanel').then((module) => ({ default: module.MyWorkPanel })));
const PackagesPanel = lazy(() => import('../installation/WorkPanel').then((module) => ({ default: module.PackagesPanel })));
const AdminPanel = lazy(() => import('../admin/AdminPanel').then((module) => ({ default: module.AdminPanel })));
const AuditPanel = lazy(() => import('../admin/AuditPanel').then((module) => ({ default: module.AuditPanel })));
const FaultsPanel = lazy(() => import('../faults/FaultsPanel').then((module) => ({ default: module.FaultsPanel })));
const ModelCatalogue = lazy(() => import('../catalogue/ModelCatalogue').then((module) => ({ default: module.ModelCatalogue })));
const ImportWizard = lazy(() => import('../exchange/ImportWizard').then((module) => ({ default: module.ImportWizard })));
const OptimiserPanel = lazy(() => import('../placement/OptimiserPanel').then((module) => ({ default: module.OptimiserPanel })));

export interface WorkspaceProps {
  renderer: 'canvas' | 'svg';
  session: Session | null;
  onSignIn?: () => void;
  /** The deployment's settings, asked for by the page as it starts. */
  appConfig: AppConfigState;
  /** How many cameras there are, if the page already asked (its read probe). */
  cameraCount?: CameraCount;
}

/** The map layers an import of each type changes (buildings move the cameras' coverage; streets are not drawn). */
const IMPORT_COLLECTIONS: Readonly<Record<ImportTargetType, readonly MapCollection[]>> = {
  building: ['buildings', 'cameras'], pole: ['poles'], camera: ['cameras'], black_spot: ['blackSpots'], zone: ['zones'], street: [],
  fiber_run: ['fiberRuns'], power_feed: ['powerFeeds'], power_source: ['powerSources'], network_node: ['networkNodes'],
};

/** The map layer a record type of the live feed belongs to (other types: their own panels listen). */
const LIVE_TYPE_COLLECTIONS: Readonly<Record<string, MapCollection>> = {
  Zone: 'zones', Building: 'buildings', BlackSpot: 'blackSpots', Pole: 'poles', Camera: 'cameras',
  NetworkNode: 'networkNodes', FiberRun: 'fiberRuns', PowerSource: 'powerSources', PowerFeed: 'powerFeeds',
};

export function Workspace({ renderer, session, onSignIn, appConfig, cameraCount }: WorkspaceProps) {
  const { t } = useTranslation();
  const initialUrlState = useMemo(() => parseMapUrlState(window.location.search, window.location.hash), []);
  const [visibleLayers, setVisibleLayers] = useState<readonly MapLayerId[]>(initialUrlState.visibleLayers);
  const [basemapMode, setBasemapMode] = useState<BasemapMode | undefined>(undefined);
  const [viewBbox, setViewBbox] = useState<Bbox | null>(null);
  // The first useful paint (cameras and black spots drawn) comes first; the other layers follow it.
  const [painted, setPainted] = useState(false);
  const { data, editors, cameraLoading } = useMapData(viewBbox, cameraCount, painted);
  useFirstPaint(data, appConfig.status !== 'loading', painted, setPainted);
  // Not signed in (a server that lets visitors read): read-only, like a viewer.
  const permissions = session ? permissionsOf(session.user.role) : permissionsOf('viewer');
  const models = useCameraModels(painted);

  const [tab, setTab] = useState<PanelTab>(initialUrlState.tab ?? 'layers');
  const [cameraMode, setCameraMode] = useState<CameraSelectionMode>(initialUrlState.cameras ?? 'planned');
  const [tool, setTool] = useState<Tool>('select');
  const [panelOpen, setPanelOpen] = useState(true);
  const [confirming, setConfirming] = useState<null | { message: string; action: () => void }>(null);
  const [selection, setSelection] = useState<Selection | null>(initialUrlState.selection ?? null);
  const [flyTo, setFlyTo] = useState<Selection | null>(initialUrlState.selection ?? null);
  const shapeEdit = useShapeEdit();
  const selectedCamera = selection?.kind === 'camera' ? nodesOf(data.cameras).find((camera) => camera.id === selection.id) : undefined;
  const { cameraDraft, setCameraDraft, dragDraft, setDragDraft } = useCameraDrafts(selectedCamera);
  const selectedPoint = pointSelection(data, selection);
  const analysis = useAnalysisResults();
  const { path, setPath, failures, setFailures, outage, setOutage } = analysis;
  const [faultRows, setFaultRows] = useState<FaultRow[]>([]);
  const [faultId, setFaultId] = useState<string | null>(null);
  // The optimiser's run (its proposals are a draft layer); accepted proposals reload the cameras and poles.
  const placement = usePlacement(useCallback(() => {
    editors.cameras.reload();
    editors.poles.reload();
  }, [editors]));
  // The import wizard (its preview is a draft layer); a commit or an undo reloads the layers it wrote.
  const importWizard = useImportWizard(useCallback((targetType: ImportTargetType) => {
    for (const collection of IMPORT_COLLECTIONS[targetType]) editors[collection].reload();
  }, [editors]));
  // The Work tab on the map: the assets it rings, and a package area drawn on request.
  const [workRings, setWorkRings] = useState<readonly RingedAsset[] | null>(null);
  const [areaRequest, setAreaRequest] = useState<((area: Polygon | null) => void) | null>(null);
  const viewCenter = useMemo<[number, number] | null>(() => (viewBbox ? [(viewBbox[0] + viewBbox[2]) / 2, (viewBbox[1] + viewBbox[3]) / 2] : null), [viewBbox]);

  // ---- live updates: others' changes refetch the layers they touch; a moved coverage revision the analyses.
  const [coverageRevision, setCoverageRevision] = useState<string | null>(null);
  const [faultsRevision, setFaultsRevision] = useState(0);
  const live = useLiveUpdates({
    selfUserId: session?.user.id ?? null,
    onChanges: (types, _changes, revisions) => {
      if (types.has('Fault') || types.has('FaultEvent') || revisions.has('maintenance')) setFaultsRevision((revision) => revision + 1);
      for (const type of types) {
        const collection = LIVE_TYPE_COLLECTIONS[type];
        if (collection) editors[collection].reload();
      }
    },
    onCoverageRevision: setCoverageRevision,
    onResync: () => {
      for (const editor of Object.values(editors)) editor.reload();
      setCoverageRevision(`resync-${Date.now()}`);
      setFaultsRevision((revision) => revision + 1);
    },
  });
  const analysisRefreshKey = useMemo(() => [data.cameras, coverageRevision], [data.cameras, coverageRevision]);

  const { stop: stopShapeEdit } = shapeEdit;
  const select = useCallback((next: Selection | null) => {
    setSelection(next);
    stopShapeEdit();
    setDragDraft(null);
  }, [stopShapeEdit, setDragDraft]);
  const deselect = useCallback(() => select(null), [select]);
  const planning = usePlanning({ data, editors, models, select });
  useWorkspaceKeys({ tool, onTool: setTool, onDeselect: deselect, planning, canPlan: permissions.plan });

  const settled = isSettled(data) && appConfig.status !== 'loading';
  useEffect(() => {
    // Benchmarks read it (navigation start -> every layer loaded); once per page.
    if (settled && !performance.getEntriesByName?.('vigie:map-ready').length) performance.mark?.('vigie:map-ready');
  }, [settled]);
  const failuresList = failuresOf(data);
  const configError = appConfig.status === 'error' ? appConfig.message : undefined;
  const status = loadStatus(settled, failuresList.length > 0 || Boolean(configError), t);
  // The bill counts every physical asset: asked again when any of them changes.
  const billRefreshKey = useMemo(() => [data.cameras, data.poles, data.networkNodes, data.fiberRuns, data.powerSources, data.powerFeeds], [data.cameras, data.poles, data.networkNodes, data.fiberRuns, data.powerSources, data.powerFeeds]);
  const featureCounts = useMemo(() => featureCountsOf(data), [data]);
  // Design checks follow the same assets as the bill (and live changes reload them), once the map has settled.
  const designChecks = useDesignChecks(cameraMode, billRefreshKey, settled);
  const bandwidth = useBandwidthReport(cameraMode, billRefreshKey, settled && tab === 'network');
  // Night coverage is seconds of server work: measured when asked for, then kept current while its tab is open.
  const [nightWanted, setNightWanted] = useState(false);
  const night = useNightCoverage(cameraMode, analysisRefreshKey, settled && nightWanted && (tab === 'summary' || (tab === 'blackSpots' && selection?.kind === 'blackSpot')));
  const selectFlaggedCamera = useCallback((id: string) => {
    const picked: Selection = { kind: 'camera', id };
    select(picked);
    setFlyTo(picked);
    setPanelOpen(true);
  }, [select]);

  // A link pasted or edited in this tab: its selection, tab and cameras, as when the page opened with it.
  const followUrl = useCallback((extras: MapUrlExtras) => {
    if (extras.tab && (extras.tab !== 'work' || session)) setTab(extras.tab);
    if (extras.cameras) setCameraMode(extras.cameras);
    select(extras.selection ?? null);
    if (extras.selection) setFlyTo(extras.selection);
  }, [select, session]);

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
  }, [tool, select, setFailures, setOutage, setPath]);

  const onMapClick = useCallback((position: [number, number]) => {
    if (tool === 'place-camera') {
      void planning.placeCameraAt(position).then((camera) => {
        if (camera) setTool('select');
      });
    }
    if (isPointTool(tool)) {
      const type = POINT_TOOLS[tool];
      void planning.placePointAt(type, planning.pointKinds[type], position).then((node) => {
        if (node) setTool('select');
      });
    }
  }, [tool, planning]);

  const drawingWall = tab === 'optimiser' && placement.drawingWall;
  const drawShape = drawingWall ? 'Line' : tool === 'draw-black-spot' || tool === 'draw-building' ? 'Polygon' : tool === 'draw-fiber' || tool === 'draw-power-feed' ? 'Line' : null;
  const { addWall } = placement;
  const onDrawn = useCallback((geometry: Polygon | LineString) => {
    if (drawingWall) {
      if (geometry.type === 'LineString') addWall(geometry);
      return;
    }
    const done = () => setTool('select');
    if (tool === 'draw-black-spot' && geometry.type === 'Polygon') void planning.drawBlackSpot(geometry).then(done);
    if (tool === 'draw-building' && geometry.type === 'Polygon') void planning.drawBuilding(geometry).then(done);
    if (tool === 'draw-fiber' && geometry.type === 'LineString') void planning.drawFiberRun(geometry).then(done);
    if (tool === 'draw-power-feed' && geometry.type === 'LineString') void planning.drawPowerFeed(geometry).then(done);
  }, [tool, planning, drawingWall, addWall]);

  const askDelete = () => {
    const node = findSelected(data, selection) as ({ id: string; version: number; code?: string; name?: string } | undefined);
    if (!node || !selection) return;
    const type = ({ camera: 'Camera', blackSpot: 'BlackSpot', building: 'Building', fiberRun: 'FiberRun', powerFeed: 'PowerFeed', pole: 'Pole', networkNode: 'NetworkNode', powerSource: 'PowerSource' } as const)[selection.kind as 'camera'];
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
    if (next !== 'select') stopShapeEdit();
  };

  const detailsPanel = selection && (selectedCamera && cameraDraft ? (
    <>
      <CameraEditor
        camera={selectedCamera} models={models} planning={planning} canPlan={permissions.plan}
        draft={cameraDraft} onDraft={setCameraDraft} onCoverage={analysis.setCoverage} onDelete={askDelete}
        designWarnings={<CameraDesignWarnings findings={findingsOf(designChecks.checks, selectedCamera.id)} />}
        blackSpots={nodesOf(data.blackSpots)}
      />
      {session && <CameraInstallation camera={selectedCamera} role={session.user.role} onCoverage={analysis.setCoverage} onStatusChanged={() => editors.cameras.reload()} />}
    </>
  ) : (
    <AssetDetails
      selection={selection} data={data} planning={planning} canPlan={permissions.plan} cameraMode={cameraMode}
      onDelete={askDelete} shapeEdit={shapeEdit.current} onShapeEdit={shapeEdit.start}
      onClose={deselect}
    />
  ));
  // Logging a fault starts from an asset's details: the faults tab opens with the form for it.
  const role = session?.user.role;
  const canLogFault = role === 'admin' || role === 'engineer' || role === 'maintenance' || role === 'contractor';
  const faultable = selection && ['camera', 'pole', 'networkNode', 'fiberRun', 'powerFeed', 'powerSource'].includes(selection.kind);
  const logFaultButton = canLogFault && faultable && (
    <button type="button" className="secondary-button" data-testid="details-log-fault" onClick={() => { setFaultId(null); setTab('faults'); }}>
      {t('faults.logFromDetails')}
    </button>
  );
  const loadingFallback = <p className="muted">{t('app.loading')}</p>;
  const workMap = useMemo<MapHooks>(() => ({
    selection,
    requestArea: (onArea) => setAreaRequest(() => onArea),
    onHighlight: setWorkRings,
  }), [selection]);

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
        <PanelTabs tab={tab} onTab={setTab} tabs={TABS.filter((id) => (id !== 'work' || session) && (id !== 'optimiser' || permissions.plan) && (id !== 'import' || (session && permissions.plan)) && (id !== 'audit' || session?.user.role === 'admin'))} />
        <NoticeBar notice={planning.notice} onReload={reloadAll} onDismiss={() => planning.setNotice(null)} />
        <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'layers' && (
            <>
              {detailsPanel}
              {logFaultButton}
              <AssetSummary data={data} />
              {cameraLoading.mode === 'in-view' && <p className="panel-note" data-testid="in-view-note">{t('app.inViewOnly', { count: formatNumber(cameraLoading.totalCount ?? 0, 0) })}</p>}
              <LayerPanel visibleLayers={visibleLayers} onChange={setVisibleLayers} featureCounts={featureCounts} />
              <Legend />
              {painted && <Suspense fallback={null}><ExchangePanel selection={selection} signedIn={!!session} /></Suspense>}
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
              {selection?.kind === 'blackSpot' && <NightCoveragePanel night={night.night} error={night.error} onlyBlackSpotId={selection.id} onRequest={nightWanted ? undefined : () => setNightWanted(true)} />}
              <BlackSpotPanel data={data} mode={cameraMode} onMode={setCameraMode} selection={selection} onSelect={(picked) => { select(picked); setFlyTo(picked); }} onCoverages={analysis.setBlackSpotCoverages} refreshKey={analysisRefreshKey} onFailures={setFailures} onOutage={setOutage} />
            </>
          )}
          {tab === 'summary' && <Suspense fallback={loadingFallback}><SummaryPanel mode={cameraMode} onMode={setCameraMode} refreshKey={analysisRefreshKey} canPlan={permissions.plan} /></Suspense>}
          {tab === 'summary' && <NightCoveragePanel night={night.night} error={night.error} onSelectCamera={selectFlaggedCamera} onRequest={nightWanted ? undefined : () => setNightWanted(true)} />}
          {tab === 'bill' && <Suspense fallback={loadingFallback}><BillPanel mode={cameraMode} onMode={setCameraMode} refreshKey={billRefreshKey} /></Suspense>}
          {tab === 'work' && session && selection?.kind === 'camera' && detailsPanel}
          <Suspense fallback={loadingFallback}>
          {tab === 'faults' && (
            <FaultsPanel
              data={data} role={session?.user.role} organisationId={session?.user.organisation?.id ?? undefined} selection={selection}
              viewCenter={viewCenter} faults={faultRows} onFaults={setFaultRows} selectedFaultId={faultId} onSelectFault={setFaultId}
              liveRevision={faultsRevision}
            />
          )}
          {tab === 'optimiser' && <OptimiserPanel data={data} selection={selection} models={models} placement={placement} canPlan={permissions.plan} />}
          {tab === 'import' && <ImportWizard wizard={importWizard} canImport={!!session && permissions.plan} />}
          {tab === 'models' && <ModelCatalogue canEdit={permissions.plan} />}
          {tab === 'audit' && session?.user.role === 'admin' && <AuditPanel />}
          {tab === 'work' && session && (
            <>
              {session.user.role === 'contractor' ? (
                <MyWorkPanel
                  onItems={setWorkRings} refreshKey={data.cameras} onMoved={() => editors.cameras.reload()}
                  onShow={(item) => { const picked: Selection = { kind: item.assetType === 'network_node' ? 'networkNode' : item.assetType === 'fiber_run' ? 'fiberRun' : item.assetType === 'power_source' ? 'powerSource' : item.assetType === 'power_feed' ? 'powerFeed' : item.assetType, id: item.assetId }; select(picked); setFlyTo(picked); }}
                />
              ) : <PackagesPanel map={workMap} canEdit={permissions.plan} refreshKey={data.cameras} />}
              {session.user.role === 'admin' && <AdminPanel />}
            </>
          )}
          </Suspense>
          {tab === 'network' && (
            <>
              {selection?.kind === 'camera' && detailsPanel}
              <DesignChecksPanel checks={designChecks.checks} error={designChecks.error} onSelectCamera={selectFlaggedCamera} />
              <BandwidthPanel report={bandwidth.report} error={bandwidth.error} canPlan={permissions.plan} onSaved={bandwidth.reload} />
              <NetworkPanel
                data={data} selection={selection} mode={cameraMode} onMode={setCameraMode} path={path} onPath={setPath}
                picking={tool === 'pick-outage'} onPicking={(on) => setTool(on ? 'pick-outage' : 'select')}
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
        data-first-paint={painted ? 'true' : 'false'}
        data-basemap={basemapMode ?? 'pending'}
        data-visible-layers={visibleLayers.join(',')}
        data-tool={tool}
        data-camera-loading={cameraLoading.mode}
        data-live={live.connected ? 'connected' : 'connecting'}
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
            onBasemapModeChange={setBasemapMode}
            renderer={renderer}
            painted={painted}
            urlExtras={{ selection, tab, cameras: cameraMode }}
            onUrlExtras={followUrl}
          >
            <WorkspaceOverlays
              {...analysis} data={data} tab={tab} selection={selection} selectedCamera={selectedCamera} dragDraft={dragDraft}
              draftHeadingDegrees={cameraDraft?.headingDegrees}
            />
            {visibleLayers.includes('cameras') && designChecks.checks && <DesignCheckBadgesLayer flagged={designChecks.checks.flaggedCameras} />}
            {tab === 'optimiser' && placement.run?.result && <PlacementDraftLayer proposals={placement.run.result.proposals} focus={placement.focus} />}
            {tab === 'import' && importWizard.status === 'staged' && importWizard.job?.status === 'staged' && <ImportPreviewLayer previewGeoJson={importWizard.job.previewGeoJson} />}
            {tab === 'optimiser' && placement.walls.length > 0 && <PlacementWallsLayer walls={placement.walls} />}
            {tab === 'faults' && <FaultsLayer faults={faultRows} selectedId={faultId} onPick={(id) => { setFaultId(id); setPanelOpen(true); }} />}
            <ViewTracker onBbox={setViewBbox} />
            <FeatureClicks onFeatureClick={onFeatureClick} enabled={tool === 'select' || tool === 'pick-outage'} />
            <MapClicks active={tool === 'place-camera' || isPointTool(tool)} onClick={onMapClick} />
            <GeomanDraw shape={permissions.plan ? drawShape : null} onCreated={onDrawn} />
            {tab === 'work' && areaRequest && <GeomanDraw shape="Polygon" onCreated={(area) => { areaRequest(area.type === 'Polygon' ? area : null); setAreaRequest(null); }} />}
            {tab === 'work' && workRings && <WorkAssetsLayer assets={workRings} data={data} />}
            {shapeEdit.original && <GeomanEditPolygon polygon={shapeEdit.original} onChange={shapeEdit.onChange} />}
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
            {selectedPoint && (
              <PointHandle
                location={selectedPoint.node.location.coordinates as [number, number]} editable={permissions.plan && tool === 'select'}
                label={t('assets.moveHandle')} onMoved={(position) => void planning.movePoint(selectedPoint.type, selectedPoint.node as never, position)}
              />
            )}
            <FlyToSelection target={flyTo} data={data} onDone={() => setFlyTo(null)} />
            <FollowContainerSize />
          </MapView>
        )}
        <LiveNotice count={live.othersChanges} onDismiss={live.dismiss} />
        <MapMessages failures={failuresList} configError={configError} basemapMode={basemapMode} />
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

/**
 * Marks the first useful paint: once the cameras and black spots have arrived (and the map can be
 * shown), the frame that draws them (MapView releases the canvas then) is followed by `painted`, the
 * map's `data-first-paint="true"` and a `vigie:first-paint` performance mark.
 */
function useFirstPaint(data: MapData, mapShown: boolean, painted: boolean, setPainted: (painted: boolean) => void): void {
  const due = !painted && mapShown && firstPaintLoaded(data);
  useEffect(() => {
    if (!due) return undefined;
    const done = () => {
      performance.mark?.('vigie:first-paint');
      setPainted(true);
    };
    if (typeof requestAnimationFrame !== 'function') {
      const timer = setTimeout(done, 0);
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(done);
    return () => cancelAnimationFrame(frame);
  }, [due, setPainted]);
}
