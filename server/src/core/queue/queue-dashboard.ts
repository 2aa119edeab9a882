import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { RequestHandler } from 'express';

/**
 * bull-board over our queues, read-only: retrying or removing jobs by hand would go around the case
 * state machine (retries go through `retryReply`). The caller puts the chief-only guard in front.
 */
export function queueDashboard(queues: Queue[], basePath: string): RequestHandler {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Patrol Desk queues' } },
  });
  return serverAdapter.getRouter() as RequestHandler;
}
