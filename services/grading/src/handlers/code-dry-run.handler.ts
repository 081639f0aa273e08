import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CodeDryRunRequest, CodeRequests, type CodeRunResult } from '@skillproof/contracts';
import { CodeRunner } from '../services/code-runner.service';

@Controller()
export class CodeDryRunHandler {
  constructor(private readonly runner: CodeRunner) {}

  @MessagePattern(CodeRequests.dryRun.subject)
  dryRun(@Payload() request: CodeDryRunRequest): Promise<CodeRunResult> {
    return this.runner.run(request.spec, request.source);
  }
}
