import { LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = ['/graphql', '/health'];

/** What main.ts and the end-to-end tests both set up on the Nest application. */
export function configureHttp(app: NestExpressApplication, distDir: string, logger: LoggerService): void {
  app.set('trust proxy', 'loopback');
  // Member imports send a CSV of up to 2 MB in the request (JSON-escaped, hence the margin).
  app.useBodyParser('json', { limit: '3mb' });
  serveWebClient(app, distDir, logger);
}

/** Serves the built web client from the API's own origin, with index.html for client-side routes. */
function serveWebClient(app: NestExpressApplication, distDir: string, logger: LoggerService): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ msg: 'Web client not built: only the API is served', distDir }, 'WebClient');
    return;
  }
  app.useStaticAssets(distDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`));
    if (!['GET', 'HEAD'].includes(req.method) || isApi || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}
