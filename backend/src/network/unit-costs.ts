/**
 * Unit costs of the Vigie bill of quantities and of route proposals, in Moroccan dirhams (MAD) before
 * VAT (TVA 20% is added separately). ONE place to change them; the tender's price schedule (bordereau des
 * prix) replaces these figures once it is known.
 *
 * Sources and assumptions (late 2025 / 2026 Moroccan urban works; orders of magnitude, to be checked):
 *  - Civil works prices follow the ranges seen in Moroccan municipal and utility tenders (marchés
 *    publics, portail marchespublics.gov.ma: "tranchée sous chaussée / trottoir y compris fourniture et
 *    pose de fourreaux PEHD et réfection", 150-450 MAD per linear metre depending on surface and depth).
 *    We take 280 MAD/m for a 0.6 m trench with two PEHD Ø40 ducts, sand bed, warning mesh and
 *    reinstatement of pavement or asphalt: the dearest item of a city network.
 *  - Aerial (ADSS cable on existing poles with suspension/anchoring hardware) about 30 MAD/m; clipped
 *    on facades (medina walls, with permission) about 45 MAD/m of labour and fixings.
 *  - Fiber cable supply: 12-24 fiber single-mode G.652D duct cable 12-18 MAD/m from Moroccan
 *    distributors; bend-insensitive G.657A 14-20; OM3 multimode 18-25; flat drop cable 5-8.
 *  - Low-voltage cable U1000 R2V 3G6 mm² about 35 MAD/m supply; pulled in the fiber trench's spare duct
 *    when possible, otherwise its own trench (150 MAD/m, shallower, shared reinstatement).
 *  - Camera unit prices come from the camera catalogue (camera_model.unit_price_mad); the value here is
 *    only for a camera whose model has no price.
 *  - Poles: bracket and works on an existing street light 1,500; on a utility pole 2,000; a new 6-8 m
 *    galvanised camera pole with concrete foundation and earthing 12,000; a wall bracket 800.
 *  - Nodes: control centre fit-out (VMS servers, storage, video wall, UPS) 1.5 M MAD; IP55 street
 *    cabinet with plinth, ventilation and patch panel 35,000; hardened managed L2/L3 PoE switch
 *    18,000; splice closure with trays 3,500.
 *  - Power sources: a new metered supply (branchement RADEEF/ONEE with meter box) 12,000; a
 *    transformer 250,000; a tap on a street-lighting circuit with protection 4,000.
 */
import type { InstallMethod } from '../core/domain';
import type { UnitCosts } from '../core/network';

export const VIGIE_UNIT_COSTS: UnitCosts = {
  cameraByModelMad: {},
  defaultCameraMad: 8_000,
  poleByKindMad: { street_light: 1_500, utility_pole: 2_000, camera_pole: 12_000, wall_mount: 800 },
  defaultPoleMad: 12_000,
  fiberCableMadPerMeterByType: { sm_g652d: 14, sm_g657a: 16, mm_om3: 20, drop: 6 },
  fiberInstallMadPerMeterByMethod: { aerial: 30, underground_duct: 280, facade: 45 },
  powerCableMadPerMeter: 35,
  powerInstallMadPerMeterByMethod: { aerial: 30, underground_duct: 150, facade: 40 },
  networkNodeByKindMad: { control_centre: 1_500_000, cabinet: 35_000, switch: 18_000, splice_closure: 3_500 },
  powerSourceByKindMad: { utility_supply: 12_000, transformer: 250_000, street_lighting_circuit: 4_000 },
};

/** How a proposed route would be laid by default: underground along the street (the safe estimate). */
export const DEFAULT_ROUTE_INSTALL_METHOD: InstallMethod = 'underground_duct';

/** MAD per metre of a proposed fiber route: G.652D cable plus laying, by install method. */
export const FIBER_ROUTE_MAD_PER_METER: Record<InstallMethod, number> = {
  aerial: VIGIE_UNIT_COSTS.fiberCableMadPerMeterByType.sm_g652d + VIGIE_UNIT_COSTS.fiberInstallMadPerMeterByMethod.aerial,
  underground_duct:
    VIGIE_UNIT_COSTS.fiberCableMadPerMeterByType.sm_g652d + VIGIE_UNIT_COSTS.fiberInstallMadPerMeterByMethod.underground_duct,
  facade: VIGIE_UNIT_COSTS.fiberCableMadPerMeterByType.sm_g652d + VIGIE_UNIT_COSTS.fiberInstallMadPerMeterByMethod.facade,
};

/** MAD per metre of a proposed power route: cable plus laying, by install method. */
export const POWER_ROUTE_MAD_PER_METER: Record<InstallMethod, number> = {
  aerial: VIGIE_UNIT_COSTS.powerCableMadPerMeter + VIGIE_UNIT_COSTS.powerInstallMadPerMeterByMethod.aerial,
  underground_duct: VIGIE_UNIT_COSTS.powerCableMadPerMeter + VIGIE_UNIT_COSTS.powerInstallMadPerMeterByMethod.underground_duct,
  facade: VIGIE_UNIT_COSTS.powerCableMadPerMeter + VIGIE_UNIT_COSTS.powerInstallMadPerMeterByMethod.facade,
};
