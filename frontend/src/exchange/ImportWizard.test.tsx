import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportWizard } from './ImportWizard';
import type { ImportJobView } from './importApi';
import { choicesOf, constantsOf, mappingOf, pageOfProblems } from './importMapping';
import { undoRefusal, uploadRefusal, type ImportWizardController } from './useImportWizard';
import { GraphQLRequestError } from '../api/graphqlClient';
import { previewFeatures } from '../map/layers/ImportPreviewLayer';

const problem = (row: number, code: string, severity: 'error' | 'warning') =>
  ({ row, layer: 'poles', sourceId: `poteaux:${row}`, severity, code, field: null, message: `${code} on row ${row}` });

const stagedJob = (errors: number): ImportJobView => ({
  id: 'job-1', fileName: 'poteaux.zip', format: 'shapefile', source: 'poteaux', targetType: 'pole', status: 'staged', idField: 'objectid',
  sourceFields: ['objectid', 'numero', 'h_mat', 'type'],
  mapping: [{ field: 'code', source: null, constant: null }, { field: 'kind', source: 'type', constant: null }, { field: 'heightMeters', source: null, constant: null }, { field: 'status', source: null, constant: 'planned' }],
  targetFields: [
    { name: 'code', kind: 'text', required: false, values: [], defaultValue: null },
    { name: 'kind', kind: 'enum', required: false, values: ['street_light', 'utility_pole'], defaultValue: '"street_light"' },
    { name: 'heightMeters', kind: 'number', required: true, values: [], defaultValue: '8' },
    { name: 'status', kind: 'enum', required: false, values: ['planned', 'installed'], defaultValue: '"installed"' },
  ],
  progress: { phase: 'done', done: 4, total: 4, fraction: 1 },
  counts: { rows: 40, valid: 40 - errors, errors, warnings: 1, toInsert: 40 - errors, toUpdate: 0, skipped: 0 },
  problemCounts: [{ code: 'DUPLICATE', count: errors }, { code: 'BAD_VALUE', count: 1 }].filter((entry) => entry.count > 0),
  problems: [...Array.from({ length: errors }, (_, index) => problem(index + 2, 'DUPLICATE', 'error')), problem(30, 'BAD_VALUE', 'warning')],
  previewGeoJson: JSON.stringify({ type: 'FeatureCollection', features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [-5, 34.04] }, properties: { valid: true, row: 1, sourceId: 'poteaux:1', problems: [] } },
    { type: 'Feature', geometry: null, properties: { valid: false, row: 2, sourceId: 'poteaux:2', problems: ['NO_GEOMETRY: none'] } },
  ] }),
  failure: null, result: null,
});

const controller = (job: ImportJobView, overrides: Partial<ImportWizardController> = {}): ImportWizardController => ({
  uploading: false, uploaded: null, job, live: job, error: null, undoStatus: { state: 'idle', error: null }, status: job.status,
  upload: vi.fn(), open: vi.fn(), remap: vi.fn(), commit: vi.fn(), undo: vi.fn(), reset: vi.fn(), ...overrides,
});

describe('import mapping', () => {
  it('reads the job mapping as choices and sends it back whole, constants kept', () => {
    const job = stagedJob(0);
    const choices = choicesOf(job);
    expect(choices).toEqual({ code: '', kind: 'source:type', heightMeters: '', status: 'constant:planned' });
    expect(mappingOf(job, { ...choices, heightMeters: 'source:h_mat' })).toEqual([
      { field: 'code', source: null, constant: null }, { field: 'kind', source: 'type', constant: null },
      { field: 'heightMeters', source: 'h_mat', constant: null }, { field: 'status', source: null, constant: 'planned' },
    ]);
    expect(constantsOf({ kind: 'uuid', values: [] }, 'constant:0b1c')).toEqual(['0b1c']);
    expect(constantsOf({ kind: 'boolean', values: [] }, '')).toEqual(['true', 'false']);
  });

  it('pages the report and filters it by code', () => {
    const { problems } = stagedJob(20);
    expect(pageOfProblems(problems, null, 0, 15)).toMatchObject({ pages: 2, total: 21 });
    expect(pageOfProblems(problems, null, 1, 15).rows).toHaveLength(6);
    expect(pageOfProblems(problems, 'BAD_VALUE', 3, 15)).toMatchObject({ pages: 1, total: 1, rows: [{ row: 30 }] });
  });

  it('draws only the preview rows with a geometry', () => {
    const features = previewFeatures(stagedJob(0).previewGeoJson).features;
    expect(features.map((feature) => feature.properties)).toEqual([{ layer: 'import-preview', valid: true, row: 1, sourceId: 'poteaux:1', problems: [] }]);
    expect(previewFeatures('not json').features).toEqual([]);
  });
});

describe('import refusals in words', () => {
  const refusal = (code: string, message: string) => new GraphQLRequestError(message, 'graphql', { errors: [{ message, extensions: { code } }] });
  it('says why an undo was refused and that nothing was undone', () => {
    expect(undoRefusal(refusal('STALE_VERSION', 'Pole LP-1 changed since (version 2, now 3).'))).toBe(
      'Cannot undo: a record of this import was changed since (Pole LP-1 changed since (version 2, now 3).). Nothing was undone.');
    expect(undoRefusal(refusal('CONFLICT', '"Import of x.zip" was already undone.'))).toBe('Cannot undo: "Import of x.zip" was already undone.');
  });
  it("says a refused file in the wizard's words", () => {
    expect(uploadRefusal(refusal('BAD_USER_INPUT', '"a.zip" is named .zip but its content is text.'))).toBe('The file was refused: "a.zip" is named .zip but its content is text.');
  });
});

describe('import wizard', () => {
  it('blocks the import while rows have errors and says why, listing each row with its code', () => {
    render(<ImportWizard wizard={controller(stagedJob(2))} canImport />);
    expect(screen.getByTestId('import-blocked').textContent).toMatch(/2 rows have errors and block the import/);
    expect(screen.getByTestId('import-commit')).toBeDisabled();
    expect(screen.getAllByTestId('import-problem').map((row) => [row.dataset.row, row.dataset.code])).toEqual([['2', 'DUPLICATE'], ['3', 'DUPLICATE'], ['30', 'BAD_VALUE']]);
    fireEvent.click(screen.getByTestId('import-code-BAD_VALUE'));
    expect(screen.getAllByTestId('import-problem').map((row) => row.dataset.code)).toEqual(['BAD_VALUE']);
  });

  it('sends a mapping changed by hand, then imports when only warnings are left', () => {
    const remap = vi.fn();
    const commit = vi.fn();
    render(<ImportWizard wizard={controller(stagedJob(0), { remap, commit })} canImport />);
    expect(screen.getByTestId('import-remap')).toBeDisabled();
    fireEvent.change(screen.getByTestId('import-map-heightMeters'), { target: { value: 'source:h_mat' } });
    fireEvent.change(screen.getByTestId('import-id-select'), { target: { value: 'numero' } });
    fireEvent.click(screen.getByTestId('import-remap'));
    expect(remap).toHaveBeenCalledWith(expect.objectContaining({ idField: 'numero', mapping: expect.arrayContaining([{ field: 'heightMeters', source: 'h_mat', constant: null }]) }));
    expect(screen.getByTestId('import-warnings-note').textContent).toMatch(/1 rows have warnings/);
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(commit).toHaveBeenCalled();
  });

  it('shows what the import wrote and an undo refusal in words', () => {
    const job = { ...stagedJob(0), status: 'committed' as const, result: { inserted: 38, updated: 2, unchanged: 0, camerasRecomputed: 0, changeSetId: 'set-1' } };
    render(<ImportWizard wizard={controller(job, { undoStatus: { state: 'idle', error: 'Cannot undo: a record of this import was changed since (x). Nothing was undone.' } })} canImport />);
    expect(screen.getByTestId('import-result').dataset).toMatchObject({ inserted: '38', updated: '2', unchanged: '0' });
    expect(screen.getByTestId('import-undo')).toBeEnabled();
    expect(screen.getByTestId('import-undo-error').textContent).toMatch(/Nothing was undone/);
  });

  it('tells other roles that imports are for engineers and administrators', () => {
    render(<ImportWizard wizard={controller(stagedJob(0))} canImport={false} />);
    expect(screen.getByTestId('import-planners-only')).toBeInTheDocument();
  });
});
