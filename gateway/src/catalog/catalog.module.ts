import { Module } from '@nestjs/common';
import { SkillPageService } from './skill-page.service';
import { SkillsController } from './skills.controller';
import { SkillsResolver } from './skills.resolver';

@Module({
  controllers: [SkillsController],
  providers: [SkillPageService, SkillsResolver],
})
export class CatalogModule {}
