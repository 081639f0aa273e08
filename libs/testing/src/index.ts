export * from './docker';
export * from './expect-eventually';
export * from './free-port';
export * from './test-nats';
export * from './test-postgres';
export * from './schema-drift';
export * from './openai-stub';
export * from './test-bus';
