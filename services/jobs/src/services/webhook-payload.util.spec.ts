import type { GradeRecordedData, GraderName } from '@skillproof/contracts';
import {
  applicationCreatedWebhook,
  applicationStatusChangedWebhook,
  submissionGradedWebhook,
} from './webhook-payload.util';

const INTERNAL_ONLY = ['decision', 'attempts', 'reviewer', 'reason'];

function gradedEvent(
  overrides: Partial<Omit<GradeRecordedData, 'companyId' | 'grader'>> & { grader?: GraderName } = {},
): GradeRecordedData & { companyId: string; grader: GraderName } {
  return {
    decision: 'graded',
    verification: 'ai',
    issuer: { kind: 'company', companyId: '3e9c4f2b-8d7a-4c8b-8a3f-1d4b5e6f7a8b', name: 'Northwind' },
    reviewer: null,
    standing: 'company',
    attempts: 1,
    reason: null,
    submissionId: '0b6f1c9e-5a47-4f5e-9d0c-8a1e2b3c4d5e',
    challengeId: '1c7a2d0f-6b58-4a6f-8e1d-9b2f3c4d5e6f',
    candidateId: '2d8b3e1a-7c69-4b7a-9f2e-0c3a4d5e6f7a',
    companyId: '3e9c4f2b-8d7a-4c8b-8a3f-1d4b5e6f7a8b',
    challengeTitle: 'Forecast weekly demand',
    skills: ['machine-learning', 'python'],
    score: 84,
    criteria: [{ key: 'validation', score: 84, feedback: 'Sound time-based split.' }],
    feedback: 'Solid work.',
    grader: 'openai',
    model: 'gpt-4o-mini',
    rubricVersion: 3,
    gradedAt: '2026-11-27T10:15:00.000Z',
    round: 2,
    ...overrides,
  };
}

describe('public webhook payloads, mapped from internal events', () => {
  it('gives a company the grade of work on its challenge, and nothing the platform keeps to itself', () => {
    const payload = submissionGradedWebhook(gradedEvent());
    expect(payload).toEqual({
      type: 'submission.graded',
      version: 1,
      timestamp: '2026-11-27T10:15:00.000Z',
      data: {
        submissionId: '0b6f1c9e-5a47-4f5e-9d0c-8a1e2b3c4d5e',
        challengeId: '1c7a2d0f-6b58-4a6f-8e1d-9b2f3c4d5e6f',
        challengeTitle: 'Forecast weekly demand',
        skills: ['machine-learning', 'python'],
        candidateId: '2d8b3e1a-7c69-4b7a-9f2e-0c3a4d5e6f7a',
        companyId: '3e9c4f2b-8d7a-4c8b-8a3f-1d4b5e6f7a8b',
        round: 2,
        score: 84,
        criteria: [{ key: 'validation', score: 84, feedback: 'Sound time-based split.' }],
        feedback: 'Solid work.',
        grader: 'openai',
        model: 'gpt-4o-mini',
        verification: 'ai',
        issuer: { kind: 'company', companyId: '3e9c4f2b-8d7a-4c8b-8a3f-1d4b5e6f7a8b', name: 'Northwind' },
        standing: 'company',
        rubricVersion: 3,
        gradedAt: '2026-11-27T10:15:00.000Z',
      },
    });
    const body = JSON.stringify(payload);
    for (const field of INTERNAL_ONLY) expect(body).not.toContain(`"${field}"`);
  });

  it('says a grade from the offline grader is practice', () => {
    const { data } = submissionGradedWebhook(
      gradedEvent({ grader: 'heuristic', model: null, verification: 'practice', standing: 'practice', round: 1 }),
    );
    expect(data).toMatchObject({ grader: 'heuristic', model: null, verification: 'practice', standing: 'practice' });
  });

  it('copies criteria field by field, so a field added to an internal criterion stays inside', () => {
    const criteria = [{ key: 'validation', score: 70, feedback: 'Fine.', rawModelOutput: '{...}' }];
    expect(submissionGradedWebhook(gradedEvent({ criteria })).data.criteria).toEqual([
      { key: 'validation', score: 70, feedback: 'Fine.' },
    ]);
  });

  it('tells a company about a new application and each move along its pipeline', () => {
    const application = {
      applicationId: '4fad5a3c-9e8b-4d9c-9b4a-2e5c6f7a8b9c',
      jobId: '5abe6b4d-af9c-4eab-8c5b-3f6d7a8b9cad',
      companyId: '3e9c4f2b-8d7a-4c8b-8a3f-1d4b5e6f7a8b',
      candidateId: '2d8b3e1a-7c69-4b7a-9f2e-0c3a4d5e6f7a',
    };
    expect(
      applicationCreatedWebhook({ ...application, matchScore: 76, createdAt: '2026-11-27T11:00:00.000Z' }),
    ).toEqual({
      type: 'application.created',
      version: 1,
      timestamp: '2026-11-27T11:00:00.000Z',
      data: { ...application, matchScore: 76, createdAt: '2026-11-27T11:00:00.000Z' },
    });
    const moved = { ...application, previousStatus: 'applied', status: 'screening' } as const;
    expect(applicationStatusChangedWebhook({ ...moved, changedAt: '2026-11-28T09:30:00.000Z' })).toEqual({
      type: 'application.status_changed',
      version: 1,
      timestamp: '2026-11-28T09:30:00.000Z',
      data: { ...moved, changedAt: '2026-11-28T09:30:00.000Z' },
    });
  });
});
