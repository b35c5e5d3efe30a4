import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { captureExports, readBook, tableOf } from '@tests/support/export-capture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import type { Visit, VisitStatus } from '@core/visits';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
let files: Uint8Array[];
beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  files = captureExports(stack);
});
afterEach(() => stack.close());

/** September 2026: before any seeded visit. The parks are the seeded ones. */
const PERIOD = { preset: 'custom', fromDate: '2026-09-01', toDate: '2026-09-30', scope: 'all' } as const;
const A = 'jingde-smart';
const B = 'new-materials';

const visit = (id: string, parkIds: string[], status: VisitStatus, date = '2026-09-15'): Visit => ({
  ...{ id, version: 1, ownerUserId: 'u-demo-investor', parkIds, parkNames: parkIds, date, halfDay: 'am' },
  ...{ startsAt: utcMsAt(date, 9, 0), status, company: `企业${id}`, contactName: '李四' },
  ...{ contactPhone: '13800000000', partySize: 2, industryIds: [], investmentBand: 'lt_50m', factoryNeeds: null },
  ...{ notes: '', host: null, hostUserId: null, teamIds: [], closingReason: null, remindedAt: null },
  ...{ createdAt: utcMsAt('2026-09-01', 9, 0), updatedAt: utcMsAt('2026-09-01', 9, 0) },
});

/** The visits of the period, and which of them staff turned into a lead (转为线索). */
const VISITS: { v: Visit; lead: boolean }[] = [
  { v: visit('v1', [A], 'completed'), lead: true },
  { v: visit('v2', [A], 'completed'), lead: false },
  { v: visit('v3', [A, B], 'completed'), lead: true },
  { v: visit('v4', [B], 'completed'), lead: false },
  { v: visit('v5', [B], 'completed'), lead: false },
  { v: visit('v6', [A], 'no_show'), lead: false },
  { v: visit('v7', [B], 'cancelled'), lead: false },
  // Outside the period: counts nowhere, though it has a lead.
  { v: visit('v8', [A], 'completed', '2026-10-12'), lead: true },
];

/** Per park, without the code under test: [completed with a lead, completed]. */
const expected = (parkId: string): [number, number] => {
  const done = VISITS.filter(
    ({ v }) => v.parkIds.includes(parkId) && v.status === 'completed' && v.date < '2026-10-01',
  );
  return [done.filter((d) => d.lead).length, done.length];
};

describe('visit → lead % on the dashboard and in its export', () => {
  it('per park: completed visits with a lead ÷ completed visits, the same in the workbook', async () => {
    for (const { v } of VISITS) await stack.store.insert('visits', v);
    for (const { v } of VISITS.filter((x) => x.lead))
      dataOf(await send('admin', 'projects.leadFromVisit', { visitId: v.id }));

    const json = dataOf(await send('admin', 'tickets.dashboard', PERIOD));
    const byPark = new Map(json.visits.map((v) => [v.parkId, v]));
    expect([...byPark.keys()].sort()).toEqual([A, B].sort());
    for (const parkId of [A, B]) {
      const [withLead, done] = expected(parkId);
      expect([byPark.get(parkId)?.completedWithLead, byPark.get(parkId)?.completed]).toEqual([withLead, done]);
      expect(byPark.get(parkId)?.leadRate).toBeCloseTo(withLead / done, 4);
    }
    // A: v1, v3 of v1–v3 → 2/3; B: v3 of v3–v5 → 1/3.
    expect(expected(A)).toEqual([2, 3]);
    expect(expected(B)).toEqual([1, 3]);

    dataOf(await send('admin', 'tickets.export', { report: 'dashboard', ...PERIOD }));
    const { rows } = tableOf(await readBook(files[0] as Uint8Array), '园区考察');
    expect(rows).toEqual(
      json.visits.map((v) => [
        ...[v.parkName, v.booked, v.confirmed, v.completed, v.cancelled, v.declined, v.noShow],
        ...[v.completedWithLead, v.leadRate],
      ]),
    );
  });
});
