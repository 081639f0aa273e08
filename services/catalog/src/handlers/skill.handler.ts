import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogRequests, SkillGetRequest, type SkillView } from '@skillproof/contracts';
import { SkillService } from '../services/skill.service';

@Controller()
export class SkillHandler {
  constructor(private readonly skills: SkillService) {}

  @MessagePattern(CatalogRequests.getSkill.subject)
  get(@Payload() request: SkillGetRequest): Promise<SkillView> {
    return this.skills.getPage(request.slug);
  }
}
