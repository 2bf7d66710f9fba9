import { Filter, Scalar } from '../search-engine';
import { isEquals, isIn, isLeaf, LeafFilter, simplifyFilter } from '../shared/filter';

/**
 * A Filter as a Meilisearch filter expression; `true` when it keeps every document (send no
 * filter) and `false` when it keeps none (no need to ask). Field names are plain identifiers
 * (validated with the settings); string values are double-quoted with `"` and `\` escaped.
 */
export function toMeilisearchFilter(filter: Filter): string | boolean {
  const simplified = simplifyFilter(filter);
  return typeof simplified === 'boolean' ? simplified : expression(simplified);
}

function expression(filter: Filter): string {
  if (isLeaf(filter)) return condition(filter);
  if ('and' in filter) return filter.and.map(operand).join(' AND ');
  if ('or' in filter) return filter.or.map(operand).join(' OR ');
  return `NOT ${operand(filter.not)}`;
}

function operand(filter: Filter): string {
  return isLeaf(filter) ? condition(filter) : `(${expression(filter)})`;
}

function condition(leaf: LeafFilter): string {
  if (isEquals(leaf)) return `${leaf.field} = ${literal(leaf.equals)}`;
  if (isIn(leaf)) return `${leaf.field} IN [${leaf.in.map(literal).join(', ')}]`;
  if (leaf.gte !== undefined && leaf.lte !== undefined) return `${leaf.field} ${literal(leaf.gte)} TO ${literal(leaf.lte)}`;
  return leaf.gte !== undefined ? `${leaf.field} >= ${literal(leaf.gte)}` : `${leaf.field} <= ${literal(leaf.lte as number)}`;
}

export function literal(value: Scalar): string {
  if (typeof value === 'string') return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return String(value);
}
