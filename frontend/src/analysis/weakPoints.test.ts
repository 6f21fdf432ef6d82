import { describe, expect, it } from 'vitest';
import { EMPTY_FAILURES, failureOfElement, lossBudgetSegments } from './analysisApi';

describe('single points of failure of a black spot', () => {
  it('turns an element into the outage of that element alone; a camera is no failed element', () => {
    expect(failureOfElement({ kind: 'pole', id: 'p' })).toEqual({ ...EMPTY_FAILURES, poleIds: ['p'] });
    expect(failureOfElement({ kind: 'power_source', id: 's' })).toEqual({ ...EMPTY_FAILURES, powerSourceIds: ['s'] });
    expect(failureOfElement({ kind: 'camera', id: 'c' })).toBeNull();
  });
});

describe('optical loss budget bar', () => {
  it('splits the loss into attenuation, splices and connectors, each as a share of the budget', () => {
    const link = { terminatesAt: 'SW-1', lengthMeters: 1400, lossDb: 3.49, budgetDb: 10, marginDb: 6.51, withinBudget: true, attenuationLossDb: 0.49, splices: 20, spliceLossDb: 2, connectorLossDb: 1 };
    const segments = lossBudgetSegments(link);
    expect(segments.map((segment) => segment.part)).toEqual(['attenuation', 'splices', 'connectors']);
    expect(segments.map((segment) => segment.share)).toEqual([expect.closeTo(0.049, 3), expect.closeTo(0.2, 3), expect.closeTo(0.1, 3)]);
  });

  it('never draws past the bar for a link over budget', () => {
    const link = { terminatesAt: null, lengthMeters: 60000, lossDb: 22, budgetDb: 10, marginDb: -12, withinBudget: false, attenuationLossDb: 21, splices: 0, spliceLossDb: 0, connectorLossDb: 1 };
    expect(lossBudgetSegments(link)[0].share).toBe(1);
  });
});
