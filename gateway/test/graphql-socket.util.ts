import { once } from 'node:events';
import WebSocket from 'ws';
import { expectEventually } from '@skillproof/testing';

/** A message the server sends over the graphql-transport-ws protocol. */
export interface ServerMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/**
 * A GraphQL-over-websocket client as a browser would use it: credentials go in the
 * `connection_init` payload (the client's connectionParams), never in headers. It records every
 * message, so a test reads what one subscription received in order.
 */
export class GraphQLSocket {
  readonly received: ServerMessage[] = [];
  private lastId = 0;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.received.push(JSON.parse(data.toString()) as ServerMessage));
  }

  /** Opens the socket and sends `connection_init`; see `handshake()` for the answer. */
  static async open(url: string, connectionParams?: Record<string, string>): Promise<GraphQLSocket> {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    await once(socket, 'open');
    const client = new GraphQLSocket(socket);
    socket.send(
      JSON.stringify({ type: 'connection_init', ...(connectionParams ? { payload: connectionParams } : {}) }),
    );
    return client;
  }

  /** `connection_ack` or `connection_error`, whichever the server answered the init with. */
  handshake(): Promise<string> {
    return expectEventually(() => {
      const answer = this.received.find((message) => message.type.startsWith('connection_'));
      if (!answer) throw new Error('no answer to connection_init yet');
      return answer.type;
    });
  }

  /** Starts a subscription and returns its id. */
  subscribe(query: string, variables: Record<string, unknown> = {}): string {
    const id = String((this.lastId += 1));
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    return id;
  }

  /** What the server sent for one subscription so far: data, errors, completion. */
  messagesFor(id: string): ServerMessage[] {
    return this.received.filter((message) => message.id === id);
  }

  /** Whether the server (or this client) has closed the connection. */
  isClosed(): boolean {
    return this.socket.readyState === WebSocket.CLOSED;
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = once(this.socket, 'close');
    this.socket.close();
    await closed;
  }
}
