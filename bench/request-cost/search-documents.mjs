// The web client's search documents, as apps/web/src/search/search-documents.ts sends them (the
// fragment appended, as Apollo Client does), for bench/request-cost/under-load.mjs.
const FACET_FIELDS = `fragment SearchFacetFields on SearchFacet {
    name
    values {
      value
      count
      label
    }
  }`;

export const SEARCH_NEEDS = `query SearchNeeds($query: String, $filters: NeedSearchFilters, $sort: SearchSort, $first: Int, $after: String) {
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
${FACET_FIELDS}`;

export const SEARCH_RESEARCHERS = `query SearchResearchers($query: String, $filters: ResearcherSearchFilters, $sort: SearchSort, $first: Int, $after: String) {
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
${FACET_FIELDS}`;

export const NEED_FACET_COUNTS = `query NeedFacetCounts($query: String, $filters: NeedSearchFilters) {
    searchNeeds(query: $query, filters: $filters, first: 1) {
      facets {
        ...SearchFacetFields
      }
    }
  }
${FACET_FIELDS}`;

export const RESEARCHER_FACET_COUNTS = `query ResearcherFacetCounts($query: String, $filters: ResearcherSearchFilters) {
    searchResearchers(query: $query, filters: $filters, first: 1) {
      facets {
        ...SearchFacetFields
      }
    }
  }
${FACET_FIELDS}`;
