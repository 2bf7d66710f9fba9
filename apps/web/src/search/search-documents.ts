import { graphql } from '../gql';

export const SearchNeedsDocument = graphql(`
  query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {
    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      total
      hits {
        score
        highlights {
          field
          snippets
        }
        need {
          id
          title
          description
          sector
          trlCurrent
          trlTarget
          language
          createdAt
          organisation {
            id
            name
            city
          }
        }
      }
      facets {
        ...SearchFacetFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SearchResearchersDocument = graphql(`
  query SearchResearchers($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {
    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      total
      hits {
        score
        highlights {
          field
          snippets
        }
        researcher {
          id
          headline
          expertise
          availability
          trlMin
          trlMax
          updatedAt
          researcher {
            id
            fullName
          }
          organisation {
            id
            name
            city
          }
        }
      }
      facets {
        ...SearchFacetFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SearchFacetFieldsFragment = graphql(`
  fragment SearchFacetFields on SearchFacet {
    name
    values {
      value
      count
      label
    }
  }
`);

/** Only the cursors, to reach page N of a search opened from its address (see usePageCursor). */
export const SearchNeedsCursorDocument = graphql(`
  query SearchNeedsCursor($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {
    searchNeeds(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SearchResearchersCursorDocument = graphql(`
  query SearchResearchersCursor($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {
    searchResearchers(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/**
 * A facet's counts without its own filter (the others applied): what checking one more of its
 * values would add, so a second value of the same facet stays within reach.
 */
export const NeedFacetCountsDocument = graphql(`
  query NeedFacetCounts($query: String, $filters: NeedSearchFilters) {
    searchNeeds(query: $query, filters: $filters, first: 1) {
      facets {
        ...SearchFacetFields
      }
    }
  }
`);

export const ResearcherFacetCountsDocument = graphql(`
  query ResearcherFacetCounts($query: String, $filters: ResearcherSearchFilters) {
    searchResearchers(query: $query, filters: $filters, first: 1) {
      facets {
        ...SearchFacetFields
      }
    }
  }
`);
