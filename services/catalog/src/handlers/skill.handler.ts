import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  CatalogRequests,
  SkillCreateRequest,
  SkillGetRequest,
  SkillSearchRequest,
  SkillUpdateRequest,
  type Page,
  type SkillSummary,
  type SkillView,
} from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
import { SkillAdminService } from '../services/skill-admin.service';
import { SkillService } from '../services/skill.service';

@Controller()
export class SkillHandler {
  constructor(
    private readonly skills: SkillService,
    private readonly admin: SkillAdminService,
  ) {}

  @MessagePattern(CatalogRequests.getSkill.subject)
  get(@Payload() request: SkillGetRequest): Promise<SkillView> {
    return this.skills.getPage(request.slug);
  }

  @MessagePattern(CatalogRequests.searchSkills.subject)
  search(@Payload() request: SkillSearchRequest): Promise<Page<SkillSummary>> {
    return this.skills.search(request);
  }

  @MessagePattern(CatalogRequests.createSkill.subject)
  create(@Payload() request: SkillCreateRequest, @Ctx() context: NatsContext): Promise<SkillView> {
    return this.admin.create(request, traceparentOf(context));
  }

  @MessagePattern(CatalogRequests.updateSkill.subject)
  update(@Payload() request: SkillUpdateRequest, @Ctx() context: NatsContext): Promise<SkillView> {
    return this.admin.update(request, traceparentOf(context));
  }
}
