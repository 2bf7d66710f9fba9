import { QueryFailedError } from 'typeorm';

/** Postgres refused a row that a unique index already holds (e.g. two requests racing). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
