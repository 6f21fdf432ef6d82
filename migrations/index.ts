/**
 * Every migration, oldest first. Reviewed files only: `npm run migrations:generate -- Name` writes a
 * new one from the entities and adds it here; `npm run migrations:check` fails when they differ.
 */
import { InitialSchema1795939058850 } from './1795939058850-initial-schema';
import { AddCoverageStreetsAndUps1795940108441 } from './1795940108441-add-coverage-streets-and-ups';
import { AddAccountsAndAudit1795940751433 } from './1795940751433-add-accounts-and-audit';
import { NodePowerFeedInstallAndDataRevisions1795949788165 } from './1795949788165-node-power-feed-install-and-data-revisions';
import { AddPtzPresets1795953626203 } from './1795953626203-add-ptz-presets';
import { AddExistingAssets1795963176067 } from './1795963176067-add-existing-assets';
import { AddExistingDuctInstallMethod1795964281169 } from './1795964281169-add-existing-duct-install-method';
import { BoundStoredValues1796594866616 } from './1796594866616-bound-stored-values';
import { CoverageDataRevision1796595100000 } from './1796595100000-coverage-data-revision';
import { LoginCountersAndKnownClients1796595376395 } from './1796595376395-login-counters-and-known-clients';
import { CableLengthsInProjectedCrs1796595421893 } from './1796595421893-cable-lengths-in-projected-crs';
import { CableLengthMeasurementState1796599000000 } from './1796599000000-cable-length-measurement-state';
import { WorkPackagesAndStatusSteps1796600000000 } from './1796600000000-work-packages-and-status-steps';
import { EvidenceAndAsBuilt1796600100000 } from './1796600100000-evidence-and-as-built';
import { AddFaults1796600200000 } from './1796600200000-add-faults';
import { EvidenceStepForeignKey1796610702924 } from './1796610702924-evidence-step-foreign-key';
import { AddChangeSets1796617812314 } from './1796617812314-add-change-sets';
import { MaintenanceDataRevision1796617900000 } from './1796617900000-maintenance-data-revision';
import { NightAndBandwidth1796618212896 } from './1796618212896-night-and-bandwidth';
import { EvidenceOnFaults1796618297889 } from './1796618297889-evidence-on-faults';
import { ImportSourceIds1796618942326 } from './1796618942326-import-source-ids';
import { InstallationDataRevision1796620000000 } from './1796620000000-installation-data-revision';
import { PersistImportJobs1796629073744 } from './1796629073744-persist-import-jobs';
import { CameraCodec1796629170309 } from './1796629170309-camera-codec';
import { PlacementRuns1796630001823 } from './1796630001823-placement-runs';
export const MIGRATIONS: Function[] = [InitialSchema1795939058850, AddCoverageStreetsAndUps1795940108441, AddAccountsAndAudit1795940751433, NodePowerFeedInstallAndDataRevisions1795949788165, AddPtzPresets1795953626203, AddExistingAssets1795963176067, AddExistingDuctInstallMethod1795964281169, BoundStoredValues1796594866616, CoverageDataRevision1796595100000, LoginCountersAndKnownClients1796595376395, CableLengthsInProjectedCrs1796595421893, CableLengthMeasurementState1796599000000, WorkPackagesAndStatusSteps1796600000000, EvidenceAndAsBuilt1796600100000, AddFaults1796600200000, EvidenceStepForeignKey1796610702924, AddChangeSets1796617812314, MaintenanceDataRevision1796617900000, NightAndBandwidth1796618212896, EvidenceOnFaults1796618297889, ImportSourceIds1796618942326, InstallationDataRevision1796620000000, PersistImportJobs1796629073744, CameraCodec1796629170309, PlacementRuns1796630001823];
