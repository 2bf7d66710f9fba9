import { ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldProblem, InvalidInputError } from './domain-errors';
import { hasMessage } from './i18n-messages';

/** Validates every resolver input with class-validator and reports each field with a reason key. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    stopAtFirstError: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new InvalidInputError(errors.flatMap((error) => problemsOf(error, ''))),
  });
}

/** GraphQL's parameter kinds (GqlParamtype): only arguments are client input. */
const GRAPHQL_ARGS = 3;

/**
 * The global pipe: before class-validator, any string argument (at any depth of an input) that
 * holds a NUL character is refused on its field, since Postgres cannot store one in text and no
 * person types it. One place for every resolver, public ones included.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if ((metadata.type as unknown) === GRAPHQL_ARGS || metadata.type === 'body' || metadata.type === 'query') {
      const fields = nulByteFields(value, isPlainObject(value) ? '' : (metadata.data ?? 'value'));
      if (fields.length) throw new InvalidInputError(fields.map((field) => ({ field, reason: 'noNulCharacter' })));
    }
    return super.transform(value, metadata);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The paths (`organisation.name`, `milestones.0.title`) of strings holding U+0000; an array of strings reports its field once. */
export function nulByteFields(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item === 'string' && item.includes('\u0000'))) return [path];
    return value.flatMap((item, index) => (typeof item === 'object' ? nulByteFields(item, join(String(index))) : []));
  }
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => nulByteFields(item, join(key)));
  return [];
}

function problemsOf(error: ValidationError, prefix: string): FieldProblem[] {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
    field,
    reason: reasonKey(constraint, message),
    params: constraintParams(error, constraint),
  }));
  const nested = (error.children ?? []).flatMap((child) => problemsOf(child, field));
  return [...own, ...nested];
}

/** A decorator may name its message key (`{ message: 'isPhoneNumber' }`); else the constraint is the key. */
export function reasonKey(constraint: string, message: string): string {
  if (hasMessage(message)) return message;
  return hasMessage(constraint) ? constraint : 'invalid';
}

/** The decorator's arguments (e.g. Length(8, 160) gives {0: 8, 1: 160}) for the message template. */
export function constraintParams(error: ValidationError, constraint: string): Record<string, string | number> {
  const target = error.target?.constructor;
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  const values: unknown[] = metadata?.constraints ?? [];
  return Object.fromEntries(
    values.filter((v) => typeof v === 'number' || typeof v === 'string').map((v, i) => [String(i), v as string | number]),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** For `@Args('id', IdPipe)`: a malformed id is the client's mistake, not a database error. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) throw InvalidInputError.field(metadata.data ?? 'id', 'isUuid');
    return value;
  }
}

/** IdPipe for an optional argument: absent stays absent. */
@Injectable()
export class OptionalIdPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  private readonly id = new IdPipe();
  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | null | undefined {
    return value == null ? value : this.id.transform(value, metadata);
  }
}
