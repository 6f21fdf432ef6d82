import type { ImportJobView, MappingEntry } from './importApi';

/**
 * The mapping step's choices as the selects hold them: each Vigie field from a source field
 * (`source:NAME`), a fixed value (`constant:VALUE`) or nothing (`''`, its default). Pure, tested.
 */
export type MappingChoice = string;

export function choiceOf(entry: Pick<MappingEntry, 'source' | 'constant'> | undefined): MappingChoice {
  if (entry?.source) return `source:${entry.source}`;
  if (entry?.constant !== null && entry?.constant !== undefined) return `constant:${entry.constant}`;
  return '';
}

export function entryOf(field: string, choice: MappingChoice): MappingEntry {
  if (choice.startsWith('source:')) return { field, source: choice.slice('source:'.length), constant: null };
  if (choice.startsWith('constant:')) return { field, source: null, constant: choice.slice('constant:'.length) };
  return { field, source: null, constant: null };
}

/** The job's mapping as one choice per target field (fields the job does not mention: their default). */
export function choicesOf(job: Pick<ImportJobView, 'mapping' | 'targetFields'>): Record<string, MappingChoice> {
  const byField = new Map(job.mapping.map((entry) => [entry.field, entry]));
  return Object.fromEntries(job.targetFields.map((field) => [field.name, choiceOf(byField.get(field.name))]));
}

/** The whole mapping to send (updateImportMapping takes it whole). */
export function mappingOf(job: Pick<ImportJobView, 'targetFields'>, choices: Record<string, MappingChoice>): MappingEntry[] {
  return job.targetFields.map((field) => entryOf(field.name, choices[field.name] ?? ''));
}

/** The fixed values a select offers for a field: an enum's values, yes/no, and a constant already set. */
export function constantsOf(field: { kind: string; values: readonly string[] }, current: MappingChoice): string[] {
  const values = field.kind === 'enum' ? [...field.values] : field.kind === 'boolean' ? ['true', 'false'] : [];
  const set = current.startsWith('constant:') ? current.slice('constant:'.length) : null;
  if (set !== null && !values.includes(set)) values.push(set);
  return values;
}

export function sameChoices(a: Record<string, MappingChoice>, b: Record<string, MappingChoice>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/** Rows of the report, filtered by a code (or all), a page at a time. */
export function pageOfProblems<T extends { code: string }>(problems: readonly T[], code: string | null, page: number, size: number): { rows: T[]; pages: number; total: number } {
  const matching = code ? problems.filter((problem) => problem.code === code) : problems;
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: matching.slice(current * size, current * size + size), pages, total: matching.length };
}
