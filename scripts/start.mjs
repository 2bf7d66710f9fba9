// `npm start`: build what changed, then run the API, which serves the web client on the same origin.
import { createRequire } from 'node:module';
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale(['api', 'web']);
createRequire(import.meta.url)('../dist/apps/api/src/main.js');
