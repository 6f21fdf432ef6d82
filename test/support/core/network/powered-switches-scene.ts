/**
 * A hand-drawn network where switches need power (metres east, north of the sketch origin):
 *
 *   Fiber:
 *   cc(0,0) ──r1── sw1(1000,0) ──r2── p1(1500,0) [cam1]
 *      │              │
 *      │             r3 ── sw2(1000,-500) ──r4── p2(1500,-500) [cam2]      sw2: no power feed at all
 *      │              └──────────r9──────────┐
 *     r6                                     p5(100,-900) [cam5]           p5 hangs off sw3 (r8) and sw1 (r9)
 *      │                                     │
 *   sw3(0,-1000) ──────────r8────────────────┘
 *      └──r7── p4(300,-1000) [cam4]
 *
 *   Power:
 *   s1 utility (0,-50), 1000 W:  f1 -> sw1 (45 W), f2 -> p1, f3 -> p2, f4 -> p4, f5 -> p5   (cameras 12 W each)
 *   s2 street lighting (0,-1100): f6 (switched) -> sw3 (30 W, UPS 90 min)
 *   sw2 draws the caller's default for a switch (none given: 0 W, passive).
 *
 * r8-p5-r9 closes a ring cc-sw1-p5-sw3-cc (poles splice fiber through): r1 and r6 cut nobody off alone.
 * So: sw2 is unpowered when a switch draws power by default (cam2 cut off by it); sw3 is dark by day
 * from 08:00 (06:30 + 90 min) to 19:00, which darkens cam4 by day but not cam5 (it has sw1 by day).
 */
import type { NetworkInput } from '../../../../backend/src/core/network/network-types';
import { NetworkSketch } from './network-sketch';

export function poweredSwitchesScene(): NetworkInput {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [0, 0], { portCount: 48 });
  sketch.newNode('sw1', 'switch', [1000, 0], { portCount: 8, powerDrawWatts: 45 });
  sketch.newNode('sw2', 'switch', [1000, -500], { portCount: 8 });
  sketch.newNode('sw3', 'switch', [0, -1000], { portCount: 8, powerDrawWatts: 30, upsAutonomyMinutes: 90 });
  sketch.newPole('p1', [1500, 0]);
  sketch.newPole('p2', [1500, -500]);
  sketch.newPole('p4', [300, -1000]);
  sketch.newPole('p5', [100, -900]);
  sketch.newCamera('cam1', 'p1');
  sketch.newCamera('cam2', 'p2');
  sketch.newCamera('cam4', 'p4');
  sketch.newCamera('cam5', 'p5');
  sketch.newRun('r1', 'cc', 'sw1');
  sketch.newRun('r2', 'sw1', 'p1');
  sketch.newRun('r3', 'sw1', 'sw2');
  sketch.newRun('r4', 'sw2', 'p2');
  sketch.newRun('r6', 'cc', 'sw3');
  sketch.newRun('r7', 'sw3', 'p4');
  sketch.newRun('r8', 'sw3', 'p5');
  sketch.newRun('r9', 'sw1', 'p5');
  sketch.newPowerSource('s1', 'utility_supply', [0, -50], { capacityWatts: 1000 });
  sketch.newPowerSource('s2', 'street_lighting_circuit', [0, -1100], { capacityWatts: 500 });
  sketch.newFeed('f1', 's1', 'sw1');
  sketch.newFeed('f2', 's1', 'p1');
  sketch.newFeed('f3', 's1', 'p2');
  sketch.newFeed('f4', 's1', 'p4');
  sketch.newFeed('f5', 's1', 'p5');
  sketch.newFeed('f6', 's2', 'sw3', { switched: true });
  return sketch.network;
}

/** The default draw by kind the tests give the graph (as the service does from its configuration). */
export const TEST_NODE_POWER_DRAW_WATTS = { switch: 50, cabinet: 60 } as const;
