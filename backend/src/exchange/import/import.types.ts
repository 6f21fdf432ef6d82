import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IMPORT_TARGETS, type ImportTargetType } from './targets';
import { IMPORT_STATUSES } from './import-job';

export const ImportTargetTypeEnum = Object.fromEntries(IMPORT_TARGETS.map((t) => [t, t])) as Record<ImportTargetType, ImportTargetType>;
registerEnumType(ImportTargetTypeEnum, { name: 'ImportTargetType', description: 'The Vigie type an import writes.' });
export const ImportStatusEnum = Object.fromEntries(IMPORT_STATUSES.map((t) => [t, t]));
registerEnumType(ImportStatusEnum, { name: 'ImportStatus', description: 'staging → staged → committing → committed; failed (see failure); discarded.' });

@ObjectType({ description: 'One Vigie field filled from a source field, a constant, or (neither) its default.' })
export class ImportFieldMapping {
  @Field(() => String, { description: 'The Vigie field (camelCase), e.g. heightMeters.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The source field (column, property or OSM tag) it is read from.' })
  source: string | null;

  @Field(() => String, { nullable: true, description: 'A constant used for every row instead (as text).' })
  constant: string | null;
}

@InputType({ description: 'One Vigie field filled from a source field, a constant, or (neither) its default.' })
export class ImportFieldMappingInput {
  @Field(() => String, { description: 'The Vigie field (camelCase), e.g. heightMeters.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The source field (column, property or OSM tag) it is read from.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A constant used for every row instead (as text).' })
  constant?: string | null;
}

@ObjectType({ description: 'A Vigie field an import target offers.' })
export class ImportTargetField {
  @Field(() => String, { description: 'The field (camelCase).' })
  name: string;

  @Field(() => String, { description: 'number, integer, text, enum, boolean, heading or uuid.' })
  kind: string;

  @Field(() => Boolean, { description: 'A row without a value (and no default) is refused.' })
  required: boolean;

  @Field(() => [String], { description: 'The accepted values of an enum field.' })
  values: string[];

  @Field(() => String, { nullable: true, description: 'The value used when the source has none (JSON).' })
  defaultValue: string | null;
}

@ObjectType({ description: 'One problem of one source row.' })
export class ImportRowProblem {
  @Field(() => Int, { description: 'The row (feature) number in the source, from 1, per layer.' })
  row: number;

  @Field(() => String, { description: 'The source layer.' })
  layer: string;

  @Field(() => String, { description: 'The row\'s source id (osm:way/1, or <source>:<id>).' })
  sourceId: string;

  @Field(() => String, { description: 'error (the row blocks the import) or warning (written, with the fix said).' })
  severity: string;

  @Field(() => String, { description: 'NO_GEOMETRY, WRONG_GEOMETRY_TYPE, BAD_COORDINATES, OUTSIDE_EXTENT, TOO_MANY_VERTICES, INVALID_GEOMETRY, REPAIRED_GEOMETRY, DUPLICATE, UNKNOWN_VALUE, BAD_VALUE, MISSING_VALUE, CODE_TAKEN.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The Vigie field concerned, if any.' })
  field?: string;

  @Field(() => String, { description: 'What is wrong, in words.' })
  message: string;
}

@ObjectType({ description: 'How many of something, by problem code.' })
export class ImportCodeCount {
  @Field(() => String, { description: 'The problem code.' })
  code: string;

  @Field(() => Int, { description: 'Rows with it.' })
  count: number;
}

@ObjectType({ description: 'The validation report\'s counts.' })
export class ImportCountsType {
  @Field(() => Int, { description: 'Rows of the target type read.' }) rows: number;
  @Field(() => Int, { description: 'Rows that would be written.' }) valid: number;
  @Field(() => Int, { description: 'Rows with at least one error (they block the commit).' }) errors: number;
  @Field(() => Int, { description: 'Rows with warnings (written, with the fix said).' }) warnings: number;
  @Field(() => Int, { description: 'Valid rows not imported before (created).' }) toInsert: number;
  @Field(() => Int, { description: 'Valid rows already imported from this source (updated by source id).' }) toUpdate: number;
  @Field(() => Int, { description: 'Source features not of the target type (OSM tags), left out.' }) skipped: number;
}

@ObjectType({ description: 'Where a running import is.' })
export class ImportProgressType {
  @Field(() => String, { description: 'reading, validating, writing, coverage or done.' }) phase: string;
  @Field(() => Int, { description: 'Rows done in this phase.' }) done: number;
  @Field(() => Int, { description: 'Rows of this phase.' }) total: number;
  @Field(() => Float, { description: 'done / total, 0 to 1.' }) fraction: number;
}

@ObjectType({ description: 'What a commit wrote.' })
export class ImportResultType {
  @Field(() => Int, { description: 'Records created.' }) inserted: number;
  @Field(() => Int, { description: 'Records updated (same source id, something changed).' }) updated: number;
  @Field(() => Int, { description: 'Records already as the source says (nothing written).' }) unchanged: number;
  @Field(() => Int, { description: 'Cameras whose coverage was recomputed.' }) camerasRecomputed: number;
  @Field(() => ID, { nullable: true, description: 'The change set to undo the import with (undoChangeSet).' }) changeSetId: string | null;
}

@ObjectType({ description: 'Why an import failed.' })
export class ImportFailureType {
  @Field(() => String, { description: 'What went wrong, in words.' }) message: string;
  @Field(() => String, { description: 'The error code (BAD_USER_INPUT, PAYLOAD_TOO_LARGE...).' }) code: string;
  @Field(() => String, { nullable: true, description: 'The reason (EXTENSION_MISMATCH, CORRUPT_ARCHIVE, WRONG_CRS...).' }) reason?: string;
}

@ObjectType({ description: 'An import: uploaded, staged with its validation report and preview, then committed as one undoable change set.' })
export class ImportJobType {
  @Field(() => ID, { description: 'The import.' }) id: string;
  @Field(() => String, { description: 'The uploaded file\'s name.' }) fileName: string;
  @Field(() => String, { description: 'The format read: geojson, kml, kmz, csv, shapefile, gpkg, osm_pbf, osm_xml.' }) format: string;
  @Field(() => String, { description: 'The source name that qualifies source ids (re-importing the same source updates).' }) source: string;
  @Field(() => ImportTargetTypeEnum, { description: 'The Vigie type written.' }) targetType: ImportTargetType;
  @Field(() => ImportStatusEnum, { description: 'Where the import is.' }) status: string;
  @Field(() => String, { nullable: true, description: 'The source field giving each row\'s id.' }) idField: string | null;
  @Field(() => [ImportFieldMapping], { description: 'The field mapping in use (suggested, or as changed).' }) mapping: ImportFieldMapping[];
  @Field(() => [ImportTargetField], { description: 'The fields of the target type.' }) targetFields: ImportTargetField[];
  @Field(() => [String], { description: 'The fields found in the source.' }) sourceFields: string[];
  @Field(() => ImportProgressType, { description: 'Progress of the running phase.' }) progress: ImportProgressType;
  @Field(() => ImportCountsType, { description: 'The validation report\'s counts.' }) counts: ImportCountsType;
  @Field(() => [ImportCodeCount], { description: 'Rows per problem code.' }) problemCounts: ImportCodeCount[];
  @Field(() => [ImportRowProblem], { description: 'The first problems (up to 2,000), rows in order.' }) problems: ImportRowProblem[];
  @Field(() => String, { description: 'A sample of rows as they would be written (GeoJSON FeatureCollection text; properties.valid, problems).' }) previewGeoJson: string;
  @Field(() => ImportFailureType, { nullable: true, description: 'Why it failed.' }) failure: ImportFailureType | null;
  @Field(() => ImportResultType, { nullable: true, description: 'What the commit wrote.' }) result: ImportResultType | null;
}

@InputType({ description: 'A new mapping for a staged import (it is validated again).' })
export class UpdateImportMappingInput {
  @Field(() => ID, { description: 'The import.' }) id: string;
  @Field(() => ImportTargetTypeEnum, { nullable: true, description: 'Another target type (the mapping is suggested again unless given).' }) targetType?: ImportTargetType | null;
  @Field(() => [ImportFieldMappingInput], { nullable: true, description: 'The whole mapping.' }) mapping?: ImportFieldMappingInput[] | null;
  @Field(() => String, { nullable: true, description: 'The source field giving each row\'s id.' }) idField?: string | null;
}
