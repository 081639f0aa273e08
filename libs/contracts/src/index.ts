export * from './definitions';
export * from './event-envelope';
export * from './rpc-problem';
export * from './principal';
export * from './paging';
export * from './levels';
export * from './bus.contract';
export * from './catalog.contract';
