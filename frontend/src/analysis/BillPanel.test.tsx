import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import type { BillOfQuantities, BillSection } from './analysisApi';
import { BillPanel, BUDGET_STORAGE_KEY } from './BillPanel';

/* The Cost tab against a stubbed /graphql: two zones, a budget of 100,000 MAD, one existing pole type. */
const zone = (zoneId: string | null, zoneName: string | null, cameras: number): BillSection => ({
  zoneId, zoneCode: zoneId ? zoneId.toUpperCase() : null, zoneName,
  lines: [
    { part: 'supply', category: 'camera', item: 'B4', unit: 'each', quantity: cameras, unitCostMad: 8000, totalMad: cameras * 8000 },
    { part: 'installation', category: 'fiber_laying', item: 'underground_duct', unit: 'm', quantity: 100, unitCostMad: 280, totalMad: 28_000 },
  ],
  existing: zoneId ? [{ category: 'pole', item: 'street_light', unit: 'each', quantity: 4 }] : [],
  supplyBeforeTaxMad: cameras * 8000, installationBeforeTaxMad: 28_000, totalBeforeTaxMad: cameras * 8000 + 28_000,
  vatMad: (cameras * 8000 + 28_000) * 0.2, totalWithTaxMad: (cameras * 8000 + 28_000) * 1.2,
});
const medina = zone('med', 'Médina', 5);
const unzoned = zone(null, null, 1);
const bill: BillOfQuantities = {
  zones: [medina, unzoned],
  overall: {
    zoneId: null, zoneCode: null, zoneName: null,
    lines: [
      { part: 'installation', category: 'fiber_laying', item: 'underground_duct', unit: 'm', quantity: 200, unitCostMad: 280, totalMad: 56_000 },
      { part: 'installation', category: 'fiber_splicing', item: 'run end', unit: 'end', quantity: 4, unitCostMad: 700, totalMad: 2_800 },
      { part: 'supply', category: 'camera', item: 'B4', unit: 'each', quantity: 6, unitCostMad: 8000, totalMad: 48_000 },
    ],
    existing: [{ category: 'pole', item: 'street_light', unit: 'each', quantity: 4 }, { category: 'power_cable', item: 'low-voltage cable', unit: 'm', quantity: 321.5 }],
    supplyBeforeTaxMad: 48_000, installationBeforeTaxMad: 58_800, totalBeforeTaxMad: 106_800, vatMad: 21_360, totalWithTaxMad: 128_160,
  },
  vatRate: 0.2, budgetBeforeTaxMad: 100_000, remainingBeforeTaxMad: -6_800, withinBudget: false, usedFraction: 1.068, missingUnitCosts: [],
};

let requests: Array<{ query: string; variables: Record<string, unknown> }>;
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    requests.push(JSON.parse(init.body as string));
    return new Response(JSON.stringify({ data: { billOfQuantities: bill } }), { headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => vi.unstubAllGlobals());

const renderPanel = (mode: 'planned' | 'live' = 'planned', onMode = vi.fn()) => render(<BillPanel mode={mode} onMode={onMode} refreshKey={0} />);

describe('Cost tab', () => {
  it('shows the total before tax, VAT, supply and installation, and the share of the budget', async () => {
    renderPanel();
    await screen.findByTestId('bill-total');
    expect(screen.getByTestId('bill-total')).toHaveTextContent('MAD 106,800.00');
    expect(screen.getByTestId('bill-vat')).toHaveTextContent('MAD 21,360.00');
    expect(screen.getByText('VAT 20%')).toBeInTheDocument();
    expect(screen.getByTestId('bill-total-with-tax')).toHaveTextContent('MAD 128,160.00');
    expect(screen.getByTestId('bill-supply')).toHaveTextContent('MAD 48,000.00');
    expect(screen.getByTestId('bill-installation')).toHaveTextContent('MAD 58,800.00');
    expect(screen.getByTestId('bill-budget-share')).toHaveTextContent('106.8% of the budget used');
    expect(screen.getByTestId('bill-budget-status')).toHaveTextContent('Over budget by MAD 6,800.00');
    expect(screen.getByLabelText('Budget before tax (MAD)')).toHaveValue('100,000.00');
    // Planned: the API's default statuses.
    expect(requests[0].variables).toEqual({ statuses: null });
  });

  it('asks for commissioned assets only when live', async () => {
    renderPanel('live');
    await screen.findByTestId('bill-total');
    expect(requests[0].variables).toEqual({ statuses: ['commissioned'] });
  });

  it('lists every zone in a collapsible group, supply first, with subtotals, the overall one open', async () => {
    renderPanel();
    const overall = await screen.findByTestId('bill-zone-overall');
    expect(overall).toHaveAttribute('open');
    const parts = overall.querySelectorAll('tbody');
    expect([...parts].map((part) => part.getAttribute('data-part'))).toEqual(['supply', 'installation']);
    const rows = within(overall).getAllByTestId('bill-line');
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['Camera', 'B4', 'each', '6', '8,000.00', '48,000.00'],
      ['Fiber laying', 'Underground duct', 'm', '200', '280.00', '56,000.00'],
      ['Fiber splicing', 'Run end', 'end', '4', '700.00', '2,800.00'],
    ]);
    expect(within(overall).getByText('Subtotal, installation').closest('tr')).toHaveTextContent('58,800.00');

    const zones = screen.getAllByTestId('bill-zone');
    expect(zones.map((group) => group.querySelector('.bill-zone-name')?.textContent)).toEqual(['Médina (MED)', 'Outside any zone']);
    expect(zones[0]).not.toHaveAttribute('open');
    expect(zones[0].querySelector('summary')).toHaveTextContent('MAD 68,000.00 · 63.7% of the total');
    fireEvent.click(screen.getByRole('button', { name: 'Expand all zones' }));
    expect(zones[0]).toHaveAttribute('open');
    expect(zones[1]).toHaveAttribute('open');
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all zones' }));
    expect(zones[0]).not.toHaveAttribute('open');
    expect(overall).not.toHaveAttribute('open');
  });

  it('lists the existing assets apart, not priced', async () => {
    renderPanel();
    const existing = await screen.findByTestId('bill-existing');
    expect(existing).toHaveAttribute('data-count', '2');
    const rows = within(existing).getAllByTestId('bill-existing-line');
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['Pole', 'Street light', 'each', '4'],
      ['Power cable', 'Low-voltage cable', 'm', '321.5'],
    ]);
    expect(within(existing).queryByText(/MAD/)).toBeNull();
  });

  it('compares with a budget the user types, remembers it, and goes back to the tender\'s', async () => {
    renderPanel();
    const input = await screen.findByLabelText('Budget before tax (MAD)');
    fireEvent.change(input, { target: { value: '200,000' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByTestId('bill-budget-share')).toHaveTextContent('53.4% of the budget used');
    expect(screen.getByTestId('bill-budget-status')).toHaveTextContent('Within budget: MAD 93,200.00 left');
    expect(localStorage.getItem(BUDGET_STORAGE_KEY)).toBe('200000');
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert')).toHaveTextContent('Type a positive amount in MAD.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Use the tender budget' }));
    expect(screen.getByTestId('bill-budget-share')).toHaveTextContent('106.8% of the budget used');
    expect(localStorage.getItem(BUDGET_STORAGE_KEY)).toBeNull();
  });

  it('writes the budget in the language chosen, and keeps what the user is typing when the bill reloads', async () => {
    const { rerender } = renderPanel();
    const input = await screen.findByLabelText('Budget before tax (MAD)');
    await act(() => i18n.changeLanguage('fr'));
    expect(input).toHaveValue('100\u202f000,00');
    fireEvent.change(input, { target: { value: '150 000' } });
    rerender(<BillPanel mode="planned" onMode={vi.fn()} refreshKey={1} />);
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(input).toHaveValue('150 000');
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByTestId('bill-budget-share')).toHaveAttribute('data-used-fraction', String(106_800 / 150_000));
  });

  it('writes amounts and labels in French and Arabic', async () => {
    await i18n.changeLanguage('fr');
    const { unmount } = renderPanel();
    expect(await screen.findByTestId('bill-total')).toHaveTextContent(/^106\s800,00\sMAD$/);
    expect(screen.getByText('Total HT (travaux neufs)')).toBeInTheDocument();
    expect(screen.getByTestId('bill-budget-status')).toHaveTextContent('Dépassement de');
    unmount();
    await i18n.changeLanguage('ar');
    renderPanel();
    expect(await screen.findByTestId('bill-total')).toHaveTextContent('106.800,00');
    expect(screen.getByText('موجود، غير مُسعَّر')).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
