import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  ApplicationCreateRequest,
  ApplicationStatusChangeRequest,
  JobApplicationsRequest,
  JobsRequests,
  type ApplicationView,
  type Page,
} from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
import { ApplicationService } from '../services/application.service';

@Controller()
export class ApplicationHandler {
  constructor(private readonly applications: ApplicationService) {}

  @MessagePattern(JobsRequests.apply.subject)
  apply(@Payload() request: ApplicationCreateRequest, @Ctx() context: NatsContext): Promise<ApplicationView> {
    return this.applications.apply(request, traceparentOf(context));
  }

  @MessagePattern(JobsRequests.listApplications.subject)
  list(@Payload() request: JobApplicationsRequest): Promise<Page<ApplicationView>> {
    return this.applications.listForJob(request);
  }

  @MessagePattern(JobsRequests.changeApplicationStatus.subject)
  changeStatus(
    @Payload() request: ApplicationStatusChangeRequest,
    @Ctx() context: NatsContext,
  ): Promise<ApplicationView> {
    return this.applications.changeStatus(request, traceparentOf(context));
  }
}
