export * from './health.controller';
export * from './logging';
export * from './metrics';
export * from './observability.module';
export * from './readiness';
export * from './readiness-rpc.controller';
export * from './trace-context';
