import type { DocStore } from '@core/kernel/store/doc-store';
import { typedStore } from '@core/kernel/store/doc-store';
import { resolveCaller } from '@core/identity/repo/resolve-caller';
import type { HandlerDeps } from '@core/app/handlers';
import { seedDatabase } from '@core/app/seed';
import { COLLECTION_NAMES } from '@core/kernel/store';
import { createCloudHarness, type CloudHarness } from '@tests/cloudbase-harness/cloud-harness';
import { errorOf, sendAs } from '@tests/support/dispatch-kit';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { CloudDocStore } from './cloud-doc-store';

/**
 * Defence in depth for identity, on wx-server-sdk's real query code: if a collection rule were ever
 * left open, a client could insert its own `users` document. CloudBase stamps such a document with
 * `_openid`; the caller lookup must not take it for an account.
 */
let harness: CloudHarness;
let store: DocStore;
let send: ReturnType<typeof sendAs>;

const clientWrittenAdmin = (openid: string) => ({
  _id: `forged-${openid}`,
  _openid: openid,
  version: 1,
  openid,
  name: '伪造管理员',
  roles: ['admin'],
  organisation: null,
  phone: null,
  createdAt: FIXED_NOW,
});

beforeEach(async () => {
  harness = createCloudHarness({ collections: COLLECTION_NAMES });
  store = typedStore(new CloudDocStore(harness.db));
  const deps: HandlerDeps = {
    store,
    clock: { now: () => FIXED_NOW },
    ids: { newId: () => 'id-1' },
    log: { info: () => undefined, error: () => undefined },
  };
  send = sendAs({ deps });
  await seedDatabase(store, FIXED_NOW, { withDemoUsers: false });
});
afterEach(() => harness.close());

describe('the caller lookup on CloudBase', () => {
  it('ignores a client-written users document with roles admin: the caller stays a visitor', async () => {
    harness.put('users', clientWrittenAdmin('o-intruder'));
    expect(await resolveCaller(store, 'o-intruder')).toEqual({ openid: 'o-intruder', user: null, roles: ['visitor'] });
    expect(errorOf(await send({ openid: 'o-intruder' }, 'tickets.ledger', {})).code).toBe('FORBIDDEN');
  });

  it('still finds the account a function wrote for the same openid, not the forged one', async () => {
    harness.put('users', clientWrittenAdmin('o-client'));
    const account = {
      id: 'u-o-client',
      version: 1,
      openid: 'o-client',
      name: '李客商',
      roles: ['investor' as const],
      organisation: null,
      phone: null,
      createdAt: FIXED_NOW,
    };
    const stored = await store.insert('users', account);
    expect(stored).toMatchObject(account);
    expect(await resolveCaller(store, 'o-client')).toEqual({ openid: 'o-client', user: stored, roles: ['investor'] });
  });
});
