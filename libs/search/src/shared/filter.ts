import { Filter, Scalar } from '../search-engine';

export type LeafFilter = Extract<Filter, { field: string }>;
export type EqualsFilter = { field: string; equals: Scalar };
export type InFilter = { field: string; in: Scalar[] };
export type RangeFilter = { field: string; gte?: number; lte?: number };

export function isLeaf(filter: Filter): filter is LeafFilter {
  return 'field' in filter;
}

export function isEquals(filter: LeafFilter): filter is EqualsFilter {
  return 'equals' in filter;
}

export function isIn(filter: LeafFilter): filter is InFilter {
  return 'in' in filter;
}

/** Every field/value condition of a filter tree, in order. */
export function filterLeaves(filter: Filter): LeafFilter[] {
  if (isLeaf(filter)) return [filter];
  if ('and' in filter) return filter.and.flatMap(filterLeaves);
  if ('or' in filter) return filter.or.flatMap(filterLeaves);
  return filterLeaves(filter.not);
}

/**
 * Folds the constant parts of a filter: `and: []` is true, `or: []` and `in: []` are false.
 * Neither engine has a literal for true or false, so empty and/or lists are folded into constants.
 */
export function simplifyFilter(filter: Filter): Filter | boolean {
  if (isLeaf(filter)) return isIn(filter) && filter.in.length === 0 ? false : filter;
  if ('not' in filter) {
    const inner = simplifyFilter(filter.not);
    return typeof inner === 'boolean' ? !inner : { not: inner };
  }
  const isAnd = 'and' in filter;
  const parts = (isAnd ? filter.and : filter.or).map(simplifyFilter);
  // In an `and`, false decides and true is neutral; in an `or`, the reverse.
  if (parts.includes(!isAnd)) return !isAnd;
  const rest = parts.filter((part): part is Filter => typeof part !== 'boolean');
  if (rest.length === 0) return isAnd;
  if (rest.length === 1) return rest[0];
  return isAnd ? { and: rest } : { or: rest };
}
