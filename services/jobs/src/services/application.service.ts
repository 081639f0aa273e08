import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import {
  JobsEvents,
  type ApplicationCreateRequest,
  type ApplicationStatusChangeRequest,
  type ApplicationView,
  type JobApplicationsRequest,
  type Page,
} from '@skillproof/contracts';
import { KeysetPaging } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';
import { ApplicationRepository } from '../repositories/application.repository';
import { JobRepository } from '../repositories/job.repository';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { canMove, nextStatuses } from './application-status.util';
import { toApplicationView } from './job-views.util';
import { companyView, matchScore } from './match-score.util';
import { candidateOf, companyOf, requireOwner } from './ownership.util';
import { WebhookFanoutService } from './webhook-fanout.service';
import { applicationCreatedWebhook, applicationStatusChangedWebhook } from './webhook-payload.util';

/** A job's applicants, best match first, earliest applicant first among equals. */
const RANKED_PAGING = new KeysetPaging({ matchScore: 'integer', createdAt: 'timestamp', id: 'uuid' });

@Injectable()
export class ApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRepository,
    private readonly applications: ApplicationRepository,
    private readonly verifiedSkills: VerifiedSkillRepository,
    private readonly outbox: Outbox,
    private readonly fanout: WebhookFanoutService,
  ) {}

  async apply(request: ApplicationCreateRequest, traceparent?: string): Promise<ApplicationView> {
    const candidateId = candidateOf(request.principal);
    const job = await this.jobs.findById(request.jobId);
    if (!job) throw DomainError.notFound('job', request.jobId);
    if (job.status !== 'open') throw DomainError.conflict('job.closed', 'This job no longer takes applications');
    const { matchScore: score, evidence } = matchScore(
      job.skills,
      companyView(await this.verifiedSkills.findByCandidate(candidateId), job.companyId),
    );
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.insertOnce(
        {
          jobId: job.id,
          candidateId,
          matchScore: score,
          evidence,
        },
        manager,
      );
      if (!application) throw DomainError.conflict('application.exists', 'You already applied to this job');
      const data = {
        applicationId: application.id,
        jobId: job.id,
        companyId: job.companyId,
        candidateId,
        matchScore: score,
        createdAt: application.createdAt.toISOString(),
      };
      await this.outbox.add(manager, JobsEvents.applicationCreated, { subject: application.id, data, traceparent });
      await this.fanout.enqueue(manager, applicationCreatedWebhook(data));
      return toApplicationView(application);
    });
  }

  async listForJob(request: JobApplicationsRequest): Promise<Page<ApplicationView>> {
    const companyId = companyOf(request.principal);
    const job = await this.jobs.findById(request.jobId);
    if (!job) throw DomainError.notFound('job', request.jobId);
    requireOwner('job', job.companyId, companyId);
    const window = RANKED_PAGING.window(request);
    const applications = await this.applications.listRanked(job.id, window.fetch, window.after);
    return RANKED_PAGING.page(
      applications,
      window,
      (last) => ({ matchScore: last.matchScore, createdAt: last.createdAt.toISOString(), id: last.id }),
      toApplicationView,
    );
  }

  changeStatus(request: ApplicationStatusChangeRequest, traceparent?: string): Promise<ApplicationView> {
    const companyId = companyOf(request.principal);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.findByIdForUpdate(request.id, manager);
      if (!application) throw DomainError.notFound('application', request.id);
      const job = await this.jobs.findById(application.jobId, manager);
      requireOwner('application', job!.companyId, companyId);
      const previousStatus = application.status;
      if (!canMove(previousStatus, request.status)) {
        const allowed = nextStatuses(previousStatus);
        throw DomainError.conflict(
          'application.invalid_transition',
          `An application in "${previousStatus}" cannot move to "${request.status}"; ` +
            (allowed.length > 0 ? `it can move to ${allowed.join(' or ')}` : 'it is final'),
        );
      }
      const changedAt = new Date();
      await this.applications.updateStatus(application.id, request.status, changedAt, manager);
      const data = {
        applicationId: application.id,
        jobId: application.jobId,
        companyId: job!.companyId,
        candidateId: application.candidateId,
        previousStatus,
        status: request.status,
        changedAt: changedAt.toISOString(),
      };
      await this.outbox.add(manager, JobsEvents.applicationStatusChanged, {
        subject: application.id,
        data,
        traceparent,
      });
      await this.fanout.enqueue(manager, applicationStatusChangedWebhook(data));
      return toApplicationView({ ...application, status: request.status, updatedAt: changedAt });
    });
  }

  /** After a candidate's verified scores change, their applications still in progress are scored again. */
  async rescoreCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    const open = await this.applications.findInProgressByCandidate(candidateId, manager);
    if (open.length === 0) return;
    const verified = await this.verifiedSkills.findByCandidate(candidateId, manager);
    for (const application of open) {
      const result = matchScore(application.skills, companyView(verified, application.companyId));
      await this.applications.updateMatch(application.id, result.matchScore, result.evidence, manager);
    }
  }
}
