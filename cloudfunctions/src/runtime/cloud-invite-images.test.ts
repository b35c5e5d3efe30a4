import { openCloudTestStack, type CloudTestStack } from '@tests/cloudbase-harness/cloud-test-stack';
import { dataOf, errorOf, sendAs } from '@tests/support/dispatch-kit';
import { onboardNewPerson } from '@tests/support/onboarding-fixture';
import { cloudInviteImages } from './cloud-invite-images';

/**
 * admin.invites.qrcode on the CloudBase adapter with the real cloud port: the platform's openapi is
 * a double that records the getUnlimited request and answers with image bytes, as WeChat does.
 */
let stack: CloudTestStack;
let send: ReturnType<typeof sendAs>;
let calls: Record<string, unknown>[];
/** The platform's `cloud.openapi` as the port sees it: swapped per test. */
let openapi: unknown = null;
const fakeWxacode = (getUnlimited: (request: Record<string, unknown>) => Promise<unknown>) => {
  openapi = { wxacode: { getUnlimited } };
};
const IMAGE = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

beforeEach(async () => {
  stack = await openCloudTestStack();
  stack.deps.inviteImages = cloudInviteImages(() => openapi);
  send = sendAs(stack);
  calls = [];
  fakeWxacode(async (request) => {
    calls.push(request);
    return { errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok', contentType: 'image/jpeg', buffer: IMAGE };
  });
});
afterEach(() => {
  stack.harness.close();
});

describe('invite QR codes in WeChat', () => {
  it('asks getUnlimited for the bind page with the code as the scene and hands the image back as base64', async () => {
    const { code, inviteId } = await onboardNewPerson(send);
    const answer = dataOf(await send('admin', 'admin.invites.qrcode', { inviteId }));
    expect(calls).toEqual([
      {
        scene: code,
        page: 'subpackages/account/pages/bind/index',
        checkPath: false,
        envVersion: 'release',
        width: 280,
      },
    ]);
    expect(answer).toMatchObject({ inviteId, code, image: { kind: 'wxacode', link: null } });
    expect(answer.image.dataUrl).toBe(`data:image/jpeg;base64,${Buffer.from(IMAGE).toString('base64')}`);
    const records = (await stack.store.find('audit_log', { limit: 50 })).items;
    expect(records.filter((r) => r.action === 'admin.invites.qrcode').map((r) => [r.target, r.result])).toEqual([
      [`invites/${inviteId}`, 'ok'],
    ]);
  });

  it('makes no code for a revoked invite', async () => {
    const { inviteId } = await onboardNewPerson(send);
    dataOf(await send('admin', 'admin.invites.revoke', { inviteId }));
    expect(errorOf(await send('admin', 'admin.invites.qrcode', { inviteId })).code).toBe('CONFLICT');
    expect(calls).toEqual([]);
  });

  it('answers INTERNAL, not an image, when WeChat refuses', async () => {
    const { inviteId } = await onboardNewPerson(send);
    fakeWxacode(async () => ({ errCode: 45009, errMsg: 'reach max api minute-limit' }));
    expect(errorOf(await send('admin', 'admin.invites.qrcode', { inviteId })).code).toBe('INTERNAL');
  });
});
