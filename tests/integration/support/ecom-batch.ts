import type { Sandbox } from '../../../sandbox/server.ts';
import { ecomJson } from './ecom-state.ts';

export interface BatchStatus {
  status: 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED';
  totalRequests: number;
  completedRequests: number;
  requests: Array<{
    id?: string | number;
    path: string;
    method: string;
    status: 'COMPLETED' | 'FAILED' | 'NOT_EXECUTED';
    httpStatusCode?: number;
    httpBody?: any;
  }>;
}

/** Posts a batch and returns its ticket; the query string is given as is (e.g. "?stopOnFirstFailure=false"). */
export async function postBatch(sandbox: Sandbox, requests: unknown, query = '', token?: string): Promise<string> {
  const answer = await ecomJson(sandbox, `/batch${query}`, {
    method: 'POST',
    body: JSON.stringify(requests),
    ...(token === undefined ? {} : { token }),
  });
  if (answer.status !== 200 || typeof answer.body.ticket !== 'string') {
    throw new Error(`POST /batch answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body.ticket;
}

export async function batchStatus(sandbox: Sandbox, ticket: string): Promise<BatchStatus> {
  const answer = await ecomJson<BatchStatus>(sandbox, `/batch?ticket=${encodeURIComponent(ticket)}`);
  if (answer.status !== 200) throw new Error(`GET /batch answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Polls a ticket until COMPLETED; returns every status seen on the way and the final answer. */
export async function waitForBatch(sandbox: Sandbox, ticket: string, timeoutMs = 15_000) {
  const seen: BatchStatus[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await batchStatus(sandbox, ticket);
    seen.push(status);
    if (status.status === 'COMPLETED') return { final: status, seen };
    if (Date.now() > deadline) throw new Error(`Batch ${ticket} still ${status.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
