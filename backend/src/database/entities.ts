import { BlackSpot } from '../black-spots/black-spot.entity';
import { Building } from '../buildings/building.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import { Camera } from '../cameras/camera.entity';
import { FiberRun } from '../fiber-runs/fiber-run.entity';
import { NetworkNode } from '../network-nodes/network-node.entity';
import { Pole } from '../poles/pole.entity';
import { PowerFeed } from '../power-feeds/power-feed.entity';
import { PowerSource } from '../power-sources/power-source.entity';
import { Zone } from '../zones/zone.entity';
import { CameraCoverage } from '../coverage/camera-coverage.entity';
import { Street } from '../streets/street.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { LoginCounter } from '../auth/login-counter.entity';
import { KnownLoginClient } from '../auth/known-login-client.entity';
import { AuditEntry } from '../common/audit/audit-entry.entity';
import { ChangeSet } from '../common/audit/change-set.entity';
import { Fault } from '../faults/fault.entity';
import { FaultEvent } from '../faults/fault-event.entity';
import { FaultCamera } from '../faults/fault-camera.entity';
import { EvidencePhoto } from '../evidence/evidence-photo.entity';
import { CameraAsBuilt } from '../acceptance/camera-as-built.entity';
import { WorkPackage, WorkPackageAsset } from '../work-packages/work-package.entity';
import { AssetStatusStep } from '../installation/asset-status-step.entity';
import { RecordingProfile } from '../recording-profiles/recording-profile.entity';
import { ImportJobRecord } from '../exchange/import/import-job.entity';
import { PlacementRunRecord } from '../placement/placement-run.entity';

/** Every table the migrations must match. */
export const ENTITIES = [Zone, Pole, CameraModel, Camera, NetworkNode, FiberRun, PowerSource, PowerFeed, BlackSpot, Building, CameraCoverage, Street,
  Organisation, User, RefreshToken, LoginCounter, KnownLoginClient, AuditEntry, ChangeSet,
  Fault, FaultEvent, FaultCamera,
  EvidencePhoto, CameraAsBuilt,
  WorkPackage, WorkPackageAsset, AssetStatusStep,
  RecordingProfile,
  ImportJobRecord, PlacementRunRecord];
