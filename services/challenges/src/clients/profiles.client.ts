import { Injectable } from '@nestjs/common';
import { ProfilesRequests } from '@skillproof/contracts';
import { RequestClient } from '@skillproof/platform';

/** Asks the profiles service for a company's name, which its challenges' evidence is issued under. */
@Injectable()
export class ProfilesClient {
  constructor(private readonly requests: RequestClient) {}

  async companyName(companyId: string, traceparent?: string): Promise<string> {
    return (await this.requests.request(ProfilesRequests.getCompany, { companyId }, { traceparent })).name;
  }
}
