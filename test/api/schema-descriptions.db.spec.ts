import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

/** Every type and every field of the API says what it is (GraphiQL and the map's developers read them). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

interface IntrospectedType {
  name: string;
  kind: string;
  description: string | null;
  fields: { name: string; description: string | null }[] | null;
  inputFields: { name: string; description: string | null }[] | null;
}

it('describes every type and field of the schema', async () => {
  const data = await app.ok<{ __schema: { types: IntrospectedType[] } }>(
    '{ __schema { types { name kind description fields { name description } inputFields { name description } } } }',
  );
  const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation', 'Subscription']);
  const undescribed: string[] = [];
  for (const type of data.__schema.types) {
    if (type.name.startsWith('__') || builtIn.has(type.name)) continue;
    if (!type.description) undescribed.push(`${type.name} (type)`);
    for (const field of [...(type.fields ?? []), ...(type.inputFields ?? [])]) {
      if (!field.description) undescribed.push(`${type.name}.${field.name}`);
    }
  }
  for (const root of data.__schema.types.filter((type) => type.name === 'Query' || type.name === 'Mutation' || type.name === 'Subscription')) {
    for (const field of root.fields ?? []) if (!field.description) undescribed.push(`${root.name}.${field.name}`);
  }
  expect(undescribed).toEqual([]);
});
