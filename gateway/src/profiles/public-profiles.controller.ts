import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Traceparent } from '../auth/current-principal.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { HandleParams, PublicProfileDto } from './profile.dto';
import { ProfilesClient } from './profiles.client';

@ApiTags('profiles')
@Controller('profiles')
export class PublicProfilesController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Get(':handle')
  @ApiOperation({ summary: 'Get a public profile' })
  @ApiOkResponse({ type: PublicProfileDto, description: 'A public profile with its verified skills' })
  @ProblemResponses(400, 404)
  get(@Param() params: HandleParams, @Traceparent() traceparent?: string): Promise<PublicProfileDto> {
    return this.profiles.publicProfile(params.handle, traceparent);
  }
}
