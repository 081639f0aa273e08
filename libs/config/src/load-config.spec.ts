import { IsInt, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { ConfigError, loadConfig } from './load-config';
import { ServiceConfig } from './service-config';

class ExampleConfig extends ServiceConfig {
  override PORT = 3999;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  WORKERS = 4;
}

describe('loadConfig', () => {
  const valid = { DATABASE_URL: 'postgres://db/example' };

  it('applies defaults and converts numbers from the environment', () => {
    const config = loadConfig(ExampleConfig, { ...valid, WORKERS: '8' });
    expect(config).toMatchObject({ PORT: 3999, WORKERS: 8, NATS_URL: 'nats://127.0.0.1:4222', LOG_LEVEL: 'info' });
  });

  it('listens on loopback unless an address is given, and refuses one that is not an IP address', () => {
    expect(loadConfig(ExampleConfig, valid).HOST).toBe('127.0.0.1');
    expect(loadConfig(ExampleConfig, { ...valid, HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(() => loadConfig(ExampleConfig, { ...valid, HOST: 'everywhere' })).toThrow(/HOST/);
  });

  it('stops with a message naming every bad or missing variable', () => {
    const attempt = (): unknown => loadConfig(ExampleConfig, { WORKERS: 'many', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres:\/\/ connection URL/);
    expect(attempt).toThrow(/WORKERS: WORKERS must be an integer number \(got "many"\)/);
    expect(attempt).toThrow(/LOG_LEVEL/);
  });

  it('refuses a NATS URL that is not one', () => {
    expect(() => loadConfig(ExampleConfig, { ...valid, NATS_URL: 'http://localhost:4222' })).toThrow(/NATS_URL/);
  });
});
