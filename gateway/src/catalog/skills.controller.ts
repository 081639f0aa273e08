import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { CatalogService } from './catalog.service';
import { SkillListArgs } from './catalog-list.args';
import { SkillCreateDto, SkillUpdateDto } from './skill-input.dto';
import { SkillDto, SkillListDto, SkillPageDto } from './skill-page.dto';
import { SkillPageService } from './skill-page.service';
import { SkillSlugParams } from './skill-slug.params';

@ApiTags('catalogue')
@Controller('skills')
export class SkillsController {
  constructor(
    private readonly pages: SkillPageService,
    private readonly catalog: CatalogService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search skills' })
  @ApiOkResponse({ type: SkillListDto, description: 'Skills, best match first when `q` is given (typo tolerant)' })
  @ProblemResponses(400)
  list(@Query() query: SkillListArgs, @Traceparent() traceparent?: string): Promise<SkillListDto> {
    return this.catalog.searchSkills(query, traceparent);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'Get a skill page' })
  @ApiOkResponse({ type: SkillPageDto, description: 'The whole skill page' })
  @ProblemResponses(400, 404)
  get(@Param() params: SkillSlugParams, @Traceparent() traceparent?: string): Promise<SkillPageDto> {
    return this.pages.get(params.slug, traceparent);
  }

  @Post()
  @ApiOperation({ summary: 'Add a skill to the catalogue' })
  @Roles('admin')
  @ApiCreatedResponse({ type: SkillDto })
  @ProblemResponses(400, 401, 403, 409, 422)
  create(
    @Body() body: SkillCreateDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SkillDto> {
    return this.catalog.createSkill(body, principal, traceparent);
  }

  @Patch(':slug')
  @ApiOperation({ summary: 'Edit a skill' })
  @Roles('admin')
  @ApiOkResponse({ type: SkillDto })
  @ProblemResponses(400, 401, 403, 404, 422)
  update(
    @Param() params: SkillSlugParams,
    @Body() body: SkillUpdateDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<SkillDto> {
    return this.catalog.updateSkill(params.slug, body, principal, traceparent);
  }
}
