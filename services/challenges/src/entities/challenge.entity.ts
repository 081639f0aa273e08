import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ChallengeKind,
  ChallengeStatus,
  CodeLanguage,
  CodeLimits,
  CodeScoring,
  CodeTestCase,
  Level,
  RubricCriterion,
} from '@skillproof/contracts';

/** What a code challenge keeps: everything the sandbox needs, hidden tests and the reference solution included. */
export interface StoredCode {
  language: CodeLanguage;
  entrypoint: string;
  starterCode: string;
  referenceSolution: string;
  tests: CodeTestCase[];
  limits: CodeLimits;
  sql?: { schema: string };
  /** Absent on challenges written before scoring existed: tests only. */
  scoring?: CodeScoring;
}

@Entity('challenges')
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable name of a seeded challenge, so that a restart never seeds it twice; null for others. */
  @Column('text', { name: 'seed_key', nullable: true, unique: true })
  seedKey: string | null;

  @Column('text')
  title: string;

  @Column('text')
  brief: string;

  @Column('jsonb')
  skills: string[];

  @Column('text')
  difficulty: Level;

  @Column('int', { name: 'time_limit_minutes' })
  timeLimitMinutes: number;

  @Column('text')
  status: ChallengeStatus;

  @Column('text', { default: 'rubric' })
  kind: ChallengeKind;

  /** Null for rubric challenges; never shown whole to anyone but the owner (challenge.views). */
  @Column('jsonb', { nullable: true })
  code: StoredCode | null;

  @Column('int', { name: 'rubric_version' })
  rubricVersion: number;

  @Column('jsonb')
  criteria: RubricCriterion[];

  @Column('text', { name: 'company_id', nullable: true })
  companyId: string | null;

  @Column('text', { name: 'created_by', nullable: true })
  createdBy: string | null;

  /** The owning company's name when the challenge was created, shown as the issuer of its evidence. */
  @Column('text', { name: 'company_name', nullable: true })
  companyName: string | null;

  @Column('int', { name: 'cooldown_days', default: 30 })
  cooldownDays: number;

  /** The admin whose approval lets a company challenge grant public verification; null when not approved. */
  @Column('text', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('text', { name: 'approval_reason', nullable: true })
  approvalReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;
}
