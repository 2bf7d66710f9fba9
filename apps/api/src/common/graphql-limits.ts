import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Rejects operations nested deeper than `maxDepth` fields (fragments followed, introspection included). */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set(seen).add(selection.name.value)));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };
}

/**
 * Rejects operations whose estimated cost exceeds `maxComplexity`; lists count their page size.
 * Computed once per parsed document (Apollo keeps one DocumentNode per query text in its document
 * store), operation and variables (page sizes come from them), not on every request.
 */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  const cache = new PerDocumentCache<number | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const complexity = cache.get(document, operationKey(request.operationName, operation, request.variables), () => {
            try {
              return getComplexity({
                schema,
                operationName: request.operationName,
                query: document,
                variables: request.variables,
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              return null; // invalid variables: execution reports them as BAD_USER_INPUT
            }
          });
          if (complexity !== null && complexity > maxComplexity) {
            throw new GraphQLError(`Query complexity ${complexity} exceeds the limit of ${maxComplexity}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Variables only count when the operation declares some: `{ me }` has one key whatever is sent.
 * Their strings (search text, ids, enum values) never change a cost — page sizes and @include /
 * @skip flags do — so every search of one page size shares a key, whatever its text.
 */
function operationKey(operationName: string | undefined, operation: OperationDefinitionNode | undefined, variables: unknown): string | null {
  const name = operationName ?? '';
  if (!operation?.variableDefinitions?.length) return name;
  let json: string;
  try {
    json = JSON.stringify(variables ?? null, (_key, value: unknown) => (typeof value === 'string' ? '' : value));
  } catch {
    return null; // unserialisable: computed, not cached
  }
  // Large variables (a CSV import) are not kept as keys: computed each time, like before.
  return json.length > MAX_VARIABLES_KEY ? null : `${name}\u0000${json}`;
}

const MAX_VARIABLES_KEY = 2048;

/**
 * Results keyed by the parsed document (held weakly: documents leave with Apollo's document store)
 * then by a string. Each document keeps at most MAX_KEYS_PER_DOCUMENT results, so one document
 * sent with ever-new variables costs no more memory than that. A null key is computed, not cached.
 */
export class PerDocumentCache<T> {
  static readonly MAX_KEYS_PER_DOCUMENT = 32;
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  get(document: DocumentNode, key: string | null, compute: () => T): T {
    if (key === null) return compute();
    let results = this.byDocument.get(document);
    if (results?.has(key)) return results.get(key) as T;
    const value = compute();
    if (!results) this.byDocument.set(document, (results = new Map()));
    if (results.size >= PerDocumentCache.MAX_KEYS_PER_DOCUMENT) results.clear();
    results.set(key, value);
    return value;
  }
}

export interface WidthLimits {
  /** Root fields of a query (aliases of one field count each). */
  maxRootFields: number;
  /** Root fields of a mutation: each may write, so a batch of aliased writes stays small. */
  maxMutationRootFields: number;
  /** Aliased fields anywhere in the operation, fragments expanded where they are spread. */
  maxAliases: number;
}

export const DEFAULT_WIDTH_LIMITS: WidthLimits = { maxRootFields: 20, maxMutationRootFields: 5, maxAliases: 30 };

/**
 * Refuses operations that fan out wide rather than deep: many root fields (each a query of its
 * own: complexity alone admitted ~2,400 of them) or many aliases (50 aliased `register` calls in
 * one request). Runs before complexity and execution; answers QUERY_TOO_WIDE with HTTP 400.
 */
export function widthLimitPlugin(limits: WidthLimits = DEFAULT_WIDTH_LIMITS): ApolloServerPlugin {
  const cache = new PerDocumentCache<string | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const problem = cache.get(document, request.operationName ?? '', () => widthProblem(document, operation, limits));
          if (problem) throw new GraphQLError(problem, { extensions: { code: 'QUERY_TOO_WIDE', http: { status: 400 } } });
        },
      };
    },
  };
}

export function widthProblem(document: DocumentNode, operation: OperationDefinitionNode | undefined, limits: WidthLimits): string | null {
  if (!operation) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const maxRoots = operation.operation === 'mutation' ? limits.maxMutationRootFields : limits.maxRootFields;
  const roots = countFields(operation.selectionSet, fragments, () => true, maxRoots + 1, false);
  if (roots > maxRoots) return `The ${operation.operation} has more than ${maxRoots} root fields (aliases count each)`;
  const aliases = countFields(operation.selectionSet, fragments, (alias) => alias, limits.maxAliases + 1, true);
  if (aliases > limits.maxAliases) return `The ${operation.operation} has more than ${limits.maxAliases} aliased fields`;
  return null;
}

/** Counts matching fields, fragments expanded (each spread of a fragment counts again), stopping at `stopAt`. */
function countFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  counts: (aliased: boolean) => boolean,
  stopAt: number,
  deep: boolean,
): number {
  let total = 0;
  const visit = (set: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of set.selections) {
      if (total >= stopAt) return;
      if (selection.kind === Kind.FIELD) {
        if (counts(Boolean(selection.alias))) total++;
        if (deep && selection.selectionSet) visit(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set(seen).add(selection.name.value));
      }
    }
  };
  visit(selectionSet, new Set());
  return total;
}
