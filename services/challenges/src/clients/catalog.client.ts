import { Injectable } from '@nestjs/common';
import { CatalogRequests } from '@skillproof/contracts';
import { DomainError, RequestClient } from '@skillproof/platform';

/** Asks the catalogue which skills exist, so a challenge can only vouch for real ones. */
@Injectable()
export class CatalogClient {
  constructor(private readonly requests: RequestClient) {}

  /** The slugs among `skills` the catalogue does not have. */
  async unknownSkills(skills: string[], traceparent?: string): Promise<string[]> {
    const found = await Promise.all(
      skills.map((slug) =>
        this.requests.request(CatalogRequests.getSkill, { slug }, { traceparent }).then(
          () => true,
          (error: unknown) => {
            if (error instanceof DomainError && error.status === 404) return false;
            throw error;
          },
        ),
      ),
    );
    return skills.filter((_, index) => !found[index]);
  }
}
