import { describe, expect, it } from 'vitest';
import { EMPTY_FAILURES, failureOfElement, lossBudgetSegments, type CriticalElement } from './analysisApi';
import { singlePointsOfFailureOf } from './BlackSpotPanel';

const entry = (kind: CriticalElement['element']['kind'], code: string, camerasLost: number, weighted: number, spots: string[]): CriticalElement =>
  ({ element: { kind, id: `${code}-id`, code }, camerasLost, weightedCamerasLost: weighted, blackSpotsDropped: spots.map((id) => ({ id })) });

describe('single points of failure of one black spot', () => {
  const ranking = [
    entry('network_node', 'CAB-01', 12, 40, ['bs1', 'bs2']),
    entry('fiber_run', 'FR-07', 2, 9, ['bs2']),
    entry('pole', 'P-3', 3, 8, ['bs2']),
    entry('power_feed', 'PF-2', 5, 20, ['bs1']),
  ];

  it('keeps only the elements that drop that spot, most cameras lost first', () => {
    expect(singlePointsOfFailureOf(ranking, 'bs2').map((row) => row.element.code)).toEqual(['CAB-01', 'P-3', 'FR-07']);
    expect(singlePointsOfFailureOf(ranking, 'bs1').map((row) => row.element.code)).toEqual(['CAB-01', 'PF-2']);
  });

  it('is empty for a spot no single failure drops', () => {
    expect(singlePointsOfFailureOf(ranking, 'bs9')).toEqual([]);
  });

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
