import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { resetCaches } from 'graphql-tag';

/**
 * @nestjs/graphql builds the code-first schema, prints it and parses the text again with
 * graphql-tag, whose cache then holds that document (1.2 MiB retained in an idle gateway's heap
 * snapshot) for the life of the process. Nothing in the gateway parses through graphql-tag
 * afterwards, so the cache is emptied once the schema is built.
 */
@Injectable()
export class GraphqlTagCacheRelease implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    resetCaches();
  }
}
