export * from './bandwidth';
