// The web client's own search documents, read from apps/web/src/search/search-documents.ts (each
// `graphql(`…`)` there), so that the load is what the search page sends — the same fields, facets
// and highlights — and follows it when the page changes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../apps/web/src/search/search-documents.ts'), 'utf8');
const documents = new Map([...source.matchAll(/export const (\w+) = graphql\(`([\s\S]*?)`\)/g)].map(([, name, text]) => [name, text]));

function webDocument(name) {
  const text = documents.get(name);
  if (!text) throw new Error(`apps/web/src/search/search-documents.ts has no ${name}`);
  return text.includes('...SearchFacetFields') ? `${text}\n${documents.get('SearchFacetFieldsFragment')}` : text;
}

export const SEARCH_NEEDS = webDocument('SearchNeedsDocument');
export const SEARCH_RESEARCHERS = webDocument('SearchResearchersDocument');
export const NEED_FACET_COUNTS = webDocument('NeedFacetCountsDocument');
export const RESEARCHER_FACET_COUNTS = webDocument('ResearcherFacetCountsDocument');
