/** The pure network core: graph construction, connectivity, outage impact, SPOFs, routing, bill of quantities. */
export * from './network-types';
export * from './cable-length';
export * from './network-graph';
export * from './dominators';
export * from './connectivity';
export * from './outage-impact';
export * from './single-points-of-failure';
export * from './street-routing';
export * from './routing-targets';
export * from './bill-of-quantities';
export * from './design-checks';
