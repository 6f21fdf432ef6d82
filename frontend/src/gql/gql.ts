/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id at action actorEmail actorRole actorUserId entityType entityId changedFields before after }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "query AuditUsers { users(first: 1000) { nodes { id name email } } }": typeof types.AuditUsersDocument,
    "\n  query AdminOrganisations { organisations(first: 500) { nodes { id version name kind } } }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminUsers($organisationId: ID) { users(filter: { organisationId: $organisationId }, first: 1000) { nodes { id version email name role disabled organisation { id } } } }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version name kind } }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) { createUser(input: $input) { id version email name role disabled organisation { id } } }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id version email name role disabled organisation { id } } }\n": typeof types.AdminUpdateUserDocument,
    "\n  fragment CameraCoverageFields on CameraCoverage { cameraId level area areaSquareMeters nearMeters farMeters unavailableReason }\n": typeof types.CameraCoverageFieldsFragmentDoc,
    "\n  fragment BlackSpotCoverageFields on BlackSpotCoverage {\n    blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code }\n  }\n": typeof types.BlackSpotCoverageFieldsFragmentDoc,
    "\n  fragment LevelSummaryFields on LevelCoverageSummary {\n    level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction\n  }\n": typeof types.LevelSummaryFieldsFragmentDoc,
    "\n  query CoveragePreview($input: CoveragePreviewInput!) { coveragePreview(input: $input) { ...CameraCoverageFields } }\n": typeof types.CoveragePreviewDocument,
    "\n  query CameraCoverage($id: ID!) { camera(id: $id) { coverage { ...CameraCoverageFields } } }\n": typeof types.CameraCoverageDocument,
    "\n  query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) { ...BlackSpotCoverageFields } }\n": typeof types.BlackSpotCoveragesDocument,
    "\n  query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) { blackSpot(id: $id) { coverage(cameras: $cameras) { ...BlackSpotCoverageFields } } }\n": typeof types.BlackSpotCoverageDocument,
    "\n  query CoverageSummary($cameras: CameraSelection) {\n    coverageSummary(cameras: $cameras) {\n      city { zoneId zoneName levels { ...LevelSummaryFields } }\n      zones { zoneId zoneName levels { ...LevelSummaryFields } }\n    }\n  }\n": typeof types.CoverageSummaryDocument,
    "\n  query CoverageFreshness { coverageFreshness { checkedCameraCount currentCount stale { cameraId cameraCode reasons } } }\n": typeof types.CoverageFreshnessDocument,
    "\n  mutation RecomputeCoverage($cameraIds: [ID!]) { recomputeCoverage(cameraIds: $cameraIds) }\n": typeof types.RecomputeCoverageDocument,
    "\n  query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {\n    cameraNetworkPath(cameraId: $id, cameras: $cameras) {\n      connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id }\n      linkTerminatesAt { code } linkLengthMeters opticalLossDb budgetDb marginDb withinBudget\n      attenuationLossDb splices spliceLossDb connectorLossDb\n      powered poweredByDay powerSource { code } powerFeeds { code } upsAutonomyMinutes\n    }\n  }\n": typeof types.CameraNetworkPathDocument,
    "\n  query OutageImpact($failed: FailedElementsInput!, $cameras: CameraSelection) {\n    outageImpact(failed: $failed, cameras: $cameras) {\n      darkCameraIds totalLostSquareMeters\n      blackSpots { blackSpot { id } areaSquareMeters coveredBeforeSquareMeters coveredAfterSquareMeters lostSquareMeters }\n    }\n  }\n": typeof types.OutageImpactDocument,
    "\n  fragment BillSectionFields on BillSectionEntry {\n    zoneId zoneCode zoneName\n    lines { part category item unit quantity unitCostMad totalMad }\n    existing { category item unit quantity }\n    supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad\n  }\n": typeof types.BillSectionFieldsFragmentDoc,
    "\n  query BillOfQuantities($statuses: [AssetStatus!]) {\n    billOfQuantities(statuses: $statuses) {\n      zones { ...BillSectionFields } overall { ...BillSectionFields }\n      vatRate budgetBeforeTaxMad remainingBeforeTaxMad withinBudget usedFraction missingUnitCosts\n    }\n  }\n": typeof types.BillOfQuantitiesDocument,
    "\n  query BlackSpotSinglePointsOfFailure($id: ID!, $cameras: CameraSelection) {\n    blackSpotSinglePointsOfFailure(blackSpotId: $id, cameras: $cameras, limit: 20) {\n      element { kind id code } camerasLost { id code } coveredFractionBefore coveredFractionAfter lostSquareMeters\n    }\n  }\n": typeof types.BlackSpotSinglePointsOfFailureDocument,
    "\n  query BandwidthReport($cameras: CameraSelection) {\n    bandwidthReport(cameras: $cameras, limit: 20) {\n      recordingProfile { id version code name }\n      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond uplinkCapacityMbps cameraLinkCapacityMbps controlCentreIngestCapacityMbps }\n      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }\n      linkCount overSubscribedCount\n      links { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n      ingest { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n    }\n  }\n": typeof types.BandwidthReportDocument,
    "\n  mutation UpdateRecordingProfileSettings($input: UpdateRecordingProfileInput!) {\n    updateRecordingProfile(input: $input) { id version retentionDays recordingMode raidOverheadPercent }\n  }\n": typeof types.UpdateRecordingProfileSettingsDocument,
    "\n  query DesignChecks($cameras: CameraSelection) {\n    designChecks(cameras: $cameras) {\n      cameraCount flaggedCameraCount\n      checks { kind count findings { camera { id code } elements { kind id code } reason darkByDay { from to } } }\n      flaggedCameras { id code location kinds }\n    }\n  }\n": typeof types.DesignChecksDocument,
    "\n  query NightCoverage($cameras: CameraSelection) {\n    nightCoverage(cameras: $cameras) {\n      night { from to minutes }\n      cameraCount areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters\n      camerasDarkAtNight { camera { id code } darkMinutes from to causes }\n      camerasWithoutNightLight { id code }\n      blackSpots { blackSpot { id code name priority requiredLevel } areaSquareMeters dayCoveredFraction nightCoveredFraction }\n    }\n  }\n": typeof types.NightCoverageDocument,
    "\n  query AppConfig {\n    appConfig { deploymentName tileUrlTemplate tileAttribution initialCenter initialZoom }\n  }\n": typeof types.AppConfigDocument,
    "\n  fragment SessionFields on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) { refresh(refreshToken: $refreshToken) { ...SessionFields } }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": typeof types.LogoutDocument,
    "\n  fragment CatalogueModel on CameraModel {\n    id version code name manufacturer kind sensorWidthMm focalLengthMinMm focalLengthMaxMm fixedHorizontalFieldOfViewDegrees\n    horizontalPixels verticalPixels opticalZoom panRangeDegrees irRangeMeters whiteLightRangeMeters codec powerDrawWatts typicalBitrateMbps unitPriceMad\n  }\n": typeof types.CatalogueModelFragmentDoc,
    "query ModelCatalogue { cameraModels(first: 1000) { nodes { ...CatalogueModel } } }": typeof types.ModelCatalogueDocument,
    "mutation CreateCatalogueModel($input: CreateCameraModelInput!) { createCameraModel(input: $input) { ...CatalogueModel } }": typeof types.CreateCatalogueModelDocument,
    "mutation UpdateCatalogueModel($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { ...CatalogueModel } }": typeof types.UpdateCatalogueModelDocument,
    "\n  fragment EditedCamera on Camera { ...MapCamera existing sceneActivity codec }\n": typeof types.EditedCameraFragmentDoc,
    "mutation CreateCamera($input: CreateCameraInput!) { createCamera(input: $input) { ...EditedCamera } }": typeof types.CreateCameraDocument,
    "mutation UpdateCamera($input: UpdateCameraInput!) { updateCamera(input: $input) { ...EditedCamera } }": typeof types.UpdateCameraDocument,
    "mutation DeleteCamera($id: ID!, $version: Int!) { deleteCamera(id: $id, version: $version) { id } }": typeof types.DeleteCameraDocument,
    "query GetCamera($id: ID!) { camera(id: $id) { ...EditedCamera } }": typeof types.GetCameraDocument,
    "mutation CreateBlackSpot($input: CreateBlackSpotInput!) { createBlackSpot(input: $input) { ...MapBlackSpot } }": typeof types.CreateBlackSpotDocument,
    "mutation UpdateBlackSpot($input: UpdateBlackSpotInput!) { updateBlackSpot(input: $input) { ...MapBlackSpot } }": typeof types.UpdateBlackSpotDocument,
    "mutation DeleteBlackSpot($id: ID!, $version: Int!) { deleteBlackSpot(id: $id, version: $version) { id } }": typeof types.DeleteBlackSpotDocument,
    "query GetBlackSpot($id: ID!) { blackSpot(id: $id) { ...MapBlackSpot } }": typeof types.GetBlackSpotDocument,
    "mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) { ...MapBuilding } }": typeof types.CreateBuildingDocument,
    "mutation UpdateBuilding($input: UpdateBuildingInput!) { updateBuilding(input: $input) { ...MapBuilding } }": typeof types.UpdateBuildingDocument,
    "mutation DeleteBuilding($id: ID!, $version: Int!) { deleteBuilding(id: $id, version: $version) { id } }": typeof types.DeleteBuildingDocument,
    "query GetBuilding($id: ID!) { building(id: $id) { ...MapBuilding } }": typeof types.GetBuildingDocument,
    "mutation CreateFiberRun($input: CreateFiberRunInput!) { createFiberRun(input: $input) { ...MapFiberRun } }": typeof types.CreateFiberRunDocument,
    "mutation UpdateFiberRun($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { ...MapFiberRun } }": typeof types.UpdateFiberRunDocument,
    "mutation DeleteFiberRun($id: ID!, $version: Int!) { deleteFiberRun(id: $id, version: $version) { id } }": typeof types.DeleteFiberRunDocument,
    "query GetFiberRun($id: ID!) { fiberRun(id: $id) { ...MapFiberRun } }": typeof types.GetFiberRunDocument,
    "mutation CreatePowerFeed($input: CreatePowerFeedInput!) { createPowerFeed(input: $input) { ...MapPowerFeed } }": typeof types.CreatePowerFeedDocument,
    "mutation UpdatePowerFeed($input: UpdatePowerFeedInput!) { updatePowerFeed(input: $input) { ...MapPowerFeed } }": typeof types.UpdatePowerFeedDocument,
    "mutation DeletePowerFeed($id: ID!, $version: Int!) { deletePowerFeed(id: $id, version: $version) { id } }": typeof types.DeletePowerFeedDocument,
    "query GetPowerFeed($id: ID!) { powerFeed(id: $id) { ...MapPowerFeed } }": typeof types.GetPowerFeedDocument,
    "mutation CreatePole($input: CreatePoleInput!) { createPole(input: $input) { ...MapPole } }": typeof types.CreatePoleDocument,
    "mutation UpdatePole($input: UpdatePoleInput!) { updatePole(input: $input) { ...MapPole } }": typeof types.UpdatePoleDocument,
    "mutation DeletePole($id: ID!, $version: Int!) { deletePole(id: $id, version: $version) { id } }": typeof types.DeletePoleDocument,
    "query GetPole($id: ID!) { pole(id: $id) { ...MapPole } }": typeof types.GetPoleDocument,
    "mutation CreateNetworkNode($input: CreateNetworkNodeInput!) { createNetworkNode(input: $input) { ...MapNetworkNode } }": typeof types.CreateNetworkNodeDocument,
    "mutation UpdateNetworkNode($input: UpdateNetworkNodeInput!) { updateNetworkNode(input: $input) { ...MapNetworkNode } }": typeof types.UpdateNetworkNodeDocument,
    "mutation DeleteNetworkNode($id: ID!, $version: Int!) { deleteNetworkNode(id: $id, version: $version) { id } }": typeof types.DeleteNetworkNodeDocument,
    "query GetNetworkNode($id: ID!) { networkNode(id: $id) { ...MapNetworkNode } }": typeof types.GetNetworkNodeDocument,
    "mutation CreatePowerSource($input: CreatePowerSourceInput!) { createPowerSource(input: $input) { ...MapPowerSource } }": typeof types.CreatePowerSourceDocument,
    "mutation UpdatePowerSource($input: UpdatePowerSourceInput!) { updatePowerSource(input: $input) { ...MapPowerSource } }": typeof types.UpdatePowerSourceDocument,
    "mutation DeletePowerSource($id: ID!, $version: Int!) { deletePowerSource(id: $id, version: $version) { id } }": typeof types.DeletePowerSourceDocument,
    "query GetPowerSource($id: ID!) { powerSource(id: $id) { ...MapPowerSource } }": typeof types.GetPowerSourceDocument,
    "query CameraExisting($id: ID!) { camera(id: $id) { id version existing } }": typeof types.CameraExistingDocument,
    "query PoleExisting($id: ID!) { pole(id: $id) { id version existing } }": typeof types.PoleExistingDocument,
    "query NetworkNodeExisting($id: ID!) { networkNode(id: $id) { id version existing } }": typeof types.NetworkNodeExistingDocument,
    "query FiberRunExisting($id: ID!) { fiberRun(id: $id) { id version existing } }": typeof types.FiberRunExistingDocument,
    "query PowerSourceExisting($id: ID!) { powerSource(id: $id) { id version existing } }": typeof types.PowerSourceExistingDocument,
    "query PowerFeedExisting($id: ID!) { powerFeed(id: $id) { id version existing } }": typeof types.PowerFeedExistingDocument,
    "query CameraStreamSettings($id: ID!) { camera(id: $id) { id version sceneActivity codec model { id codec } } }": typeof types.CameraStreamSettingsDocument,
    "\n  query CameraModels { cameraModels(first: 1000) { nodes { id code name kind focalLengthMinMm focalLengthMaxMm } } }\n": typeof types.CameraModelsDocument,
    "\n  fragment EvidencePhotoFields on EvidencePhoto {\n    id displayName contentType sizeBytes widthPixels heightPixels takenAt takenAtLocal takenAtOffset position\n    distanceFromAssetMeters farFromAsset uploadedAt thumbnailUrl originalUrl\n  }\n": typeof types.EvidencePhotoFieldsFragmentDoc,
    "\n  fragment CameraAsBuiltFields on CameraAsBuilt {\n    id version current location headingDegrees tiltDegrees mountHeightMeters modelId serialNumber comment measuredAt\n    acceptanceState deviations { kind message } reviewComment reviewedAt\n  }\n": typeof types.CameraAsBuiltFieldsFragmentDoc,
    "\n  query EvidencePhotos($assetId: ID!) { evidencePhotos(assetType: camera, assetId: $assetId) { ...EvidencePhotoFields } }\n": typeof types.EvidencePhotosDocument,
    "\n  query CameraAsBuilt($cameraId: ID!) { cameraAsBuilt(cameraId: $cameraId) { ...CameraAsBuiltFields } }\n": typeof types.CameraAsBuiltDocument,
    "\n  query CameraAcceptance($cameraId: ID!) {\n    cameraAcceptance(cameraId: $cameraId) {\n      asBuiltId headingDeviationDegrees tiltDeviationDegrees mountHeightDeviationMeters positionDeviationMeters modelChanged withinTolerance\n      deviations { kind message }\n      blackSpots { blackSpotId blackSpotCode requiredLevel designCoveredPercent asBuiltCoveredPercent lossPoints outOfTolerance }\n      designCoverage { ...CameraCoverageFields }\n      asBuiltCoverage { ...CameraCoverageFields }\n    }\n  }\n": typeof types.CameraAcceptanceDocument,
    "\n  mutation RecordCameraAsBuilt($input: RecordCameraAsBuiltInput!) { recordCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n": typeof types.RecordCameraAsBuiltDocument,
    "\n  mutation AcceptCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { acceptCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n": typeof types.AcceptCameraAsBuiltDocument,
    "\n  mutation SendBackCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { sendBackCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n": typeof types.SendBackCameraAsBuiltDocument,
    "\n  query ExportWorkPackages { workPackages(first: 200) { nodes { id code name } } }\n": typeof types.ExportWorkPackagesDocument,
    "\n  fragment ImportJobProgressFields on ImportJobType {\n    id status progress { phase done total fraction }\n    counts { rows valid errors warnings toInsert toUpdate skipped }\n    failure { message code reason }\n    result { inserted updated unchanged camerasRecomputed changeSetId }\n  }\n": typeof types.ImportJobProgressFieldsFragmentDoc,
    "\n  fragment ImportJobFields on ImportJobType {\n    id fileName format source targetType status idField sourceFields\n    mapping { field source constant }\n    targetFields { name kind required values defaultValue }\n    progress { phase done total fraction }\n    counts { rows valid errors warnings toInsert toUpdate skipped }\n    problemCounts { code count }\n    problems { row layer sourceId severity code field message }\n    previewGeoJson\n    failure { message code reason }\n    result { inserted updated unchanged camerasRecomputed changeSetId }\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJobFull($id: ID!) { importJob(id: $id) { ...ImportJobFields } }\n": typeof types.ImportJobFullDocument,
    "\n  query ImportJobProgress($id: ID!) { importJob(id: $id) { ...ImportJobProgressFields } }\n": typeof types.ImportJobProgressDocument,
    "\n  query RecentImportJobs { importJobs { id fileName targetType status counts { rows } result { inserted updated changeSetId } } }\n": typeof types.RecentImportJobsDocument,
    "\n  mutation UpdateImportMapping($input: UpdateImportMappingInput!) { updateImportMapping(input: $input) { ...ImportJobProgressFields } }\n": typeof types.UpdateImportMappingDocument,
    "\n  mutation CommitImport($id: ID!) { commitImport(id: $id) { ...ImportJobProgressFields } }\n": typeof types.CommitImportDocument,
    "\n  mutation DiscardImport($id: ID!) { discardImport(id: $id) { id status } }\n": typeof types.DiscardImportDocument,
    "\n  mutation UndoImportChangeSet($id: ID!) { undoChangeSet(id: $id) { id undoneAt } }\n": typeof types.UndoImportChangeSetDocument,
    "\n  fragment FaultRow on Fault {\n    id version state priority category location assetType assetCode reportedAt assignedOrganisationId assignedUserId\n    sla { overdue responseDueAt repairDueAt }\n  }\n": typeof types.FaultRowFragmentDoc,
    "\n  fragment FaultTicket on Fault {\n    ...FaultRow\n    description channel reporterName suggestedPriority impactScore darkens resolution newSerial\n    darkCameras { id code status }\n    blackSpotLosses { blackSpotId code name priority requiredLevel coveredBeforePercent coveredAfterPercent }\n    sla { responseHoursAllowed repairHoursAllowed responseHoursUsed repairHoursUsed responseOverdue repairOverdue timeInState { state hours } }\n    history { id at kind fromState toState actorEmail comment }\n  }\n": typeof types.FaultTicketFragmentDoc,
    "\n  query Faults($filter: FaultFilter, $first: Int) { faults(filter: $filter, first: $first) { totalCount nodes { ...FaultRow } } }\n": typeof types.FaultsDocument,
    "\n  query Fault($id: ID!) { fault(id: $id) { ...FaultTicket } }\n": typeof types.FaultDocument,
    "\n  mutation LogFault($input: LogFaultInput!) { logFault(input: $input) { ...FaultTicket } }\n": typeof types.LogFaultDocument,
    "\n  mutation ChangeFaultState($input: ChangeFaultStateInput!) { changeFaultState(input: $input) { ...FaultTicket } }\n": typeof types.ChangeFaultStateDocument,
    "\n  mutation CommentOnFault($faultId: ID!, $text: String!) { commentOnFault(faultId: $faultId, text: $text) { id } }\n": typeof types.CommentOnFaultDocument,
    "\n  query ControlCentre {\n    controlCentre {\n      asOf installedCameraCount activeByPriority\n      darkCameras { cameraId code location darkSince faults { id priority state category } }\n      blackSpotsLosing { blackSpotId code name priority requiredLevel coveredBeforePercent coveredNowPercent lostSquareMeters darkCameraIds }\n    }\n    overdue: faults(filter: { overdue: true, states: [open, acknowledged, in_progress] }, first: 0) { totalCount }\n  }\n": typeof types.ControlCentreDocument,
    "\n  query FaultFigures($from: DateTime!, $to: DateTime!) {\n    faultFigures(from: $from, to: $to) {\n      from to openByPriority overdueCount loggedCount resolvedCount meanTimeToRepairHours\n      openByZone { zoneId zoneName byPriority total }\n      cameraAvailability { cameraId code availability darkHours }\n      blackSpotAvailability { blackSpotId code name availability nominalCoveredFraction meanCoveredFraction }\n      modelsFailingMost { id label faultCount cameraCount }\n      sitesFailingMost { id label faultCount cameraCount }\n    }\n  }\n": typeof types.FaultFiguresDocument,
    "\n  query FaultAssignees { faultAssignees { organisationId name users { id name role } } }\n": typeof types.FaultAssigneesDocument,
    "\n  mutation AssignFault($input: UpdateFaultInput!) { updateFault(input: $input) { id version assignedOrganisationId assignedUserId } }\n": typeof types.AssignFaultDocument,
    "\n  query FaultPhotos($faultId: ID!) { evidencePhotos(assetType: fault, assetId: $faultId) { id displayName faultEventId uploadedAt thumbnailUrl originalUrl } }\n": typeof types.FaultPhotosDocument,
    "\n  query MyWork($longitude: Float, $latitude: Float) {\n    myWork(longitude: $longitude, latitude: $latitude) {\n      assetType assetId code status version workPackageId workPackageCode workPackageName dueOn late distanceMeters position\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  mutation MoveAssetStatus($input: MoveAssetStatusInput!) {\n    moveAssetStatus(input: $input) { stepId status assetVersion }\n  }\n": typeof types.MoveAssetStatusDocument,
    "\n  query WorkPackagesProgress {\n    workPackages(first: 200) { nodes { id code name phase dueOn status assetCount assets { status } } }\n    programme: installationProgress { assetCount installedCount lateCount coverage { liveCoveredFraction designCoveredFraction } }\n  }\n": typeof types.WorkPackagesProgressDocument,
    "\n  query ProgrammeProgressSeries { installationProgressSeries(stepDays: 7) { at assetCount installedCount commissionedCount lateCount liveCoveredFraction designCoveredFraction } }\n": typeof types.ProgrammeProgressSeriesDocument,
    "\n  query PackageProgressCsv($workPackageId: ID!) { workPackageProgressCsv(workPackageId: $workPackageId) }\n": typeof types.PackageProgressCsvDocument,
    "\n  fragment PackageFields on WorkPackage {\n    id version code name phase organisationId zoneId plannedStartOn dueOn status assetCount\n    assets { assetType assetId code status version }\n  }\n": typeof types.PackageFieldsFragmentDoc,
    "\n  query WorkPackageDetail($id: ID!, $stepDays: Int) {\n    workPackage(id: $id) { ...PackageFields }\n    sCurve: workPackageSCurve(workPackageId: $id, stepDays: $stepDays) { at plannedCount actualCount }\n    progress: installationProgress(scope: { workPackageId: $id }) {\n      at assetCount installedCount lateCount byStatus { status count share }\n      lateItems { code status daysLate }\n      coverage { liveCoveredFraction designCoveredFraction }\n    }\n  }\n": typeof types.WorkPackageDetailDocument,
    "\n  query PackageEditorData {\n    organisations(filter: { kind: [contractor] }, first: 500) { nodes { id name } }\n    zones(first: 500) { nodes { id code name } }\n  }\n": typeof types.PackageEditorDataDocument,
    "\n  mutation CreatePackage($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { ...PackageFields } }\n": typeof types.CreatePackageDocument,
    "\n  mutation UpdatePackage($input: UpdateWorkPackageInput!) { updateWorkPackage(input: $input) { ...PackageFields } }\n": typeof types.UpdatePackageDocument,
    "\n  mutation AddPackageAssets($input: WorkPackageAssetsInput!) { addWorkPackageAssets(input: $input) { ...PackageFields } }\n": typeof types.AddPackageAssetsDocument,
    "\n  mutation RemovePackageAssets($input: WorkPackageAssetsInput!) { removeWorkPackageAssets(input: $input) { ...PackageFields } }\n": typeof types.RemovePackageAssetsDocument,
    "\n  query ProgressScope($scope: ProgressScopeInput) {\n    installationProgress(scope: $scope) { assetCount installedCount lateCount byStatus { status count } coverage { liveCoveredFraction designCoveredFraction } }\n  }\n": typeof types.ProgressScopeDocument,
    "\n  subscription LiveRecordChanges {\n    recordChanges { entityType entityId action version actorUserId occurredAt summary }\n  }\n": typeof types.LiveRecordChangesDocument,
    "\n  subscription LiveDataRevisions {\n    dataRevisions { coverage network street maintenance installation actorUserId resync }\n  }\n": typeof types.LiveDataRevisionsDocument,
    "\n  fragment MapBlackSpot on BlackSpot { id version code name boundary category priority requiredLevel notes areaSquareMeters }\n": typeof types.MapBlackSpotFragmentDoc,
    "\n  query MapBlackSpots($first: Int, $after: String) {\n    blackSpots(first: $first, after: $after) {\n      nodes { ...MapBlackSpot }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapBlackSpotsDocument,
    "\n  fragment MapBuilding on Building { id version footprint heightMeters sourceId }\n": typeof types.MapBuildingFragmentDoc,
    "\n  query MapBuildings($first: Int, $after: String) {\n    buildings(first: $first, after: $after) {\n      nodes { ...MapBuilding }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapBuildingsDocument,
    "\n  fragment MapCameraModel on CameraModel { id code name kind }\n": typeof types.MapCameraModelFragmentDoc,
    "\n  fragment MapCamera on Camera {\n    id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n    horizontalFieldOfViewDegrees detectionRangeMeters poleId model { ...MapCameraModel }\n  }\n": typeof types.MapCameraFragmentDoc,
    "\n  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {\n    cameraMap(first: $first, after: $after, filter: $filter) {\n      count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n      horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage\n    }\n  }\n": typeof types.MapCamerasDocument,
    "\n  query MapCameraCount { cameras(first: 0) { totalCount } cameraModels(first: 1000) { nodes { ...MapCameraModel } } }\n": typeof types.MapCameraCountDocument,
    "\n  query MapCameraModels { cameraModels(first: 1000) { nodes { ...MapCameraModel } } }\n": typeof types.MapCameraModelsDocument,
    "\n  fragment MapFiberRun on FiberRun { id version code path strandCount cableType installMethod lengthMeters status existing fromKind fromId toKind toId }\n": typeof types.MapFiberRunFragmentDoc,
    "\n  query MapFiberRuns($first: Int, $after: String) {\n    fiberRuns(first: $first, after: $after) {\n      nodes { ...MapFiberRun }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapFiberRunsDocument,
    "\n  fragment MapNetworkNode on NetworkNode { id version code name kind location portCount strandCapacity existing status powerDrawWatts upsAutonomyMinutes }\n": typeof types.MapNetworkNodeFragmentDoc,
    "\n  query MapNetworkNodes($first: Int, $after: String) {\n    networkNodes(first: $first, after: $after) {\n      nodes { ...MapNetworkNode }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapNetworkNodesDocument,
    "\n  fragment MapPole on Pole { id version code kind heightMeters owner status existing location upsAutonomyMinutes }\n": typeof types.MapPoleFragmentDoc,
    "\n  query MapPoles($first: Int, $after: String) {\n    poles(first: $first, after: $after) {\n      nodes { ...MapPole }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapPolesDocument,
    "\n  fragment MapPowerFeed on PowerFeed { id version code path fromPowerSourceId toKind toId capacityWatts voltage switched status lengthMeters existing installMethod }\n": typeof types.MapPowerFeedFragmentDoc,
    "\n  query MapPowerFeeds($first: Int, $after: String) {\n    powerFeeds(first: $first, after: $after) {\n      nodes { ...MapPowerFeed }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapPowerFeedsDocument,
    "\n  fragment MapPowerSource on PowerSource { id version code name kind location capacityWatts voltage existing status }\n": typeof types.MapPowerSourceFragmentDoc,
    "\n  query MapPowerSources($first: Int, $after: String) {\n    powerSources(first: $first, after: $after) {\n      nodes { ...MapPowerSource }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapPowerSourcesDocument,
    "\n  fragment MapZone on Zone { id version code name boundary }\n": typeof types.MapZoneFragmentDoc,
    "\n  query MapZones($first: Int, $after: String) {\n    zones(first: $first, after: $after) {\n      nodes { ...MapZone }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MapZonesDocument,
    "\n  fragment PlacementRunFields on PlacementRun {\n    id state phase progressFraction proposalCount budgetMad maxCameras night error\n    result {\n      spentMad stoppedReason candidateMounts mountsWithoutConnection candidates objectiveBefore objectiveAfter objectiveTotal\n      blackSpots { blackSpotId code name priority requiredLevel areaSquareMeters coveredFractionBefore coveredFractionAfter }\n      proposals {\n        index mountKind poleId poleCode newPole location modelId modelCode modelName headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n        horizontalFieldOfViewDegrees cameraCostMad mountCostMad connectionCostMad totalCostMad marginalObjective coverage coverageLevel accepted cameraId\n        blackSpots { blackSpotId code name coveredSquareMeters exclusiveSquareMeters }\n        fiber { alreadyConnected path lengthMeters ductMeters costMad targetCode }\n        power { alreadyConnected path lengthMeters ductMeters costMad targetCode }\n      }\n    }\n  }\n": typeof types.PlacementRunFieldsFragmentDoc,
    "\n  mutation StartPlacementRun($input: PlacementRunInput!) { startPlacementRun(input: $input) { ...PlacementRunFields } }\n": typeof types.StartPlacementRunDocument,
    "\n  query PlacementRun($id: ID!) { placementRun(id: $id) { ...PlacementRunFields } }\n": typeof types.PlacementRunDocument,
    "\n  mutation CancelPlacementRun($id: ID!) { cancelPlacementRun(id: $id) { ...PlacementRunFields } }\n": typeof types.CancelPlacementRunDocument,
    "\n  mutation AcceptPlacementProposals($input: AcceptPlacementInput!) {\n    acceptPlacementProposals(input: $input) { changeSetId cameraIds poleIds run { ...PlacementRunFields } }\n  }\n": typeof types.AcceptPlacementProposalsDocument,
    "\n  query AssetAuditLog($type: String!, $id: ID!, $first: Int) {\n    auditLog(entityType: $type, entityId: $id, first: $first) {\n      totalCount\n      nodes { id at action actorEmail actorRole changedFields before after }\n    }\n  }\n": typeof types.AssetAuditLogDocument,
    "\n  query CameraPtzPresets($id: ID!) { camera(id: $id) { ptzPresets { name headingDegrees tiltDegrees zoomFactor } } }\n": typeof types.CameraPtzPresetsDocument,
    "\n  query PtzPresetCoverage($id: ID!) { ptzPresetCoverage(cameraId: $id) { presetName coverage { ...CameraCoverageFields } } }\n": typeof types.PtzPresetCoverageDocument,
    "\n  query PtzReachableCoverage($id: ID!, $zoom: Float!) { ptzReachableCoverage(cameraId: $id, zoomFactor: $zoom) { ...CameraCoverageFields } }\n": typeof types.PtzReachableCoverageDocument,
    "\n  query DesignReport($scope: ReportScopeInput!) {\n    designReport(scope: $scope) {\n      deploymentName generatedAt scopeKind scopeId scopeCode scopeName scopeArea\n      blackSpots {\n        blackSpot { id code name priority requiredLevel category boundary }\n        coverage { requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds }\n      }\n      cameras {\n        id code name location status existing headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees\n        pole { id code kind }\n        model { id code name kind manufacturer irRangeMeters whiteLightRangeMeters }\n        coverage { level area areaSquareMeters }\n      }\n      networkPaths {\n        cameraId cameraCode connected lengthMeters linkLengthMeters opticalLossDb attenuationLossDb splices spliceLossDb connectorLossDb\n        budgetDb marginDb withinBudget powered poweredByDay upsAutonomyMinutes\n        elements { kind code }\n        linkTerminatesAt { kind code }\n        powerSource { code }\n        darkByDay { from to }\n      }\n      coverageByLevel { level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction fullyCoveredCount }\n      bill {\n        lines { part category item unit quantity unitCostMad totalMad }\n        existing { category item unit quantity }\n        supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad\n      }\n      budgetBeforeTaxMad budgetUsedFraction vatRate\n      doriLadder { level pixelsPerMeter targetHeightMeters }\n      unitCosts { parameter item valueMad }\n    }\n  }\n": typeof types.DesignReportDocument,
    "\n  query ReportBuildings($bbox: [Float!]) {\n    buildings(filter: { bbox: $bbox }, first: 1000) { nodes { ...MapBuilding } }\n  }\n": typeof types.ReportBuildingsDocument,
    "\n  query ReportNight {\n    nightCoverage(cameras: planned) {\n      night { from to minutes }\n      camerasDarkAtNight { camera { id code } darkMinutes from to causes }\n      camerasWithoutNightLight { id code }\n      blackSpots { blackSpot { id } areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters dayCoveredFraction nightCoveredFraction }\n    }\n  }\n": typeof types.ReportNightDocument,
    "\n  query ReportBandwidth {\n    bandwidthReport(cameras: planned, limit: 20) {\n      recordingProfile { code name }\n      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond }\n      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }\n      linkCount overSubscribedCount\n      links { kind element { id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n      ingest { kind element { id code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n    }\n  }\n": typeof types.ReportBandwidthDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id at action actorEmail actorRole actorUserId entityType entityId changedFields before after }\n    }\n  }\n": types.AuditEntriesDocument,
    "query AuditUsers { users(first: 1000) { nodes { id name email } } }": types.AuditUsersDocument,
    "\n  query AdminOrganisations { organisations(first: 500) { nodes { id version name kind } } }\n": types.AdminOrganisationsDocument,
    "\n  query AdminUsers($organisationId: ID) { users(filter: { organisationId: $organisationId }, first: 1000) { nodes { id version email name role disabled organisation { id } } } }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version name kind } }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) { createUser(input: $input) { id version email name role disabled organisation { id } } }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id version email name role disabled organisation { id } } }\n": types.AdminUpdateUserDocument,
    "\n  fragment CameraCoverageFields on CameraCoverage { cameraId level area areaSquareMeters nearMeters farMeters unavailableReason }\n": types.CameraCoverageFieldsFragmentDoc,
    "\n  fragment BlackSpotCoverageFields on BlackSpotCoverage {\n    blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code }\n  }\n": types.BlackSpotCoverageFieldsFragmentDoc,
    "\n  fragment LevelSummaryFields on LevelCoverageSummary {\n    level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction\n  }\n": types.LevelSummaryFieldsFragmentDoc,
    "\n  query CoveragePreview($input: CoveragePreviewInput!) { coveragePreview(input: $input) { ...CameraCoverageFields } }\n": types.CoveragePreviewDocument,
    "\n  query CameraCoverage($id: ID!) { camera(id: $id) { coverage { ...CameraCoverageFields } } }\n": types.CameraCoverageDocument,
    "\n  query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) { ...BlackSpotCoverageFields } }\n": types.BlackSpotCoveragesDocument,
    "\n  query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) { blackSpot(id: $id) { coverage(cameras: $cameras) { ...BlackSpotCoverageFields } } }\n": types.BlackSpotCoverageDocument,
    "\n  query CoverageSummary($cameras: CameraSelection) {\n    coverageSummary(cameras: $cameras) {\n      city { zoneId zoneName levels { ...LevelSummaryFields } }\n      zones { zoneId zoneName levels { ...LevelSummaryFields } }\n    }\n  }\n": types.CoverageSummaryDocument,
    "\n  query CoverageFreshness { coverageFreshness { checkedCameraCount currentCount stale { cameraId cameraCode reasons } } }\n": types.CoverageFreshnessDocument,
    "\n  mutation RecomputeCoverage($cameraIds: [ID!]) { recomputeCoverage(cameraIds: $cameraIds) }\n": types.RecomputeCoverageDocument,
    "\n  query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {\n    cameraNetworkPath(cameraId: $id, cameras: $cameras) {\n      connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id }\n      linkTerminatesAt { code } linkLengthMeters opticalLossDb budgetDb marginDb withinBudget\n      attenuationLossDb splices spliceLossDb connectorLossDb\n      powered poweredByDay powerSource { code } powerFeeds { code } upsAutonomyMinutes\n    }\n  }\n": types.CameraNetworkPathDocument,
    "\n  query OutageImpact($failed: FailedElementsInput!, $cameras: CameraSelection) {\n    outageImpact(failed: $failed, cameras: $cameras) {\n      darkCameraIds totalLostSquareMeters\n      blackSpots { blackSpot { id } areaSquareMeters coveredBeforeSquareMeters coveredAfterSquareMeters lostSquareMeters }\n    }\n  }\n": types.OutageImpactDocument,
    "\n  fragment BillSectionFields on BillSectionEntry {\n    zoneId zoneCode zoneName\n    lines { part category item unit quantity unitCostMad totalMad }\n    existing { category item unit quantity }\n    supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad\n  }\n": types.BillSectionFieldsFragmentDoc,
    "\n  query BillOfQuantities($statuses: [AssetStatus!]) {\n    billOfQuantities(statuses: $statuses) {\n      zones { ...BillSectionFields } overall { ...BillSectionFields }\n      vatRate budgetBeforeTaxMad remainingBeforeTaxMad withinBudget usedFraction missingUnitCosts\n    }\n  }\n": types.BillOfQuantitiesDocument,
    "\n  query BlackSpotSinglePointsOfFailure($id: ID!, $cameras: CameraSelection) {\n    blackSpotSinglePointsOfFailure(blackSpotId: $id, cameras: $cameras, limit: 20) {\n      element { kind id code } camerasLost { id code } coveredFractionBefore coveredFractionAfter lostSquareMeters\n    }\n  }\n": types.BlackSpotSinglePointsOfFailureDocument,
    "\n  query BandwidthReport($cameras: CameraSelection) {\n    bandwidthReport(cameras: $cameras, limit: 20) {\n      recordingProfile { id version code name }\n      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond uplinkCapacityMbps cameraLinkCapacityMbps controlCentreIngestCapacityMbps }\n      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }\n      linkCount overSubscribedCount\n      links { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n      ingest { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n    }\n  }\n": types.BandwidthReportDocument,
    "\n  mutation UpdateRecordingProfileSettings($input: UpdateRecordingProfileInput!) {\n    updateRecordingProfile(input: $input) { id version retentionDays recordingMode raidOverheadPercent }\n  }\n": types.UpdateRecordingProfileSettingsDocument,
    "\n  query DesignChecks($cameras: CameraSelection) {\n    designChecks(cameras: $cameras) {\n      cameraCount flaggedCameraCount\n      checks { kind count findings { camera { id code } elements { kind id code } reason darkByDay { from to } } }\n      flaggedCameras { id code location kinds }\n    }\n  }\n": types.DesignChecksDocument,
    "\n  query NightCoverage($cameras: CameraSelection) {\n    nightCoverage(cameras: $cameras) {\n      night { from to minutes }\n      cameraCount areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters\n      camerasDarkAtNight { camera { id code } darkMinutes from to causes }\n      camerasWithoutNightLight { id code }\n      blackSpots { blackSpot { id code name priority requiredLevel } areaSquareMeters dayCoveredFraction nightCoveredFraction }\n    }\n  }\n": types.NightCoverageDocument,
    "\n  query AppConfig {\n    appConfig { deploymentName tileUrlTemplate tileAttribution initialCenter initialZoom }\n  }\n": types.AppConfigDocument,
    "\n  fragment SessionFields on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) { refresh(refreshToken: $refreshToken) { ...SessionFields } }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": types.LogoutDocument,
    "\n  fragment CatalogueModel on CameraModel {\n    id version code name manufacturer kind sensorWidthMm focalLengthMinMm focalLengthMaxMm fixedHorizontalFieldOfViewDegrees\n    horizontalPixels verticalPixels opticalZoom panRangeDegrees irRangeMeters whiteLightRangeMeters codec powerDrawWatts typicalBitrateMbps unitPriceMad\n  }\n": types.CatalogueModelFragmentDoc,
    "query ModelCatalogue { cameraModels(first: 1000) { nodes { ...CatalogueModel } } }": types.ModelCatalogueDocument,
    "mutation CreateCatalogueModel($input: CreateCameraModelInput!) { createCameraModel(input: $input) { ...CatalogueModel } }": types.CreateCatalogueModelDocument,
    "mutation UpdateCatalogueModel($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { ...CatalogueModel } }": types.UpdateCatalogueModelDocument,
    "\n  fragment EditedCamera on Camera { ...MapCamera existing sceneActivity codec }\n": types.EditedCameraFragmentDoc,
    "mutation CreateCamera($input: CreateCameraInput!) { createCamera(input: $input) { ...EditedCamera } }": types.CreateCameraDocument,
    "mutation UpdateCamera($input: UpdateCameraInput!) { updateCamera(input: $input) { ...EditedCamera } }": types.UpdateCameraDocument,
    "mutation DeleteCamera($id: ID!, $version: Int!) { deleteCamera(id: $id, version: $version) { id } }": types.DeleteCameraDocument,
    "query GetCamera($id: ID!) { camera(id: $id) { ...EditedCamera } }": types.GetCameraDocument,
    "mutation CreateBlackSpot($input: CreateBlackSpotInput!) { createBlackSpot(input: $input) { ...MapBlackSpot } }": types.CreateBlackSpotDocument,
    "mutation UpdateBlackSpot($input: UpdateBlackSpotInput!) { updateBlackSpot(input: $input) { ...MapBlackSpot } }": types.UpdateBlackSpotDocument,
    "mutation DeleteBlackSpot($id: ID!, $version: Int!) { deleteBlackSpot(id: $id, version: $version) { id } }": types.DeleteBlackSpotDocument,
    "query GetBlackSpot($id: ID!) { blackSpot(id: $id) { ...MapBlackSpot } }": types.GetBlackSpotDocument,
    "mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) { ...MapBuilding } }": types.CreateBuildingDocument,
    "mutation UpdateBuilding($input: UpdateBuildingInput!) { updateBuilding(input: $input) { ...MapBuilding } }": types.UpdateBuildingDocument,
    "mutation DeleteBuilding($id: ID!, $version: Int!) { deleteBuilding(id: $id, version: $version) { id } }": types.DeleteBuildingDocument,
    "query GetBuilding($id: ID!) { building(id: $id) { ...MapBuilding } }": types.GetBuildingDocument,
    "mutation CreateFiberRun($input: CreateFiberRunInput!) { createFiberRun(input: $input) { ...MapFiberRun } }": types.CreateFiberRunDocument,
    "mutation UpdateFiberRun($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { ...MapFiberRun } }": types.UpdateFiberRunDocument,
    "mutation DeleteFiberRun($id: ID!, $version: Int!) { deleteFiberRun(id: $id, version: $version) { id } }": types.DeleteFiberRunDocument,
    "query GetFiberRun($id: ID!) { fiberRun(id: $id) { ...MapFiberRun } }": types.GetFiberRunDocument,
    "mutation CreatePowerFeed($input: CreatePowerFeedInput!) { createPowerFeed(input: $input) { ...MapPowerFeed } }": types.CreatePowerFeedDocument,
    "mutation UpdatePowerFeed($input: UpdatePowerFeedInput!) { updatePowerFeed(input: $input) { ...MapPowerFeed } }": types.UpdatePowerFeedDocument,
    "mutation DeletePowerFeed($id: ID!, $version: Int!) { deletePowerFeed(id: $id, version: $version) { id } }": types.DeletePowerFeedDocument,
    "query GetPowerFeed($id: ID!) { powerFeed(id: $id) { ...MapPowerFeed } }": types.GetPowerFeedDocument,
    "mutation CreatePole($input: CreatePoleInput!) { createPole(input: $input) { ...MapPole } }": types.CreatePoleDocument,
    "mutation UpdatePole($input: UpdatePoleInput!) { updatePole(input: $input) { ...MapPole } }": types.UpdatePoleDocument,
    "mutation DeletePole($id: ID!, $version: Int!) { deletePole(id: $id, version: $version) { id } }": types.DeletePoleDocument,
    "query GetPole($id: ID!) { pole(id: $id) { ...MapPole } }": types.GetPoleDocument,
    "mutation CreateNetworkNode($input: CreateNetworkNodeInput!) { createNetworkNode(input: $input) { ...MapNetworkNode } }": types.CreateNetworkNodeDocument,
    "mutation UpdateNetworkNode($input: UpdateNetworkNodeInput!) { updateNetworkNode(input: $input) { ...MapNetworkNode } }": types.UpdateNetworkNodeDocument,
    "mutation DeleteNetworkNode($id: ID!, $version: Int!) { deleteNetworkNode(id: $id, version: $version) { id } }": types.DeleteNetworkNodeDocument,
    "query GetNetworkNode($id: ID!) { networkNode(id: $id) { ...MapNetworkNode } }": types.GetNetworkNodeDocument,
    "mutation CreatePowerSource($input: CreatePowerSourceInput!) { createPowerSource(input: $input) { ...MapPowerSource } }": types.CreatePowerSourceDocument,
    "mutation UpdatePowerSource($input: UpdatePowerSourceInput!) { updatePowerSource(input: $input) { ...MapPowerSource } }": types.UpdatePowerSourceDocument,
    "mutation DeletePowerSource($id: ID!, $version: Int!) { deletePowerSource(id: $id, version: $version) { id } }": types.DeletePowerSourceDocument,
    "query GetPowerSource($id: ID!) { powerSource(id: $id) { ...MapPowerSource } }": types.GetPowerSourceDocument,
    "query CameraExisting($id: ID!) { camera(id: $id) { id version existing } }": types.CameraExistingDocument,
    "query PoleExisting($id: ID!) { pole(id: $id) { id version existing } }": types.PoleExistingDocument,
    "query NetworkNodeExisting($id: ID!) { networkNode(id: $id) { id version existing } }": types.NetworkNodeExistingDocument,
    "query FiberRunExisting($id: ID!) { fiberRun(id: $id) { id version existing } }": types.FiberRunExistingDocument,
    "query PowerSourceExisting($id: ID!) { powerSource(id: $id) { id version existing } }": types.PowerSourceExistingDocument,
    "query PowerFeedExisting($id: ID!) { powerFeed(id: $id) { id version existing } }": types.PowerFeedExistingDocument,
    "query CameraStreamSettings($id: ID!) { camera(id: $id) { id version sceneActivity codec model { id codec } } }": types.CameraStreamSettingsDocument,
    "\n  query CameraModels { cameraModels(first: 1000) { nodes { id code name kind focalLengthMinMm focalLengthMaxMm } } }\n": types.CameraModelsDocument,
    "\n  fragment EvidencePhotoFields on EvidencePhoto {\n    id displayName contentType sizeBytes widthPixels heightPixels takenAt takenAtLocal takenAtOffset position\n    distanceFromAssetMeters farFromAsset uploadedAt thumbnailUrl originalUrl\n  }\n": types.EvidencePhotoFieldsFragmentDoc,
    "\n  fragment CameraAsBuiltFields on CameraAsBuilt {\n    id version current location headingDegrees tiltDegrees mountHeightMeters modelId serialNumber comment measuredAt\n    acceptanceState deviations { kind message } reviewComment reviewedAt\n  }\n": types.CameraAsBuiltFieldsFragmentDoc,
    "\n  query EvidencePhotos($assetId: ID!) { evidencePhotos(assetType: camera, assetId: $assetId) { ...EvidencePhotoFields } }\n": types.EvidencePhotosDocument,
    "\n  query CameraAsBuilt($cameraId: ID!) { cameraAsBuilt(cameraId: $cameraId) { ...CameraAsBuiltFields } }\n": types.CameraAsBuiltDocument,
    "\n  query CameraAcceptance($cameraId: ID!) {\n    cameraAcceptance(cameraId: $cameraId) {\n      asBuiltId headingDeviationDegrees tiltDeviationDegrees mountHeightDeviationMeters positionDeviationMeters modelChanged withinTolerance\n      deviations { kind message }\n      blackSpots { blackSpotId blackSpotCode requiredLevel designCoveredPercent asBuiltCoveredPercent lossPoints outOfTolerance }\n      designCoverage { ...CameraCoverageFields }\n      asBuiltCoverage { ...CameraCoverageFields }\n    }\n  }\n": types.CameraAcceptanceDocument,
    "\n  mutation RecordCameraAsBuilt($input: RecordCameraAsBuiltInput!) { recordCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n": types.RecordCameraAsBuiltDocument,
    "\n  mutation AcceptCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { acceptCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n": types.AcceptCameraAsBuiltDocument,
    "\n  mutation SendBackCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { sendBackCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n": types.SendBackCameraAsBuiltDocument,
    "\n  query ExportWorkPackages { workPackages(first: 200) { nodes { id code name } } }\n": types.ExportWorkPackagesDocument,
    "\n  fragment ImportJobProgressFields on ImportJobType {\n    id status progress { phase done total fraction }\n    counts { rows valid errors warnings toInsert toUpdate skipped }\n    failure { message code reason }\n    result { inserted updated unchanged camerasRecomputed changeSetId }\n  }\n": types.ImportJobProgressFieldsFragmentDoc,
    "\n  fragment ImportJobFields on ImportJobType {\n    id fileName format source targetType status idField sourceFields\n    mapping { field source constant }\n    targetFields { name kind required values defaultValue }\n    progress { phase done total fraction }\n    counts { rows valid errors warnings toInsert toUpdate skipped }\n    problemCounts { code count }\n    problems { row layer sourceId severity code field message }\n    previewGeoJson\n    failure { message code reason }\n    result { inserted updated unchanged camerasRecomputed changeSetId }\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJobFull($id: ID!) { importJob(id: $id) { ...ImportJobFields } }\n": types.ImportJobFullDocument,
    "\n  query ImportJobProgress($id: ID!) { importJob(id: $id) { ...ImportJobProgressFields } }\n": types.ImportJobProgressDocument,
    "\n  query RecentImportJobs { importJobs { id fileName targetType status counts { rows } result { inserted updated changeSetId } } }\n": types.RecentImportJobsDocument,
    "\n  mutation UpdateImportMapping($input: UpdateImportMappingInput!) { updateImportMapping(input: $input) { ...ImportJobProgressFields } }\n": types.UpdateImportMappingDocument,
    "\n  mutation CommitImport($id: ID!) { commitImport(id: $id) { ...ImportJobProgressFields } }\n": types.CommitImportDocument,
    "\n  mutation DiscardImport($id: ID!) { discardImport(id: $id) { id status } }\n": types.DiscardImportDocument,
    "\n  mutation UndoImportChangeSet($id: ID!) { undoChangeSet(id: $id) { id undoneAt } }\n": types.UndoImportChangeSetDocument,
    "\n  fragment FaultRow on Fault {\n    id version state priority category location assetType assetCode reportedAt assignedOrganisationId assignedUserId\n    sla { overdue responseDueAt repairDueAt }\n  }\n": types.FaultRowFragmentDoc,
    "\n  fragment FaultTicket on Fault {\n    ...FaultRow\n    description channel reporterName suggestedPriority impactScore darkens resolution newSerial\n    darkCameras { id code status }\n    blackSpotLosses { blackSpotId code name priority requiredLevel coveredBeforePercent coveredAfterPercent }\n    sla { responseHoursAllowed repairHoursAllowed responseHoursUsed repairHoursUsed responseOverdue repairOverdue timeInState { state hours } }\n    history { id at kind fromState toState actorEmail comment }\n  }\n": types.FaultTicketFragmentDoc,
    "\n  query Faults($filter: FaultFilter, $first: Int) { faults(filter: $filter, first: $first) { totalCount nodes { ...FaultRow } } }\n": types.FaultsDocument,
    "\n  query Fault($id: ID!) { fault(id: $id) { ...FaultTicket } }\n": types.FaultDocument,
    "\n  mutation LogFault($input: LogFaultInput!) { logFault(input: $input) { ...FaultTicket } }\n": types.LogFaultDocument,
    "\n  mutation ChangeFaultState($input: ChangeFaultStateInput!) { changeFaultState(input: $input) { ...FaultTicket } }\n": types.ChangeFaultStateDocument,
    "\n  mutation CommentOnFault($faultId: ID!, $text: String!) { commentOnFault(faultId: $faultId, text: $text) { id } }\n": types.CommentOnFaultDocument,
    "\n  query ControlCentre {\n    controlCentre {\n      asOf installedCameraCount activeByPriority\n      darkCameras { cameraId code location darkSince faults { id priority state category } }\n      blackSpotsLosing { blackSpotId code name priority requiredLevel coveredBeforePercent coveredNowPercent lostSquareMeters darkCameraIds }\n    }\n    overdue: faults(filter: { overdue: true, states: [open, acknowledged, in_progress] }, first: 0) { totalCount }\n  }\n": types.ControlCentreDocument,
    "\n  query FaultFigures($from: DateTime!, $to: DateTime!) {\n    faultFigures(from: $from, to: $to) {\n      from to openByPriority overdueCount loggedCount resolvedCount meanTimeToRepairHours\n      openByZone { zoneId zoneName byPriority total }\n      cameraAvailability { cameraId code availability darkHours }\n      blackSpotAvailability { blackSpotId code name availability nominalCoveredFraction meanCoveredFraction }\n      modelsFailingMost { id label faultCount cameraCount }\n      sitesFailingMost { id label faultCount cameraCount }\n    }\n  }\n": types.FaultFiguresDocument,
    "\n  query FaultAssignees { faultAssignees { organisationId name users { id name role } } }\n": types.FaultAssigneesDocument,
    "\n  mutation AssignFault($input: UpdateFaultInput!) { updateFault(input: $input) { id version assignedOrganisationId assignedUserId } }\n": types.AssignFaultDocument,
    "\n  query FaultPhotos($faultId: ID!) { evidencePhotos(assetType: fault, assetId: $faultId) { id displayName faultEventId uploadedAt thumbnailUrl originalUrl } }\n": types.FaultPhotosDocument,
    "\n  query MyWork($longitude: Float, $latitude: Float) {\n    myWork(longitude: $longitude, latitude: $latitude) {\n      assetType assetId code status version workPackageId workPackageCode workPackageName dueOn late distanceMeters position\n    }\n  }\n": types.MyWorkDocument,
    "\n  mutation MoveAssetStatus($input: MoveAssetStatusInput!) {\n    moveAssetStatus(input: $input) { stepId status assetVersion }\n  }\n": types.MoveAssetStatusDocument,
    "\n  query WorkPackagesProgress {\n    workPackages(first: 200) { nodes { id code name phase dueOn status assetCount assets { status } } }\n    programme: installationProgress { assetCount installedCount lateCount coverage { liveCoveredFraction designCoveredFraction } }\n  }\n": types.WorkPackagesProgressDocument,
    "\n  query ProgrammeProgressSeries { installationProgressSeries(stepDays: 7) { at assetCount installedCount commissionedCount lateCount liveCoveredFraction designCoveredFraction } }\n": types.ProgrammeProgressSeriesDocument,
    "\n  query PackageProgressCsv($workPackageId: ID!) { workPackageProgressCsv(workPackageId: $workPackageId) }\n": types.PackageProgressCsvDocument,
    "\n  fragment PackageFields on WorkPackage {\n    id version code name phase organisationId zoneId plannedStartOn dueOn status assetCount\n    assets { assetType assetId code status version }\n  }\n": types.PackageFieldsFragmentDoc,
    "\n  query WorkPackageDetail($id: ID!, $stepDays: Int) {\n    workPackage(id: $id) { ...PackageFields }\n    sCurve: workPackageSCurve(workPackageId: $id, stepDays: $stepDays) { at plannedCount actualCount }\n    progress: installationProgress(scope: { workPackageId: $id }) {\n      at assetCount installedCount lateCount byStatus { status count share }\n      lateItems { code status daysLate }\n      coverage { liveCoveredFraction designCoveredFraction }\n    }\n  }\n": types.WorkPackageDetailDocument,
    "\n  query PackageEditorData {\n    organisations(filter: { kind: [contractor] }, first: 500) { nodes { id name } }\n    zones(first: 500) { nodes { id code name } }\n  }\n": types.PackageEditorDataDocument,
    "\n  mutation CreatePackage($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { ...PackageFields } }\n": types.CreatePackageDocument,
    "\n  mutation UpdatePackage($input: UpdateWorkPackageInput!) { updateWorkPackage(input: $input) { ...PackageFields } }\n": types.UpdatePackageDocument,
    "\n  mutation AddPackageAssets($input: WorkPackageAssetsInput!) { addWorkPackageAssets(input: $input) { ...PackageFields } }\n": types.AddPackageAssetsDocument,
    "\n  mutation RemovePackageAssets($input: WorkPackageAssetsInput!) { removeWorkPackageAssets(input: $input) { ...PackageFields } }\n": types.RemovePackageAssetsDocument,
    "\n  query ProgressScope($scope: ProgressScopeInput) {\n    installationProgress(scope: $scope) { assetCount installedCount lateCount byStatus { status count } coverage { liveCoveredFraction designCoveredFraction } }\n  }\n": types.ProgressScopeDocument,
    "\n  subscription LiveRecordChanges {\n    recordChanges { entityType entityId action version actorUserId occurredAt summary }\n  }\n": types.LiveRecordChangesDocument,
    "\n  subscription LiveDataRevisions {\n    dataRevisions { coverage network street maintenance installation actorUserId resync }\n  }\n": types.LiveDataRevisionsDocument,
    "\n  fragment MapBlackSpot on BlackSpot { id version code name boundary category priority requiredLevel notes areaSquareMeters }\n": types.MapBlackSpotFragmentDoc,
    "\n  query MapBlackSpots($first: Int, $after: String) {\n    blackSpots(first: $first, after: $after) {\n      nodes { ...MapBlackSpot }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapBlackSpotsDocument,
    "\n  fragment MapBuilding on Building { id version footprint heightMeters sourceId }\n": types.MapBuildingFragmentDoc,
    "\n  query MapBuildings($first: Int, $after: String) {\n    buildings(first: $first, after: $after) {\n      nodes { ...MapBuilding }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapBuildingsDocument,
    "\n  fragment MapCameraModel on CameraModel { id code name kind }\n": types.MapCameraModelFragmentDoc,
    "\n  fragment MapCamera on Camera {\n    id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n    horizontalFieldOfViewDegrees detectionRangeMeters poleId model { ...MapCameraModel }\n  }\n": types.MapCameraFragmentDoc,
    "\n  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {\n    cameraMap(first: $first, after: $after, filter: $filter) {\n      count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n      horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage\n    }\n  }\n": types.MapCamerasDocument,
    "\n  query MapCameraCount { cameras(first: 0) { totalCount } cameraModels(first: 1000) { nodes { ...MapCameraModel } } }\n": types.MapCameraCountDocument,
    "\n  query MapCameraModels { cameraModels(first: 1000) { nodes { ...MapCameraModel } } }\n": types.MapCameraModelsDocument,
    "\n  fragment MapFiberRun on FiberRun { id version code path strandCount cableType installMethod lengthMeters status existing fromKind fromId toKind toId }\n": types.MapFiberRunFragmentDoc,
    "\n  query MapFiberRuns($first: Int, $after: String) {\n    fiberRuns(first: $first, after: $after) {\n      nodes { ...MapFiberRun }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapFiberRunsDocument,
    "\n  fragment MapNetworkNode on NetworkNode { id version code name kind location portCount strandCapacity existing status powerDrawWatts upsAutonomyMinutes }\n": types.MapNetworkNodeFragmentDoc,
    "\n  query MapNetworkNodes($first: Int, $after: String) {\n    networkNodes(first: $first, after: $after) {\n      nodes { ...MapNetworkNode }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapNetworkNodesDocument,
    "\n  fragment MapPole on Pole { id version code kind heightMeters owner status existing location upsAutonomyMinutes }\n": types.MapPoleFragmentDoc,
    "\n  query MapPoles($first: Int, $after: String) {\n    poles(first: $first, after: $after) {\n      nodes { ...MapPole }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapPolesDocument,
    "\n  fragment MapPowerFeed on PowerFeed { id version code path fromPowerSourceId toKind toId capacityWatts voltage switched status lengthMeters existing installMethod }\n": types.MapPowerFeedFragmentDoc,
    "\n  query MapPowerFeeds($first: Int, $after: String) {\n    powerFeeds(first: $first, after: $after) {\n      nodes { ...MapPowerFeed }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapPowerFeedsDocument,
    "\n  fragment MapPowerSource on PowerSource { id version code name kind location capacityWatts voltage existing status }\n": types.MapPowerSourceFragmentDoc,
    "\n  query MapPowerSources($first: Int, $after: String) {\n    powerSources(first: $first, after: $after) {\n      nodes { ...MapPowerSource }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapPowerSourcesDocument,
    "\n  fragment MapZone on Zone { id version code name boundary }\n": types.MapZoneFragmentDoc,
    "\n  query MapZones($first: Int, $after: String) {\n    zones(first: $first, after: $after) {\n      nodes { ...MapZone }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MapZonesDocument,
    "\n  fragment PlacementRunFields on PlacementRun {\n    id state phase progressFraction proposalCount budgetMad maxCameras night error\n    result {\n      spentMad stoppedReason candidateMounts mountsWithoutConnection candidates objectiveBefore objectiveAfter objectiveTotal\n      blackSpots { blackSpotId code name priority requiredLevel areaSquareMeters coveredFractionBefore coveredFractionAfter }\n      proposals {\n        index mountKind poleId poleCode newPole location modelId modelCode modelName headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n        horizontalFieldOfViewDegrees cameraCostMad mountCostMad connectionCostMad totalCostMad marginalObjective coverage coverageLevel accepted cameraId\n        blackSpots { blackSpotId code name coveredSquareMeters exclusiveSquareMeters }\n        fiber { alreadyConnected path lengthMeters ductMeters costMad targetCode }\n        power { alreadyConnected path lengthMeters ductMeters costMad targetCode }\n      }\n    }\n  }\n": types.PlacementRunFieldsFragmentDoc,
    "\n  mutation StartPlacementRun($input: PlacementRunInput!) { startPlacementRun(input: $input) { ...PlacementRunFields } }\n": types.StartPlacementRunDocument,
    "\n  query PlacementRun($id: ID!) { placementRun(id: $id) { ...PlacementRunFields } }\n": types.PlacementRunDocument,
    "\n  mutation CancelPlacementRun($id: ID!) { cancelPlacementRun(id: $id) { ...PlacementRunFields } }\n": types.CancelPlacementRunDocument,
    "\n  mutation AcceptPlacementProposals($input: AcceptPlacementInput!) {\n    acceptPlacementProposals(input: $input) { changeSetId cameraIds poleIds run { ...PlacementRunFields } }\n  }\n": types.AcceptPlacementProposalsDocument,
    "\n  query AssetAuditLog($type: String!, $id: ID!, $first: Int) {\n    auditLog(entityType: $type, entityId: $id, first: $first) {\n      totalCount\n      nodes { id at action actorEmail actorRole changedFields before after }\n    }\n  }\n": types.AssetAuditLogDocument,
    "\n  query CameraPtzPresets($id: ID!) { camera(id: $id) { ptzPresets { name headingDegrees tiltDegrees zoomFactor } } }\n": types.CameraPtzPresetsDocument,
    "\n  query PtzPresetCoverage($id: ID!) { ptzPresetCoverage(cameraId: $id) { presetName coverage { ...CameraCoverageFields } } }\n": types.PtzPresetCoverageDocument,
    "\n  query PtzReachableCoverage($id: ID!, $zoom: Float!) { ptzReachableCoverage(cameraId: $id, zoomFactor: $zoom) { ...CameraCoverageFields } }\n": types.PtzReachableCoverageDocument,
    "\n  query DesignReport($scope: ReportScopeInput!) {\n    designReport(scope: $scope) {\n      deploymentName generatedAt scopeKind scopeId scopeCode scopeName scopeArea\n      blackSpots {\n        blackSpot { id code name priority requiredLevel category boundary }\n        coverage { requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds }\n      }\n      cameras {\n        id code name location status existing headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees\n        pole { id code kind }\n        model { id code name kind manufacturer irRangeMeters whiteLightRangeMeters }\n        coverage { level area areaSquareMeters }\n      }\n      networkPaths {\n        cameraId cameraCode connected lengthMeters linkLengthMeters opticalLossDb attenuationLossDb splices spliceLossDb connectorLossDb\n        budgetDb marginDb withinBudget powered poweredByDay upsAutonomyMinutes\n        elements { kind code }\n        linkTerminatesAt { kind code }\n        powerSource { code }\n        darkByDay { from to }\n      }\n      coverageByLevel { level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction fullyCoveredCount }\n      bill {\n        lines { part category item unit quantity unitCostMad totalMad }\n        existing { category item unit quantity }\n        supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad\n      }\n      budgetBeforeTaxMad budgetUsedFraction vatRate\n      doriLadder { level pixelsPerMeter targetHeightMeters }\n      unitCosts { parameter item valueMad }\n    }\n  }\n": types.DesignReportDocument,
    "\n  query ReportBuildings($bbox: [Float!]) {\n    buildings(filter: { bbox: $bbox }, first: 1000) { nodes { ...MapBuilding } }\n  }\n": types.ReportBuildingsDocument,
    "\n  query ReportNight {\n    nightCoverage(cameras: planned) {\n      night { from to minutes }\n      camerasDarkAtNight { camera { id code } darkMinutes from to causes }\n      camerasWithoutNightLight { id code }\n      blackSpots { blackSpot { id } areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters dayCoveredFraction nightCoveredFraction }\n    }\n  }\n": types.ReportNightDocument,
    "\n  query ReportBandwidth {\n    bandwidthReport(cameras: planned, limit: 20) {\n      recordingProfile { code name }\n      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond }\n      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }\n      linkCount overSubscribedCount\n      links { kind element { id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n      ingest { kind element { id code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n    }\n  }\n": types.ReportBandwidthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id at action actorEmail actorRole actorUserId entityType entityId changedFields before after }\n    }\n  }\n"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditUsers { users(first: 1000) { nodes { id name email } } }"): typeof import('./graphql').AuditUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations { organisations(first: 500) { nodes { id version name kind } } }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($organisationId: ID) { users(filter: { organisationId: $organisationId }, first: 1000) { nodes { id version email name role disabled organisation { id } } } }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version name kind } }\n"): typeof import('./graphql').AdminCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) { createUser(input: $input) { id version email name role disabled organisation { id } } }\n"): typeof import('./graphql').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id version email name role disabled organisation { id } } }\n"): typeof import('./graphql').AdminUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CameraCoverageFields on CameraCoverage { cameraId level area areaSquareMeters nearMeters farMeters unavailableReason }\n"): typeof import('./graphql').CameraCoverageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlackSpotCoverageFields on BlackSpotCoverage {\n    blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code }\n  }\n"): typeof import('./graphql').BlackSpotCoverageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelSummaryFields on LevelCoverageSummary {\n    level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction\n  }\n"): typeof import('./graphql').LevelSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveragePreview($input: CoveragePreviewInput!) { coveragePreview(input: $input) { ...CameraCoverageFields } }\n"): typeof import('./graphql').CoveragePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CameraCoverage($id: ID!) { camera(id: $id) { coverage { ...CameraCoverageFields } } }\n"): typeof import('./graphql').CameraCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) { ...BlackSpotCoverageFields } }\n"): typeof import('./graphql').BlackSpotCoveragesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) { blackSpot(id: $id) { coverage(cameras: $cameras) { ...BlackSpotCoverageFields } } }\n"): typeof import('./graphql').BlackSpotCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageSummary($cameras: CameraSelection) {\n    coverageSummary(cameras: $cameras) {\n      city { zoneId zoneName levels { ...LevelSummaryFields } }\n      zones { zoneId zoneName levels { ...LevelSummaryFields } }\n    }\n  }\n"): typeof import('./graphql').CoverageSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageFreshness { coverageFreshness { checkedCameraCount currentCount stale { cameraId cameraCode reasons } } }\n"): typeof import('./graphql').CoverageFreshnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeCoverage($cameraIds: [ID!]) { recomputeCoverage(cameraIds: $cameraIds) }\n"): typeof import('./graphql').RecomputeCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {\n    cameraNetworkPath(cameraId: $id, cameras: $cameras) {\n      connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id }\n      linkTerminatesAt { code } linkLengthMeters opticalLossDb budgetDb marginDb withinBudget\n      attenuationLossDb splices spliceLossDb connectorLossDb\n      powered poweredByDay powerSource { code } powerFeeds { code } upsAutonomyMinutes\n    }\n  }\n"): typeof import('./graphql').CameraNetworkPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageImpact($failed: FailedElementsInput!, $cameras: CameraSelection) {\n    outageImpact(failed: $failed, cameras: $cameras) {\n      darkCameraIds totalLostSquareMeters\n      blackSpots { blackSpot { id } areaSquareMeters coveredBeforeSquareMeters coveredAfterSquareMeters lostSquareMeters }\n    }\n  }\n"): typeof import('./graphql').OutageImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillSectionFields on BillSectionEntry {\n    zoneId zoneCode zoneName\n    lines { part category item unit quantity unitCostMad totalMad }\n    existing { category item unit quantity }\n    supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad\n  }\n"): typeof import('./graphql').BillSectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillOfQuantities($statuses: [AssetStatus!]) {\n    billOfQuantities(statuses: $statuses) {\n      zones { ...BillSectionFields } overall { ...BillSectionFields }\n      vatRate budgetBeforeTaxMad remainingBeforeTaxMad withinBudget usedFraction missingUnitCosts\n    }\n  }\n"): typeof import('./graphql').BillOfQuantitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlackSpotSinglePointsOfFailure($id: ID!, $cameras: CameraSelection) {\n    blackSpotSinglePointsOfFailure(blackSpotId: $id, cameras: $cameras, limit: 20) {\n      element { kind id code } camerasLost { id code } coveredFractionBefore coveredFractionAfter lostSquareMeters\n    }\n  }\n"): typeof import('./graphql').BlackSpotSinglePointsOfFailureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BandwidthReport($cameras: CameraSelection) {\n    bandwidthReport(cameras: $cameras, limit: 20) {\n      recordingProfile { id version code name }\n      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond uplinkCapacityMbps cameraLinkCapacityMbps controlCentreIngestCapacityMbps }\n      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }\n      linkCount overSubscribedCount\n      links { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n      ingest { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n    }\n  }\n"): typeof import('./graphql').BandwidthReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecordingProfileSettings($input: UpdateRecordingProfileInput!) {\n    updateRecordingProfile(input: $input) { id version retentionDays recordingMode raidOverheadPercent }\n  }\n"): typeof import('./graphql').UpdateRecordingProfileSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignChecks($cameras: CameraSelection) {\n    designChecks(cameras: $cameras) {\n      cameraCount flaggedCameraCount\n      checks { kind count findings { camera { id code } elements { kind id code } reason darkByDay { from to } } }\n      flaggedCameras { id code location kinds }\n    }\n  }\n"): typeof import('./graphql').DesignChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NightCoverage($cameras: CameraSelection) {\n    nightCoverage(cameras: $cameras) {\n      night { from to minutes }\n      cameraCount areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters\n      camerasDarkAtNight { camera { id code } darkMinutes from to causes }\n      camerasWithoutNightLight { id code }\n      blackSpots { blackSpot { id code name priority requiredLevel } areaSquareMeters dayCoveredFraction nightCoveredFraction }\n    }\n  }\n"): typeof import('./graphql').NightCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppConfig {\n    appConfig { deploymentName tileUrlTemplate tileAttribution initialCenter initialZoom }\n  }\n"): typeof import('./graphql').AppConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) { refresh(refreshToken: $refreshToken) { ...SessionFields } }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueModel on CameraModel {\n    id version code name manufacturer kind sensorWidthMm focalLengthMinMm focalLengthMaxMm fixedHorizontalFieldOfViewDegrees\n    horizontalPixels verticalPixels opticalZoom panRangeDegrees irRangeMeters whiteLightRangeMeters codec powerDrawWatts typicalBitrateMbps unitPriceMad\n  }\n"): typeof import('./graphql').CatalogueModelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModelCatalogue { cameraModels(first: 1000) { nodes { ...CatalogueModel } } }"): typeof import('./graphql').ModelCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCatalogueModel($input: CreateCameraModelInput!) { createCameraModel(input: $input) { ...CatalogueModel } }"): typeof import('./graphql').CreateCatalogueModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCatalogueModel($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { ...CatalogueModel } }"): typeof import('./graphql').UpdateCatalogueModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditedCamera on Camera { ...MapCamera existing sceneActivity codec }\n"): typeof import('./graphql').EditedCameraFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCamera($input: CreateCameraInput!) { createCamera(input: $input) { ...EditedCamera } }"): typeof import('./graphql').CreateCameraDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCamera($input: UpdateCameraInput!) { updateCamera(input: $input) { ...EditedCamera } }"): typeof import('./graphql').UpdateCameraDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCamera($id: ID!, $version: Int!) { deleteCamera(id: $id, version: $version) { id } }"): typeof import('./graphql').DeleteCameraDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetCamera($id: ID!) { camera(id: $id) { ...EditedCamera } }"): typeof import('./graphql').GetCameraDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBlackSpot($input: CreateBlackSpotInput!) { createBlackSpot(input: $input) { ...MapBlackSpot } }"): typeof import('./graphql').CreateBlackSpotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBlackSpot($input: UpdateBlackSpotInput!) { updateBlackSpot(input: $input) { ...MapBlackSpot } }"): typeof import('./graphql').UpdateBlackSpotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteBlackSpot($id: ID!, $version: Int!) { deleteBlackSpot(id: $id, version: $version) { id } }"): typeof import('./graphql').DeleteBlackSpotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetBlackSpot($id: ID!) { blackSpot(id: $id) { ...MapBlackSpot } }"): typeof import('./graphql').GetBlackSpotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) { ...MapBuilding } }"): typeof import('./graphql').CreateBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBuilding($input: UpdateBuildingInput!) { updateBuilding(input: $input) { ...MapBuilding } }"): typeof import('./graphql').UpdateBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteBuilding($id: ID!, $version: Int!) { deleteBuilding(id: $id, version: $version) { id } }"): typeof import('./graphql').DeleteBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetBuilding($id: ID!) { building(id: $id) { ...MapBuilding } }"): typeof import('./graphql').GetBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFiberRun($input: CreateFiberRunInput!) { createFiberRun(input: $input) { ...MapFiberRun } }"): typeof import('./graphql').CreateFiberRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFiberRun($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { ...MapFiberRun } }"): typeof import('./graphql').UpdateFiberRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteFiberRun($id: ID!, $version: Int!) { deleteFiberRun(id: $id, version: $version) { id } }"): typeof import('./graphql').DeleteFiberRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetFiberRun($id: ID!) { fiberRun(id: $id) { ...MapFiberRun } }"): typeof import('./graphql').GetFiberRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePowerFeed($input: CreatePowerFeedInput!) { createPowerFeed(input: $input) { ...MapPowerFeed } }"): typeof import('./graphql').CreatePowerFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePowerFeed($input: UpdatePowerFeedInput!) { updatePowerFeed(input: $input) { ...MapPowerFeed } }"): typeof import('./graphql').UpdatePowerFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePowerFeed($id: ID!, $version: Int!) { deletePowerFeed(id: $id, version: $version) { id } }"): typeof import('./graphql').DeletePowerFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetPowerFeed($id: ID!) { powerFeed(id: $id) { ...MapPowerFeed } }"): typeof import('./graphql').GetPowerFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePole($input: CreatePoleInput!) { createPole(input: $input) { ...MapPole } }"): typeof import('./graphql').CreatePoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePole($input: UpdatePoleInput!) { updatePole(input: $input) { ...MapPole } }"): typeof import('./graphql').UpdatePoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePole($id: ID!, $version: Int!) { deletePole(id: $id, version: $version) { id } }"): typeof import('./graphql').DeletePoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetPole($id: ID!) { pole(id: $id) { ...MapPole } }"): typeof import('./graphql').GetPoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateNetworkNode($input: CreateNetworkNodeInput!) { createNetworkNode(input: $input) { ...MapNetworkNode } }"): typeof import('./graphql').CreateNetworkNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNetworkNode($input: UpdateNetworkNodeInput!) { updateNetworkNode(input: $input) { ...MapNetworkNode } }"): typeof import('./graphql').UpdateNetworkNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteNetworkNode($id: ID!, $version: Int!) { deleteNetworkNode(id: $id, version: $version) { id } }"): typeof import('./graphql').DeleteNetworkNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetNetworkNode($id: ID!) { networkNode(id: $id) { ...MapNetworkNode } }"): typeof import('./graphql').GetNetworkNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePowerSource($input: CreatePowerSourceInput!) { createPowerSource(input: $input) { ...MapPowerSource } }"): typeof import('./graphql').CreatePowerSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePowerSource($input: UpdatePowerSourceInput!) { updatePowerSource(input: $input) { ...MapPowerSource } }"): typeof import('./graphql').UpdatePowerSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePowerSource($id: ID!, $version: Int!) { deletePowerSource(id: $id, version: $version) { id } }"): typeof import('./graphql').DeletePowerSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetPowerSource($id: ID!) { powerSource(id: $id) { ...MapPowerSource } }"): typeof import('./graphql').GetPowerSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CameraExisting($id: ID!) { camera(id: $id) { id version existing } }"): typeof import('./graphql').CameraExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoleExisting($id: ID!) { pole(id: $id) { id version existing } }"): typeof import('./graphql').PoleExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkNodeExisting($id: ID!) { networkNode(id: $id) { id version existing } }"): typeof import('./graphql').NetworkNodeExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FiberRunExisting($id: ID!) { fiberRun(id: $id) { id version existing } }"): typeof import('./graphql').FiberRunExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PowerSourceExisting($id: ID!) { powerSource(id: $id) { id version existing } }"): typeof import('./graphql').PowerSourceExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PowerFeedExisting($id: ID!) { powerFeed(id: $id) { id version existing } }"): typeof import('./graphql').PowerFeedExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CameraStreamSettings($id: ID!) { camera(id: $id) { id version sceneActivity codec model { id codec } } }"): typeof import('./graphql').CameraStreamSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CameraModels { cameraModels(first: 1000) { nodes { id code name kind focalLengthMinMm focalLengthMaxMm } } }\n"): typeof import('./graphql').CameraModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidencePhotoFields on EvidencePhoto {\n    id displayName contentType sizeBytes widthPixels heightPixels takenAt takenAtLocal takenAtOffset position\n    distanceFromAssetMeters farFromAsset uploadedAt thumbnailUrl originalUrl\n  }\n"): typeof import('./graphql').EvidencePhotoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CameraAsBuiltFields on CameraAsBuilt {\n    id version current location headingDegrees tiltDegrees mountHeightMeters modelId serialNumber comment measuredAt\n    acceptanceState deviations { kind message } reviewComment reviewedAt\n  }\n"): typeof import('./graphql').CameraAsBuiltFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePhotos($assetId: ID!) { evidencePhotos(assetType: camera, assetId: $assetId) { ...EvidencePhotoFields } }\n"): typeof import('./graphql').EvidencePhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CameraAsBuilt($cameraId: ID!) { cameraAsBuilt(cameraId: $cameraId) { ...CameraAsBuiltFields } }\n"): typeof import('./graphql').CameraAsBuiltDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CameraAcceptance($cameraId: ID!) {\n    cameraAcceptance(cameraId: $cameraId) {\n      asBuiltId headingDeviationDegrees tiltDeviationDegrees mountHeightDeviationMeters positionDeviationMeters modelChanged withinTolerance\n      deviations { kind message }\n      blackSpots { blackSpotId blackSpotCode requiredLevel designCoveredPercent asBuiltCoveredPercent lossPoints outOfTolerance }\n      designCoverage { ...CameraCoverageFields }\n      asBuiltCoverage { ...CameraCoverageFields }\n    }\n  }\n"): typeof import('./graphql').CameraAcceptanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCameraAsBuilt($input: RecordCameraAsBuiltInput!) { recordCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n"): typeof import('./graphql').RecordCameraAsBuiltDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { acceptCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n"): typeof import('./graphql').AcceptCameraAsBuiltDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackCameraAsBuilt($input: ReviewCameraAsBuiltInput!) { sendBackCameraAsBuilt(input: $input) { ...CameraAsBuiltFields } }\n"): typeof import('./graphql').SendBackCameraAsBuiltDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportWorkPackages { workPackages(first: 200) { nodes { id code name } } }\n"): typeof import('./graphql').ExportWorkPackagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobProgressFields on ImportJobType {\n    id status progress { phase done total fraction }\n    counts { rows valid errors warnings toInsert toUpdate skipped }\n    failure { message code reason }\n    result { inserted updated unchanged camerasRecomputed changeSetId }\n  }\n"): typeof import('./graphql').ImportJobProgressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJobType {\n    id fileName format source targetType status idField sourceFields\n    mapping { field source constant }\n    targetFields { name kind required values defaultValue }\n    progress { phase done total fraction }\n    counts { rows valid errors warnings toInsert toUpdate skipped }\n    problemCounts { code count }\n    problems { row layer sourceId severity code field message }\n    previewGeoJson\n    failure { message code reason }\n    result { inserted updated unchanged camerasRecomputed changeSetId }\n  }\n"): typeof import('./graphql').ImportJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobFull($id: ID!) { importJob(id: $id) { ...ImportJobFields } }\n"): typeof import('./graphql').ImportJobFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobProgress($id: ID!) { importJob(id: $id) { ...ImportJobProgressFields } }\n"): typeof import('./graphql').ImportJobProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentImportJobs { importJobs { id fileName targetType status counts { rows } result { inserted updated changeSetId } } }\n"): typeof import('./graphql').RecentImportJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImportMapping($input: UpdateImportMappingInput!) { updateImportMapping(input: $input) { ...ImportJobProgressFields } }\n"): typeof import('./graphql').UpdateImportMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($id: ID!) { commitImport(id: $id) { ...ImportJobProgressFields } }\n"): typeof import('./graphql').CommitImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardImport($id: ID!) { discardImport(id: $id) { id status } }\n"): typeof import('./graphql').DiscardImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImportChangeSet($id: ID!) { undoChangeSet(id: $id) { id undoneAt } }\n"): typeof import('./graphql').UndoImportChangeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaultRow on Fault {\n    id version state priority category location assetType assetCode reportedAt assignedOrganisationId assignedUserId\n    sla { overdue responseDueAt repairDueAt }\n  }\n"): typeof import('./graphql').FaultRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaultTicket on Fault {\n    ...FaultRow\n    description channel reporterName suggestedPriority impactScore darkens resolution newSerial\n    darkCameras { id code status }\n    blackSpotLosses { blackSpotId code name priority requiredLevel coveredBeforePercent coveredAfterPercent }\n    sla { responseHoursAllowed repairHoursAllowed responseHoursUsed repairHoursUsed responseOverdue repairOverdue timeInState { state hours } }\n    history { id at kind fromState toState actorEmail comment }\n  }\n"): typeof import('./graphql').FaultTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faults($filter: FaultFilter, $first: Int) { faults(filter: $filter, first: $first) { totalCount nodes { ...FaultRow } } }\n"): typeof import('./graphql').FaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fault($id: ID!) { fault(id: $id) { ...FaultTicket } }\n"): typeof import('./graphql').FaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogFault($input: LogFaultInput!) { logFault(input: $input) { ...FaultTicket } }\n"): typeof import('./graphql').LogFaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFaultState($input: ChangeFaultStateInput!) { changeFaultState(input: $input) { ...FaultTicket } }\n"): typeof import('./graphql').ChangeFaultStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnFault($faultId: ID!, $text: String!) { commentOnFault(faultId: $faultId, text: $text) { id } }\n"): typeof import('./graphql').CommentOnFaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ControlCentre {\n    controlCentre {\n      asOf installedCameraCount activeByPriority\n      darkCameras { cameraId code location darkSince faults { id priority state category } }\n      blackSpotsLosing { blackSpotId code name priority requiredLevel coveredBeforePercent coveredNowPercent lostSquareMeters darkCameraIds }\n    }\n    overdue: faults(filter: { overdue: true, states: [open, acknowledged, in_progress] }, first: 0) { totalCount }\n  }\n"): typeof import('./graphql').ControlCentreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultFigures($from: DateTime!, $to: DateTime!) {\n    faultFigures(from: $from, to: $to) {\n      from to openByPriority overdueCount loggedCount resolvedCount meanTimeToRepairHours\n      openByZone { zoneId zoneName byPriority total }\n      cameraAvailability { cameraId code availability darkHours }\n      blackSpotAvailability { blackSpotId code name availability nominalCoveredFraction meanCoveredFraction }\n      modelsFailingMost { id label faultCount cameraCount }\n      sitesFailingMost { id label faultCount cameraCount }\n    }\n  }\n"): typeof import('./graphql').FaultFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultAssignees { faultAssignees { organisationId name users { id name role } } }\n"): typeof import('./graphql').FaultAssigneesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignFault($input: UpdateFaultInput!) { updateFault(input: $input) { id version assignedOrganisationId assignedUserId } }\n"): typeof import('./graphql').AssignFaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultPhotos($faultId: ID!) { evidencePhotos(assetType: fault, assetId: $faultId) { id displayName faultEventId uploadedAt thumbnailUrl originalUrl } }\n"): typeof import('./graphql').FaultPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork($longitude: Float, $latitude: Float) {\n    myWork(longitude: $longitude, latitude: $latitude) {\n      assetType assetId code status version workPackageId workPackageCode workPackageName dueOn late distanceMeters position\n    }\n  }\n"): typeof import('./graphql').MyWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAssetStatus($input: MoveAssetStatusInput!) {\n    moveAssetStatus(input: $input) { stepId status assetVersion }\n  }\n"): typeof import('./graphql').MoveAssetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkPackagesProgress {\n    workPackages(first: 200) { nodes { id code name phase dueOn status assetCount assets { status } } }\n    programme: installationProgress { assetCount installedCount lateCount coverage { liveCoveredFraction designCoveredFraction } }\n  }\n"): typeof import('./graphql').WorkPackagesProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeProgressSeries { installationProgressSeries(stepDays: 7) { at assetCount installedCount commissionedCount lateCount liveCoveredFraction designCoveredFraction } }\n"): typeof import('./graphql').ProgrammeProgressSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackageProgressCsv($workPackageId: ID!) { workPackageProgressCsv(workPackageId: $workPackageId) }\n"): typeof import('./graphql').PackageProgressCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackageFields on WorkPackage {\n    id version code name phase organisationId zoneId plannedStartOn dueOn status assetCount\n    assets { assetType assetId code status version }\n  }\n"): typeof import('./graphql').PackageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkPackageDetail($id: ID!, $stepDays: Int) {\n    workPackage(id: $id) { ...PackageFields }\n    sCurve: workPackageSCurve(workPackageId: $id, stepDays: $stepDays) { at plannedCount actualCount }\n    progress: installationProgress(scope: { workPackageId: $id }) {\n      at assetCount installedCount lateCount byStatus { status count share }\n      lateItems { code status daysLate }\n      coverage { liveCoveredFraction designCoveredFraction }\n    }\n  }\n"): typeof import('./graphql').WorkPackageDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackageEditorData {\n    organisations(filter: { kind: [contractor] }, first: 500) { nodes { id name } }\n    zones(first: 500) { nodes { id code name } }\n  }\n"): typeof import('./graphql').PackageEditorDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePackage($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { ...PackageFields } }\n"): typeof import('./graphql').CreatePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePackage($input: UpdateWorkPackageInput!) { updateWorkPackage(input: $input) { ...PackageFields } }\n"): typeof import('./graphql').UpdatePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPackageAssets($input: WorkPackageAssetsInput!) { addWorkPackageAssets(input: $input) { ...PackageFields } }\n"): typeof import('./graphql').AddPackageAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePackageAssets($input: WorkPackageAssetsInput!) { removeWorkPackageAssets(input: $input) { ...PackageFields } }\n"): typeof import('./graphql').RemovePackageAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressScope($scope: ProgressScopeInput) {\n    installationProgress(scope: $scope) { assetCount installedCount lateCount byStatus { status count } coverage { liveCoveredFraction designCoveredFraction } }\n  }\n"): typeof import('./graphql').ProgressScopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveRecordChanges {\n    recordChanges { entityType entityId action version actorUserId occurredAt summary }\n  }\n"): typeof import('./graphql').LiveRecordChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveDataRevisions {\n    dataRevisions { coverage network street maintenance installation actorUserId resync }\n  }\n"): typeof import('./graphql').LiveDataRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapBlackSpot on BlackSpot { id version code name boundary category priority requiredLevel notes areaSquareMeters }\n"): typeof import('./graphql').MapBlackSpotFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapBlackSpots($first: Int, $after: String) {\n    blackSpots(first: $first, after: $after) {\n      nodes { ...MapBlackSpot }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapBlackSpotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapBuilding on Building { id version footprint heightMeters sourceId }\n"): typeof import('./graphql').MapBuildingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapBuildings($first: Int, $after: String) {\n    buildings(first: $first, after: $after) {\n      nodes { ...MapBuilding }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapBuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapCameraModel on CameraModel { id code name kind }\n"): typeof import('./graphql').MapCameraModelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapCamera on Camera {\n    id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n    horizontalFieldOfViewDegrees detectionRangeMeters poleId model { ...MapCameraModel }\n  }\n"): typeof import('./graphql').MapCameraFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {\n    cameraMap(first: $first, after: $after, filter: $filter) {\n      count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n      horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage\n    }\n  }\n"): typeof import('./graphql').MapCamerasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCameraCount { cameras(first: 0) { totalCount } cameraModels(first: 1000) { nodes { ...MapCameraModel } } }\n"): typeof import('./graphql').MapCameraCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCameraModels { cameraModels(first: 1000) { nodes { ...MapCameraModel } } }\n"): typeof import('./graphql').MapCameraModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapFiberRun on FiberRun { id version code path strandCount cableType installMethod lengthMeters status existing fromKind fromId toKind toId }\n"): typeof import('./graphql').MapFiberRunFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapFiberRuns($first: Int, $after: String) {\n    fiberRuns(first: $first, after: $after) {\n      nodes { ...MapFiberRun }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapFiberRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapNetworkNode on NetworkNode { id version code name kind location portCount strandCapacity existing status powerDrawWatts upsAutonomyMinutes }\n"): typeof import('./graphql').MapNetworkNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapNetworkNodes($first: Int, $after: String) {\n    networkNodes(first: $first, after: $after) {\n      nodes { ...MapNetworkNode }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapNetworkNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapPole on Pole { id version code kind heightMeters owner status existing location upsAutonomyMinutes }\n"): typeof import('./graphql').MapPoleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPoles($first: Int, $after: String) {\n    poles(first: $first, after: $after) {\n      nodes { ...MapPole }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapPolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapPowerFeed on PowerFeed { id version code path fromPowerSourceId toKind toId capacityWatts voltage switched status lengthMeters existing installMethod }\n"): typeof import('./graphql').MapPowerFeedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPowerFeeds($first: Int, $after: String) {\n    powerFeeds(first: $first, after: $after) {\n      nodes { ...MapPowerFeed }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapPowerFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapPowerSource on PowerSource { id version code name kind location capacityWatts voltage existing status }\n"): typeof import('./graphql').MapPowerSourceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPowerSources($first: Int, $after: String) {\n    powerSources(first: $first, after: $after) {\n      nodes { ...MapPowerSource }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapPowerSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapZone on Zone { id version code name boundary }\n"): typeof import('./graphql').MapZoneFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapZones($first: Int, $after: String) {\n    zones(first: $first, after: $after) {\n      nodes { ...MapZone }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').MapZonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementRunFields on PlacementRun {\n    id state phase progressFraction proposalCount budgetMad maxCameras night error\n    result {\n      spentMad stoppedReason candidateMounts mountsWithoutConnection candidates objectiveBefore objectiveAfter objectiveTotal\n      blackSpots { blackSpotId code name priority requiredLevel areaSquareMeters coveredFractionBefore coveredFractionAfter }\n      proposals {\n        index mountKind poleId poleCode newPole location modelId modelCode modelName headingDegrees tiltDegrees mountHeightMeters focalLengthMm\n        horizontalFieldOfViewDegrees cameraCostMad mountCostMad connectionCostMad totalCostMad marginalObjective coverage coverageLevel accepted cameraId\n        blackSpots { blackSpotId code name coveredSquareMeters exclusiveSquareMeters }\n        fiber { alreadyConnected path lengthMeters ductMeters costMad targetCode }\n        power { alreadyConnected path lengthMeters ductMeters costMad targetCode }\n      }\n    }\n  }\n"): typeof import('./graphql').PlacementRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlacementRun($input: PlacementRunInput!) { startPlacementRun(input: $input) { ...PlacementRunFields } }\n"): typeof import('./graphql').StartPlacementRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementRun($id: ID!) { placementRun(id: $id) { ...PlacementRunFields } }\n"): typeof import('./graphql').PlacementRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPlacementRun($id: ID!) { cancelPlacementRun(id: $id) { ...PlacementRunFields } }\n"): typeof import('./graphql').CancelPlacementRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPlacementProposals($input: AcceptPlacementInput!) {\n    acceptPlacementProposals(input: $input) { changeSetId cameraIds poleIds run { ...PlacementRunFields } }\n  }\n"): typeof import('./graphql').AcceptPlacementProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetAuditLog($type: String!, $id: ID!, $first: Int) {\n    auditLog(entityType: $type, entityId: $id, first: $first) {\n      totalCount\n      nodes { id at action actorEmail actorRole changedFields before after }\n    }\n  }\n"): typeof import('./graphql').AssetAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CameraPtzPresets($id: ID!) { camera(id: $id) { ptzPresets { name headingDegrees tiltDegrees zoomFactor } } }\n"): typeof import('./graphql').CameraPtzPresetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtzPresetCoverage($id: ID!) { ptzPresetCoverage(cameraId: $id) { presetName coverage { ...CameraCoverageFields } } }\n"): typeof import('./graphql').PtzPresetCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtzReachableCoverage($id: ID!, $zoom: Float!) { ptzReachableCoverage(cameraId: $id, zoomFactor: $zoom) { ...CameraCoverageFields } }\n"): typeof import('./graphql').PtzReachableCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignReport($scope: ReportScopeInput!) {\n    designReport(scope: $scope) {\n      deploymentName generatedAt scopeKind scopeId scopeCode scopeName scopeArea\n      blackSpots {\n        blackSpot { id code name priority requiredLevel category boundary }\n        coverage { requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds }\n      }\n      cameras {\n        id code name location status existing headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees\n        pole { id code kind }\n        model { id code name kind manufacturer irRangeMeters whiteLightRangeMeters }\n        coverage { level area areaSquareMeters }\n      }\n      networkPaths {\n        cameraId cameraCode connected lengthMeters linkLengthMeters opticalLossDb attenuationLossDb splices spliceLossDb connectorLossDb\n        budgetDb marginDb withinBudget powered poweredByDay upsAutonomyMinutes\n        elements { kind code }\n        linkTerminatesAt { kind code }\n        powerSource { code }\n        darkByDay { from to }\n      }\n      coverageByLevel { level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction fullyCoveredCount }\n      bill {\n        lines { part category item unit quantity unitCostMad totalMad }\n        existing { category item unit quantity }\n        supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad\n      }\n      budgetBeforeTaxMad budgetUsedFraction vatRate\n      doriLadder { level pixelsPerMeter targetHeightMeters }\n      unitCosts { parameter item valueMad }\n    }\n  }\n"): typeof import('./graphql').DesignReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBuildings($bbox: [Float!]) {\n    buildings(filter: { bbox: $bbox }, first: 1000) { nodes { ...MapBuilding } }\n  }\n"): typeof import('./graphql').ReportBuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportNight {\n    nightCoverage(cameras: planned) {\n      night { from to minutes }\n      camerasDarkAtNight { camera { id code } darkMinutes from to causes }\n      camerasWithoutNightLight { id code }\n      blackSpots { blackSpot { id } areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters dayCoveredFraction nightCoveredFraction }\n    }\n  }\n"): typeof import('./graphql').ReportNightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBandwidth {\n    bandwidthReport(cameras: planned, limit: 20) {\n      recordingProfile { code name }\n      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond }\n      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }\n      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }\n      linkCount overSubscribedCount\n      links { kind element { id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n      ingest { kind element { id code } cameraCount loadMbps capacityMbps utilization overSubscribed }\n    }\n  }\n"): typeof import('./graphql').ReportBandwidthDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
