/**
 * A request/reply subject with the payload it takes and the reply it gives. The phantom fields
 * carry the types only; at run time a definition is just its subject.
 */
export interface RequestDefinition<Request, Reply> {
  readonly subject: string;
  readonly __request?: Request;
  readonly __reply?: Reply;
}

/** A domain event subject with the type of its `data`. */
export interface EventDefinition<Data> {
  readonly subject: string;
  readonly __data?: Data;
}

export const defineRequest = <Request, Reply>(subject: string): RequestDefinition<Request, Reply> => ({ subject });
export const defineEvent = <Data>(subject: string): EventDefinition<Data> => ({ subject });

export type RequestOf<D> = D extends RequestDefinition<infer Request, unknown> ? Request : never;
export type ReplyOf<D> = D extends RequestDefinition<unknown, infer Reply> ? Reply : never;
export type DataOf<D> = D extends EventDefinition<infer Data> ? Data : never;
