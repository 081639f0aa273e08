export * from './cursor';
export * from './ensure-database';
export * from './persistence.module';
