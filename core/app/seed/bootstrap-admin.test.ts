import { createHash } from 'node:crypto';
import { seedDatabase } from './';
import { dataOf, errorOf, sendAs, snapshotAll } from '@tests/support/dispatch-kit';
import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import type { BootstrapSettings } from '@core/identity/repo/bootstrap-repo';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const CODE = '48151623';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
  await seedDatabase(stack.store, FIXED_NOW, { withDemoUsers: false });
  stack.deps.digest = sha256;
  await stack.store.insert<'settings', BootstrapSettings>('settings', {
    id: 'bootstrap',
    version: 1,
    codeHash: sha256(CODE),
    usedAt: null,
    usedByUserId: null,
  });
  send = sendAs(stack);
});
afterEach(() => stack.close());

describe('account.bootstrapAdmin', () => {
  it('makes the caller admin with the deploy’s code, then closes: a second caller is refused', async () => {
    const me = dataOf(await send({ openid: 'o-office' }, 'account.bootstrapAdmin', { code: CODE }));
    expect(me.roles).toEqual(['admin']);
    expect(dataOf(await send({ openid: 'o-office' }, 'account.whoami', {})).roles).toEqual(['admin']);
    expect(await stack.store.get('settings', 'bootstrap')).toMatchObject({
      usedAt: FIXED_NOW,
      usedByUserId: 'u-o-office',
    });
    expect(errorOf(await send({ openid: 'o-second' }, 'account.bootstrapAdmin', { code: CODE })).code).toBe(
      'FORBIDDEN',
    );
    expect(dataOf(await send({ openid: 'o-second' }, 'account.whoami', {})).roles).toEqual(['visitor']);
  });

  it('refuses a wrong code and writes nothing', async () => {
    const before = await snapshotAll(stack);
    expect(errorOf(await send({ openid: 'o-guess' }, 'account.bootstrapAdmin', { code: '12345678' })).code).toBe(
      'FORBIDDEN',
    );
    expect(await snapshotAll(stack)).toEqual(before);
  });

  it('refuses once an admin exists, even with the right unused code', async () => {
    await stack.store.insert('users', {
      id: 'u-admin',
      version: 1,
      openid: 'o-admin',
      name: '管理员',
      roles: ['admin'],
      organisation: null,
      phone: null,
      createdAt: FIXED_NOW,
    });
    expect(errorOf(await send({ openid: 'o-late' }, 'account.bootstrapAdmin', { code: CODE })).code).toBe('FORBIDDEN');
    expect(await stack.store.get('settings', 'bootstrap')).toMatchObject({ usedAt: null });
  });

  it('refuses without an identity and rejects a malformed code as INVALID_INPUT', async () => {
    expect(errorOf(await send(null, 'account.bootstrapAdmin', { code: CODE })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await send({ openid: 'o-x' }, 'account.bootstrapAdmin', { code: 'abc' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'code',
    });
  });
});
