export * from './night-coverage';
