import Papa from 'papaparse';
import { NUMBER_LOCALES } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import type { BillLine, BillOfQuantities, BillSection } from './analysisApi';

/**
 * The pure part of the Cost tab: lines grouped by part with subtotals, zones in the API's order, the
 * comparison with a budget, and reading a budget typed in the user's language.
 */

export type BillPart = BillLine['part'];
/** Supply (equipment and materials) before installation (labour and works), as on a bordereau. */
export const BILL_PARTS: readonly BillPart[] = ['supply', 'installation'];

export interface PartGroup {
  part: BillPart;
  lines: BillLine[];
  subtotalMad: number;
}

/** The lines of a section by part, supply first, each with its subtotal (parts without lines left out). */
export function groupByPart(lines: readonly BillLine[]): PartGroup[] {
  return BILL_PARTS.map((part) => {
    const ofPart = lines.filter((line) => line.part === part);
    return { part, lines: ofPart, subtotalMad: roundMad(ofPart.reduce((sum, line) => sum + line.totalMad, 0)) };
  }).filter((group) => group.lines.length > 0);
}

export interface ZoneGroup {
  /** Stable key: the zone id, or `unzoned`. */
  key: string;
  zoneId: string | null;
  zoneCode: string | null;
  zoneName: string | null;
  section: BillSection;
  parts: PartGroup[];
  /** The zone's share of the overall total before tax (0 when the overall total is 0). */
  shareOfTotal: number;
}

export const UNZONED_KEY = 'unzoned';

/** One group per zone of the bill (elements in no zone last, as the API gives them), with its lines by part. */
export function zoneGroups(bill: Pick<BillOfQuantities, 'zones' | 'overall'>): ZoneGroup[] {
  const overall = bill.overall.totalBeforeTaxMad;
  return bill.zones.map((section) => ({
    key: section.zoneId ?? UNZONED_KEY,
    zoneId: section.zoneId,
    zoneCode: section.zoneCode,
    zoneName: section.zoneName,
    section,
    parts: groupByPart(section.lines),
    shareOfTotal: overall > 0 ? section.totalBeforeTaxMad / overall : 0,
  }));
}

export interface BudgetComparison {
  budgetMad: number;
  totalMad: number;
  /** Total over budget (1 = all of it); Infinity for a zero budget with a cost. */
  usedFraction: number;
  /** Budget minus total: negative when over. */
  remainingMad: number;
  over: boolean;
  /** How far the bar fills, 0..1. */
  barFraction: number;
}

/** The new works' total before tax against a budget before tax, as the API compares them. */
export function compareWithBudget(totalMad: number, budgetMad: number): BudgetComparison {
  const usedFraction = budgetMad > 0 ? totalMad / budgetMad : totalMad > 0 ? Infinity : 0;
  return {
    budgetMad,
    totalMad,
    usedFraction,
    remainingMad: roundMad(budgetMad - totalMad),
    over: totalMad > budgetMad,
    barFraction: Math.min(1, Math.max(0, usedFraction)),
  };
}

/** Decimals shown for a quantity: metres to 0.1 (as the API rounds them), counts whole. */
export function quantityDigits(unit: string): number {
  return unit === 'm' ? 1 : 0;
}

/**
 * An amount typed by the user in the interface's language ("9 983 280", "9,983,280.50", "9.983.280,5"),
 * or null when it is not a positive number. Spaces and the language's group separator are ignored; the
 * language's decimal separator is the decimal point. A plain "9983280.5" is read in every language.
 */
export function parseAmount(text: string, language: Language): number | null {
  const parts = new Intl.NumberFormat(NUMBER_LOCALES[language]).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  let cleaned = text.replace(/[\s\u00a0\u202f\u200e\u200f]/g, '').replace(/(MAD|د\.م\.?)/giu, '');
  if (cleaned === '') return null;
  // "9983280.5" in French or Arabic: a point followed by one or two digits cannot group thousands.
  const pointIsDecimal = decimal !== '.' && !cleaned.includes(decimal) && /^\d+\.\d{1,2}$/.test(cleaned);
  if (!pointIsDecimal) cleaned = cleaned.split(group.trim() === '' ? ' ' : group).join('').replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** The words of the CSV export, in the interface's language (the pure code knows no translations). */
export interface BillCsvLabels {
  columns: { zone: string; part: string; category: string; item: string; unit: string; quantity: string; unitPrice: string; amount: string };
  allZones: string;
  zoneTitle: (section: Pick<BillSection, 'zoneCode' | 'zoneName'>) => string;
  part: (part: BillPart) => string;
  existing: string;
  category: (category: string) => string;
  item: (category: string, item: string) => string;
  unit: (unit: string) => string;
  totalBeforeTax: string;
  vat: string;
  totalWithTax: string;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first: a zone or a
 * model named `=HYPERLINK(...)`) goes out as text: papaparse's escapeFormulae prefixes it with `'`
 * (OWASP's advice). Our numbers are written as text too (decimal commas), so a plain number, even
 * negative, is left as it is: it stays a number in the spreadsheet.
 */
export const FORMULA_START = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

/**
 * The bill as a spreadsheet-ready CSV: every priced line of every zone, then each zone's existing
 * assets (no price), then the totals. Written so that Excel opens it as columns in the user's language:
 * where the decimal separator is a comma (French, Arabic as used in Morocco) the delimiter is a
 * semicolon, as Excel expects there; numbers carry no group separator; a UTF-8 byte order mark
 * keeps accents and Arabic readable.
 */
export function billToCsv(bill: Pick<BillOfQuantities, 'zones' | 'overall'>, labels: BillCsvLabels, language: Language): string {
  const decimal = new Intl.NumberFormat(NUMBER_LOCALES[language]).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const number = (value: number, digits: number) => value.toFixed(digits).replace('.', decimal);
  const { columns } = labels;
  const rows: string[][] = [[columns.zone, columns.part, columns.category, columns.item, columns.unit, columns.quantity, columns.unitPrice, columns.amount]];
  for (const section of bill.zones) {
    const zone = labels.zoneTitle(section);
    for (const group of groupByPart(section.lines)) {
      for (const line of group.lines) {
        rows.push([
          zone, labels.part(line.part), labels.category(line.category), labels.item(line.category, line.item), labels.unit(line.unit),
          number(line.quantity, quantityDigits(line.unit)), number(line.unitCostMad, 2), number(line.totalMad, 2),
        ]);
      }
    }
    for (const line of section.existing) {
      rows.push([
        zone, labels.existing, labels.category(line.category), labels.item(line.category, line.item), labels.unit(line.unit),
        number(line.quantity, quantityDigits(line.unit)), '', '',
      ]);
    }
  }
  const total = (label: string, amount: number) => [labels.allZones, '', label, '', '', '', '', number(amount, 2)];
  rows.push(total(labels.totalBeforeTax, bill.overall.totalBeforeTaxMad));
  rows.push(total(labels.vat, bill.overall.vatMad));
  rows.push(total(labels.totalWithTax, bill.overall.totalWithTaxMad));
  return `\uFEFF${Papa.unparse(rows, { delimiter: decimal === ',' ? ';' : ',', newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START })}\r\n`;
}

function roundMad(value: number): number {
  return Math.round(value * 100) / 100;
}
