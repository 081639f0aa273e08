import { ServiceConfig } from '@skillproof/config';

export class CatalogConfig extends ServiceConfig {
  override PORT = 3001;
}
