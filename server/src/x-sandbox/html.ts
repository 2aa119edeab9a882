import type { SandboxPost, SandboxReply, XSandboxState } from './sandbox-state';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const jst = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.valueOf()) ? iso : d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
};

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", sans-serif; margin: 2rem; color: #0f1419; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
  th, td { border: 1px solid #cfd9de; padding: .4rem .6rem; text-align: left; vertical-align: top; }
  th { background: #f7f9f9; }
  .muted { color: #536471; font-size: .9em; }
  .badge { display: inline-block; padding: 0 .4em; border-radius: .3em; background: #eee; font-size: .85em; }
  .post { border: 1px solid #cfd9de; border-radius: .8rem; padding: 1rem; max-width: 40rem; margin-bottom: 1rem; white-space: pre-wrap; }
  .error { color: #b00020; }
  textarea { width: 100%; max-width: 40rem; min-height: 8rem; font: inherit; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function statusLink(state: XSandboxState, id: string | null): string {
  if (!id) return '<span class="muted">—</span>';
  const post = state.post(id);
  const username = (post && state.user(post.authorId)?.username) ?? 'i';
  return `<a href="/${escapeHtml(username)}/status/${escapeHtml(id)}">${escapeHtml(id)}</a>`;
}

export function homePage(state: XSandboxState): string {
  const official = state.user(state.officialUserId);
  const replies = state.replies.reverse();
  const others = state.allPosts().filter((p) => p.authorId !== state.officialUserId).reverse();
  const behaviour = state.behaviour();

  const replyRows = replies
    .map(
      (r: SandboxReply) => `<tr data-testid="sandbox-reply" data-reply-id="${escapeHtml(r.id)}">
  <td>${statusLink(state, r.id)}</td>
  <td>${statusLink(state, r.inReplyToPostId)}</td>
  <td>${escapeHtml(r.text)}</td>
  <td>${escapeHtml(jst(r.createdAt))}<br><span class="muted">${escapeHtml(r.createdAt)}</span></td>
  <td><span class="badge">${r.via === 'api' ? 'API' : '手動'}</span>${r.deleted ? ' <span class="badge">削除済み</span>' : ''}</td>
</tr>`,
    )
    .join('\n');

  const postRows = others
    .map((p: SandboxPost) => {
      const author = state.user(p.authorId);
      const flags = [p.deleted ? '削除済み' : '', author?.protected ? '鍵アカウント' : ''].filter(Boolean);
      return `<tr data-testid="sandbox-post" data-post-id="${escapeHtml(p.id)}">
  <td>${statusLink(state, p.id)}</td>
  <td>@${escapeHtml(author?.username)}<br><span class="muted">${escapeHtml(author?.name)}</span></td>
  <td class="muted">${escapeHtml(author?.description)}</td>
  <td>${escapeHtml(p.text)}</td>
  <td>${escapeHtml(jst(p.createdAt))}</td>
  <td>${flags.map((f) => `<span class="badge">${escapeHtml(f)}</span>`).join(' ')}</td>
</tr>`;
    })
    .join('\n');

  return layout(
    'X サンドボックス',
    `<h1>X サンドボックス</h1>
<p>公式アカウント: <strong>${escapeHtml(official?.name)}</strong> @${escapeHtml(state.officialUsername)} (ID ${escapeHtml(state.officialUserId)})</p>
<p>API返信制限 (2026): <strong data-testid="reply-restricted">${behaviour.replyRestricted ? 'ON — メンションのない投稿へのAPI返信は 403' : 'OFF'}</strong>
 · 予約された応答: ${behaviour.queue.length ? escapeHtml(behaviour.queue.map((s) => `${s.mode}${s.afterCommit ? '(投稿後)' : ''}×${s.times}`).join(', ')) : 'なし'}
 · 重複検出: ${behaviour.duplicateDetection ? 'ON' : 'OFF'}${behaviour.timelineLagMs ? ` · タイムライン遅延 ${behaviour.timelineLagMs} ms` : ''}</p>
<h2>公式アカウントの投稿（返信）</h2>
<table data-testid="sandbox-replies">
<thead><tr><th>返信ID</th><th>返信先ポストID</th><th>本文</th><th>日時</th><th>経路</th></tr></thead>
<tbody>
${replyRows || '<tr><td colspan="5" class="muted">まだ投稿はありません</td></tr>'}
</tbody>
</table>
<h2>ポスト一覧（デモデータ）</h2>
<table data-testid="sandbox-posts">
<thead><tr><th>ポストID</th><th>投稿者</th><th>プロフィール</th><th>本文</th><th>日時</th><th>状態</th></tr></thead>
<tbody>
${postRows}
</tbody>
</table>`,
  );
}

export function statusPage(state: XSandboxState, post: SandboxPost | undefined): { status: number; html: string } {
  const visibility = state.visibility(post);
  if (!post || visibility === 'not_found') {
    return { status: 404, html: layout('ポストは存在しません', '<p data-testid="post-missing">このポストは削除されたか、存在しません。</p><p><a href="/">戻る</a></p>') };
  }
  const author = state.user(post.authorId);
  if (visibility === 'protected') {
    return { status: 200, html: layout('非公開のポスト', `<p data-testid="post-protected">@${escapeHtml(author?.username)} さんのポストは非公開です。</p>`) };
  }
  const parent = post.inReplyToPostId ? `<p class="muted">返信先: ${statusLink(state, post.inReplyToPostId)}</p>` : '';
  return {
    status: 200,
    html: layout(
      `${author?.name ?? ''} (@${author?.username ?? ''})`,
      `${parent}<article class="post" data-testid="post" data-post-id="${escapeHtml(post.id)}">
<strong>${escapeHtml(author?.name)}</strong> <span class="muted">@${escapeHtml(author?.username)}</span>
<p data-testid="post-text">${escapeHtml(post.text)}</p>
<span class="muted">${escapeHtml(jst(post.createdAt))} · ID ${escapeHtml(post.id)}</span>
</article>
<p>このポストのリンク（Patrol Desk に貼り付ける URL）:
<input type="text" readonly size="60" data-testid="post-share-url" value="https://x.com/${escapeHtml(author?.username)}/status/${escapeHtml(post.id)}"></p>
<p><a href="/">サンドボックスのトップへ</a></p>`,
    ),
  };
}

/** The sandbox's stand-in for https://x.com/intent/post: the officer posts the prepared reply by hand. */
export function intentPage(
  state: XSandboxState,
  input: { text: string; inReplyTo: string },
  outcome?: { error: string },
): string {
  const target = input.inReplyTo ? state.post(input.inReplyTo) : undefined;
  const targetHtml =
    target && state.visibility(target) === 'visible'
      ? `<div class="post" data-testid="intent-target"><span class="muted">@${escapeHtml(state.user(target.authorId)?.username)}</span>\n${escapeHtml(target.text)}</div>`
      : input.inReplyTo
        ? `<p class="error" data-testid="intent-target-missing">返信先のポスト ${escapeHtml(input.inReplyTo)} は表示できません。</p>`
        : '';
  return layout(
    'ポストする',
    `<h1>@${escapeHtml(state.officialUsername)} としてポスト</h1>
${targetHtml}
${outcome ? `<p class="error" data-testid="intent-error">${escapeHtml(outcome.error)}</p>` : ''}
<form method="post" action="/intent/post">
<input type="hidden" name="in_reply_to" value="${escapeHtml(input.inReplyTo)}">
<textarea name="text" data-testid="intent-text">${escapeHtml(input.text)}</textarea>
<p><button type="submit" data-testid="intent-submit">ポストする</button></p>
</form>`,
  );
}
