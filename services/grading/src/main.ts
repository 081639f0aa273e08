import 'reflect-metadata';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { GradingConfig } from './config/grading.config';

async function main(): Promise<void> {
  const config = loadConfig(GradingConfig);
  await bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
