import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { LoginThrottleEntity } from '../entities/login-throttle.entity';

@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectRepository(LoginThrottleEntity) private readonly throttles: Repository<LoginThrottleEntity>) {}

  findByKeys(keys: string[]): Promise<LoginThrottleEntity[]> {
    return this.throttles.findBy({ key: In(keys) });
  }

  /**
   * Counts one failure in a single statement, so concurrent failures on several replicas all count:
   * a window older than `windowSeconds` starts over; past `limit` failures the key is locked for
   * `baseSeconds · 2^(failures − limit)`, at most `maxSeconds`.
   */
  async recordFailure(
    key: string,
    rule: { limit: number; windowSeconds: number; baseSeconds: number; maxSeconds: number },
  ): Promise<void> {
    await this.throttles.query(
      `INSERT INTO login_throttles AS t (key, failures, window_started_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN $2::int <= 1 THEN now() + make_interval(secs => $4::int) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $3::int) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $3::int)
                                  THEN now() ELSE t.window_started_at END,
         locked_until = CASE
           WHEN t.window_started_at < now() - make_interval(secs => $3::int) THEN
             CASE WHEN $2::int <= 1 THEN now() + make_interval(secs => $4::int) END
           WHEN t.failures + 1 >= $2::int THEN
             now() + make_interval(secs => LEAST($5::int, $4::int * power(2, LEAST(t.failures + 1 - $2::int, 20)))::int)
           ELSE t.locked_until END`,
      [key, rule.limit, rule.windowSeconds, rule.baseSeconds, rule.maxSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.throttles.delete({ key });
  }
}
