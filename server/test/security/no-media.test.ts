import net from 'node:net';
import { CaseStatus } from '../../src/modules/cases/case-enums';
import { PostCheck } from '../../src/modules/replies/post-check.entity';
import { TEST_PASSWORD } from '../factories';
import { waitFor } from '../harness';
import { startReplyStack, waitForStatus, type ReplyStack } from '../replies/support';

/**
 * DESIGN §7: media from posts is never fetched or stored — child sexual abuse material must not
 * reach police systems through this tool. The whole flow runs (report → screening → warning posted
 * by the worker through the X API → re-check of the post) on a post and profile full of media
 * links, while every outgoing TCP connection of this process is recorded: the only hosts ever
 * dialled are the local ones (PostgreSQL, Redis, the X sandbox standing in for api.x.com).
 * (The client side: the Content-Security-Policy allows images only from the API's own origin —
 * security/headers.test.ts.)
 */
const MEDIA = [
  'https://pbs.twimg.com/media/GxAbCdEfGh.jpg?name=orig',
  'https://video.twimg.com/ext_tw_video/1860000000000000000/pu/vid/720x1280/abc.mp4',
  'https://pbs.twimg.com/profile_images/1/photo_400x400.jpg',
  'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png',
];

describe('no media from posts', () => {
  let rs: ReplyStack;
  const dialled: string[] = [];
  const originalConnect = net.Socket.prototype.connect;

  beforeAll(async () => {
    // Record the host of every TCP connection this process opens (fetch, http(s), pg, ioredis all come here).
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; path?: string } | number | string;
      const host = typeof first === 'object' && first !== null ? (first.host ?? (first.path ? 'unix' : 'localhost')) : typeof args[1] === 'string' ? args[1] : 'localhost';
      dialled.push(String(host));
      return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof net.Socket.prototype.connect;
    rs = await startReplyStack({ env: { RECHECK_AFTER_1D_MS: '300', RECHECK_AFTER_7D_MS: '3600000' } });
  });
  afterAll(async () => {
    await rs?.stack.close();
    net.Socket.prototype.connect = originalConnect;
  });

  it('runs the whole flow on a post full of media links without ever contacting a media host', async () => {
    const { stack, org, oic } = rs;
    const handle = `media_${process.pid % 100000}`;
    const post = stack.sandbox.state.addPost({
      text: `家出中の高1です 今夜泊めて 熊本駅 ${MEDIA[0]} ${MEDIA[1]}`,
      authorUsername: handle,
      profile: `JK1 熊本 ${MEDIA[2]}`,
    });
    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    const submitted = await officer.ok(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { case { id version } } }`,
      { input: { url: `https://x.com/${handle}/status/${post.id}`, postText: post.text, profileText: `JK1 熊本 ${MEDIA[2]} ${MEDIA[3]}` } },
    );
    const caseId = submitted.submitReport.case.id;
    const taken = await oic.ok(`mutation($id: ID!, $v: Int!) { takeCase(caseId: $id, expectedVersion: $v) { version } }`, {
      id: caseId,
      v: submitted.submitReport.case.version,
    });
    const warned = await oic.request(`mutation($input: ScreeningInput!) { warnCase(input: $input) { status } }`, {
      input: {
        caseId,
        expectedVersion: taken.takeCase.version,
        region: 'KUMAMOTO',
        childIndication: 'POSTER_IS_CHILD',
        indicationSource: 'CONTENT',
        categories: ['C2_LODGING'],
      },
    });
    expect(warned.errors).toBeUndefined();
    await waitForStatus(stack.db, caseId, CaseStatus.WARNING_POSTED);
    await waitFor('the 1-day re-check', async () => (await stack.db.getRepository(PostCheck).findOneBy({ caseId, after: '1d' }))?.outcome);
    const detail = await oic.ok(`query($id: ID!) { case(id: $id) { postText profileText replyPostId } }`, { id: caseId });
    expect(detail.case.postText).toContain(MEDIA[0]); // the text is kept as observed, links and all…

    // …but nothing but local services was ever dialled.
    expect(dialled.length).toBeGreaterThan(0);
    const remote = [...new Set(dialled)].filter((h) => !['127.0.0.1', 'localhost', '::1', 'unix'].includes(h));
    expect(remote).toEqual([]);
    expect(dialled.some((h) => /twimg|x\.com|twitter\.com/.test(h))).toBe(false);
    // And what the X client asked the API for never requested media (no media expansions or fields).
    const asked = stack.sandbox.state.requests.map((r) => r.path).join('\n');
    expect(asked).toMatch(/\/2\/tweets/);
    expect(asked).not.toMatch(/media|attachments/);
  });
});
