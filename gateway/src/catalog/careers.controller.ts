import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { CareerCreateDto, CareerUpdateDto } from './career-input.dto';
import { CareerMatchInput } from './career-match.input';
import { CareerDto, CareerListDto, CareerMatchResultDto } from './career.dto';
import { CareerSlugParams } from './career-slug.params';
import { CatalogService } from './catalog.service';
import { CareerListArgs } from './catalog-list.args';

@ApiTags('catalogue')
@Controller()
export class CareersController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('careers')
  @ApiOperation({ summary: 'Search careers' })
  @ApiOkResponse({ type: CareerListDto, description: 'Careers, best match first when `q` is given (typo tolerant)' })
  @ProblemResponses(400)
  list(@Query() query: CareerListArgs, @Traceparent() traceparent?: string): Promise<CareerListDto> {
    return this.catalog.searchCareers(query, traceparent);
  }

  @Get('careers/:slug')
  @ApiOperation({ summary: 'Get a career' })
  @ApiOkResponse({ type: CareerDto, description: 'Role, summary, salary ranges and skills with weights' })
  @ProblemResponses(400, 404)
  get(@Param() params: CareerSlugParams, @Traceparent() traceparent?: string): Promise<CareerDto> {
    return this.catalog.getCareer(params.slug, traceparent);
  }

  @Post('careers')
  @ApiOperation({ summary: 'Add a career to the catalogue' })
  @Roles('admin')
  @ApiCreatedResponse({ type: CareerDto })
  @ProblemResponses(400, 401, 403, 409, 422)
  create(
    @Body() body: CareerCreateDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<CareerDto> {
    return this.catalog.createCareer(body, principal, traceparent);
  }

  @Patch('careers/:slug')
  @ApiOperation({ summary: 'Edit a career' })
  @Roles('admin')
  @ApiOkResponse({ type: CareerDto })
  @ProblemResponses(400, 401, 403, 404, 422)
  update(
    @Param() params: CareerSlugParams,
    @Body() body: CareerUpdateDto,
    @CurrentPrincipal() principal?: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<CareerDto> {
    return this.catalog.updateCareer(params.slug, body, principal, traceparent);
  }

  @Post('career-match')
  @ApiOperation({ summary: 'Rank careers for your skills and interests' })
  @HttpCode(200)
  @ApiOkResponse({ type: CareerMatchResultDto, description: 'Every career ranked for the given skills and interests' })
  @ProblemResponses(400, 422)
  match(@Body() body: CareerMatchInput, @Traceparent() traceparent?: string): Promise<CareerMatchResultDto> {
    return this.catalog.matchCareers(body, traceparent);
  }
}
