import { FieldType, IndexSettings, Scalar, SearchDocument, SearchRequest, SearchRequestError } from '../search-engine';
import { filterLeaves, isEquals, isIn, LeafFilter } from './filter';

/** What Meilisearch accepts as an index uid and a document id; the embedded engine holds to the same. */
const INDEX_NAME = /^[A-Za-z0-9_-]{1,400}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
/** Plain identifiers, so that a field name never needs quoting in a Meilisearch filter. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export function validateIndexSettings(settings: IndexSettings): void {
  if (!INDEX_NAME.test(settings.name)) fail(`invalid index name "${settings.name}"`);
  for (const field of Object.keys(settings.fields)) {
    if (!FIELD_NAME.test(field)) fail(`invalid field name "${field}"`);
  }
  if (settings.fields.id !== 'string') fail('field "id" must be declared as a string');
  requireTypes(settings, 'searchable', settings.searchableFields, ['string', 'string[]']);
  requireTypes(settings, 'filterable', settings.filterableFields, ['string', 'string[]', 'number', 'boolean']);
  requireTypes(settings, 'sortable', settings.sortableFields, ['string', 'number', 'boolean']);
  for (const locale of settings.locales ?? []) requireTypes(settings, 'localised', locale.fields, ['string', 'string[]']);
  const max = settings.maxValuesPerFacet;
  if (max !== undefined && !(Number.isInteger(max) && max >= 0)) fail(`maxValuesPerFacet must be an integer ≥ 0, not ${max}`);
}

function requireTypes(settings: IndexSettings, role: string, fields: string[], types: FieldType[]): void {
  for (const field of fields) {
    const type = settings.fields[field];
    if (!type) fail(`${role} field "${field}" is not declared`);
    if (!types.includes(type)) fail(`${role} field "${field}" cannot be of type ${type}`);
  }
}

/** Checked before anything is written, so that a bad document never leaves a batch half applied. */
export function validateDocuments(settings: IndexSettings, documents: SearchDocument[]): void {
  for (const document of documents) {
    if (typeof document.id !== 'string' || !DOCUMENT_ID.test(document.id)) fail(`invalid document id ${JSON.stringify(document.id)}`);
    for (const [field, type] of Object.entries(settings.fields)) {
      const value = document[field];
      if (value !== undefined && value !== null && !hasType(value, type)) {
        fail(`document ${document.id}: field "${field}" must be a ${type}`);
      }
    }
  }
}

export function validateSearchRequest(settings: IndexSettings, request: SearchRequest): void {
  if (typeof request.query !== 'string') fail('query must be a string');
  for (const leaf of request.filter ? filterLeaves(request.filter) : []) validateCondition(settings, leaf);
  for (const facet of request.facets ?? []) {
    if (!settings.filterableFields.includes(facet)) fail(`field "${facet}" is not filterable, so it cannot be a facet`);
  }
  for (const { field, direction } of request.sort ?? []) {
    if (!settings.sortableFields.includes(field)) fail(`field "${field}" is not sortable`);
    if (direction !== 'asc' && direction !== 'desc') fail(`invalid sort direction "${String(direction)}"`);
  }
  for (const field of request.highlight ?? []) {
    if (!settings.fields[field]) fail(`cannot highlight undeclared field "${field}"`);
  }
  for (const field of request.retrieve ?? []) {
    if (!settings.fields[field]) fail(`cannot retrieve undeclared field "${field}"`);
  }
  if (request.offset !== undefined && !isCount(request.offset)) fail('offset must be a non-negative integer');
  if (request.limit !== undefined && !isCount(request.limit)) fail('limit must be a non-negative integer');
}

function validateCondition(settings: IndexSettings, leaf: LeafFilter): void {
  const type = settings.fields[leaf.field];
  if (!type || !settings.filterableFields.includes(leaf.field)) fail(`field "${leaf.field}" is not filterable`);
  const elementType: FieldType = type === 'string[]' ? 'string' : type;
  if (isEquals(leaf) || isIn(leaf)) {
    const values: Scalar[] = isEquals(leaf) ? [leaf.equals] : leaf.in;
    if (!Array.isArray(values) || !values.every((value) => hasType(value, elementType))) {
      fail(`filter on "${leaf.field}" needs ${elementType} values`);
    }
    return;
  }
  if (type !== 'number') fail(`range filter on "${leaf.field}", which is not a number`);
  const bounds = [leaf.gte, leaf.lte].filter((bound) => bound !== undefined);
  if (bounds.length === 0 || !bounds.every((bound) => hasType(bound, 'number'))) {
    fail(`range filter on "${leaf.field}" needs a numeric gte or lte`);
  }
}

function hasType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((element) => typeof element === 'string');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function fail(message: string): never {
  throw new SearchRequestError(message);
}
