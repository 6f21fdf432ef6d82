import { graphqlRequest, GraphQLRequestError } from '../api/graphqlClient';
import { sessionStore } from '../auth/session';
import { graphql } from '../gql';
import type { ImportJobFieldsFragment, ImportJobProgressFieldsFragment, ImportTargetType } from '../gql/graphql';

/** The imports API (issue 13, README "Imports"): upload (POST /api/imports), report, mapping, commit; undo through change sets. */
export type ImportJobView = ImportJobFieldsFragment;
export type ImportJobProgress = ImportJobProgressFieldsFragment;
export type { ImportTargetType };

/** What the wizard offers, in the order people think of them. */
export const IMPORT_TARGET_TYPES: readonly ImportTargetType[] = [
  'building', 'pole', 'camera', 'black_spot', 'zone', 'street', 'fiber_run', 'power_feed', 'power_source', 'network_node',
];

/** Light fields, polled while the job stages or commits (the preview and problems are asked once it is done). */
export const IMPORT_JOB_PROGRESS_FIELDS = graphql(`
  fragment ImportJobProgressFields on ImportJobType {
    id status progress { phase done total fraction }
    counts { rows valid errors warnings toInsert toUpdate skipped }
    failure { message code reason }
    result { inserted updated unchanged camerasRecomputed changeSetId }
  }
`);

export const IMPORT_JOB_FIELDS = graphql(`
  fragment ImportJobFields on ImportJobType {
    id fileName format source targetType status idField sourceFields
    mapping { field source constant }
    targetFields { name kind required values defaultValue }
    progress { phase done total fraction }
    counts { rows valid errors warnings toInsert toUpdate skipped }
    problemCounts { code count }
    problems { row layer sourceId severity code field message }
    previewGeoJson
    failure { message code reason }
    result { inserted updated unchanged camerasRecomputed changeSetId }
  }
`);

const JOB = graphql(`
  query ImportJobFull($id: ID!) { importJob(id: $id) { ...ImportJobFields } }
`);
const JOB_PROGRESS = graphql(`
  query ImportJobProgress($id: ID!) { importJob(id: $id) { ...ImportJobProgressFields } }
`);
const RECENT = graphql(`
  query RecentImportJobs { importJobs { id fileName targetType status counts { rows } result { inserted updated changeSetId } } }
`);
const REMAP = graphql(`
  mutation UpdateImportMapping($input: UpdateImportMappingInput!) { updateImportMapping(input: $input) { ...ImportJobProgressFields } }
`);
const COMMIT = graphql(`
  mutation CommitImport($id: ID!) { commitImport(id: $id) { ...ImportJobProgressFields } }
`);
const DISCARD = graphql(`
  mutation DiscardImport($id: ID!) { discardImport(id: $id) { id status } }
`);
const UNDO = graphql(`
  mutation UndoImportChangeSet($id: ID!) { undoChangeSet(id: $id) { id undoneAt } }
`);

export interface UploadChoice {
  file: Blob & { name: string };
  targetType: ImportTargetType;
  /** Names the source: re-importing the same source updates instead of duplicating. */
  source?: string;
  idField?: string;
}

/** The query string of the upload, as the server reads it. */
export function uploadUrl(choice: Omit<UploadChoice, 'file'> & { fileName: string }): string {
  const params = new URLSearchParams({ fileName: choice.fileName, targetType: choice.targetType });
  if (choice.source?.trim()) params.set('source', choice.source.trim());
  if (choice.idField?.trim()) params.set('idField', choice.idField.trim());
  return `/api/imports?${params.toString()}`;
}

/**
 * Sends the file as the raw body (as the evidence photos), through XMLHttpRequest for its upload progress
 * (a large file on a phone's connection takes a while); answers with the job, staging. Refusals as GraphQL errors.
 */
export async function uploadImport(choice: UploadChoice, onProgress?: (fraction: number) => void): Promise<ImportJobProgress> {
  const headers = { 'content-type': 'application/octet-stream', ...(await sessionStore.headers()) };
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', uploadUrl({ ...choice, fileName: choice.file.name }));
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new GraphQLRequestError('The upload did not reach the server.', 'network'));
    request.onload = () => {
      let body: { job?: ImportJobProgress; errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status === 202 && body?.job) resolve(body.job);
      else if (body?.errors?.length) reject(new GraphQLRequestError(body.errors[0].message, 'graphql', { status: request.status, errors: body.errors }));
      else reject(new GraphQLRequestError(request.statusText || `HTTP ${request.status}`, 'http', { status: request.status }));
    };
    request.send(choice.file);
  });
}

export async function fetchImportJob(id: string): Promise<ImportJobView> {
  return (await graphqlRequest(JOB, { id })).importJob;
}

export type RecentImport = Awaited<ReturnType<typeof fetchRecentImports>>[number];

/** The imports the server process holds, newest first (jobs live in its memory until it restarts). */
export async function fetchRecentImports() {
  return (await graphqlRequest(RECENT, {})).importJobs;
}

export async function fetchImportProgress(id: string): Promise<ImportJobProgress> {
  return (await graphqlRequest(JOB_PROGRESS, { id })).importJob;
}

export interface MappingEntry {
  field: string;
  source: string | null;
  constant: string | null;
}

export async function remapImport(id: string, change: { targetType?: ImportTargetType; mapping?: MappingEntry[]; idField?: string | null }): Promise<ImportJobProgress> {
  return (await graphqlRequest(REMAP, { input: { id, ...change } })).updateImportMapping;
}

export async function commitImport(id: string): Promise<ImportJobProgress> {
  return (await graphqlRequest(COMMIT, { id })).commitImport;
}

export async function discardImport(id: string): Promise<void> {
  await graphqlRequest(DISCARD, { id });
}

export async function undoImport(changeSetId: string): Promise<void> {
  await graphqlRequest(UNDO, { id: changeSetId });
}

/** Still working in the background: poll again. */
export const isImportBusy = (status: string | undefined): boolean => status === 'staging' || status === 'committing';
