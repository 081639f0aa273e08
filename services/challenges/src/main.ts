import 'reflect-metadata';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { ChallengesConfig } from './config/challenges.config';

async function main(): Promise<void> {
  const config = loadConfig(ChallengesConfig);
  await bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
