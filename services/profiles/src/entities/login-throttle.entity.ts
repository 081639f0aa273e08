import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins of one account or one address, in the database so that every replica sees them. */
@Entity('login_throttles')
export class LoginThrottleEntity {
  /** `pair:<ip>:<email>`, `account:<email>` or `address:<ip>`. */
  @PrimaryColumn('text')
  key: string;

  @Column('integer')
  failures: number;

  @Column('timestamptz', { name: 'window_started_at' })
  windowStartedAt: Date;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil: Date | null;
}
