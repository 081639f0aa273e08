import { Args, Query, Resolver } from '@nestjs/graphql';
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
  skill(@Args() params: SkillSlugParams): Promise<SkillPageDto> {
    return this.pages.get(params.slug);
  }

  @Query(() => SkillListDto, { description: 'Skills, best match first when `q` is given (typo tolerant)' })
  skills(@Args() args: SkillListArgs): Promise<SkillListDto> {
    return this.catalog.searchSkills(args);
  }
}
