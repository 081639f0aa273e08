import { Args, Query, Resolver } from '@nestjs/graphql';
import { CareerDto, CareerListDto, CareerMatchResultDto } from './career.dto';
import { CareerMatchInput } from './career-match.input';
import { CareerSlugParams } from './career-slug.params';
import { CatalogService } from './catalog.service';
import { Traceparent } from '../auth/current-principal.decorator';
import { CareerListArgs } from './catalog-list.args';

@Resolver(() => CareerDto)
export class CareersResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => CareerDto, { description: 'Role, summary, salary ranges and skills with weights' })
  career(@Args() params: CareerSlugParams, @Traceparent() traceparent?: string): Promise<CareerDto> {
    return this.catalog.getCareer(params.slug, traceparent);
  }

  @Query(() => CareerListDto, { description: 'Careers, best match first when `q` is given (typo tolerant)' })
  careers(@Args() args: CareerListArgs, @Traceparent() traceparent?: string): Promise<CareerListDto> {
    return this.catalog.searchCareers(args, traceparent);
  }

  @Query(() => CareerMatchResultDto, { description: 'Every career ranked for the given skills and interests' })
  careerMatch(
    @Args('input') input: CareerMatchInput,
    @Traceparent() traceparent?: string,
  ): Promise<CareerMatchResultDto> {
    return this.catalog.matchCareers(input, traceparent);
  }
}
