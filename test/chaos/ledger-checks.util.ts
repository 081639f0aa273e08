import { Webhook } from 'standardwebhooks';
import type { ReceivedWebhook } from '@skillproof/testing';
import type { ChaosWorld } from './chaos-world.util';
import type { AcceptedSubmission } from './load-generator.util';
import type { ServiceDatabases } from './service-databases.util';

/** One line of the outcome: what should exist, what does, and how much is missing or doubled. */
export interface Tally {
  what: string;
  expected: number;
  found: number;
  lost: number;
  duplicated: number;
}

export interface LoadOutcome {
  accepted: AcceptedSubmission[];
  applied: number;
  statusChanges: number;
}

interface SubmissionRow {
  id: string;
  attempt_id: string;
  candidate_id: string;
  status: string;
  score: number | null;
  graded_entries: number;
}

/**
 * Counts, straight from each service's database and from what the webhook receiver got, whether
 * every accepted submission became exactly one grade, one piece of evidence per skill, one
 * verified score per skill, and one delivered webhook per event.
 */
export class LedgerChecks {
  constructor(
    private readonly databases: ServiceDatabases,
    private readonly world: ChaosWorld,
    private readonly received: ReceivedWebhook[],
  ) {}

  async submissions(): Promise<SubmissionRow[]> {
    return this.databases.query<SubmissionRow>(
      'challenges',
      `SELECT s.id, s.attempt_id, s.candidate_id, s.status, s.score,
              (SELECT count(*)::int FROM grade_history h
                WHERE h.submission_id = s.id AND h.kind = 'graded' AND h.round = 1) AS graded_entries
         FROM submissions s WHERE s.challenge_id = $1`,
      [this.world.challengeId],
    );
  }

  /** What is still on its way: ungraded submissions, undelivered webhooks, unpublished events. */
  async pending(load: LoadOutcome): Promise<string[]> {
    const waiting: string[] = [];
    const submissions = await this.submissions();
    const open = submissions.filter((row) => row.status === 'queued' || row.status === 'grading').length;
    if (open > 0) waiting.push(`${open} submissions not graded yet`);
    const [deliveries] = await this.databases.query<{ total: number; pending: number }>(
      'jobs',
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'pending')::int AS pending
         FROM webhook_deliveries WHERE endpoint_id = $1`,
      [this.world.webhookId],
    );
    const expectedDeliveries = load.accepted.length + load.applied + load.statusChanges;
    if (deliveries.pending > 0 || deliveries.total < expectedDeliveries) {
      waiting.push(`${deliveries.total}/${expectedDeliveries} webhook deliveries, ${deliveries.pending} pending`);
    }
    const arrived = new Set(this.received.map((entry) => entry.headers['webhook-id'])).size;
    if (arrived < deliveries.total) waiting.push(`${arrived}/${deliveries.total} webhooks received`);
    for (const service of ['challenges', 'grading', 'profiles', 'jobs'] as const) {
      const [outbox] = await this.databases.query<{ unpublished: number }>(
        service,
        `SELECT count(*)::int AS unpublished FROM outbox_events WHERE published_at IS NULL`,
      );
      if (outbox.unpublished > 0) waiting.push(`${outbox.unpublished} events in the ${service} outbox`);
    }
    return waiting;
  }

  /** Accepted submissions against the challenges service's record of them and their grades. */
  async graded(load: LoadOutcome): Promise<{ tally: Tally; graded: SubmissionRow[]; strays: number }> {
    const rows = await this.submissions();
    const byAttempt = new Map(rows.map((row) => [row.attempt_id, row]));
    const accepted = load.accepted.map((entry) => byAttempt.get(entry.attemptId));
    const graded = accepted.filter((row): row is SubmissionRow => row?.status === 'graded');
    const acceptedAttempts = new Set(load.accepted.map((entry) => entry.attemptId));
    return {
      tally: {
        what: 'submissions graded (challenges)',
        expected: load.accepted.length,
        found: graded.length,
        lost: load.accepted.length - graded.length,
        duplicated: graded.reduce((sum, row) => sum + Math.max(0, row.graded_entries - 1), 0),
      },
      graded,
      // Stored work that no client was told about: a 5xx that was in fact a success, never retried.
      strays: rows.filter((row) => !acceptedAttempts.has(row.attempt_id)).length,
    };
  }

  /** One grading result per submission and round in the grading service. */
  async gradingResults(graded: SubmissionRow[]): Promise<Tally> {
    const rows = await this.databases.query<{ submission_id: string; results: number }>(
      'grading',
      `SELECT submission_id, count(*)::int AS results FROM grading_results
        WHERE submission_id = ANY($1::uuid[]) AND round = 1 AND outcome = 'graded'
        GROUP BY submission_id`,
      [graded.map((row) => row.id)],
    );
    return countOnce(
      'grading results (grading)',
      graded.length,
      rows.map((row) => row.results),
    );
  }

  /** One piece of evidence per submission and skill on the candidate's profile. */
  async evidence(graded: SubmissionRow[]): Promise<Tally> {
    const rows = await this.databases.query<{ submission_id: string; skill: string; score: number }>(
      'profiles',
      `SELECT submission_id, skill, score FROM skill_evidence WHERE challenge_id = $1`,
      [this.world.challengeId],
    );
    const expected = new Set(graded.flatMap((row) => this.world.skills.map((skill) => `${row.id}/${skill}`)));
    const found = rows.filter((row) => expected.has(`${row.submission_id}/${row.skill}`));
    return {
      what: 'skill evidence (profiles)',
      expected: expected.size,
      found: found.length,
      lost: expected.size - new Set(found.map((row) => `${row.submission_id}/${row.skill}`)).size,
      duplicated: found.length - new Set(found.map((row) => `${row.submission_id}/${row.skill}`)).size,
    };
  }

  /**
   * One verified score per candidate and skill, equal to the candidate's best grade, in profiles and
   * in the copy the jobs service keeps for matching. A wrong score counts as lost: an event is missing.
   */
  async verifiedScores(service: 'profiles' | 'jobs', graded: SubmissionRow[]): Promise<Tally> {
    const best = new Map<string, number>();
    for (const row of graded) best.set(row.candidate_id, Math.max(best.get(row.candidate_id) ?? 0, row.score ?? 0));
    const rows = await this.databases.query<{ candidate_id: string; skill: string; score: number }>(
      service,
      `SELECT candidate_id::text, skill, score FROM verified_skills WHERE candidate_id::text = ANY($1::text[])`,
      [[...best.keys()]],
    );
    const right = rows.filter(
      (row) => this.world.skills.includes(row.skill) && row.score === best.get(row.candidate_id),
    );
    const expected = best.size * this.world.skills.length;
    return {
      what: `verified scores (${service})`,
      expected,
      found: rows.length,
      lost: expected - new Set(right.map((row) => `${row.candidate_id}/${row.skill}`)).size,
      duplicated: rows.length - new Set(rows.map((row) => `${row.candidate_id}/${row.skill}`)).size,
    };
  }

  /** One application per candidate who applied. */
  async applications(load: LoadOutcome): Promise<Tally> {
    const rows = await this.databases.query<{ candidate_id: string; applications: number }>(
      'jobs',
      `SELECT candidate_id, count(*)::int AS applications FROM applications WHERE job_id = $1 GROUP BY candidate_id`,
      [this.world.jobId],
    );
    return countOnce(
      'applications (jobs)',
      load.applied,
      rows.map((row) => row.applications),
    );
  }

  /** One delivery row per event and endpoint: each graded submission, application and status change. */
  async deliveries(load: LoadOutcome): Promise<{ tally: Tally; ids: string[]; undelivered: number }> {
    const rows = await this.databases.query<{ id: string; event_type: string; body: string; status: string }>(
      'jobs',
      `SELECT id, event_type, body, status FROM webhook_deliveries WHERE endpoint_id = $1`,
      [this.world.webhookId],
    );
    const perEvent = new Map<string, number>();
    for (const row of rows) {
      const key = eventKey(row.event_type, JSON.parse(row.body) as { data: Record<string, string> });
      perEvent.set(key, (perEvent.get(key) ?? 0) + 1);
    }
    const expected = load.accepted.length + load.applied + load.statusChanges;
    return {
      tally: countOnce('webhook deliveries (jobs)', expected, [...perEvent.values()]),
      ids: rows.map((row) => row.id),
      undelivered: rows.filter((row) => row.status !== 'succeeded').length,
    };
  }

  /**
   * What reached the receiver: every delivery by its `webhook-id`. A delivery sent again after a
   * crash arrives twice with the same id, which Standard Webhooks allows (at least once); the
   * receiver deduplicates by id, so these are reported apart from duplicated deliveries. Every
   * arrival, re-sent ones included, must carry a signature the receiver can verify.
   */
  arrivals(deliveryIds: string[]): { tally: Tally; resent: number; unsigned: number } {
    const expected = new Set(deliveryIds);
    const verifier = new Webhook(this.world.webhookSecret);
    const unsigned = this.received.filter((entry) => !signedWhenReceived(verifier, entry)).length;
    const ids = this.received.map((entry) => String(entry.headers['webhook-id']));
    const distinct = new Set(ids.filter((id) => expected.has(id)));
    return {
      tally: {
        what: 'webhooks received (distinct id)',
        expected: expected.size,
        found: distinct.size,
        lost: expected.size - distinct.size,
        duplicated: 0,
      },
      resent: ids.length - new Set(ids).size,
      unsigned,
    };
  }
}

/** Tallies groups that should each hold one item: missing groups are lost, extra items duplicated. */
function countOnce(what: string, expected: number, groupSizes: number[]): Tally {
  const found = groupSizes.length;
  return {
    what,
    expected,
    found,
    lost: Math.max(0, expected - found),
    duplicated: groupSizes.reduce((sum, size) => sum + size - 1, 0),
  };
}

function eventKey(type: string, body: { data: Record<string, string> }): string {
  if (type === 'submission.graded') return `${type}/${body.data.submissionId}`;
  if (type === 'application.created') return `${type}/${body.data.applicationId}`;
  return `${type}/${body.data.applicationId}/${body.data.status}`;
}

/** How far a webhook's timestamp may be from its arrival, as Standard Webhooks libraries allow. */
const TIMESTAMP_TOLERANCE_S = 5 * 60;

/**
 * Verifies a webhook as its receiver did on arrival. The library's own `verify` compares the
 * timestamp with the present, so on a loaded machine a run longer than five minutes would count its
 * first webhooks as unsigned; this applies the same tolerance to the time of arrival instead.
 */
function signedWhenReceived(verifier: Webhook, entry: ReceivedWebhook): boolean {
  const headers = entry.headers as Record<string, string | undefined>;
  const timestamp = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(entry.receivedAt / 1_000 - timestamp) > TIMESTAMP_TOLERANCE_S) {
    return false;
  }
  const expected = verifier.sign(String(headers['webhook-id']), new Date(timestamp * 1_000), entry.body);
  return (headers['webhook-signature'] ?? '').split(' ').includes(expected);
}
