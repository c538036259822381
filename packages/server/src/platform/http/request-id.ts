import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const storage = new AsyncLocalStorage<string>();

/** Gives every request an id (echoed in X-Request-Id) that logs and masked errors quote. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = randomUUID();
  res.setHeader('X-Request-Id', requestId);
  storage.run(requestId, next);
}

export function currentRequestId(): string | undefined {
  return storage.getStore();
}
