import { runEvalCommand } from '../../../../libs/matching/src';
import { createSearchEngine } from '../../../../libs/search/src';

/**
 * `npm run eval -- gold <dir> …` / `npm run eval -- collection <file.json> …`: the matching
 * evaluation commands of libs/matching/src/evaluation (see its README). This entry point is where
 * libs/matching and libs/search are wired together, as in MatchingService: libs/matching never
 * imports libs/search, and the collection command runs the proposeMatches path over a fresh
 * embedded engine (the same adapter as the API without MEILI_URL).
 */
runEvalCommand(process.argv.slice(2), { createEngine: () => createSearchEngine({}) }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
