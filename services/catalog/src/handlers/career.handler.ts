import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import {
  CareerCreateRequest,
  CareerGetRequest,
  CareerMatchRequest,
  CareerSearchRequest,
  CareerUpdateRequest,
  CatalogRequests,
  type CareerMatchReply,
  type CareerSummary,
  type CareerView,
  type Page,
} from '@skillproof/contracts';
import { traceparentOf } from '@skillproof/platform';
import { CareerAdminService } from '../services/career-admin.service';
import { CareerService } from '../services/career.service';

@Controller()
export class CareerHandler {
  constructor(
    private readonly careers: CareerService,
    private readonly admin: CareerAdminService,
  ) {}

  @MessagePattern(CatalogRequests.getCareer.subject)
  get(@Payload() request: CareerGetRequest): Promise<CareerView> {
    return this.careers.get(request.slug);
  }

  @MessagePattern(CatalogRequests.searchCareers.subject)
  search(@Payload() request: CareerSearchRequest): Promise<Page<CareerSummary>> {
    return this.careers.search(request);
  }

  @MessagePattern(CatalogRequests.matchCareers.subject)
  match(@Payload() request: CareerMatchRequest): Promise<CareerMatchReply> {
    return this.careers.match(request);
  }

  @MessagePattern(CatalogRequests.createCareer.subject)
  create(@Payload() request: CareerCreateRequest, @Ctx() context: NatsContext): Promise<CareerView> {
    return this.admin.create(request, traceparentOf(context));
  }

  @MessagePattern(CatalogRequests.updateCareer.subject)
  update(@Payload() request: CareerUpdateRequest, @Ctx() context: NatsContext): Promise<CareerView> {
    return this.admin.update(request, traceparentOf(context));
  }
}
