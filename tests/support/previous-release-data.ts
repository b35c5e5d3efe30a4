import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredDoc } from '@core/kernel/store';
import type { ServiceCategory } from '@core/tickets/service-category';
import { dataOf, sendAs } from './dispatch-kit';
import { openTestStack } from './temp-sqlite-store';
import { validTicket } from './ticket-fixture';
import { validBooking } from './visit-booking-fixture';

/**
 * A data dir as the previous release left it: the release of the service tickets (merge f7ba5bd),
 * before the SLA clocks, 督办, 确认办结, onboarding by invite and the dashboard. Its SQLite layout was
 * the same (`zero-distance.db`, one table per collection: id, version, doc JSON); its documents
 * had no `schemaVersion` and lacked every field a later release added (see `git diff f7ba5bd HEAD --
 * core/domain`). The scene is acted through today's handlers on a scratch database — routing and
 * timelines as real as they come — then written in that release's shape with plain SQL, the way
 * its adapter wrote them, never through today's adapter (which stamps the current version).
 */

/** Collections that release had; the rest came later. */
const PREVIOUS_COLLECTIONS = [
  'parks',
  'industries',
  'factories',
  'articles',
  'users',
  'staff',
  'teams',
  'projects',
  'service_categories',
  'visits',
  'visit_slots',
  'visit_events',
  'tickets',
  'ticket_events',
  'uploads',
  'ratings',
  'notifications',
  'settings',
] as const;

/** Fields a later release added, per collection (`schemaVersion` everywhere). */
const LATER_FIELDS: Record<string, readonly string[]> = {
  tickets: [
    'respondedAt',
    'slaPauses',
    'slaCheckAt',
    'escalation',
    'rating',
    'confirmCheckAt',
    'confirmNoticedAt',
    'rulesVersion',
  ],
  ticket_events: ['holderUserId', 'holderTeamId'],
  staff: ['status', 'mobile', 'grantRoles', 'leaveFrom', 'leaveTo', 'handoverNote'],
  uploads: ['purgeAt'],
  articles: ['status', 'updatedAt'],
};

/** Settings documents of that release, with only the fields it had. */
const PREVIOUS_SETTINGS_FIELDS: Record<string, readonly string[]> = { visits: ['maxOpenVisitsPerParkWeek'] };

/** That release's catalog: targets on the category, each material one line of text, no versions, no switch. */
const previousCategory = (doc: StoredDoc): StoredDoc => {
  const { rules, isActive: _isActive, materials, ...rest } = doc as unknown as ServiceCategory;
  return {
    ...rest,
    materials: materials.map((m) => (m.isRequired ? m.name : `${m.name}：${m.note}`)),
    targets: rules[0]?.targets,
  } as unknown as StoredDoc;
};

const inPreviousShape = (collection: string, stored: StoredDoc): StoredDoc => {
  const doc = collection === 'service_categories' ? previousCategory(stored) : stored;
  const later = new Set([
    'schemaVersion',
    ...(LATER_FIELDS[collection] ?? []),
    ...(collection === 'settings' ? (PREVIOUS_SETTINGS_FIELDS[doc.id] ?? []) : []),
  ]);
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !later.has(key))) as StoredDoc;
};

export interface PreviousReleaseScene {
  /** The tickets as they stood: filed (routed, not accepted), accepted, waiting for materials, resolved. */
  tickets: { assigned: string; accepted: string; waiting: string; resolved: string };
  visitId: string;
  /** When each happened (UTC ms), for what the migration must derive. */
  at: { filed: number; accepted: number; materialsRequested: number; resolved: number };
}

const HOUR = 3600_000;

/** Writes `<dir>/zero-distance.db` in the previous release's shape; returns what is in it. */
export const writePreviousReleaseDataDir = async (dir: string): Promise<PreviousReleaseScene> => {
  const scratch = await openTestStack();
  try {
    const send = sendAs(scratch);
    const clock = scratch.deps.clock.now();
    const at = {
      filed: clock - 48 * HOUR,
      accepted: clock - 46 * HOUR,
      materialsRequested: clock - 45 * HOUR,
      resolved: clock - 44 * HOUR,
    };
    scratch.deps.clock = { now: () => at.filed };
    const file = async () => dataOf(await send('enterprise', 'tickets.create', validTicket())).id;
    const tickets = { assigned: await file(), accepted: await file(), waiting: await file(), resolved: await file() };
    scratch.deps.clock = { now: () => at.accepted };
    for (const id of [tickets.accepted, tickets.waiting, tickets.resolved])
      dataOf(await send('staff', 'tickets.accept', { ticketId: id }));
    scratch.deps.clock = { now: () => at.materialsRequested };
    dataOf(await send('staff', 'tickets.requestMaterials', { ticketId: tickets.waiting, materials: ['环评报告表'] }));
    scratch.deps.clock = { now: () => at.resolved };
    dataOf(await send('staff', 'tickets.resolve', { ticketId: tickets.resolved, summary: '环评批复已取得' }));
    scratch.deps.clock = { now: () => clock };
    const visitId = dataOf(await send('investor', 'visits.book', validBooking())).id;

    mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, 'zero-distance.db'));
    try {
      for (const collection of PREVIOUS_COLLECTIONS) {
        db.exec(`CREATE TABLE "${collection}" (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)`);
        const insert = db.prepare(`INSERT INTO "${collection}" (id, version, doc) VALUES (?, ?, ?)`);
        let after: string | null = null;
        do {
          const page: { items: StoredDoc[]; next: string | null } = await scratch.store.find(collection, {
            limit: 100,
            after,
          });
          for (const doc of page.items) {
            const old = inPreviousShape(collection, doc);
            insert.run(old.id, old.version, JSON.stringify(old));
          }
          after = page.next;
        } while (after);
      }
    } finally {
      db.close();
    }
    return { tickets, visitId, at };
  } finally {
    scratch.close();
  }
};
