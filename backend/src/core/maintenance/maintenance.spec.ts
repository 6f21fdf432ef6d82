import { activeIntervals, blackSpotAvailability, cameraAvailability, segmentsOf, unionWithin, type Interval } from './availability';
import { canTransition } from './fault-vocabulary';
import { lossScore, priorityFromScore } from './priority';
import { slaClock, type StateChange } from './sla';
import { seededRandom } from '../seeded-random';

const H = 3_600_000;
const at = (hours: number) => hours * H;

describe('fault lifecycle', () => {
  it('goes forward, reopens from resolved or closed, and never skips resolving', () => {
    expect(canTransition('open', 'acknowledged')).toBe(true);
    expect(canTransition('in_progress', 'resolved')).toBe(true);
    expect(canTransition('resolved', 'open')).toBe(true);
    expect(canTransition('closed', 'open')).toBe(true);
    expect(canTransition('open', 'closed')).toBe(false);
    expect(canTransition('in_progress', 'acknowledged')).toBe(false);
    expect(canTransition('closed', 'resolved')).toBe(false);
  });
});

describe('slaClock', () => {
  const hours = { responseHours: 4, repairHours: 24 };

  it('runs the response clock while open and the repair clock until resolved', () => {
    const history: StateChange[] = [{ state: 'open', atMs: at(0) }, { state: 'acknowledged', atMs: at(3) }];
    const clock = slaClock(history, hours, at(10));
    expect(clock.responseMs).toBe(at(3));
    expect(clock.responseRunning).toBe(false);
    expect(clock.responseOverdue).toBe(false);
    expect(clock.repairMs).toBe(at(10));
    expect(clock.repairDueAtMs).toBe(at(24));
    expect(clock.repairOverdue).toBe(false);
  });

  it('keeps the budget left across a reopen and is overdue once it is used up', () => {
    const history: StateChange[] = [
      { state: 'open', atMs: at(0) }, { state: 'in_progress', atMs: at(2) }, { state: 'resolved', atMs: at(20) },
      { state: 'open', atMs: at(100) },
    ];
    // 20 h used before the resolution, 80 h resolved (not counted), then open again.
    const clock = slaClock(history, hours, at(103));
    expect(clock.msInState.resolved).toBe(at(80));
    expect(clock.repairMs).toBe(at(23));
    expect(clock.repairDueAtMs).toBe(at(104));
    expect(clock.repairOverdue).toBe(false);
    expect(clock.responseMs).toBe(at(5));
    expect(clock.responseOverdue).toBe(true);
    expect(slaClock(history, hours, at(105)).repairOverdue).toBe(true);
  });

  it('stops when resolved: no due time, overdue only if the repair took longer than its budget', () => {
    const late = slaClock([{ state: 'open', atMs: 0 }, { state: 'resolved', atMs: at(30) }], hours, at(500));
    expect(late.repairDueAtMs).toBeNull();
    expect(late.repairOverdue).toBe(true);
    const inTime = slaClock([{ state: 'open', atMs: 0 }, { state: 'resolved', atMs: at(1) }], hours, at(500));
    expect(inTime.repairOverdue).toBe(false);
  });
});

describe('priority from coverage loss', () => {
  it('weights the fraction lost by the black spot priority', () => {
    const half = { priority: 4, areaSquareMeters: 10_000, coveredBeforeSquareMeters: 10_000, coveredAfterSquareMeters: 5_000 };
    expect(lossScore([half])).toBeCloseTo(2, 9);
    expect(priorityFromScore(2)).toBe(2);
    expect(priorityFromScore(lossScore([half, { ...half, priority: 3, coveredAfterSquareMeters: 0 }]))).toBe(1);
    // Nothing lost (the neighbours still cover it): P4.
    expect(priorityFromScore(lossScore([{ ...half, coveredAfterSquareMeters: 10_000 }]))).toBe(4);
    expect(priorityFromScore(0.5, { p1: 0.4, p2: 0.2, p3: 0.1 })).toBe(1);
  });
});


describe('availability over a period', () => {
  it('takes a fault active only while open, acknowledged or in progress', () => {
    const history: StateChange[] = [
      { state: 'open', atMs: 10 }, { state: 'acknowledged', atMs: 20 }, { state: 'resolved', atMs: 30 }, { state: 'closed', atMs: 40 },
      { state: 'open', atMs: 50 },
    ];
    expect(activeIntervals(history, 70)).toEqual([{ fromMs: 10, toMs: 30 }, { fromMs: 50, toMs: 70 }]);
    expect(unionWithin([{ fromMs: 0, toMs: 15 }, { fromMs: 10, toMs: 30 }, { fromMs: 50, toMs: 90 }], { fromMs: 5, toMs: 60 })).toEqual([
      { fromMs: 5, toMs: 30 }, { fromMs: 50, toMs: 60 },
    ]);
  });

  it('equals a minute-by-minute count over random fault histories', () => {
    const random = seededRandom(12);
    const minutes = 3 * 24 * 60;
    const period: Interval = { fromMs: 0, toMs: minutes * 60_000 };
    const cameras = ['a', 'b', 'c'];
    const dark = new Map<string, Interval[]>();
    for (const camera of cameras) {
      const intervals: Interval[] = [];
      // Overlapping faults on one camera, some starting before the period or running past it.
      for (let fault = 0; fault < 6; fault++) {
        const from = Math.floor(random() * (minutes + 400)) - 200;
        intervals.push({ fromMs: from * 60_000, toMs: (from + 1 + Math.floor(random() * 600)) * 60_000 });
      }
      dark.set(camera, intervals);
    }
    // A spot seen by a (half), b (half) and c (all of it, from a lower pole): covered fraction by hand.
    const covered = (darkIds: readonly string[]) => {
      const off = new Set(darkIds);
      if (!off.has('c')) return 1;
      return (off.has('a') ? 0 : 0.5) + (off.has('b') ? 0 : 0.5);
    };
    const isDark = (camera: string, minute: number) =>
      dark.get(camera)!.some((interval) => interval.fromMs <= minute * 60_000 && minute * 60_000 < interval.toMs);
    let fullMinutes = 0;
    let coveredSum = 0;
    const upMinutes: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let minute = 0; minute < minutes; minute++) {
      const darkNow = cameras.filter((camera) => isDark(camera, minute));
      for (const camera of cameras) if (!darkNow.includes(camera)) upMinutes[camera]++;
      const fraction = covered(darkNow);
      coveredSum += fraction;
      if (fraction === 1) fullMinutes++;
    }
    for (const camera of cameras) {
      expect(cameraAvailability(dark.get(camera)!, period).availability).toBeCloseTo(upMinutes[camera] / minutes, 9);
    }
    const spot = blackSpotAvailability(segmentsOf(dark, period), new Set(cameras), covered, period);
    expect(spot.nominalCoveredFraction).toBe(1);
    expect(spot.availability).toBeCloseTo(fullMinutes / minutes, 9);
    expect(spot.meanCoveredFraction).toBeCloseTo(coveredSum / minutes, 9);
    // The histories do darken the spot some of the time, or the comparison proves nothing.
    expect(fullMinutes).toBeLessThan(minutes);
    expect(fullMinutes).toBeGreaterThan(0);
  });
});
