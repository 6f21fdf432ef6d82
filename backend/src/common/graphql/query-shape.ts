import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** What an operation asks for once its fragments are expanded. */
export interface OperationShape {
  /** Fields selected on the root type (aliases included: `a: cameras b: cameras` is two). */
  rootFields: number;
  /** Fields given an alias, anywhere, counted once per place they expand to. */
  aliases: number;
  /** Fields selected, anywhere, counted once per place they expand to. */
  selections: number;
  /** Level of the deepest field, root fields being 0 (`{ poles { nodes { id } } }` is 2); introspection fields are not counted. */
  depth: number;
}

const NONE: OperationShape = { rootFields: 0, aliases: 0, selections: 0, depth: 0 };

/**
 * Measures the operation a request will run, fragments expanded, in one pass over the document: each
 * fragment is measured once and multiplied by its spreads, so that 100,000 spreads of one fragment cost
 * a few milliseconds to count instead of being expanded (graphql-depth-limit and
 * graphql-query-complexity expand them). A fragment cycle counts as nothing here: validation refuses it.
 * Hand-written because the maintained rules (Apollo's maxRecursiveSelections) only run inside
 * `validate`, after the costly rules they are meant to protect.
 */
export function measureOperation(document: DocumentNode, operationName?: string | null): OperationShape | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  if (!operation) return null;

  const measured = new Map<string, OperationShape>();
  const inProgress = new Set<string>();

  const measureFragment = (name: string): OperationShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return NONE;
    inProgress.add(name);
    const totals = measureSelections(fragment.selectionSet);
    inProgress.delete(name);
    measured.set(name, totals);
    return totals;
  };

  // For a nested selection set, rootFields means the fields at its own level.
  function measureSelections(selectionSet: SelectionSetNode): OperationShape {
    const totals = { rootFields: 0, aliases: 0, selections: 0, depth: 0 };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        totals.rootFields += 1;
        totals.selections += 1;
        if (selection.alias) totals.aliases += 1;
        if (selection.selectionSet) {
          const children = measureSelections(selection.selectionSet);
          totals.aliases += children.aliases;
          totals.selections += children.selections;
          if (!selection.name.value.startsWith('__')) totals.depth = Math.max(totals.depth, 1 + children.depth);
        }
        continue;
      }
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? measureSelections(selection.selectionSet) : measureFragment(selection.name.value);
      totals.rootFields += inner.rootFields;
      totals.aliases += inner.aliases;
      totals.selections += inner.selections;
      totals.depth = Math.max(totals.depth, inner.depth);
    }
    return totals;
  }

  return measureSelections(operation.selectionSet);
}
