/**
 * Design checks: the cameras whose design cannot work as drawn, per kind of defect, read off one
 * connectivity report (no new graph work). Each finding names the elements at fault so a screen can
 * link to them; a camera may be flagged by several checks.
 */
import type { ConnectivityReport, DarkByDay } from './connectivity';
import type { NetworkElementReference } from './network-types';

/** In the order a screen lists them: the worst first. */
export const DESIGN_CHECK_KINDS = [
  /** No fiber path to a control centre at all (not even through unpowered nodes). */
  'no_network_path',
  /** A fiber path exists only through nodes (switches, cabinets) that have no power. */
  'behind_unpowered_node',
  /** No power path from any source. */
  'no_power',
  /** Dark part of the day: fed (itself or a node of its path) through a switched street-lighting circuit, UPS too short. */
  'dark_by_day',
  /** A power feed or source on its supply path carries more than its capacity. */
  'power_over_capacity',
  /** A fiber run on its path carries more links than it has strands. */
  'fiber_over_capacity',
  /** Its optical link loses more than the budget allows (less than the required margin left). */
  'optical_budget_exceeded',
] as const;
export type DesignCheckKind = (typeof DESIGN_CHECK_KINDS)[number];

export interface DesignCheckFinding {
  kind: DesignCheckKind;
  cameraId: string;
  /** The elements at fault: unpowered nodes, overloaded feeds and sources, full runs, the link's end; none for no path or no power. */
  elements: NetworkElementReference[];
  /** For dark_by_day: when. */
  darkByDay: DarkByDay | null;
  /** For optical_budget_exceeded: the link's loss and budget, dB. */
  lossDb: number | null;
  budgetDb: number | null;
}

export function designChecks(report: ConnectivityReport): DesignCheckFinding[] {
  const overloadedFeeds = new Set(report.overloadedPowerFeeds.map((load) => load.id));
  const overloadedSources = new Set(report.overloadedPowerSources.map((load) => load.id));
  const overfullRuns = new Set(report.strandUse.filter((use) => use.strandsUsed > use.strandCount).map((use) => use.fiberRunId));
  const findings: DesignCheckFinding[] = [];
  const add = (kind: DesignCheckKind, cameraId: string, elements: NetworkElementReference[] = [], extra: Partial<DesignCheckFinding> = {}) =>
    findings.push({ kind, cameraId, elements, darkByDay: null, lossDb: null, budgetDb: null, ...extra });
  for (const camera of report.cameras) {
    const { cameraId, fiber, power } = camera;
    if (!fiber) {
      if (camera.cutOffByUnpoweredNodeIds.length) {
        add('behind_unpowered_node', cameraId, camera.cutOffByUnpoweredNodeIds.map((id) => ({ kind: 'network_node', id })));
      } else add('no_network_path', cameraId);
    }
    if (!power.powered) add('no_power', cameraId);
    else if (power.darkByDay) {
      const dark = power.darkByDay;
      const elements: NetworkElementReference[] = dark.networkNodeIds.length
        ? dark.networkNodeIds.map((id) => ({ kind: 'network_node', id }))
        : [
            ...(power.powerSourceId ? [{ kind: 'power_source', id: power.powerSourceId } as const] : []),
            ...power.powerFeedIds.map((id) => ({ kind: 'power_feed', id }) as const),
          ];
      add('dark_by_day', cameraId, elements, { darkByDay: dark });
    }
    const overloaded: NetworkElementReference[] = [
      ...power.powerFeedIds.filter((id) => overloadedFeeds.has(id)).map((id) => ({ kind: 'power_feed', id }) as const),
      ...(power.powerSourceId && overloadedSources.has(power.powerSourceId) ? [{ kind: 'power_source', id: power.powerSourceId } as const] : []),
    ];
    if (overloaded.length) add('power_over_capacity', cameraId, overloaded);
    if (fiber) {
      const full = fiber.fiberRunIds.filter((id) => overfullRuns.has(id));
      if (full.length) add('fiber_over_capacity', cameraId, full.map((id) => ({ kind: 'fiber_run', id })));
      if (!fiber.link.withinBudget) {
        add('optical_budget_exceeded', cameraId, [fiber.link.terminatesAt], { lossDb: fiber.link.lossDb, budgetDb: fiber.link.budgetDb });
      }
    }
  }
  const order = new Map(DESIGN_CHECK_KINDS.map((kind, index) => [kind, index]));
  return findings.sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
}
