import { Injectable } from '@nestjs/common';
import {
  CatalogRequests,
  type CareerCreateInput,
  type CareerMatchReply,
  type CareerMatchRequest,
  type CareerSearchRequest,
  type CareerSummary,
  type CareerUpdateInput,
  type CareerView,
  type Page,
  type Principal,
  type SkillCreateInput,
  type SkillSearchRequest,
  type SkillSummary,
  type SkillUpdateInput,
  type SkillView,
} from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';
import { SkillSearchCache } from './skill-search.cache';

/** Everything the gateway asks the catalog for, apart from the composed skill page. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly services: RequestClient,
    private readonly searches: SkillSearchCache,
  ) {}

  searchSkills(query: SkillSearchRequest, traceparent?: string): Promise<Page<SkillSummary>> {
    return this.searches.get(query, () =>
      this.services.request(CatalogRequests.searchSkills, { ...query }, { traceparent }),
    );
  }

  createSkill(skill: SkillCreateInput, principal?: Principal, traceparent?: string): Promise<SkillView> {
    return this.services.request(CatalogRequests.createSkill, { principal, skill }, { traceparent });
  }

  updateSkill(
    slug: string,
    changes: SkillUpdateInput,
    principal?: Principal,
    traceparent?: string,
  ): Promise<SkillView> {
    return this.services.request(CatalogRequests.updateSkill, { principal, slug, changes }, { traceparent });
  }

  searchCareers(query: CareerSearchRequest, traceparent?: string): Promise<Page<CareerSummary>> {
    return this.services.request(CatalogRequests.searchCareers, { ...query }, { traceparent });
  }

  getCareer(slug: string, traceparent?: string): Promise<CareerView> {
    return this.services.request(CatalogRequests.getCareer, { slug }, { traceparent });
  }

  createCareer(career: CareerCreateInput, principal?: Principal, traceparent?: string): Promise<CareerView> {
    return this.services.request(CatalogRequests.createCareer, { principal, career }, { traceparent });
  }

  updateCareer(
    slug: string,
    changes: CareerUpdateInput,
    principal?: Principal,
    traceparent?: string,
  ): Promise<CareerView> {
    return this.services.request(CatalogRequests.updateCareer, { principal, slug, changes }, { traceparent });
  }

  matchCareers(request: CareerMatchRequest, traceparent?: string): Promise<CareerMatchReply> {
    return this.services.request(
      CatalogRequests.matchCareers,
      { skills: request.skills.map(({ skill, level }) => ({ skill, level })), interests: request.interests },
      { traceparent },
    );
  }
}
