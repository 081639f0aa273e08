import { Injectable } from '@nestjs/common';
import { CatalogRequests } from '@skillproof/contracts';
import { ServiceClient } from '../bus/service-client';
import type { SkillPageDto } from './skill-page.dto';

/** Builds the skill page that REST and GraphQL both serve. */
@Injectable()
export class SkillPageService {
  constructor(private readonly services: ServiceClient) {}

  get(slug: string, traceparent?: string): Promise<SkillPageDto> {
    return this.services.request(CatalogRequests.getSkill, { slug }, { traceparent });
  }
}
