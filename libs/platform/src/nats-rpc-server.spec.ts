import { ServerNats } from '@nestjs/microservices';
import { NatsRpcServer } from './nats-rpc-server';

/** Exposes the handler lookup the server runs for every message it receives. */
class InspectableServer extends NatsRpcServer {
  handlerFor(subject: string): unknown {
    return this.getHandlerByPattern(subject);
  }
}

class InspectableNestServer extends ServerNats {
  handlerFor(subject: string): unknown {
    return this.getHandlerByPattern(subject);
  }
}

describe('NatsRpcServer', () => {
  const handler = async (): Promise<string> => 'answered';
  const server = new InspectableServer({ servers: 'nats://127.0.0.1:4222' });
  server.addHandler('profiles.me.get', handler);
  server.addHandler({ cmd: 'sum', version: 2 }, handler);
  server.addHandler('null', handler);

  it('finds the handler of a plain subject', () => {
    expect(server.handlerFor('profiles.me.get')).toBe(handler);
  });

  it('still finds a handler registered with an object pattern, whatever the order of its keys', () => {
    expect(server.handlerFor('{"version":2,"cmd":"sum"}')).toBe(handler);
  });

  it('answers no handler for a subject nobody serves, JSON or not', () => {
    expect(server.handlerFor('profiles.me.delete')).toBeNull();
    expect(server.handlerFor('{"cmd":"product"}')).toBeNull();
    expect(server.handlerFor('42')).toBeNull();
  });

  it("finds what Nest's own server finds for subjects that are, or could be, JSON", () => {
    const nest = new InspectableNestServer({ servers: 'nats://127.0.0.1:4222' });
    nest.addHandler('profiles.me.get', handler);
    nest.addHandler({ cmd: 'sum', version: 2 }, handler);
    nest.addHandler('null', handler);
    for (const subject of ['null', 'null ', 'nullable.get', 'true', ' profiles.me.get', '"profiles.me.get"', '-1']) {
      expect(server.handlerFor(subject)).toBe(nest.handlerFor(subject));
    }
  });
});
