import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { unauthenticated } from '../../common/errors/vigie-errors';
import { currentActor, type Actor } from '../../common/request-context';
import { ImportService } from './import.service';
import { ImportJobType, UpdateImportMappingInput } from './import.types';
import { TARGETS, type FieldMapping } from './targets';
import type { ImportJob } from './import-job';

function actor(): Actor {
  const found = currentActor();
  if (!found) throw unauthenticated();
  return found;
}

export function importJobJson(job: ImportJob): ImportJobType {
  const target = TARGETS[job.targetType];
  return {
    id: job.id, fileName: job.fileName, format: job.format, source: job.source, targetType: job.targetType, status: job.status, idField: job.idField,
    mapping: job.mapping.map((m) => ({ field: m.field, source: m.source ?? null, constant: m.constant === undefined || m.constant === null ? null : String(m.constant) })),
    targetFields: target.fields.map((f) => ({ name: f.name, kind: f.kind, required: !!f.required, values: [...(f.values ?? [])], defaultValue: f.fallback === undefined ? null : JSON.stringify(f.fallback) })),
    sourceFields: job.sourceFields,
    progress: { ...job.progress, fraction: job.progress.total ? Math.min(1, job.progress.done / job.progress.total) : job.progress.phase === 'done' ? 1 : 0 },
    counts: job.counts,
    problemCounts: Object.entries(job.problemsByCode).map(([code, count]) => ({ code, count })),
    problems: job.problems,
    previewGeoJson: JSON.stringify(job.preview),
    failure: job.failure,
    result: job.result,
  };
}

/** Imports after the upload (POST /api/imports): report, mapping, commit. Engineers and admins. */
@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => ImportJobType, { description: 'An import with its progress, validation report and preview; NOT_FOUND for an unknown id.' })
  async importJob(@Args('id', { type: () => ID, description: 'The import.' }) id: string): Promise<ImportJobType> {
    return importJobJson(await this.imports.job(id, actor()));
  }

  @Query(() => [ImportJobType], { description: 'The latest 100 imports, newest first.' })
  async importJobs(): Promise<ImportJobType[]> {
    return (await this.imports.list(actor())).map(importJobJson);
  }

  @Mutation(() => ImportJobType, { description: 'Changes the target type, the field mapping or the id field of a staged import; it is validated again (status staging).' })
  async updateImportMapping(@Args('input', { description: 'The new mapping.' }) input: UpdateImportMappingInput): Promise<ImportJobType> {
    const mapping: FieldMapping[] | null = input.mapping ? input.mapping.map((m) => ({ field: m.field, source: m.source ?? null, constant: m.constant ?? null })) : null;
    return importJobJson(await this.imports.remap(actor(), input.id, { targetType: input.targetType ?? null, mapping, idField: input.idField }));
  }

  @Mutation(() => ImportJobType, { description: 'Writes a staged import with no errors in one transaction, as one undoable change set (status committing, then committed).' })
  async commitImport(@Args('id', { type: () => ID, description: 'The import.' }) id: string): Promise<ImportJobType> {
    return importJobJson(await this.imports.commit(actor(), id));
  }

  @Mutation(() => ImportJobType, { description: 'Forgets a staged or failed import and deletes its files.' })
  async discardImport(@Args('id', { type: () => ID, description: 'The import.' }) id: string): Promise<ImportJobType> {
    return importJobJson(await this.imports.discard(actor(), id));
  }
}
