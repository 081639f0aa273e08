export * from './service-core.module';
export * from './service-definition';
export * from './service-settings.module';
