import 'reflect-metadata';
import { loadConfig } from '@skillproof/config';
import { AppModule } from './app.module';
import { createGateway } from './create-gateway';
import { GatewayConfig } from './config/gateway.config';

async function main(): Promise<void> {
  const config = loadConfig(GatewayConfig);
  const app = await createGateway(AppModule.forRoot(config), config);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
