import type { Attempt } from '../../api/types';

/**
 * The attempts this browser started, and the work typed into them. The API answers an attempt
 * only when it starts it (there is no GET for one), so the deadline and the draft are kept here,
 * per account, to survive a reload.
 */
export interface StoredAttempt extends Attempt {
  challengeTitle: string;
  draft: string;
  submissionId?: string;
}

const key = (userId: string) => `skillproof.attempts.${userId}`;

function readAll(userId: string): Record<string, StoredAttempt> {
  try {
    return JSON.parse(localStorage.getItem(key(userId)) ?? '{}') as Record<string, StoredAttempt>;
  } catch {
    return {};
  }
}

function update(userId: string, attemptId: string, change: (attempt: StoredAttempt) => StoredAttempt): void {
  const all = readAll(userId);
  const current = all[attemptId];
  if (!current) return;
  all[attemptId] = change(current);
  localStorage.setItem(key(userId), JSON.stringify(all));
}

export const attemptStore = {
  save(userId: string, attempt: Attempt, challengeTitle: string): void {
    const all = readAll(userId);
    all[attempt.id] = { ...attempt, challengeTitle, draft: '' };
    localStorage.setItem(key(userId), JSON.stringify(all));
  },
  get(userId: string, attemptId: string): StoredAttempt | undefined {
    return readAll(userId)[attemptId];
  },
  /** The newest attempt at a challenge, submitted or not. */
  latestFor(userId: string, challengeId: string): StoredAttempt | undefined {
    return Object.values(readAll(userId))
      .filter((attempt) => attempt.challengeId === challengeId)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  },
  saveDraft(userId: string, attemptId: string, draft: string): void {
    update(userId, attemptId, (attempt) => ({ ...attempt, draft }));
  },
  markSubmitted(userId: string, attemptId: string, submissionId: string): void {
    update(userId, attemptId, (attempt) => ({ ...attempt, submissionId }));
  },
};
