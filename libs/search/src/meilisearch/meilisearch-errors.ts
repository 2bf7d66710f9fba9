import { SearchRequestError, SearchUnavailableError } from '../search-engine';

interface MeilisearchErrorShape {
  name?: string;
  message?: string;
  cause?: { code?: string; type?: string } | unknown;
  response?: { status?: number };
}

/** A failed task or an API error body: { code, type, message }. */
export interface MeilisearchErrorBody {
  code?: string;
  type?: string;
  message?: string;
}

/**
 * The client's errors as the port's. Matched by name, so that this stays a pure function of the
 * error (the client module is loaded lazily). Network failures and time-outs, server faults,
 * rate limits and refused credentials mean "try later"; a request Meilisearch rejects
 * (unknown index, invalid filter or sort, bad document) is the caller's error.
 */
export function toSearchError(error: unknown): Error {
  if (error instanceof SearchRequestError || error instanceof SearchUnavailableError) return error;
  const shape = (error ?? {}) as MeilisearchErrorShape;
  const message = shape.message ?? String(error);
  switch (shape.name) {
    case 'MeilisearchRequestError':
    case 'MeilisearchRequestTimeOutError':
    case 'MeilisearchTaskTimeOutError':
      return new SearchUnavailableError(`Meilisearch unreachable: ${message}`, error);
    case 'MeilisearchApiError':
      return apiError(shape.response?.status, shape.cause as MeilisearchErrorBody | undefined, message, error);
    default:
      return new SearchUnavailableError(`Meilisearch failed: ${message}`, error);
  }
}

function apiError(status: number | undefined, body: MeilisearchErrorBody | undefined, message: string, cause: unknown): Error {
  const isRequestFault = body?.type === 'invalid_request' || (status !== undefined && status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status));
  return isRequestFault ? new SearchRequestError(`Meilisearch rejected the request: ${message}`, cause) : new SearchUnavailableError(`Meilisearch failed: ${message}`, cause);
}

/** A task that ended as failed: an invalid request, or a fault of the server. */
export function taskError(body: MeilisearchErrorBody | null | undefined): Error {
  const message = body?.message ?? 'task failed';
  return body?.type === 'invalid_request' ? new SearchRequestError(`Meilisearch rejected the task: ${message}`, body) : new SearchUnavailableError(`Meilisearch task failed: ${message}`, body);
}
