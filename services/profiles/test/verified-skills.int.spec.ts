import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import {
  ChallengesEvents,
  ProfilesEvents,
  type AccountChangedData,
  type EventEnvelope,
  type SkillVerifiedData,
} from '@skillproof/contracts';
import {
  createTestDatabase,
  expectEventually,
  startApp,
  startTestNats,
  TestBus,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { PROFILES_SERVICE } from '../src/app.definition';
import { overriddenGrade, recordedGrade } from './graded-submission.util';
import { bearer, registerAccount, type Account } from './register-account.util';

const DURABLE = 'profiles-verified-skill-grades';
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

describe('verified skills from graded submissions on the bus', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let profiles: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let bus: TestBus;
  let emitted: EventEnvelope<SkillVerifiedData>[];
  let accountChanges: EventEnvelope<AccountChangedData>[];

  const publicProfile = async (account: Account) =>
    (await gateway.inject({ method: 'GET', url: `/v1/profiles/${account.handle}` })).json();
  const publishGrade = (candidateId: string, overrides: Parameters<typeof recordedGrade>[1]) =>
    bus.publish(ChallengesEvents.gradeRecorded, recordedGrade(candidateId, overrides));
  const idle = () =>
    expectEventually(async () => {
      expect(await bus.consumerIsIdle(DURABLE)).toBe(true);
    });
  const skillOf = async (account: Account) => {
    const [skill, ...others] = (await publicProfile(account)).verifiedSkills;
    expect(others).toEqual([]);
    return skill;
  };
  const emittedFor = (account: Account) =>
    emitted.filter((event) => event.data.candidateId === account.userId).map((event) => event.data);

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('profiles_skills'), startTestNats()]);
    profiles = await startApp(PROFILES_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    bus = await TestBus.connect(nats.url);
    emitted = bus.collect(ProfilesEvents.skillVerified);
    accountChanges = bus.collect(ProfilesEvents.accountChanged);
  });

  afterAll(async () => {
    await bus?.close();
    await gateway?.close();
    await profiles?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('turns a graded submission into a verified score with its evidence, and says so once', async () => {
    const candidate = await registerAccount(gateway, 'candidate', 'Nadia Rahman');
    const event = await publishGrade(candidate.userId, { score: 72, gradedAt: daysAgo(3) });

    const profile = await expectEventually(async () => {
      const body = await publicProfile(candidate);
      expect(body.verifiedSkills).toHaveLength(1);
      return body;
    });
    expect(profile.verifiedSkills[0]).toEqual({
      skill: 'machine-learning',
      score: 72,
      level: 'advanced',
      verifiedAt: event.data.gradedAt,
      evidence: [
        {
          challengeId: event.data.challengeId,
          title: event.data.challengeTitle,
          score: 72,
          gradedAt: event.data.gradedAt,
          verification: 'ai',
          issuer: { kind: 'platform', name: 'Skillproof' },
          reviewer: null,
          standing: 'public',
          attempts: 1,
          counts: true,
        },
      ],
    });
    await expectEventually(() => expect(emittedFor(candidate)).toHaveLength(1));
    expect(emittedFor(candidate)[0]).toMatchObject({ skill: 'machine-learning', score: 72, level: 'advanced' });
  });

  it('gives a redelivered event no second effect and no second notification', async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    const event = await publishGrade(candidate.userId, { score: 55, gradedAt: daysAgo(2) });
    await expectEventually(() => expect(emittedFor(candidate)).toHaveLength(1));
    await bus.redeliver(event);
    await idle();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(emittedFor(candidate)).toHaveLength(1);
    expect((await publicProfile(candidate)).verifiedSkills[0].evidence).toHaveLength(1);
  });

  it('reaches the same verified skills whatever order the grades arrive in', async () => {
    const [first, second] = [await registerAccount(gateway, 'candidate'), await registerAccount(gateway, 'candidate')];
    const grades = [
      { score: 48, gradedAt: daysAgo(30) },
      { score: 91, gradedAt: daysAgo(20) },
      { score: 66, gradedAt: daysAgo(10) },
    ].map((grade, index) => ({ ...grade, submissionId: `00000000-0000-4000-8000-00000000000${index}` }));
    for (const grade of grades) await publishGrade(first.userId, { ...grade, challengeTitle: 'Same' });
    for (const grade of [...grades].reverse()) {
      await publishGrade(second.userId, { ...grade, challengeTitle: 'Same' });
    }
    await idle();

    const skillOf = async (account: Account) => {
      const [skill] = (await publicProfile(account)).verifiedSkills;
      return {
        ...skill,
        evidence: skill.evidence.map(({ score, gradedAt }: { score: number; gradedAt: string }) => ({
          score,
          gradedAt,
        })),
      };
    };
    const expected = {
      skill: 'machine-learning',
      score: 91,
      level: 'expert',
      verifiedAt: grades[1].gradedAt,
      evidence: [...grades].reverse().map(({ score, gradedAt }) => ({ score, gradedAt })),
    };
    expect(await skillOf(first)).toEqual(expected);
    expect(await skillOf(second)).toEqual(expected);
    // The consumer handles several events at once, so arrival order varies; what holds is that a
    // notification goes out only when the best score rises, never twice for the same score.
    for (const account of [first, second]) {
      const scores = await expectEventually(() => {
        const seen = emittedFor(account).map((event) => event.score);
        expect(seen.at(-1)).toBe(91);
        return seen;
      });
      expect(scores).toEqual([...new Set(scores)].sort((a, b) => a! - b!));
    }
  });

  it('counts a submission for each of its skills and leaves out grades older than a year', async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    await publishGrade(candidate.userId, { score: 99, gradedAt: daysAgo(400), skills: ['statistics'] });
    await publishGrade(candidate.userId, { score: 38, gradedAt: daysAgo(1), skills: ['python', 'statistics'] });
    await idle();
    const skills = (await publicProfile(candidate)).verifiedSkills;
    expect(
      skills.map(({ skill, score, level }: { skill: string; score: number; level: string }) => ({
        skill,
        score,
        level,
      })),
    ).toEqual([
      { skill: 'python', score: 38, level: 'beginner' },
      { skill: 'statistics', score: 38, level: 'beginner' },
    ]);
  });

  it('shows its owner on GET /v1/me the same verified skills, best first, as the public profile', async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    await publishGrade(candidate.userId, { score: 64, gradedAt: daysAgo(2), skills: ['statistics'] });
    await publishGrade(candidate.userId, { score: 93, gradedAt: daysAgo(1), skills: ['python'] });
    await idle();
    const shown = (await publicProfile(candidate)).verifiedSkills;
    expect(shown.map(({ skill }: { skill: string }) => skill)).toEqual(['python', 'statistics']);
    // The gateway keeps the view it answered at registration until profiles' announcement reaches it.
    const me = await expectEventually(async () => {
      const view = (await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(candidate.token) })).json();
      expect(view.profile.verifiedSkills).toEqual(shown);
      return view;
    });
    expect(me.user).toMatchObject({ id: candidate.userId, role: 'candidate' });
  });

  it('shows verified skills to their owner even when the profile is private', async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    await publishGrade(candidate.userId, { score: 80, gradedAt: daysAgo(1) });
    await idle();
    const hidden = await gateway.inject({
      method: 'PATCH',
      url: '/v1/me/profile',
      headers: bearer(candidate.token),
      payload: { visibility: 'private' },
    });
    expect(hidden.json()).toMatchObject({
      visibility: 'private',
      verifiedSkills: [{ skill: 'machine-learning', score: 80 }],
    });
    expect((await gateway.inject({ method: 'GET', url: `/v1/profiles/${candidate.handle}` })).statusCode).toBe(404);
  });
  it('lets a re-grade replace the first grade of its submission, even when the first arrives late', async () => {
    const [inOrder, late] = [await registerAccount(gateway, 'candidate'), await registerAccount(gateway, 'candidate')];
    for (const account of [inOrder, late]) {
      const first = recordedGrade(account.userId, { score: 90, gradedAt: daysAgo(5), round: 1 });
      const regraded = { ...first, score: 60, gradedAt: daysAgo(2), round: 2 };
      const order = account === inOrder ? [first, regraded] : [regraded, first];
      for (const graded of order) {
        await bus.publish(ChallengesEvents.gradeRecorded, graded);
        await idle();
      }
      expect(await skillOf(account)).toMatchObject({
        score: 60,
        level: 'intermediate',
        verifiedAt: regraded.gradedAt,
        evidence: [{ score: 60, gradedAt: regraded.gradedAt }],
      });
    }
    await expectEventually(() => expect(emittedFor(inOrder).map((event) => event.score)).toEqual([90, 60]));
    await expectEventually(() => expect(emittedFor(late).map((event) => event.score)).toEqual([60]));
  });

  it("puts an admin's review in place of the machine grade, once, until a later round replaces it", async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    const graded = recordedGrade(candidate.userId, { score: 70, gradedAt: daysAgo(4) });
    await bus.publish(ChallengesEvents.gradeRecorded, graded);
    await idle();
    const override = await bus.publish(
      ChallengesEvents.gradeRecorded,
      overriddenGrade(graded, { score: 88, gradedAt: daysAgo(3) }),
    );
    await idle();
    expect(await skillOf(candidate)).toMatchObject({
      score: 88,
      level: 'expert',
      verifiedAt: override.data.gradedAt,
      evidence: [
        { score: 88, gradedAt: override.data.gradedAt, verification: 'reviewed', reviewer: { kind: 'platform' } },
      ],
    });

    await bus.redeliver(override);
    // The machine grade of the same round, delivered again late, must not undo the person's decision.
    await bus.publish(ChallengesEvents.gradeRecorded, graded);
    await idle();
    expect(await skillOf(candidate)).toMatchObject({ score: 88, evidence: [{ score: 88 }] });
    await expectEventually(() => expect(emittedFor(candidate).map((event) => event.score)).toEqual([70, 88]));

    await bus.publish(ChallengesEvents.gradeRecorded, { ...graded, score: 64, gradedAt: daysAgo(1), round: 2 });
    await idle();
    expect(await skillOf(candidate)).toMatchObject({ score: 64, level: 'intermediate', evidence: [{ score: 64 }] });
    await expectEventually(() => expect(emittedFor(candidate).map((event) => event.score)).toEqual([70, 88, 64]));
  });

  it("keeps a company's review beside the public grade, labelled, counting for that company alone", async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    const companyId = randomUUID();
    const graded = recordedGrade(candidate.userId, { score: 47, gradedAt: daysAgo(4), companyId });
    await bus.publish(ChallengesEvents.gradeRecorded, graded);
    await bus.publish(
      ChallengesEvents.gradeRecorded,
      overriddenGrade(graded, {
        score: 100,
        gradedAt: daysAgo(3),
        issuer: { kind: 'company', companyId, name: 'Friendly Co' },
        reviewer: { userId: randomUUID(), kind: 'company', name: 'Friendly Co' },
        standing: 'company',
      }),
    );
    await idle();
    const skill = await skillOf(candidate);
    expect(skill).toMatchObject({ score: 47, level: 'intermediate' });
    expect(skill.evidence).toEqual([
      expect.objectContaining({
        score: 100,
        verification: 'reviewed',
        issuer: { kind: 'company', companyId, name: 'Friendly Co' },
        reviewer: expect.objectContaining({ kind: 'company', name: 'Friendly Co' }),
        counts: false,
      }),
      expect.objectContaining({ score: 47, verification: 'ai', counts: true }),
    ]);
    await expectEventually(() =>
      expect(emittedFor(candidate).at(-1)).toMatchObject({ score: 47, companyScores: { [companyId]: 100 } }),
    );
  });

  it('never verifies a skill from practice, nor from a flagged grade until it is accepted', async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    await publishGrade(candidate.userId, {
      score: 100,
      gradedAt: daysAgo(2),
      grader: 'heuristic',
      model: null,
      verification: 'practice',
      standing: 'practice',
      skills: ['python'],
    });
    const flagged = await publishGrade(candidate.userId, { score: 95, gradedAt: daysAgo(1), standing: 'under_review' });
    await idle();
    expect((await publicProfile(candidate)).verifiedSkills).toEqual([]);

    await bus.publish(ChallengesEvents.gradeRecorded, { ...flagged.data, decision: 'accepted', standing: 'public' });
    await idle();
    expect(await skillOf(candidate)).toMatchObject({ skill: 'machine-learning', score: 95 });
  });

  it('says nothing when a review leaves the score and level as they were', async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    const graded = recordedGrade(candidate.userId, { score: 72, gradedAt: daysAgo(2) });
    await bus.publish(ChallengesEvents.gradeRecorded, graded);
    await bus.publish(ChallengesEvents.gradeRecorded, overriddenGrade(graded, { score: 72, gradedAt: daysAgo(1) }));
    await idle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emittedFor(candidate).map((event) => event.score)).toEqual([72]);
  });

  it("tells the gateways the candidate's own view changed whenever a shown skill's evidence does, and only then", async () => {
    const candidate = await registerAccount(gateway, 'candidate');
    const changes = () => accountChanges.filter((event) => event.data.userId === candidate.userId);
    await publishGrade(candidate.userId, {
      score: 100,
      gradedAt: daysAgo(3),
      grader: 'heuristic',
      model: null,
      verification: 'practice',
      standing: 'practice',
    });
    await idle();
    // The outbox relays in commit order, so a change announced for the practice grade would come first.
    await publishGrade(candidate.userId, { score: 80, gradedAt: daysAgo(2) });
    await expectEventually(() => expect(changes()).toHaveLength(1));

    await publishGrade(candidate.userId, { score: 50, gradedAt: daysAgo(1) });
    await expectEventually(() => expect(changes()).toHaveLength(2));
    expect((await skillOf(candidate)).evidence.map(({ score }: { score: number }) => score)).toEqual([50, 80]);
    expect(emittedFor(candidate).map((event) => event.score)).toEqual([80]);
  });
});
