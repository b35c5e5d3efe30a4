import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { onboardNewPerson } from '@tests/support/onboarding-fixture';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { h5BindLink, localInviteImages } from './invite-qr';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
  stack.deps.inviteImages = localInviteImages('http://192.168.1.20:8787/');
});
afterEach(() => stack.close());

const gifOf = (dataUrl: string) => {
  const [head, base64] = dataUrl.split(',');
  expect(head).toBe('data:image/gif;base64');
  const bytes = Buffer.from(base64 ?? '', 'base64');
  return {
    signature: bytes.subarray(0, 6).toString('latin1'),
    width: bytes.readUInt16LE(6),
    height: bytes.readUInt16LE(8),
  };
};

describe('invite QR codes on the local stack', () => {
  it('links the H5 bind page (hash router) with the code filled in', () => {
    expect(h5BindLink('http://127.0.0.1:8787/', 'subpackages/account/pages/bind/index', 'AB12CD34')).toBe(
      'http://127.0.0.1:8787/#/subpackages/account/pages/bind/index?code=AB12CD34',
    );
  });

  it('answers admin.invites.qrcode with a square GIF QR of that link', async () => {
    const { code, inviteId } = await onboardNewPerson(sendAs(stack));
    const answer = dataOf(await sendAs(stack)('admin', 'admin.invites.qrcode', { inviteId }));
    expect(answer.image).toMatchObject({
      kind: 'qrcode',
      link: `http://192.168.1.20:8787/#/subpackages/account/pages/bind/index?code=${code}`,
    });
    const gif = gifOf(answer.image.dataUrl);
    expect(gif.signature).toMatch(/^GIF8[79]a$/);
    // Version 4 or larger at this length (33+ modules), 6 px a module plus a 4-module quiet zone each side.
    expect(gif.width).toBe(gif.height);
    expect(gif.width).toBeGreaterThanOrEqual((33 + 8) * 6);
  });
});
