import { Args, Query, Resolver } from '@nestjs/graphql';
import { Traceparent } from '../auth/current-principal.decorator';
import { CatalogService } from './catalog.service';
import { SkillListArgs } from './catalog-list.args';
import { SkillListDto, SkillPageDto } from './skill-page.dto';
import { SkillPageService } from './skill-page.service';
import { SkillSlugParams } from './skill-slug.params';

@Resolver(() => SkillPageDto)
export class SkillsResolver {
  constructor(
    private readonly pages: SkillPageService,
    private readonly catalog: CatalogService,
  ) {}

  @Query(() => SkillPageDto, { description: 'The whole skill page' })
  skill(@Args() params: SkillSlugParams, @Traceparent() traceparent?: string): Promise<SkillPageDto> {
    return this.pages.get(params.slug, traceparent);
  }

  @Query(() => SkillListDto, { description: 'Skills, best match first when `q` is given (typo tolerant)' })
  skills(@Args() args: SkillListArgs, @Traceparent() traceparent?: string): Promise<SkillListDto> {
    return this.catalog.searchSkills(args, traceparent);
  }
}
