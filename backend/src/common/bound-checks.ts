import { Check, Index } from 'typeorm';
import { BOUNDS, BOUNDED_TABLES, boundCheck } from '../core/bounds';

/**
 * One CHECK per bounded column of a table, named `<table>_<column>_range`, from the bounds table
 * (core/bounds.ts): the database holds the same ranges as the API even for writes that bypass it.
 */
export function BoundChecks(table: keyof typeof BOUNDED_TABLES): ClassDecorator {
  const bounds = BOUNDS[BOUNDED_TABLES[table]];
  return (target) => {
    for (const [property, bound] of Object.entries(bounds)) {
      const check = boundCheck(property, bound);
      Check(check.name(table), check.expression)(target);
    }
  };
}

/**
 * The rules of a `code` column beyond its plain unique constraint: stored trimmed and not blank, and
 * unique whatever the case (`<table>_code_normalised`, a unique index on lower(code)). The index is an
 * expression, which TypeORM cannot declare: it is made by the migration, and declared here with
 * synchronize off so that generated migrations leave it alone.
 */
export function CodeRules(table: string): ClassDecorator {
  return (target) => {
    Check(`${table}_code_trimmed`, `"code" = btrim("code") AND "code" <> ''`)(target);
    Index(`${table}_code_normalised`, { synchronize: false })(target);
  };
}
