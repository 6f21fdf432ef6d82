import { describe, expect, it } from 'vitest';
import { auditFilterOf } from '../admin/AuditPanel';
import { changesOf, draftOf, FORM_FIELDS } from './AssetForm';

const run = { code: 'FO-1', status: 'planned', cableType: 'sm_g652d', installMethod: 'aerial', strandCount: 12 };

describe('the asset form', () => {
  it('sends only what changed, numbers as numbers (a decimal comma accepted)', () => {
    const draft = { ...draftOf(FORM_FIELDS.FiberRun, run), installMethod: 'existing_duct', strandCount: '24' };
    expect(changesOf(FORM_FIELDS.FiberRun, run, draft)).toEqual({ changes: { installMethod: 'existing_duct', strandCount: 24 } });
    const pole = { code: 'P', kind: 'street_light', status: 'planned', heightMeters: 8, owner: 'ONEE', upsAutonomyMinutes: 30 };
    const poleDraft = { ...draftOf(FORM_FIELDS.Pole, pole), heightMeters: '10,5', owner: '', upsAutonomyMinutes: '' };
    expect(changesOf(FORM_FIELDS.Pole, pole, poleDraft)).toEqual({ changes: { heightMeters: 10.5, owner: null, upsAutonomyMinutes: null } });
  });

  it('holds back a required field left empty or a number that is not one', () => {
    expect(changesOf(FORM_FIELDS.FiberRun, run, { ...draftOf(FORM_FIELDS.FiberRun, run), strandCount: 'twelve' }).invalid?.key).toBe('strandCount');
    expect(changesOf(FORM_FIELDS.FiberRun, run, { ...draftOf(FORM_FIELDS.FiberRun, run), code: ' ' }).invalid?.key).toBe('code');
    // A new record: every required field must be there, even untouched.
    expect(changesOf(FORM_FIELDS.PowerSource, { kind: 'transformer' }, draftOf(FORM_FIELDS.PowerSource, { kind: 'transformer' }), true).invalid?.key).toBe('code');
  });
});

describe('the audit filter', () => {
  it('turns the form into the API filter: every action means no action filter, the "to" day included', () => {
    expect(auditFilterOf({ entityType: '', actorUserId: '', actions: ['create', 'update', 'delete'] as never, fromDay: '', toDay: '' })).toEqual({});
    const filter = auditFilterOf({ entityType: 'Pole', actorUserId: 'u1', actions: ['update'] as never, fromDay: '2026-12-01', toDay: '2026-12-07' });
    expect(filter).toMatchObject({ entityType: 'Pole', actorUserId: 'u1', action: ['update'] });
    expect(new Date(filter.to as string).getTime() - new Date(filter.from as string).getTime()).toBe(7 * 24 * 3600 * 1000);
  });
});
