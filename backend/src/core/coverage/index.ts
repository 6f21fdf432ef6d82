export * from './camera-coverage';
export * from './coverage-pool';
export * from './black-spots';
export * from './aggregation';
export * from './geojson';
