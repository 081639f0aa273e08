import type { AppDefinition } from '@skillproof/platform';
import { AppModule } from './app.module';
import { GatewayConfig } from './config/gateway.config';
import { createGateway } from './create-gateway';

export const GATEWAY: AppDefinition<GatewayConfig> = {
  name: 'gateway',
  config: GatewayConfig,
  create: (config, options = {}) => createGateway(AppModule.forRoot(config, options.clock), config),
};
