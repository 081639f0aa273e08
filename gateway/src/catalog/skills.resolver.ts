import { Args, Query, Resolver } from '@nestjs/graphql';
import { Traceparent } from '../auth/current-principal.decorator';
import { SkillPageDto } from './skill-page.dto';
import { SkillPageService } from './skill-page.service';
import { SkillSlugParams } from './skill-slug.params';

@Resolver(() => SkillPageDto)
export class SkillsResolver {
  constructor(private readonly pages: SkillPageService) {}

  @Query(() => SkillPageDto, { description: 'The whole skill page' })
  skill(@Args() params: SkillSlugParams, @Traceparent() traceparent?: string): Promise<SkillPageDto> {
    return this.pages.get(params.slug, traceparent);
  }
}
