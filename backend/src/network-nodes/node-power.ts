/**
 * Power drawn by a network node whose powerDrawWatts is empty, by kind: ONE place, used by the network
 * analyses (loads, unpowered nodes) and shown as NetworkNode.effectivePowerDrawWatts.
 *
 * Assumptions (datasheets of hardened industrial switches, 2025-2026):
 *  - switch: a managed L2/L3 industrial switch without PoE budget draws 15-30 W; with its SFP optics,
 *    fans or heater in a street enclosure, 30-60 W. We take 45 W. (Cameras here have their own feeds;
 *    a PoE switch powering them should record its real draw.)
 *  - cabinet: a street cabinet's active equipment (the switch or media converters, thermostat-driven fan
 *    and anti-condensation heater, power supply losses): 60 W. A passive cabinet (patch panel and
 *    splices only) should record 0.
 *  - splice closure: passive, 0 W.
 *  - control centre: 0 W, i.e. its supply (grid, generator, UPS) is outside the modelled network unless
 *    its draw is recorded, in which case it needs a power feed like any other node.
 * A node that draws power passes no fiber traffic without it: the cameras behind it go dark with it.
 */
import type { NetworkNodeKind } from '../core/domain';

export const DEFAULT_NODE_POWER_DRAW_WATTS: Record<NetworkNodeKind, number> = {
  control_centre: 0,
  cabinet: 60,
  switch: 45,
  splice_closure: 0,
};

/** The node's own figure, else the default for its kind. */
export function effectivePowerDrawWatts(node: { kind: NetworkNodeKind; powerDrawWatts?: number | null }): number {
  return node.powerDrawWatts ?? DEFAULT_NODE_POWER_DRAW_WATTS[node.kind];
}
