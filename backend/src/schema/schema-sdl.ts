import 'reflect-metadata';
import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, type GqlModuleOptions } from '@nestjs/graphql';
import { GRAPHQL_MODULE_OPTIONS } from '@nestjs/graphql/dist/graphql.constants.js';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/vigie-config';
import type { VigieDatabase } from '../database/vigie-database';

/**
 * The API's schema as the code declares it, printed without a database: the same module tree as the
 * server (AppModule), the same GraphQL options (transformSchema, sortSchema) and Nest's own schema
 * factory, so `schema.gql` is what /graphql serves (test/api/schema-contract.db.spec.ts checks that
 * against the running app). Nest builds the served schema from every provider of every module; this
 * walks the same module metadata instead of instantiating the providers (which would need PostGIS).
 */
export async function buildSchemaFromCode(): Promise<GraphQLSchema> {
  // The database is only handed to providers, never opened while the module tree is declared.
  const root = AppModule.forRoot(loadConfig({}), { dataSource: undefined } as unknown as VigieDatabase);
  const { providers, graphqlOptions } = collectModuleTree(root);
  if (!graphqlOptions) throw new Error('AppModule imports no GraphQLModule.forRoot(...): no GraphQL options to print with.');

  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const factory = context.get(GraphQLSchemaFactory);
    // As GraphQLSchemaBuilder does: every provider class, resolver or not (the factory keeps resolvers), scalars among them.
    let schema = await factory.create(providers, providers, { ...graphqlOptions.buildSchemaOptions });
    if (graphqlOptions.transformSchema) schema = await graphqlOptions.transformSchema(schema);
    return graphqlOptions.sortSchema ? lexicographicSortSchema(schema) : schema;
  } finally {
    await context.close();
  }
}

/** The schema in SDL, sorted, ending with a newline: the content of the committed `schema.gql`. */
export async function printSchemaFromCode(): Promise<string> {
  return printSdl(await buildSchemaFromCode());
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

type ModuleEntry = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/** Every provider class under a module (its imports followed), and the options given to GraphQLModule.forRoot. */
function collectModuleTree(root: DynamicModule): { providers: Type[]; graphqlOptions?: GqlModuleOptions } {
  const providers = new Set<Type>();
  const visited = new Set<unknown>();
  let graphqlOptions: GqlModuleOptions | undefined;
  const visit = (entry: ModuleEntry | undefined): void => {
    if (!entry || visited.has(entry)) return;
    visited.add(entry);
    if (entry instanceof Promise) throw new Error('An async module import cannot be walked without starting the app.');
    if ('forwardRef' in entry) return visit(entry.forwardRef());
    const moduleClass = 'module' in entry ? entry.module : entry;
    const dynamic = 'module' in entry ? entry : undefined;
    const list = <T>(key: string): T[] => [...((Reflect.getMetadata(key, moduleClass) as T[] | undefined) ?? []), ...(((dynamic as Record<string, unknown> | undefined)?.[key] as T[] | undefined) ?? [])];
    for (const provider of list<Provider>(MODULE_METADATA.PROVIDERS)) {
      if (typeof provider === 'function') providers.add(provider);
      else if ('useClass' in provider) providers.add(provider.useClass);
      else if ('useValue' in provider && provider.provide === GRAPHQL_MODULE_OPTIONS) graphqlOptions = provider.useValue as GqlModuleOptions;
    }
    // Nest's own modules (GraphQLModule's internals) hold no resolvers of the app.
    if (moduleClass.name === 'GraphQLModule') return;
    for (const imported of list<ModuleEntry>(MODULE_METADATA.IMPORTS)) visit(imported);
  };
  visit(root);
  return { providers: [...providers], graphqlOptions };
}
