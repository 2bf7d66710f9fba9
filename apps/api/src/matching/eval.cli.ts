import { runEvalCommand } from '../../../../libs/matching/src';
import { createSearchEngine, SearchEngine } from '../../../../libs/search/src';
import { ConceptIndex, glossarySynonyms, starterGlossary } from '../../../../libs/text/src';

/**
 * `npm run eval -- gold <dir> …` / `npm run eval -- collection <file.json> …`: the matching
 * evaluation commands of libs/matching/src/evaluation (see its README). This entry point is where
 * libs/matching and libs/search are wired together, as in MatchingService: libs/matching never
 * imports libs/search, and the collection command runs the proposeMatches path over a fresh
 * embedded engine (the same adapter as the API without MEILI_URL).
 *
 * `--glossary starter` runs with the shipped starter glossary (libs/text/data/glossary) added to
 * the thesaurus, as an installation that loaded it: concept extraction for needs and profiles,
 * documents' concept labels and the engine's synonyms, exactly as the API derives them.
 * `--glossary none` (the default) is the thesaurus alone.
 */
export function withGlossaryOption(argv: readonly string[]): { args: string[]; glossary: 'none' | 'starter' } {
  const args: string[] = [];
  let glossary: 'none' | 'starter' = 'none';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--glossary' || arg.startsWith('--glossary=')) {
      const value = arg.includes('=') ? arg.slice('--glossary='.length) : argv[++i];
      if (value !== 'none' && value !== 'starter') throw new Error('--glossary takes "starter" or "none"');
      glossary = value;
    } else args.push(arg);
  }
  return { args, glossary };
}

/** The engine with the glossary's synonyms added to every index it configures (as SearchIndexes does in the API). */
function engineWithSynonyms(engine: SearchEngine, synonyms: Record<string, string[]>): SearchEngine {
  if (!Object.keys(synonyms).length) return engine;
  const configure = engine.configureIndex.bind(engine);
  engine.configureIndex = (settings) => configure({ ...settings, synonyms: { ...(settings.synonyms ?? {}), ...synonyms } });
  return engine;
}

if (require.main === module) {
  try {
    const { args, glossary } = withGlossaryOption(process.argv.slice(2));
    if (glossary === 'starter') ConceptIndex.useDefaultGlossary(starterGlossary());
    const concepts = ConceptIndex.loadDefault();
    const synonyms = glossary === 'starter' ? glossarySynonyms(concepts, concepts.glossaryConceptCodes()) : {};
    if (glossary === 'starter') console.log(`Glossary: starter (${starterGlossary().length} entries, ${concepts.glossaryConceptCodes().length} concepts added or extended)`);
    runEvalCommand(args, { createEngine: () => engineWithSynonyms(createSearchEngine({}), synonyms) }).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
