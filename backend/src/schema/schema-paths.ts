import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../config/vigie-config';

/** The committed API contract, from which the map's operation types are generated (frontend/codegen.ts). */
export const SCHEMA_FILE = join(REPOSITORY_ROOT, 'schema.gql');
