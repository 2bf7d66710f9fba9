import { Args } from '@nestjs/graphql';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../common/domain-errors';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

@Injectable()
class IdempotencyKeyPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | null | undefined {
    if (value != null && !KEY.test(value)) throw InvalidInputError.field(metadata.data ?? 'idempotencyKey', 'idempotencyKeyFormat');
    return value;
  }
}

/** `@IdempotencyKeyArg() key`: the optional key of a create mutation a client may retry. */
export const IdempotencyKeyArg = () =>
  Args(
    'idempotencyKey',
    {
      type: () => String,
      nullable: true,
      description: 'Optional, 8–100 letters, digits, "-" or "_" (e.g. a UUID made once per form submission): a retry with the same key within 24 h returns the first result instead of creating another',
    },
    IdempotencyKeyPipe,
  );
