/** The search page's state, all of it in the address (shareable, survives reload and back). */
export interface SearchParams {
  q?: string;
}

export function validateSearchParams(search: Record<string, unknown>): SearchParams {
  return typeof search.q === 'string' && search.q !== '' ? { q: search.q } : {};
}
