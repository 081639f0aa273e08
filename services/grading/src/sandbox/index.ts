export { SandboxEngine, type SandboxOptions } from './sandbox-engine';
export { jsonEquals, weightedScore } from './result-comparison';
export { DEMO_CODE_CHALLENGES, type DemoCodeChallenge } from './demo';
