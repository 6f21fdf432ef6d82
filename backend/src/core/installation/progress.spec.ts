import { countByStatus, firstInstalledAt, isLate, sCurve, seriesDates, statusAt, toCsv, type AssetHistory } from './progress';

const day = (text: string) => Date.parse(`${text}T12:00:00Z`);

describe('status at a date, from the history', () => {
  const camera: AssetHistory = {
    currentStatus: 'commissioned',
    createdAt: day('2026-01-01'),
    steps: [
      { fromStatus: 'planned', toStatus: 'approved', occurredAt: day('2026-02-01') },
      { fromStatus: 'approved', toStatus: 'in_progress', occurredAt: day('2026-03-01') },
      { fromStatus: 'in_progress', toStatus: 'installed', occurredAt: day('2026-04-01') },
      { fromStatus: 'installed', toStatus: 'commissioned', occurredAt: day('2026-05-01') },
    ],
  };

  it('is the last step at or before the date, the first step\'s start before it, nothing before creation', () => {
    expect(statusAt(camera, day('2025-12-01'))).toBeNull();
    expect(statusAt(camera, day('2026-01-15'))).toBe('planned');
    expect(statusAt(camera, day('2026-03-01'))).toBe('in_progress');
    expect(statusAt(camera, day('2026-04-20'))).toBe('installed');
    expect(statusAt(camera, day('2026-12-01'))).toBe('commissioned');
  });

  it('is the present status for an asset without history', () => {
    expect(statusAt({ currentStatus: 'approved', createdAt: 0, steps: [] }, day('2026-01-01'))).toBe('approved');
  });

  it('dates the first installation, not a later commissioning', () => {
    expect(firstInstalledAt(camera.steps)).toBe(day('2026-04-01'));
    expect(firstInstalledAt(camera.steps.slice(0, 2))).toBeNull();
  });
});

describe('late items', () => {
  it('are past the end of their due day and not installed', () => {
    expect(isLate('in_progress', '2026-03-10', Date.parse('2026-03-10T23:00:00Z'))).toBe(false);
    expect(isLate('in_progress', '2026-03-10', Date.parse('2026-03-11T00:00:01Z'))).toBe(true);
    expect(isLate('installed', '2026-03-10', day('2026-06-01'))).toBe(false);
    expect(isLate('approved', null, day('2026-06-01'))).toBe(false);
  });
});

describe('counts, series and the S-curve', () => {
  it('counts every status with shares', () => {
    const counts = countByStatus(['planned', 'installed', 'installed', 'commissioned']);
    expect(counts.find((c) => c.status === 'installed')).toEqual({ status: 'installed', count: 2, share: 0.5 });
    expect(counts.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 9);
  });

  it('steps through dates and always ends on the last one', () => {
    expect(seriesDates(0, 20 * 86_400_000, 7).map((at) => at / 86_400_000)).toEqual([0, 7, 14, 20]);
  });

  it('plans completions evenly from start to due and counts actual installations', () => {
    const points = sCurve('2026-01-01', '2026-01-10', 10, [day('2026-01-03'), null, day('2026-01-20')], [
      Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-01-06T00:00:00Z'), day('2026-01-11'), day('2026-01-21'),
    ]);
    expect(points.map((p) => p.plannedCount)).toEqual([0, 5, 10, 10]);
    expect(points.map((p) => p.actualCount)).toEqual([0, 1, 1, 2]);
  });
});

describe('CSV', () => {
  it('neutralises formulas, keeps numbers, quotes what needs it', () => {
    const csv = toCsv([['=HYPERLINK("x")', -12.5, 'a,b', '@cmd', null]]);
    expect(csv).toBe('\uFEFF"\'=HYPERLINK(""x"")",-12.5,"a,b","\'@cmd",\r\n');
  });
});
