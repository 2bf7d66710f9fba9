import { FieldType, Filter, Scalar } from '../search-engine';
import { isEquals, isIn, isLeaf, LeafFilter, RangeFilter } from '../shared/filter';

export type OramaWhere = Record<string, unknown>;

/** The Orama property a filterable field is indexed under (enum, enum[], number or boolean). */
export function filterProperty(field: string): string {
  return `filter__${field}`;
}

const ORAMA_FILTER_TYPES = { string: 'enum', 'string[]': 'enum[]', number: 'number', boolean: 'boolean' } as const;

export function oramaFilterType(type: FieldType): (typeof ORAMA_FILTER_TYPES)[FieldType] {
  return ORAMA_FILTER_TYPES[type];
}

/**
 * A simplified Filter (no constant parts) as an Orama `where` clause. Strings are Orama enums, so
 * equality is exact (a 'string' property would tokenise the value). A list field matches when any
 * of its values does, as in Meilisearch. Orama's `not` also returns deleted documents: the engine
 * drops those from the results.
 */
export function toOramaWhere(filter: Filter, fields: Record<string, FieldType>): OramaWhere {
  if (isLeaf(filter)) return conditionWhere(filter, fields[filter.field]);
  if ('and' in filter) return { and: filter.and.map((part) => toOramaWhere(part, fields)) };
  if ('or' in filter) return { or: filter.or.map((part) => toOramaWhere(part, fields)) };
  return { not: toOramaWhere(filter.not, fields) };
}

function conditionWhere(leaf: LeafFilter, type: FieldType): OramaWhere {
  const property = filterProperty(leaf.field);
  if (isEquals(leaf)) return valuesWhere(property, type, [leaf.equals]);
  if (isIn(leaf)) return valuesWhere(property, type, leaf.in);
  return { [property]: rangeOperator(leaf) };
}

function valuesWhere(property: string, type: FieldType, values: Scalar[]): OramaWhere {
  switch (type) {
    case 'string':
      return { [property]: values.length === 1 ? { eq: values[0] } : { in: values } };
    case 'string[]':
      return { [property]: { containsAny: values } };
    case 'number':
      return anyOf(values.map((value) => ({ [property]: { eq: value } })));
    case 'boolean':
      return anyOf(values.map((value) => ({ [property]: value })));
  }
}

function anyOf(conditions: OramaWhere[]): OramaWhere {
  return conditions.length === 1 ? conditions[0] : { or: conditions };
}

function rangeOperator({ gte, lte }: RangeFilter): Record<string, unknown> {
  if (gte !== undefined && lte !== undefined) return { between: [gte, lte] };
  return gte !== undefined ? { gte } : { lte };
}
