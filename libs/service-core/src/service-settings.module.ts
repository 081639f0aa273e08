import { Module, type DynamicModule } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import { Clock } from '@skillproof/platform';

/** The service's validated settings and its clock, injectable everywhere in the service by their class. */
@Module({})
export class ServiceSettingsModule {
  static forRoot<Config extends object>(type: ClassConstructor<Config>, config: Config, clock: Clock): DynamicModule {
    return {
      module: ServiceSettingsModule,
      global: true,
      providers: [
        { provide: type, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [type, Clock],
    };
  }
}
