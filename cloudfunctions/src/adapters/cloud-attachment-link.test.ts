import { typedStore } from '@core/kernel/store/doc-store';
import type { FileLinks, HandlerDeps } from '@core/app/handlers';
import { seedDatabase } from '@core/app/seed';
import { COLLECTION_NAMES } from '@core/kernel/store';
import { createCloudHarness, type CloudHarness } from '@tests/cloudbase-harness/cloud-harness';
import { dataOf, errorOf, sendAs } from '@tests/support/dispatch-kit';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { pdf, validTicket } from '@tests/support/ticket-fixture';
import { CloudDocStore } from './cloud-doc-store';

/**
 * Attachments in the cloud are read only through tickets.attachmentLink, on the CloudBase adapter:
 * the caller is checked against the ticket before any temp URL is asked for. The file-link port is
 * recorded (it stands for the platform's getTempFileURL, not for the check under test).
 */
let harness: CloudHarness;
let send: ReturnType<typeof sendAs>;
let asked: { fileId: string; maxAge: number }[];
const FILE = 'cloud://zd-env.bucket/tickets/eia-report.pdf';

beforeEach(async () => {
  harness = createCloudHarness({ collections: COLLECTION_NAMES });
  const store = typedStore(new CloudDocStore(harness.db));
  asked = [];
  const files: FileLinks = {
    tempUrl: async (fileId, maxAge) => {
      asked.push({ fileId, maxAge });
      return `https://tmp.example/${encodeURIComponent(fileId)}?max_age=${maxAge}`;
    },
  };
  let counter = 0;
  const deps: HandlerDeps = {
    store,
    clock: { now: () => FIXED_NOW },
    ids: { newId: () => `id-${(counter += 1)}` },
    log: { info: () => undefined, error: () => undefined },
    files,
  };
  send = sendAs({ deps });
  await seedDatabase(store, FIXED_NOW, { withDemoUsers: true });
});
afterEach(() => harness.close());

const fileTicket = async (): Promise<string> =>
  dataOf(await send('enterprise', 'tickets.create', validTicket({ attachments: [pdf(FILE)] }))).id;

describe('tickets.attachmentLink on CloudBase', () => {
  it('gives the enterprise and the assignee a 5-minute link to a file of the ticket', async () => {
    const ticketId = await fileTicket();
    for (const as of ['enterprise', 'staff'] as const) {
      const link = dataOf(await send(as, 'tickets.attachmentLink', { ticketId, fileId: FILE }));
      expect(link).toEqual({ url: expect.stringContaining('max_age=300'), expiresAt: FIXED_NOW + 300_000 });
    }
    expect(asked).toEqual([
      { fileId: FILE, maxAge: 300 },
      { fileId: FILE, maxAge: 300 },
    ]);
  });

  it('refuses a stranger (another persona, a visitor) and asks the platform for nothing', async () => {
    const ticketId = await fileTicket();
    for (const as of ['investor', { openid: 'o-stranger' }] as const) {
      expect(errorOf(await send(as, 'tickets.attachmentLink', { ticketId, fileId: FILE })).code).toMatch(
        /^(NOT_FOUND|FORBIDDEN)$/,
      );
    }
    expect(asked).toEqual([]);
  });

  it('refuses a fileID that is not on the ticket, even to the ticket’s own enterprise', async () => {
    const ticketId = await fileTicket();
    const other = 'cloud://zd-env.bucket/tickets/someone-else.pdf';
    expect(errorOf(await send('enterprise', 'tickets.attachmentLink', { ticketId, fileId: other })).code).toBe(
      'NOT_FOUND',
    );
    expect(asked).toEqual([]);
  });
});
