/** A small price list for tests (round figures, not the configuration's): see backend/src/network/unit-costs.ts for the real one. */
import type { UnitCosts } from '../../../../backend/src/core/network/bill-of-quantities';

export const TEST_UNIT_COSTS: UnitCosts = {
  cameraByModelMad: { 'bullet-4mp': 6_000 },
  defaultCameraMad: 20_000,
  defaultPoleMad: 9_000,
  existingPoleMountByKindMad: { camera_pole: 400, street_light: 800, utility_pole: 1_200, wall_mount: 300 },
  poleByKindMad: { camera_pole: 9_000, street_light: 1_500, utility_pole: 2_000, wall_mount: 1_000 },
  fiberCableMadPerMeterByType: { sm_g652d: 10, sm_g657a: 12, mm_om3: 15, drop: 5 },
  powerCableMadPerMeter: 30,
  networkNodeByKindMad: { control_centre: 0, cabinet: 30_000, switch: 18_000, splice_closure: 3_000 },
  powerSourceByKindMad: { utility_supply: 10_000, transformer: 0, street_lighting_circuit: 0 },
  cameraInstallationByKindMad: { fixed_bullet: 800, fixed_dome: 900, ptz: 2_000 },
  poleInstallationByKindMad: { camera_pole: 4_000, street_light: 500, utility_pole: 700, wall_mount: 300 },
  defaultPoleInstallationMad: 4_000,
  existingPoleMountInstallationByKindMad: { camera_pole: 350, street_light: 450, utility_pole: 650, wall_mount: 250 },
  networkNodeInstallationByKindMad: { control_centre: 0, cabinet: 5_000, switch: 1_500, splice_closure: 800 },
  fiberInstallMadPerMeterByMethod: { aerial: 20, underground_duct: 190, existing_duct: 15, facade: 40 },
  powerInstallMadPerMeterByMethod: { aerial: 20, underground_duct: 150, existing_duct: 12, facade: 35 },
  fiberSplicingMadPerRunEnd: 600,
};
