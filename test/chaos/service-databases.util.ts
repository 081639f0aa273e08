import { Client } from 'pg';

export type ServiceName = 'challenges' | 'grading' | 'profiles' | 'jobs';

/** Read-only access to each service's own database, named `<prefix>_<service>` as `npm start` names them. */
export class ServiceDatabases {
  private readonly clients = new Map<ServiceName, Client>();

  constructor(
    private readonly serverUrl: string,
    private readonly prefix: string,
  ) {}

  async query<Row>(service: ServiceName, sql: string, parameters: unknown[] = []): Promise<Row[]> {
    const client = await this.client(service);
    return (await client.query(sql, parameters)).rows as Row[];
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.end().catch(() => undefined)));
    this.clients.clear();
  }

  private async client(service: ServiceName): Promise<Client> {
    const existing = this.clients.get(service);
    if (existing) return existing;
    const url = new URL(this.serverUrl);
    url.pathname = `/${this.prefix}_${service}`;
    const client = new Client({ connectionString: url.toString() });
    // A connection dropped by a PostgreSQL restart is simply opened again on the next query.
    client.on('error', () => this.clients.delete(service));
    await client.connect();
    this.clients.set(service, client);
    return client;
  }
}
