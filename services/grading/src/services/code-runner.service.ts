import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { CodeChallengeSpec, CodeRunResult } from '@skillproof/contracts';
import { GradingConfig } from '../config/grading.config';
import { SandboxEngine } from '../sandbox';

/**
 * The grading service's one sandbox: worker pools start on a language's first run and are
 * stopped, with whatever they run, when the service shuts down.
 */
@Injectable()
export class CodeRunner implements OnApplicationShutdown {
  private readonly engine: SandboxEngine;

  constructor(config: GradingConfig) {
    this.engine = SandboxEngine.create({ poolSize: config.SANDBOX_POOL_SIZE });
    // Operators must be able to tell whether the second wall is up: a container may refuse namespaces.
    new Logger(CodeRunner.name).log(`code sandbox outer wall: ${this.engine.wall}`);
  }

  run(spec: CodeChallengeSpec, source: string): Promise<CodeRunResult> {
    return this.engine.runSubmission(spec, source);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
