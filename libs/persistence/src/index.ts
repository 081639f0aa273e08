export * from './cursor';
export * from './ensure-database';
export * from './migrate-exclusively';
export * from './persistence.module';
