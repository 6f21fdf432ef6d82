import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapData } from '../map/useMapData';
import { FaultsPanel } from './FaultsPanel';
import type { FaultRow, FaultTicket } from './faultsApi';

/* The faults tab against a stubbed /graphql: two assigned tickets, one far and one near the field team. */
const row = (id: string, lon: number, priority: number, assetCode: string): FaultRow => ({
  __typename: 'Fault', id, version: 3, state: 'acknowledged', priority, category: 'fiber_cut', location: { type: 'Point', coordinates: [lon, 34.04] },
  assetType: 'fiber_run', assetCode, reportedAt: '2026-12-01T08:00:00.000Z', assignedOrganisationId: 'org-1', assignedUserId: null,
  sla: { __typename: 'FaultSla', overdue: priority === 1, responseDueAt: null, repairDueAt: '2026-12-01T16:00:00.000Z' },
}) as FaultRow;
const far = row('far', -4.95, 1, 'FR-0001');
const near = row('near', -5.0, 3, 'FR-0066');
const ticket = (state: string): FaultTicket => ({
  ...far, state, description: 'Fibre sectionnée', channel: 'field_team', reporterName: null, suggestedPriority: 1, impactScore: 2.64,
  darkens: true, resolution: state === 'resolved' ? 'replaced_asset' : null, newSerial: state === 'resolved' ? 'SN-1' : null,
  darkCameras: [{ id: 'c1', code: 'CAM-BBJ-01', status: 'out_of_service' }],
  blackSpotLosses: [{ blackSpotId: 'b1', code: 'BS-BBJ', name: 'Bab Boujloud', priority: 4, requiredLevel: 'recognition', coveredBeforePercent: 78, coveredAfterPercent: 12 }],
  sla: { ...far.sla, responseHoursAllowed: 2, repairHoursAllowed: 8, responseHoursUsed: 0.5, repairHoursUsed: 3, responseOverdue: false, repairOverdue: false, timeInState: [] },
  history: [{ id: '1', at: '2026-12-01T08:00:00.000Z', kind: 'logged', fromState: null, toState: 'open', actorEmail: 'maintenance@vigie.demo', comment: null }],
}) as unknown as FaultTicket;

const figures = {
  from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', openByPriority: [1, 0, 2, 0], overdueCount: 1, loggedCount: 9, resolvedCount: 7,
  meanTimeToRepairHours: 13.25, openByZone: [{ zoneId: 'z1', zoneName: 'Médina', byPriority: [1, 0, 2, 0], total: 3 }],
  cameraAvailability: [{ cameraId: 'c1', code: 'CAM-BBJ-01', availability: 0.9, darkHours: 72 }],
  blackSpotAvailability: [{ blackSpotId: 'b1', code: 'BS-BBJ', name: 'Bab Boujloud', availability: 0.8, nominalCoveredFraction: 0.78, meanCoveredFraction: 0.7 }],
  modelsFailingMost: [{ id: 'm1', label: 'Hikvision DS-2CD (HIK-4MP)', faultCount: 5, cameraCount: 12 }], sitesFailingMost: [],
};
const assignees = [
  { organisationId: 'org-1', name: 'Équipe maintenance Fès', users: [{ id: 'u1', name: 'Salma Maintenance', role: 'maintenance' }] },
  { organisationId: 'org-2', name: 'Atlas Réseaux SARL', users: [{ id: 'u2', name: 'Karim Contractor', role: 'contractor' }] },
];

let requests: Array<{ query: string; variables: Record<string, any> }>;
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string);
    requests.push(body);
    const data = body.query.includes('query Faults') ? { faults: { totalCount: 2, nodes: [far, near] } }
      : body.query.includes('mutation ChangeFaultState') ? { changeFaultState: ticket(body.variables.input.state) }
      : body.query.includes('query FaultFigures') ? { faultFigures: figures }
      : body.query.includes('query FaultAssignees') ? { faultAssignees: assignees }
      : body.query.includes('mutation AssignFault') ? { updateFault: { id: 'far', version: 4, ...body.variables.input } }
      : body.query.includes('query FaultPhotos') ? { evidencePhotos: [] }
      : { fault: ticket('acknowledged') };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => vi.unstubAllGlobals());

function Panel({ role, selectedFaultId = null, onSelectFault = vi.fn() }: { role: string; selectedFaultId?: string | null; onSelectFault?: (id: string | null) => void }) {
  const onFaults = vi.fn();
  return (
    <FaultsPanel
      data={{} as MapData} role={role} organisationId="org-1" selection={null} viewCenter={[-5.0, 34.04]}
      faults={[far, near]} onFaults={onFaults} selectedFaultId={selectedFaultId} onSelectFault={onSelectFault}
    />
  );
}

describe('faults tab', () => {
  it('a field team sees its assigned tickets, nearest first', async () => {
    render(<Panel role="contractor" />);
    await waitFor(() => expect(requests.some((request) => request.query.includes('query Faults'))).toBe(true));
    expect(requests.find((request) => request.query.includes('query Faults'))!.variables.filter).toMatchObject({ assignedToMe: true, states: ['open', 'acknowledged', 'in_progress'] });
    expect(screen.getAllByTestId('fault-row').map((element) => element.dataset.id)).toEqual(['far', 'near']);
    fireEvent.click(screen.getByTestId('faults-nearest'));
    expect(screen.getAllByTestId('fault-row').map((element) => element.dataset.id)).toEqual(['near', 'far']);
    expect(screen.getAllByTestId('fault-row')[1]).toHaveTextContent('Overdue');
  });

  it('an engineer filters the list by the team a fault is assigned to; a contractor is not offered the filter', async () => {
    const { unmount } = render(<Panel role="engineer" />);
    const team = await screen.findByTestId('faults-filter-team');
    fireEvent.change(team, { target: { value: 'org-2' } });
    await waitFor(() => expect(requests.filter((request) => request.query.includes('query Faults')).at(-1)!.variables.filter).toMatchObject({ assignedOrganisationId: 'org-2' }));
    unmount();
    render(<Panel role="contractor" />);
    await waitFor(() => expect(requests.filter((request) => request.query.includes('query Faults'))).toHaveLength(3));
    expect(screen.queryByTestId('faults-filter-team')).toBeNull();
  });

  it('the ticket shows what the city loses, and resolving asks what was done', async () => {
    render(<Panel role="maintenance" selectedFaultId="far" />);
    const losses = await screen.findByTestId('fault-losses');
    expect(within(losses).getByText('Bab Boujloud: 78 % → 12 % at Recognition')).toBeInTheDocument();
    expect(screen.getByTestId('fault-dark-cameras')).toHaveTextContent('CAM-BBJ-01');
    fireEvent.click(screen.getByTestId('fault-move-resolved'));
    fireEvent.change(screen.getByTestId('fault-resolution'), { target: { value: 'replaced_asset' } });
    fireEvent.change(screen.getByTestId('fault-serial'), { target: { value: 'SN-1' } });
    fireEvent.click(screen.getByTestId('fault-resolve-confirm'));
    await waitFor(() => expect(screen.getByTestId('fault-ticket').dataset.state).toBe('resolved'));
    const sent = requests.find((request) => request.query.includes('mutation ChangeFaultState'))!;
    expect(sent.variables.input).toEqual({ id: 'far', version: 3, state: 'resolved', resolution: 'replaced_asset', newSerial: 'SN-1' });
  });

  it('a viewer reads the ticket without lifecycle buttons', async () => {
    render(<Panel role="viewer" selectedFaultId="far" />);
    await screen.findByTestId('fault-losses');
    expect(screen.queryByTestId('fault-move-resolved')).toBeNull();
    expect(screen.queryByTestId('fault-comment')).toBeNull();
  });

  it('figures over the chosen period: open by priority and zone, mean time to repair, availability, what fails most', async () => {
    render(<Panel role="viewer" />);
    expect(await screen.findByTestId('figures-mttr')).toHaveTextContent('13.3 h');
    expect(screen.getByTestId('figures-by-zone')).toHaveTextContent('Médina');
    expect(screen.getByTestId('figures-spot-availability')).toHaveTextContent('Bab Boujloud');
    expect(screen.getByTestId('figures-models')).toHaveTextContent('faults: 5');
    fireEvent.change(screen.getByTestId('fault-figures-period'), { target: { value: '90' } });
    await waitFor(() => expect(requests.filter((request) => request.query.includes('query FaultFigures'))).toHaveLength(2));
    const last = requests.filter((request) => request.query.includes('query FaultFigures'))[1].variables;
    expect(Date.parse(last.to) - Date.parse(last.from)).toBe(90 * 86_400_000);
  });

  it('a maintenance manager assigns the ticket to a team and a person of it', async () => {
    render(<Panel role="maintenance" selectedFaultId="far" />);
    const team = await screen.findByTestId('fault-assign-team');
    await waitFor(() => expect(team).not.toBeDisabled());
    fireEvent.change(team, { target: { value: 'org-2' } });
    fireEvent.change(screen.getByTestId('fault-assign-person'), { target: { value: 'u2' } });
    fireEvent.click(screen.getByTestId('fault-assign-save'));
    await waitFor(() => expect(requests.some((request) => request.query.includes('mutation AssignFault'))).toBe(true));
    const sent = requests.find((request) => request.query.includes('mutation AssignFault'))!;
    expect(sent.variables.input).toEqual({ id: 'far', version: 3, assignedOrganisationId: 'org-2', assignedUserId: 'u2' });
  });

  it('a contractor sees whose the ticket is, without the assignment form', async () => {
    render(<Panel role="contractor" selectedFaultId="far" />);
    expect(await screen.findByTestId('fault-assignment')).toHaveTextContent('Assigned to your organisation');
    expect(screen.queryByTestId('fault-assign-team')).toBeNull();
  });
});
