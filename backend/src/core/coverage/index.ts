export * from './camera-coverage';
export * from './black-spots';
export * from './aggregation';
export * from './geojson';
