import { LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { trackRequests } from './common/request-activity';
import { AppConfig } from './config/config';

const API_PATHS = ['/graphql', '/health'];

/**
 * The Content-Security-Policy of every response. The web client is same-origin files built by
 * Vite (scripts: 'self'); Mantine injects <style> elements and style attributes, hence
 * 'unsafe-inline' for styles only. GraphiQL (development only) loads from a CDN, so /graphql's
 * HTML page in development is the one exception (see securityHeaders).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** What main.ts and the end-to-end tests both set up on the Nest application. */
export function configureHttp(app: NestExpressApplication, config: AppConfig, logger: LoggerService): void {
  // Which peers' X-Forwarded-For is believed: the per-address rate limits key on req.ip.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(trackRequests); // bulk background work (a reindex) gives way while requests are served
  app.use(securityHeaders(config));
  // Member imports send a CSV of up to 2 MB in the request (JSON-escaped, hence the margin).
  // The document itself is capped in tokens by the GraphQL parser (GRAPHQL_MAX_TOKENS).
  app.useBodyParser('json', { limit: '3mb' });
  serveWebClient(app, config.webDistDir, logger);
}

/** Security headers on every response: the API's, the web client's and errors alike. */
export function securityHeaders(config: AppConfig) {
  const hsts = config.nodeEnv === 'production' && config.publicUrl.startsWith('https://');
  const graphiql = config.nodeEnv !== 'production';
  return (req: Request, res: Response, next: NextFunction): void => {
    // GraphiQL's page (development only) is served from a CDN with inline scripts: no CSP there.
    const graphiqlPage = graphiql && req.method === 'GET' && req.path === '/graphql';
    if (!graphiqlPage) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (isApiPath(req.path)) res.setHeader('Cache-Control', 'no-store'); // answers hold what only this viewer may see
    next();
  };
}

function isApiPath(path: string): boolean {
  return API_PATHS.some((api) => path === api || path.startsWith(`${api}/`));
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
    if (!['GET', 'HEAD'].includes(req.method) || isApiPath(req.path) || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}
