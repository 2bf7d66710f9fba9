import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { JsonLogger } from '../../apps/api/src/common/json-logger';
import { AppConfig, loadConfig } from '../../apps/api/src/config/config';
import { SqlLogger } from '../../apps/api/src/database/sql-logger';
import { configureHttp } from '../../apps/api/src/web-client';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { field: string; reason: string }[] } & Record<string, unknown> }[];
}

export interface RequestOptions {
  token?: string;
  language?: string;
  headers?: Record<string, string>;
}

/** The real application on a fresh database of the test Postgres, reached over HTTP. */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly url: string,
    readonly sql: SqlLogger,
    readonly db: DataSource,
    readonly config: AppConfig,
    private readonly dropDatabase: () => Promise<void>,
    /** Another instance may start on the same database (options.databaseUrl). */
    readonly databaseUrl: string,
  ) {}

  /** `databaseUrl`: a database of your own (e.g. an embedded Postgres the test kills), left as it is at close. */
  static async start(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<TestApp> {
    const { url: databaseUrl, drop } = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      SEED_DEMO_DATA: 'false',
      INDEXER_INTERVAL_MS: '0', // tests drain the search outbox themselves (SearchIndexer.drain)
      MAIL_INTERVAL_MS: '0', // and the e-mail outbox (Mailer.drain)
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: '/tmp/passerelle-test-data',
      // Lets one engineer test a web build of their own while another rebuilds dist/apps/web.
      ...(process.env.TEST_WEB_DIST_DIR ? { WEB_DIST_DIR: process.env.TEST_WEB_DIST_DIR } : {}),
      ...env,
    });
    const sql = new SqlLogger(new JsonLogger('error'));
    const logger = new JsonLogger('error');
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, sqlLogger: sql }), { logger: false });
    configureHttp(app, config, logger);
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    return new TestApp(app, url.replace('[::1]', '127.0.0.1'), sql, app.get<DataSource>(getDataSourceToken()), config, drop, databaseUrl);
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.language ? { 'accept-language': options.language } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like gql, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    const result = await this.gql<T>(query, variables, options);
    if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    return data.login.accessToken;
  }

  /** Counts the SQL statements `action` sends. */
  async countStatements(action: () => Promise<unknown>): Promise<number> {
    const before = this.sql.statements;
    await action();
    return this.sql.statements - before;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.dropDatabase();
  }
}

/** The code of the first error, for assertions. */
export function errorCode(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL is not set: run the tests through jest (tests/setup/global-setup.ts)');
  const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(adminUrl: string, action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}
