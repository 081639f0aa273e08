import { Module } from '@nestjs/common';
import { CareersController } from './careers.controller';
import { CareersResolver } from './careers.resolver';
import { CatalogService } from './catalog.service';
import { SkillListingsCache } from './skill-listings.cache';
import { SkillPageCache } from './skill-page.cache';
import { SkillPageService } from './skill-page.service';
import { SkillSearchCache } from './skill-search.cache';
import { SkillUpdatesListener } from './skill-updates.listener';
import { SkillsController } from './skills.controller';
import { SkillsResolver } from './skills.resolver';

@Module({
  controllers: [SkillsController, CareersController],
  providers: [
    CatalogService,
    SkillPageCache,
    SkillListingsCache,
    SkillSearchCache,
    SkillUpdatesListener,
    SkillPageService,
    SkillsResolver,
    CareersResolver,
  ],
})
export class CatalogModule {}
