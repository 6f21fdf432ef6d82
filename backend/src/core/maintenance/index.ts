/** The pure maintenance core: fault vocabulary and lifecycle, SLA clocks, priority from coverage loss, availability. */
export * from './fault-vocabulary';
export * from './sla';
export * from './priority';
export * from './availability';
