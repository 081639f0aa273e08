import { Module, type DynamicModule } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';

/** The service's validated settings, injectable everywhere in the service by their class. */
@Module({})
export class ServiceSettingsModule {
  static forRoot<Config extends object>(type: ClassConstructor<Config>, config: Config): DynamicModule {
    return {
      module: ServiceSettingsModule,
      global: true,
      providers: [{ provide: type, useValue: config }],
      exports: [type],
    };
  }
}
