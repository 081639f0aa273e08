import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Traceparent } from '../auth/current-principal.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { SkillPageDto } from './skill-page.dto';
import { SkillPageService } from './skill-page.service';
import { SkillSlugParams } from './skill-slug.params';

@ApiTags('catalogue')
@Controller('skills')
export class SkillsController {
  constructor(private readonly pages: SkillPageService) {}

  @Get(':slug')
  @ApiOkResponse({ type: SkillPageDto, description: 'The whole skill page' })
  @ProblemResponses(400, 404)
  get(@Param() params: SkillSlugParams, @Traceparent() traceparent?: string): Promise<SkillPageDto> {
    return this.pages.get(params.slug, traceparent);
  }
}
