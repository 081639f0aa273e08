import { defineService } from '@skillproof/service-core';
import { AppModule } from './app.module';
import { CatalogConfig } from './config/catalog.config';
import { CATALOG_ENTITIES } from './entities';
import { CATALOG_MIGRATIONS } from './migrations';

export const CATALOG_SERVICE = defineService({
  name: 'catalog',
  config: CatalogConfig,
  module: () => AppModule,
  entities: CATALOG_ENTITIES,
  migrations: CATALOG_MIGRATIONS,
});
