import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { LoginThrottleEntity } from '../entities/login-throttle.entity';

export interface ThrottleRule {
  limit: number;
  windowSeconds: number;
  baseSeconds: number;
  maxSeconds: number;
}

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByKeys(keys: string[], manager: EntityManager = this.dataSource.manager): Promise<LoginThrottleEntity[]> {
    return manager.findBy(LoginThrottleEntity, { key: In(keys) });
  }

  /**
   * Counts one failure at `now` in a single statement, so concurrent failures on several replicas
   * all count: a window older than `windowSeconds` starts over; past `limit` failures the key is
   * locked for `baseSeconds · 2^(failures − limit)`, at most `maxSeconds`. The time comes from the
   * service's clock, not the database's, so tests can move it.
   */
  async recordFailure(
    key: string,
    rule: ThrottleRule,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO login_throttles AS t (key, failures, window_started_at, locked_until)
       VALUES ($1, 1, $6::timestamptz, CASE WHEN $2::int <= 1 THEN $6::timestamptz + make_interval(secs => $4::int) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < $6::timestamptz - make_interval(secs => $3::int) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < $6::timestamptz - make_interval(secs => $3::int)
                                  THEN $6::timestamptz ELSE t.window_started_at END,
         locked_until = CASE
           WHEN t.window_started_at < $6::timestamptz - make_interval(secs => $3::int) THEN
             CASE WHEN $2::int <= 1 THEN $6::timestamptz + make_interval(secs => $4::int) END
           WHEN t.failures + 1 >= $2::int THEN
             $6::timestamptz + make_interval(secs => LEAST($5::int, $4::int * power(2, LEAST(t.failures + 1 - $2::int, 20)))::int)
           ELSE t.locked_until END`,
      [key, rule.limit, rule.windowSeconds, rule.baseSeconds, rule.maxSeconds, now],
    );
  }

  async clear(key: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(LoginThrottleEntity, { key });
  }
}
