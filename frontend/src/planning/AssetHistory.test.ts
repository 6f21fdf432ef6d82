import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { changesOf, statusHistoryOf, type AuditRow } from './AssetHistory';

const row = (at: string, action: AuditRow['action'], changedFields: string[], before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditRow =>
  ({ id: at, at, action, actorEmail: 'engineer@vigie.demo', actorRole: 'engineer', changedFields, before, after });

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('what an audit entry changed', () => {
  it('lists each changed field before and after, vocabulary in words, bookkeeping left out', () => {
    const entry = row('2026-12-01T10:00:00Z', 'update', ['status', 'headingDegrees', 'version', 'updatedAt'],
      { status: 'planned', headingDegrees: 90, version: 1 }, { status: 'installed', headingDegrees: 135, version: 2 });
    expect(changesOf(entry)).toEqual([
      { field: 'status', before: 'Planned', after: 'Installed' },
      { field: 'headingDegrees', before: '90', after: '135' },
    ]);
  });

  it('names a changed shape instead of printing its coordinates, and a missing value as a dash', () => {
    const entry = row('2026-12-01T10:00:00Z', 'update', ['boundary', 'name'],
      { boundary: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, name: null },
      { boundary: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 0]]] }, name: 'Bab Boujloud' });
    expect(changesOf(entry)).toEqual([
      { field: 'boundary', before: '(shape)', after: '(shape)' },
      { field: 'name', before: '—', after: 'Bab Boujloud' },
    ]);
  });

  it('gives no field table for a creation or a deletion', () => {
    expect(changesOf(row('2026-12-01T10:00:00Z', 'create', ['status'], null, { status: 'planned' }))).toEqual([]);
  });
});

describe('status history', () => {
  it('keeps the creation and each change of status, oldest first, whatever order the log gives', () => {
    const entries = [
      row('2026-12-03T08:00:00Z', 'update', ['status'], { status: 'approved' }, { status: 'installed' }),
      row('2026-12-02T08:00:00Z', 'update', ['headingDegrees'], { status: 'approved', headingDegrees: 1 }, { status: 'approved', headingDegrees: 2 }),
      row('2026-12-01T09:00:00Z', 'update', ['status'], { status: 'planned' }, { status: 'approved' }),
      row('2026-12-01T08:00:00Z', 'create', ['status', 'code'], null, { status: 'planned' }),
    ];
    expect(statusHistoryOf(entries).map((entry) => entry.status)).toEqual(['planned', 'approved', 'installed']);
  });
});
