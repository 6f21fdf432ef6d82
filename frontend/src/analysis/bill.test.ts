import { describe, expect, it } from 'vitest';
import { formatAmount, formatMad } from '../i18n/format';
import type { BillLine, BillSection } from './analysisApi';
import Papa from 'papaparse';
import { billToCsv, compareWithBudget, groupByPart, parseAmount, quantityDigits, zoneGroups, type BillCsvLabels } from './bill';

const line = (part: BillLine['part'], category: BillLine['category'], item: string, unit: BillLine['unit'], quantity: number, unitCostMad: number): BillLine =>
  ({ part, category, item, unit, quantity, unitCostMad, totalMad: Math.round(quantity * unitCostMad * 100) / 100 });

const section = (zoneId: string | null, lines: BillLine[], zoneName: string | null = zoneId): BillSection => {
  const sum = (part?: BillLine['part']) => lines.filter((entry) => !part || entry.part === part).reduce((total, entry) => total + entry.totalMad, 0);
  return {
    zoneId, zoneCode: zoneId?.toUpperCase() ?? null, zoneName, lines, existing: [],
    supplyBeforeTaxMad: sum('supply'), installationBeforeTaxMad: sum('installation'), totalBeforeTaxMad: sum(),
    vatMad: sum() * 0.2, totalWithTaxMad: sum() * 1.2,
  };
};

describe('bill lines grouped by part', () => {
  it('puts supply before installation with a subtotal each, whatever the order of the lines', () => {
    const groups = groupByPart([
      line('installation', 'fiber_laying', 'underground_duct', 'm', 120.5, 280),
      line('supply', 'camera', 'B4', 'each', 3, 8000),
      line('installation', 'camera_installation', 'fixed_bullet', 'each', 3, 900),
      line('supply', 'fiber', 'sm_g652d', 'm', 120.5, 14),
    ]);
    expect(groups.map((group) => group.part)).toEqual(['supply', 'installation']);
    expect(groups[0].lines.map((entry) => entry.category)).toEqual(['camera', 'fiber']);
    expect(groups[0].subtotalMad).toBe(24_000 + 1_687);
    expect(groups[1].subtotalMad).toBe(33_740 + 2_700);
  });

  it('leaves out a part without lines, and gives nothing for no lines', () => {
    expect(groupByPart([line('supply', 'pole', 'camera_pole', 'each', 1, 7500)]).map((group) => group.part)).toEqual(['supply']);
    expect(groupByPart([])).toEqual([]);
  });

  it('adds subtotals to the cent (no floating-point dust)', () => {
    const [group] = groupByPart([line('supply', 'fiber', 'drop', 'm', 0.1, 0.1), line('supply', 'fiber', 'drop', 'm', 0.2, 0.1)]);
    expect(group.subtotalMad).toBe(0.03);
  });
});

describe('zones of the bill', () => {
  it('keeps the API order (elements in no zone last), with each zone\'s share of the total', () => {
    const medina = section('medina', [line('supply', 'camera', 'B4', 'each', 3, 8000)], 'Médina');
    const unzoned = section(null, [line('supply', 'power_source', 'utility_supply', 'each', 2, 12_000)], null);
    const overall = section(null, [...medina.lines, ...unzoned.lines]);
    const zones = zoneGroups({ zones: [medina, unzoned], overall });
    expect(zones.map((zone) => zone.key)).toEqual(['medina', 'unzoned']);
    expect(zones[0].zoneName).toBe('Médina');
    expect(zones[0].shareOfTotal).toBeCloseTo(0.5);
    expect(zones[1].parts[0].subtotalMad).toBe(24_000);
    expect(zones[0].shareOfTotal + zones[1].shareOfTotal).toBeCloseTo(1);
  });

  it('gives a zero share when nothing is priced', () => {
    const empty = section('z', []);
    expect(zoneGroups({ zones: [empty], overall: empty })[0].shareOfTotal).toBe(0);
  });
});

describe('share of the budget', () => {
  it('reads the Fes demo as 128.9% of the tender, over by 2.89 M MAD', () => {
    const comparison = compareWithBudget(12_869_768.4, 9_983_280);
    expect(comparison.usedFraction).toBeCloseTo(1.2891, 4);
    expect(comparison.over).toBe(true);
    expect(comparison.remainingMad).toBe(-2_886_488.4);
    expect(comparison.barFraction).toBe(1);
  });

  it('is within budget up to and including the budget', () => {
    expect(compareWithBudget(9_983_280, 9_983_280)).toMatchObject({ over: false, remainingMad: 0, usedFraction: 1, barFraction: 1 });
    expect(compareWithBudget(2_500_000, 10_000_000)).toMatchObject({ over: false, remainingMad: 7_500_000, usedFraction: 0.25, barFraction: 0.25 });
  });

  it('handles a zero budget', () => {
    expect(compareWithBudget(10, 0)).toMatchObject({ over: true, usedFraction: Infinity, barFraction: 1 });
    expect(compareWithBudget(0, 0)).toMatchObject({ over: false, usedFraction: 0, barFraction: 0 });
  });
});

describe('amounts per language', () => {
  it('formats MAD with two decimals as each language writes money', () => {
    expect(formatMad(12_869_768.4, 'en')).toBe('MAD\u00a012,869,768.40');
    expect(formatMad(12_869_768.4, 'fr')).toMatch(/^12\u202f869\u202f768,40\u00a0MAD$/);
    const arabic = formatMad(12_869_768.4, 'ar')!;
    expect(arabic).toContain('12.869.768,40');
    expect(arabic).toContain('د.م.');
    expect(arabic).not.toMatch(/[\u0660-\u0669]/);
    expect(formatMad(null)).toBeUndefined();
  });

  it('writes table amounts without currency, always with cents', () => {
    expect(formatAmount(280, 'en')).toBe('280.00');
    expect(formatAmount(1_687, 'fr')).toBe('1\u202f687,00');
    expect(formatAmount(1_687, 'ar')).toBe('1.687,00');
  });

  it('shows metres to 0.1 and counts whole', () => {
    expect(quantityDigits('m')).toBe(1);
    expect(quantityDigits('each')).toBe(0);
    expect(quantityDigits('end')).toBe(0);
  });
});

describe('a budget typed by the user', () => {
  it('reads each language\'s grouping and decimals', () => {
    expect(parseAmount('9,983,280', 'en')).toBe(9_983_280);
    expect(parseAmount('9,983,280.50', 'en')).toBe(9_983_280.5);
    expect(parseAmount('9 983 280', 'fr')).toBe(9_983_280);
    expect(parseAmount('9\u202f983\u202f280,5', 'fr')).toBe(9_983_280.5);
    expect(parseAmount('9.983.280,50', 'ar')).toBe(9_983_280.5);
    expect(parseAmount('12 000 000 MAD', 'fr')).toBe(12_000_000);
  });

  it('takes a plain decimal point in French and Arabic, but not a thousands group', () => {
    expect(parseAmount('9983280.5', 'fr')).toBe(9_983_280.5);
    expect(parseAmount('9.983', 'ar')).toBe(9_983);
  });

  it('refuses what is not a positive amount', () => {
    for (const text of ['', '  ', 'abc', '-5', '0', '1,2,3.4.5', '12e6']) expect(parseAmount(text, 'en')).toBeNull();
  });

  it('round-trips what it formats', () => {
    for (const language of ['en', 'fr', 'ar'] as const) expect(parseAmount(formatAmount(9_983_280, language)!, language)).toBe(9_983_280);
  });
});

describe('the bill as CSV', () => {
  const labels: BillCsvLabels = {
    columns: { zone: 'Zone', part: 'Part', category: 'Category', item: 'Item', unit: 'Unit', quantity: 'Quantity', unitPrice: 'Unit price', amount: 'Amount' },
    allZones: 'All zones',
    zoneTitle: (zone) => zone.zoneName ?? 'Outside any zone',
    part: (part) => (part === 'supply' ? 'Supply' : 'Installation'),
    existing: 'Existing, not priced',
    category: (category) => category,
    item: (_category, item) => item,
    unit: (unit) => unit,
    totalBeforeTax: 'Total before tax',
    vat: 'VAT 20%',
    totalWithTax: 'Total with tax',
  };
  // A zone named with the delimiter and a quote in it, to show the quoting.
  const agdal = {
    ...section('agdal', [line('installation', 'fiber_laying', 'underground_duct', 'm', 120.5, 280), line('supply', 'camera', 'B4', 'each', 3, 8000)], 'Agdal; "centre"'),
    existing: [{ category: 'pole' as const, item: 'street_light', unit: 'each' as const, quantity: 4 }],
  };
  const overall = section(null, agdal.lines);
  const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;

  it('lists every priced line by zone and part, the existing assets without a price, then the totals (English: commas, decimal point)', () => {
    const csv = billToCsv({ zones: [agdal], overall }, labels, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv, ',')).toEqual([
      ['Zone', 'Part', 'Category', 'Item', 'Unit', 'Quantity', 'Unit price', 'Amount'],
      ['Agdal; "centre"', 'Supply', 'camera', 'B4', 'each', '3', '8000.00', '24000.00'],
      ['Agdal; "centre"', 'Installation', 'fiber_laying', 'underground_duct', 'm', '120.5', '280.00', '33740.00'],
      ['Agdal; "centre"', 'Existing, not priced', 'pole', 'street_light', 'each', '4', '', ''],
      ['All zones', '', 'Total before tax', '', '', '', '', '57740.00'],
      ['All zones', '', 'VAT 20%', '', '', '', '', '11548.00'],
      ['All zones', '', 'Total with tax', '', '', '', '', '69288.00'],
    ]);
  });

  it('uses semicolons and decimal commas where the language writes 1,5 (French, Arabic), quoting what needs it', () => {
    for (const language of ['fr', 'ar'] as const) {
      const csv = billToCsv({ zones: [agdal], overall }, labels, language);
      expect(csv).toContain('"Agdal; ""centre"""');
      const rows = parse(csv, ';');
      expect(rows[2]).toEqual(['Agdal; "centre"', 'Installation', 'fiber_laying', 'underground_duct', 'm', '120,5', '280,00', '33740,00']);
      expect(rows.every((row) => row.length === 8)).toBe(true);
    }
  });

  it('writes cells a spreadsheet would run as formulas as text, and leaves numbers numbers', () => {
    const names = ['=HYPERLINK("http://evil.example","Click")', '+33 centre', '-Bab', '@SUM(A1)', '\tTab', '\rReturn'];
    const zones = names.map((name, index) => section(`z${index}`, [line('supply', 'camera', '=cmd|\' /C calc\'!A0', 'each', 2, 8000)], name));
    const negative = { ...section(null, agdal.lines), totalBeforeTaxMad: -1.5 };
    for (const [language, delimiter] of [['en', ','], ['fr', ';']] as const) {
      const rows = parse(billToCsv({ zones, overall: negative }, labels, language), delimiter);
      expect(rows.slice(1, 1 + names.length).map((row) => row[0])).toEqual(names.map((name) => `'${name}`));
      expect(rows[1][3]).toBe("'=cmd|' /C calc'!A0");
      // Quantities and amounts, and a negative total, stay plain numbers.
      expect(rows[1].slice(5)).toEqual(language === 'en' ? ['2', '8000.00', '16000.00'] : ['2', '8000,00', '16000,00']);
      expect(rows.at(-3)?.[7]).toBe(language === 'en' ? '-1.50' : '-1,50');
    }
  });
});
