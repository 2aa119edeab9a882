import type { AppUnderTest } from './app-under-test';

export interface SandboxReply {
  id: string;
  inReplyToPostId: string;
  text: string;
}

/** Adds a post to the X sandbox, as if someone had just posted it on X. Returns its ID. */
export async function postOnX(app: AppUnderTest, text: string, authorUsername: string, profile?: string): Promise<string> {
  const res = await fetch(`${app.sandboxUrl}/__admin/posts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, authorUsername, ...(profile ? { profile } : {}) }),
  });
  if (!res.ok) throw new Error(`sandbox refused the post: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id?: string; data?: { id: string } };
  return body.id ?? body.data!.id;
}

export async function sandboxReplies(app: AppUnderTest): Promise<SandboxReply[]> {
  const body = (await (await fetch(`${app.sandboxUrl}/__admin/replies`)).json()) as SandboxReply[] | { replies: SandboxReply[] };
  return Array.isArray(body) ? body : body.replies;
}

/** Waits until the worker has replied to `postId` on the sandbox; returns the replies to it. */
export async function waitForReply(app: AppUnderTest, postId: string, timeoutMs = 20_000): Promise<SandboxReply[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const replies = (await sandboxReplies(app)).filter((r) => r.inReplyToPostId === postId);
    if (replies.length > 0) return replies;
    if (Date.now() > deadline) throw new Error(`no reply to ${postId} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Scripts the sandbox's next answers (e.g. X refusing a reply as a duplicate). */
export async function scriptSandbox(app: AppUnderTest, behaviour: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${app.sandboxUrl}/__admin/behaviour`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(behaviour),
  });
  if (!res.ok) throw new Error(`sandbox refused the behaviour: ${res.status} ${await res.text()}`);
}
