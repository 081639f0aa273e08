// Decorators here read design-time types (class-transformer's @Type), so the metadata API must exist first.
import 'reflect-metadata';
export * from './definitions';
export * from './event-envelope';
export * from './rpc-problem';
export * from './principal';
export * from './paging';
export * from './levels';
export * from './bus.contract';
export * from './catalog.contract';
export * from './challenges.contract';
export * from './grading.contract';
export * from './quizzes.contract';
export * from './jobs.contract';
export * from './profiles.contract';
export * from './webhooks.contract';
export * from './trust.contract';
export * from './omittable';
export * from './code-challenge.contract';
