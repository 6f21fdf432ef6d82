import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExistingFlag } from './ExistingFlag';
import type { Planning } from './usePlanning';
import type { PoleNode } from '../map/layers/polesQuery';

/* The "existing" checkbox of an asset: read for the selection when the map's list lacks it, saved through planning.update. */
// Without its flag, as an asset from a list that does not carry it (cameras from cameraMap): the panel asks the API.
const pole = { id: 'p1', version: 3, code: 'PL-001', kind: 'street_light' as const, heightMeters: 8, owner: null, status: 'installed' as const, location: { type: 'Point' as const, coordinates: [-4.97, 34.06] } } as unknown as PoleNode;

let requests: Array<{ query: string; variables: Record<string, unknown> }>;
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    requests.push(JSON.parse(init.body as string));
    return new Response(JSON.stringify({ data: { pole: { id: 'p1', version: 3, existing: true } } }), { headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => vi.unstubAllGlobals());

const planningStub = (busy = false) => ({ busy, update: vi.fn(async () => undefined) }) as unknown as Planning & { update: ReturnType<typeof vi.fn> };

describe('existing flag', () => {
  it('reads the flag of the selected asset, and saves a change with the version on screen', async () => {
    const planning = planningStub();
    render(<ExistingFlag type="Pole" node={pole} planning={planning} canPlan />);
    const checkbox = screen.getByLabelText('Existing (already in place, not priced)');
    await waitFor(() => expect(checkbox).toBeChecked());
    expect(requests[0].query.replace(/\s+/g, ' ')).toContain('pole(id: $id) { id version existing }');
    expect(checkbox).toBeEnabled();
    fireEvent.click(checkbox);
    expect(planning.update).toHaveBeenCalledWith('Pole', { ...pole, existing: true }, { existing: false }, 'Pole PL-001 marked as new works', 'pole');
  });

  it('uses the flag the node carries without asking', async () => {
    const planning = planningStub();
    render(<ExistingFlag type="FiberRun" node={{ ...pole, existing: false } as never} planning={planning} canPlan />);
    const checkbox = screen.getByLabelText('Existing (already in place, not priced)');
    expect(checkbox).not.toBeChecked();
    fireEvent.click(checkbox);
    expect(planning.update).toHaveBeenCalledWith('FiberRun', expect.objectContaining({ existing: false, version: 3 }), { existing: true }, 'Fiber run PL-001 marked as existing', 'fiber run');
    expect(requests).toEqual([]);
  });

  it('is read-only for a role that cannot plan, and says why it is blocked', async () => {
    const { rerender } = render(<ExistingFlag type="Pole" node={{ ...pole, existing: true }} planning={planningStub()} canPlan={false} />);
    expect(screen.getByLabelText('Existing (already in place, not priced)')).toBeDisabled();
    rerender(<ExistingFlag type="Pole" node={{ ...pole, existing: true }} planning={planningStub()} canPlan blockedReason="Apply or revert the changes above first." />);
    const checkbox = screen.getByLabelText('Existing (already in place, not priced)');
    expect(checkbox).toBeDisabled();
    expect(checkbox).toHaveAccessibleDescription('Apply or revert the changes above first.');
  });
});
