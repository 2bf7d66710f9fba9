import { IntrinsicException } from '@nestjs/common';

/**
 * Errors a service raises when a rule is broken. They know nothing of GraphQL:
 * graphql-errors.ts is the one place that turns them into GraphQL error codes.
 * (IntrinsicException: expected outcomes, so Nest does not log them as crashes.)
 */
export abstract class DomainError extends IntrinsicException {
  abstract readonly code: string;
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
  }
}

export interface FieldProblem {
  field: string;
  /** A message key of i18n-messages.ts, with its parameters. */
  reason: string;
  params?: Record<string, string | number>;
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly problems: FieldProblem[]) {
    super('invalidInput', { fields: problems.map((p) => p.field).join(', ') });
  }

  static field(field: string, reason: string, params?: Record<string, string | number>): InvalidInputError {
    return new InvalidInputError([{ field, reason, params }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super('notFound', { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(messageKey = 'forbidden', params: Record<string, string | number> = {}) {
    super(messageKey, params);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(messageKey = 'unauthenticated') {
    super(messageKey);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly retryAfterSeconds: number,
    messageKey = 'rateLimited',
  ) {
    super(messageKey, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
}
