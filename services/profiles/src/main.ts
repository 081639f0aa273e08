import 'reflect-metadata';
import { loadConfig } from '@skillproof/config';
import { bootstrapService } from '@skillproof/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { ProfilesConfig } from './config/profiles.config';

async function main(): Promise<void> {
  const config = loadConfig(ProfilesConfig);
  await bootstrapService(SERVICE_NAME, AppModule.forRoot(config), config);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
