export * from './types';
export * from './instance';
export * from './optimiser';
export * from './solve';
export * from './raster';
