import { defineEvent } from './definitions';
import type { Level } from './levels';

export interface VerificationEvidence {
  submissionId: string;
  challengeId: string;
  title: string;
  score: number;
  gradedAt: string;
}

export interface SkillVerifiedData {
  candidateId: string;
  skill: string;
  /** The verified score after this change, 0–100. */
  score: number;
  level: Level;
  verifiedAt: string;
  evidence: VerificationEvidence[];
}

export const ProfilesEvents = {
  /** A candidate's verified score for a skill changed. */
  skillVerified: defineEvent<SkillVerifiedData>('evt.profiles.skill.verified'),
} as const;
