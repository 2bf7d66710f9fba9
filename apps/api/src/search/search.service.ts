import { Inject, Injectable } from '@nestjs/common';
import { ConceptIndex, conceptLabel } from '../../../../libs/text/src';
import { Filter, SearchEngine, SearchRequest, SearchResult } from '../../../../libs/search/src';
import { InvalidInputError } from '../common/domain-errors';
import { Language } from '../common/i18n-messages';
import { isStaff, Viewer } from '../common/viewer';
import { NeedStatus, NeedVisibility } from '../needs/need.enums';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { ProfilesService } from '../profiles/profiles.service';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { CONCEPT_INDEX } from './concept-index.provider';
import { ZeroHitQueries } from './zero-hit-queries';
import { NeedSearchFilters, ResearcherSearchFilters, SearchArgs, SearchSort } from './dto/search.args';
import { SEARCH_ENGINE } from './search-engine.provider';
import { MAX_FACET_VALUES, SearchIndexes } from './search-indexes';
import { NeedSearchResult, ResearcherSearchResult, SearchFacet, SearchHighlight } from './search-result.model';

const NEED_FACETS = ['sector', 'city', 'region', 'trlCurrent', 'language', 'organisationKind', 'concepts'];
const RESEARCHER_FACETS = ['languages', 'availability', 'organisationKind', 'sectors', 'city', 'region', 'concepts'];
const NEED_HIGHLIGHTS = ['title', 'description', 'keywords'];
const RESEARCHER_HIGHLIGHTS = ['headline', 'expertise', 'keywords', 'techniques', 'publicationTitles'];
/** What NEWEST sorts on, per index (both fields are sortable in NEEDS_INDEX_SETTINGS / RESEARCHERS_INDEX_SETTINGS). */
const NEEDS_NEWEST: SearchRequest['sort'] = [{ field: 'createdAt', direction: 'desc' }];
const RESEARCHERS_NEWEST: SearchRequest['sort'] = [{ field: 'updatedAt', direction: 'desc' }];
const collator = new Intl.Collator();

@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(CONCEPT_INDEX) private readonly concepts: ConceptIndex,
    private readonly indexes: SearchIndexes,
    private readonly needs: NeedsService,
    private readonly profiles: ProfilesService,
    private readonly zeroHits: ZeroHitQueries,
  ) {}

  async searchNeeds(viewer: Viewer, args: SearchArgs, filters: NeedSearchFilters = {}): Promise<NeedSearchResult> {
    const offset = decodeOffset(args.after);
    const filter = and([needVisibility(viewer), ...needFilters(filters)]);
    const query = queryOf(args);
    const sort = sortOf(args, query, NEEDS_NEWEST);
    const result = await this.run(this.indexes.needs, query, sort, filter, NEED_FACETS, NEED_HIGHLIGHTS, offset, args.first);
    const needs = byId(await this.needs.findVisible(viewer, result.hits.map((h) => h.id)));
    return {
      total: result.total,
      hits: result.hits.filter((hit) => needs.has(hit.id)).map((hit) => ({ need: needs.get(hit.id) as Need, score: hit.score, highlights: highlightsOf(hit.highlights) })),
      facets: this.facetsOf(result, viewer.language),
      pageInfo: pageInfo(offset, args.first, result.total),
    };
  }

  async searchResearchers(viewer: Viewer, args: SearchArgs, filters: ResearcherSearchFilters = {}): Promise<ResearcherSearchResult> {
    const offset = decodeOffset(args.after);
    const filter = and(researcherFilters(filters));
    const query = queryOf(args);
    const sort = sortOf(args, query, RESEARCHERS_NEWEST);
    const result = await this.run(this.indexes.researchers, query, sort, filter, RESEARCHER_FACETS, RESEARCHER_HIGHLIGHTS, offset, args.first);
    const profiles = byId(await this.profiles.findVisible(viewer, result.hits.map((h) => h.id)));
    return {
      total: result.total,
      hits: result.hits
        .filter((hit) => profiles.has(hit.id))
        .map((hit) => ({ researcher: profiles.get(hit.id) as ResearcherProfile, score: hit.score, highlights: highlightsOf(hit.highlights) })),
      facets: this.facetsOf(result, viewer.language),
      pageInfo: pageInfo(offset, args.first, result.total),
    };
  }

  private run(
    index: string,
    query: string,
    sort: SearchRequest['sort'],
    filter: Filter | undefined,
    facets: string[],
    highlight: string[],
    offset: number,
    limit: number,
  ) {
    return this.indexes.read(async () => {
      const result = await this.engine.search(index, { query, sort, filter, facets, highlight, offset, limit });
      // For the glossary's suggestions: a query that found nothing (normalised, no user recorded).
      if (result.total === 0 && offset === 0 && query.trim()) await this.zeroHits.record(query, index === this.indexes.needs ? 'needs' : 'researchers');
      return result;
    });
  }

  private facetsOf(result: SearchResult<object>, language: Language): SearchFacet[] {
    return Object.entries(result.facets).map(([name, counts]) => ({
      name,
      values: mostFrequentValues(counts).map(([value, count]) => ({ value, count, label: name === 'concepts' ? conceptLabel(this.concepts, value, language) : null })),
    }));
  }
}

/**
 * A facet's values, most frequent first (ties alphabetical), at most MAX_FACET_VALUES of them.
 * The engine already keeps only that many (the indexes' maxValuesPerFacet: on a large index the
 * concepts facet counts thousands of values, and naming, sending, labelling and sorting all of
 * them cost the event loop far more than the hits); this fixes the order the page lists them in.
 */
export function mostFrequentValues(counts: Record<string, number>, limit = MAX_FACET_VALUES): Array<[string, number]> {
  return Object.entries(counts)
    .filter(([value]) => value !== '')
    .sort(([a, countA], [b, countB]) => countB - countA || collator.compare(a, b))
    .slice(0, limit);
}

/**
 * NeedsService's visibility rules as a search filter, so that hits, totals and facet counts
 * agree with the lists: staff see everything; an organisation sees all its own needs; other
 * members see published needs that are PUBLIC, or MEMBERS when their organisation is a member.
 */
export function needVisibility(viewer: Viewer): Filter | undefined {
  if (isStaff(viewer)) return undefined;
  const visibilities = viewer.organisationIsMember ? [NeedVisibility.PUBLIC, NeedVisibility.MEMBERS] : [NeedVisibility.PUBLIC];
  const published: Filter = { and: [{ not: { field: 'status', equals: NeedStatus.DRAFT } }, { field: 'visibility', in: visibilities }] };
  return viewer.organisationId ? { or: [{ field: 'organisationId', equals: viewer.organisationId }, published] } : published;
}

function needFilters(filters: NeedSearchFilters): Filter[] {
  return [
    anyOf('sector', filters.sector),
    anyOf('city', filters.city),
    anyOf('region', filters.region),
    anyOf('language', filters.language),
    anyOf('organisationKind', filters.organisationKind),
    anyOf('status', filters.status),
    anyOf('concepts', filters.concepts),
    filters.trlMin || filters.trlMax ? { field: 'trlCurrent', gte: filters.trlMin ?? 1, lte: filters.trlMax ?? 9 } : undefined,
  ].filter((f): f is Filter => !!f);
}

function researcherFilters(filters: ResearcherSearchFilters): Filter[] {
  return [
    anyOf('languages', filters.languages),
    anyOf('availability', filters.availability),
    anyOf('organisationKind', filters.organisationKind),
    anyOf('sectors', filters.sectors),
    anyOf('city', filters.city),
    anyOf('region', filters.region),
    anyOf('concepts', filters.concepts),
    ...(filters.trl ? [{ field: 'trlMin', lte: filters.trl }, { field: 'trlMax', gte: filters.trl }] : []),
  ].filter((f): f is Filter => !!f);
}

function anyOf(field: string, values: string[] | undefined): Filter | undefined {
  return values?.length ? { field, in: values } : undefined;
}

function and(filters: (Filter | undefined)[]): Filter | undefined {
  const present = filters.filter((f): f is Filter => !!f);
  return present.length === 0 ? undefined : present.length === 1 ? present[0] : { and: present };
}

/** An empty query browses: every record the filters and the viewer's rules let through. */
function queryOf(args: SearchArgs): string {
  return (args.query ?? '').trim();
}

/** Without a query there is no relevance to rank by: browsing lists the newest first. */
function sortOf(args: SearchArgs, query: string, newest: SearchRequest['sort']): SearchRequest['sort'] {
  return args.sort === SearchSort.NEWEST || !query ? newest : undefined;
}

function decodeOffset(after: string | null | undefined): number {
  if (!after) return 0;
  const match = /^offset:(\d{1,7})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw InvalidInputError.field('after', 'invalidCursor');
  return Number(match[1]);
}

function pageInfo(offset: number, first: number, total: number) {
  const next = offset + first;
  return { hasNextPage: next < total, endCursor: next < total ? Buffer.from(`offset:${next}`).toString('base64url') : null };
}

function highlightsOf(highlights: Record<string, string[]>): SearchHighlight[] {
  return Object.entries(highlights)
    .map(([field, snippets]) => ({ field, snippets: snippets.filter((s) => s.includes('<mark>')).map(markOnly) }))
    .filter((highlight) => highlight.snippets.length > 0);
}

const MARK_TAG = /(<\/?mark>)/;
/** An ampersand that does not start a character reference. */
const BARE_AMPERSAND = /&(?!(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+);)/gi;

/**
 * The SearchEngine port already answers HTML-escaped text with <mark> tags (both adapters, checked
 * by the contract suite), so a snippet is not escaped again (that showed "&amp;amp;"). This only
 * guarantees the format of SearchHighlight.snippets whatever the engine: any "<" or ">" outside a
 * <mark> tag and any bare "&" are escaped; text already escaped is left as it is.
 */
export function markOnly(snippet: string): string {
  return snippet
    .split(MARK_TAG)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}
