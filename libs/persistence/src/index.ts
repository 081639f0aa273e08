export * from './paging';
export * from './ensure-database';
export * from './migrate-exclusively';
export * from './persistence.module';
