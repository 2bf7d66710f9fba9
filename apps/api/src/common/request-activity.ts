import type { NextFunction, Request, Response } from 'express';

let inFlight = 0;

/** Counts the HTTP requests this process is serving, from their arrival to their response sent (or connection lost). */
export function trackRequests(_req: Request, res: Response, next: NextFunction): void {
  inFlight++;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    inFlight--;
  };
  res.once('finish', end);
  res.once('close', end);
  next();
}

/** How many requests are being served now: background work gives them way while there are any. */
export function requestsInFlight(): number {
  return inFlight;
}
