export { SandboxEngine, type SandboxOptions } from './sandbox-engine';
export { jsonEquals, weightedScore } from './result-comparison';
