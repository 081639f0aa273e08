import { Module } from '@nestjs/common';
import { HttpCacheHook } from './http-cache.hook';

/** Cache validators and lifetimes for REST reads (see HttpCacheHook). */
@Module({ providers: [HttpCacheHook] })
export class HttpCacheModule {}
