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
 *  - Power sources: a new metered supply (branchement RADEEF/ONEE with meter box) 12,000; a
 *    transformer 250,000; a tap on a street-lighting circuit with protection 4,000 (the utility's
 *    connection works included: no separate installation line).
 *
 * Supply and installation are separate lines of the bill. The supply + installation of poles and nodes
 * add up to the all-in figures used before labour was split out (street light 1,500, utility pole 2,000,
 * camera pole 12,000, wall mount 800; control centre 1.5 M, cabinet 35,000, switch 18,000, closure 3,500).
 *  - Pole supply: bracket and junction box for an existing street light 900 or utility pole 1,300; a new
 *    6-8 m galvanised camera pole with anchor cage and earthing kit 7,500; a wall bracket 400.
 *  - Node supply: control centre equipment (VMS servers, storage, video wall, UPS) 1,350,000; IP55 street
 *    cabinet with plinth kit, ventilation and patch panel 29,000; hardened managed L2/L3 PoE switch
 *    16,500; splice closure with trays 2,700.
 *
 * Installation labour (assumptions, to be replaced by the tender's bordereau). Basis: a skilled
 * technician costs the contractor about 450-600 MAD a day loaded (2026 wages well above the SMIG of
 * about 3,300 MAD a month); a two-person crew with a bucket truck about 2,500-3,500 MAD a day;
 * "pose et raccordement" items of Moroccan municipal CCTV and lighting tenders fall in the same ranges.
 *  - Camera, mounting, cabling, aiming and configuration: fixed bullet or dome 900 (three a crew-day);
 *    PTZ 2,000 (heavier bracket, power box, presets and tours: about one crew-day for 1.5).
 *  - Pole: bracket on an existing street light 600, on a utility pole 700 (with the owner's permission),
 *    a wall bracket 400; erecting a new camera pole 4,500 (1 m3 excavation, concrete foundation, crane
 *    truck, earthing).
 *  - Node: control centre integration and commissioning 150,000 (about 10% of the equipment); street
 *    cabinet 6,000 (plinth excavation and casting, setting, earthing, connection); switch 1,500
 *    (mounting, VLAN/QoS configuration, tests); splice closure 800.
 *  - Fiber laying per metre by install method (the civil works dominate): trench 0.6 m with two PEHD
 *    ducts and reinstatement 280; aerial ADSS on existing poles 30; facade clips 45. Power cable: its own
 *    shallower trench 150 (or the fiber trench's spare duct), aerial 30, facade 40.
 *  - Splicing, per fiber run end: fusion splicing (about 60 MAD a fibre, 8-12 fibres), tray and pigtails,
 *    OTDR and power-meter acceptance test: 700. A proposed fiber route pays it at both ends too.
 *
 * Existing assets (flag `existing`: RADEEF's transformers and lighting circuits, the commune's street
 * lights, a fiber cable already in place) are not priced: the bill lists them apart, by type, and its totals
 * and budget comparison are the new works. What "existing pole" means: a pole here is the support a
 * camera is mounted on, so an existing pole costs nothing by itself, but mounting a NEW camera on it
 * still needs the mount, priced once per pole (existingPoleMount*):
 *  - street light: bracket and junction box 900 + setting them 600 (the same as the street-light line
 *    above, which always meant a bracket on the commune's light: the programme puts up no street lights);
 *    utility pole 1,300 + 700 (with the owner's permission); wall bracket 400 + 400;
 *  - an existing camera pole (from an earlier programme): it has its junction box, so a bracket 500 and
 *    setting it 500.
 * An existing camera is re-used as it is: not priced, listed as existing (an existing camera on a new
 * pole would still pay the new pole). An existing fiber run is the cable in place; a NEW cable pulled
 * through an existing duct is a new run laid `existing_duct` (underground_duct includes the trench):
 *  - existing_duct, fiber 25 MAD/m: rodding and pulling with a winch, opening and closing the
 *    chambers, a spare sub-duct, and the duct owner's one-off access fee (the wholesale civil-works
 *    access offers regulated by ANRT are of that order per metre); power cable 20 MAD/m.
 */
import { INSTALL_METHODS, type CableType, type InstallMethod } from '../core/domain';
import type { UnitCosts } from '../core/network';

export const VIGIE_UNIT_COSTS: UnitCosts = {
  // Supply.
  cameraByModelMad: {},
  defaultCameraMad: 8_000,
  poleByKindMad: { street_light: 900, utility_pole: 1_300, camera_pole: 7_500, wall_mount: 400 },
  defaultPoleMad: 7_500,
  existingPoleMountByKindMad: { street_light: 900, utility_pole: 1_300, camera_pole: 500, wall_mount: 400 },
  fiberCableMadPerMeterByType: { sm_g652d: 14, sm_g657a: 16, mm_om3: 20, drop: 6 },
  powerCableMadPerMeter: 35,
  networkNodeByKindMad: { control_centre: 1_350_000, cabinet: 29_000, switch: 16_500, splice_closure: 2_700 },
  powerSourceByKindMad: { utility_supply: 12_000, transformer: 250_000, street_lighting_circuit: 4_000 },
  // Installation.
  cameraInstallationByKindMad: { fixed_bullet: 900, fixed_dome: 900, ptz: 2_000 },
  poleInstallationByKindMad: { street_light: 600, utility_pole: 700, camera_pole: 4_500, wall_mount: 400 },
  defaultPoleInstallationMad: 4_500,
  existingPoleMountInstallationByKindMad: { street_light: 600, utility_pole: 700, camera_pole: 500, wall_mount: 400 },
  networkNodeInstallationByKindMad: { control_centre: 150_000, cabinet: 6_000, switch: 1_500, splice_closure: 800 },
  fiberInstallMadPerMeterByMethod: { aerial: 30, underground_duct: 280, existing_duct: 25, facade: 45 },
  powerInstallMadPerMeterByMethod: { aerial: 30, underground_duct: 150, existing_duct: 20, facade: 40 },
  fiberSplicingMadPerRunEnd: 700,
};

/** How a proposed route would be laid by default: underground along the street (the safe estimate). */
export const DEFAULT_ROUTE_INSTALL_METHOD: InstallMethod = 'underground_duct';

/** The cable a proposed fiber route is costed with. */
export const FIBER_ROUTE_CABLE_TYPE: CableType = 'sm_g652d';

/**
 * MAD per metre of a proposed fiber route: G.652D cable plus laying, by install method. The route also
 * pays splicing at both ends (fiberSplicingMadPerRunEnd), so that its cost is what the bill of
 * quantities charges for the same new run.
 */
export const FIBER_ROUTE_MAD_PER_METER = perInstallMethod(
  (method) => VIGIE_UNIT_COSTS.fiberCableMadPerMeterByType[FIBER_ROUTE_CABLE_TYPE] + VIGIE_UNIT_COSTS.fiberInstallMadPerMeterByMethod[method],
);

/** MAD per metre of a proposed power route: cable plus laying, by install method. */
export const POWER_ROUTE_MAD_PER_METER = perInstallMethod(
  (method) => VIGIE_UNIT_COSTS.powerCableMadPerMeter + VIGIE_UNIT_COSTS.powerInstallMadPerMeterByMethod[method],
);

function perInstallMethod(costOf: (method: InstallMethod) => number): Record<InstallMethod, number> {
  return Object.fromEntries(INSTALL_METHODS.map((method) => [method, costOf(method)])) as Record<InstallMethod, number>;
}
