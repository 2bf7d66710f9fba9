import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { requestsInFlight, trackRequests } from './request-activity';

function serve(): EventEmitter {
  const res = new EventEmitter();
  trackRequests({} as Request, res as unknown as Response, () => undefined);
  return res;
}

describe('requests in flight', () => {
  it('counts a request from its arrival until its response is sent or its connection lost, once', () => {
    const before = requestsInFlight();
    const answered = serve();
    const dropped = serve();
    expect(requestsInFlight()).toBe(before + 2);
    answered.emit('finish');
    answered.emit('close');
    expect(requestsInFlight()).toBe(before + 1);
    dropped.emit('close');
    expect(requestsInFlight()).toBe(before);
  });
});
