// Rebuilds the API and/or the web client only when their sources changed since the last build,
// so `npm start` and `npm test` stay fast after the first run.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TARGETS = {
  api: { output: 'dist/apps/api/src/main.js', sources: ['apps/api/src', 'libs', 'apps/api/tsconfig.app.json', 'tsconfig.json', 'package-lock.json'], command: 'npm run build:api' },
  web: { output: 'dist/apps/web/index.html', sources: ['apps/web', 'package-lock.json'], command: 'npm run build:web' },
};

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

export function buildIfStale(names) {
  for (const name of names) {
    const target = TARGETS[name];
    const builtAt = existsSync(target.output) ? statSync(target.output).mtimeMs : 0;
    if (builtAt >= Math.max(...target.sources.map(newestModification))) continue;
    const started = Date.now();
    process.stdout.write(`Building ${name}…\n`);
    execSync(target.command, { stdio: ['ignore', 'ignore', 'inherit'] });
    process.stdout.write(`Built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale(process.argv.slice(2));
