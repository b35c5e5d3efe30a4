import type { StoredDoc } from './stored-doc';

/**
 * Every collection and every queried field, declared once. A query on a field not listed here is a
 * bug: the store's contract tests check that find() refuses it. Which indexes exist is `indexesOf`
 * below: the compound indexes of COMPOUND_INDEXES, plus one per field that no compound index starts
 * with. The SQLite adapter creates them; scripts/build-functions.ts writes the same list into the
 * cloud database's definitions (database.json).
 */
export const COLLECTIONS = {
  parks: ['order', 'industryIds', 'name'],
  industries: ['order', 'isLeading'],
  factories: ['parkId', 'status', 'name'],
  /** `status`: only published articles are public; `updatedAt`, `title`: the office's list and search. */
  articles: ['publishedAt', 'category', 'parkIds', 'status', 'updatedAt', 'title'],
  /** `roles`: whether an admin exists yet (the one-time bootstrap). */
  users: ['openid', 'roles'],
  staff: ['userId', 'name', 'status'],
  teams: ['parkId', 'kind', 'memberIds', 'leaderUserId', 'name'],
  /** Staff invite codes (C10): one open code per person at a time. */
  invites: ['code', 'staffUserId', 'createdAt'],
  /** Failed invite codes and the binding per identity (rate limit, one binding per WeChat). */
  bind_attempts: [],
  /** C6: by owner (routing, the enterprise's own), leader (offboarding), stage list, duplicate match. */
  projects: ['ownerUserId', 'leaderUserId', 'status', 'updatedAt', 'creditCode', 'enterpriseName', 'name'],
  /** A project's timeline: append-only, one document per event. */
  project_events: ['projectId', 'at'],
  /** 线索 from completed visits (id derived from the visit): the open ones, newest first. */
  leads: ['status', 'createdAt'],
  /** 倒排工期 templates the zone edits. */
  project_templates: ['order'],
  /** Green screening (四个坚决不上): rejections counted by the time they were decided. */
  screenings: ['outcome', 'decidedAt'],
  /** The zone's screening checklist, in the office's order. */
  screening_items: ['order', 'isActive'],
  /** A project's committed plan (id = the project's): baseline, current dates, node progress. Read by id. */
  project_plans: [],
  /** The service catalog (服务事项) of C3: the enterprise's list (active ones), the office's search by name. */
  service_categories: ['order', 'isActive', 'name'],
  visits: ['ownerUserId', 'createdAt', 'teamIds', 'startsAt', 'status', 'hostUserId', 'remindedAt'],
  visit_slots: ['parkId', 'date'],
  /** Fair use: each person's recent bookings, checked inside the booking transaction. */
  visit_allowances: [],
  /** A visit's timeline: append-only, one document per event. */
  visit_events: ['visitId', 'at'],
  tickets: [
    'ownerUserId',
    'createdAt',
    'openWithUserId',
    'openTeamId',
    'openLeaderUserId',
    'doneByUserId',
    'slaCheckAt',
    'confirmCheckAt',
    /** The dashboard roll-up reads what changed since its last run. */
    'updatedAt',
  ],
  /** A ticket's timeline: append-only, one document per event. */
  ticket_events: ['ticketId', 'at'],
  /** Files uploaded to the local stack, owned by the uploader until a ticket references them. */
  uploads: ['ownerUserId', 'purgeAt'],
  /** Per person and day: bytes and files uploaded (fair use). */
  upload_quotas: [],
  ratings: [],
  /** 督办 items: a leader's own, and the office's (leaderUserId null) for admins. */
  supervision_items: ['leaderUserId', 'level', 'createdAt'],
  /** 整改 follow-ups of bad ratings: a leader's own, open ones first. */
  follow_ups: ['leaderUserId', 'status', 'createdAt'],
  /** 内部考核: per person and per team, newest first. */
  assessment_ledger: ['subjectId', 'at'],
  /** 现场评议 rounds: the office's list, the open ones raters see, the due ones the scheduler publishes, by on-site code. */
  evaluation_rounds: ['status', 'closesAt', 'publishedAt', 'createdAt', 'code'],
  /** One document per rater and target (derived id): a round's scores, a target's count, a rater's own. */
  evaluation_scores: ['roundId', 'targetKey', 'raterKey'],
  /** The in-app message centre (消息): one document per recipient and message. */
  notifications: ['recipientUserId', 'createdAt', 'readAt'],
  /** Append-only, hash-chained (C10); read by seq, and an admin's own by actor. */
  audit_log: ['seq', 'actorUserId'],
  /** Dashboard roll-ups (C8): one document per filing day, read by how long its facts stay active. */
  dashboard_days: ['activeUntil'],
  settings: [],
  /** Sends still allowed per user and template (one per accepted subscribe prompt). */
  subscriptions: [],
  /** Subscribe messages waiting for the scheduler to deliver them (C9). */
  outbox: ['status', 'nextAttemptAt'],
  /** Fair use: one token bucket per identity for mutations. */
  rate_buckets: [],
  /** Idempotency records: one per (caller, requestId) of a mutation. */
  requests: ['createdAt'],
  /** Upgrade steps applied to this database (core/migrations): one document per step, so none runs twice. */
  migrations: [],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof COLLECTIONS;

/**
 * Each collection's document type. The kernel names none of them: each feature's repository adds
 * its own collections here by declaration merging (`declare module '@core/kernel/store/collections'`),
 * and core/app/collections-registered.ts fails to compile while any collection is left out.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CollectionDocs {}

/** The kinds of document `settings` holds, by id; features add theirs like CollectionDocs. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SettingsDocs {}

/** Every stored document has its id and version, whatever its registered type says. */
export type DocOf<C extends CollectionName> = StoredDoc &
  (C extends 'settings'
    ? SettingsDocs[keyof SettingsDocs]
    : C extends keyof CollectionDocs
      ? CollectionDocs[C]
      : never);

type FieldOf<C extends CollectionName> = (typeof COLLECTIONS)[C][number];

/**
 * One index per list query shape: the equality fields first, then the sort field, so a page is read
 * in order straight off the index and a count touches only its own rows (a person's 1 700 open
 * tickets are never sorted per page). Derived from the repositories' and handlers' find() calls;
 * server/store/sqlite-doc-store.test.ts checks each of those queries' plans in SQLite.
 */
export const COMPOUND_INDEXES: { readonly [C in CollectionName]?: readonly (readonly FieldOf<C>[])[] } = {
  industries: [['isLeading', 'order']],
  articles: [
    ['category', 'publishedAt'],
    ['status', 'category', 'publishedAt'],
  ],
  visits: [
    ['ownerUserId', 'createdAt'],
    ['hostUserId', 'startsAt'],
    ['remindedAt', 'startsAt'],
  ],
  visit_slots: [['parkId', 'date']],
  visit_events: [['visitId', 'at']],
  tickets: [
    ['ownerUserId', 'createdAt'],
    ['openWithUserId', 'createdAt'],
    ['openTeamId', 'createdAt'],
    ['openLeaderUserId', 'createdAt'],
    ['doneByUserId', 'createdAt'],
  ],
  ticket_events: [['ticketId', 'at']],
  projects: [
    ['status', 'updatedAt'],
    ['ownerUserId', 'updatedAt'],
  ],
  project_events: [['projectId', 'at']],
  leads: [['status', 'createdAt']],
  screenings: [['outcome', 'decidedAt']],
  screening_items: [['isActive', 'order']],
  supervision_items: [
    ['leaderUserId', 'createdAt'],
    ['level', 'createdAt'],
  ],
  follow_ups: [
    ['leaderUserId', 'status', 'createdAt'],
    ['status', 'createdAt'],
  ],
  assessment_ledger: [['subjectId', 'at']],
  evaluation_rounds: [
    ['status', 'closesAt'],
    ['status', 'publishedAt'],
  ],
  evaluation_scores: [
    ['roundId', 'targetKey'],
    ['roundId', 'raterKey'],
  ],
  notifications: [
    ['recipientUserId', 'createdAt'],
    ['recipientUserId', 'readAt'],
  ],
  outbox: [['status', 'nextAttemptAt']],
};

/**
 * Indexed fields whose value no two documents may share. `users.openid`: one account per WeChat
 * identity, so no second (e.g. client-inserted) document can ever stand beside the real one.
 */
export const UNIQUE_FIELDS: Partial<Record<CollectionName, readonly string[]>> = { users: ['openid'] };

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export const isIndexedField = (collection: string, field: string): boolean =>
  field === 'id' ||
  (collection in COLLECTIONS && (COLLECTIONS[collection as CollectionName] as readonly string[]).includes(field));

/**
 * The indexes of a collection, each as its fields in order: the compound ones, then one per declared
 * field that no compound index starts with (a compound index serves a query on its first field too).
 */
export const indexesOf = (collection: CollectionName): string[][] => {
  const compound = (COMPOUND_INDEXES[collection] ?? []).map((fields) => [...fields]);
  const singles = (COLLECTIONS[collection] as readonly string[])
    .filter((field) => !compound.some((fields) => fields[0] === field))
    .map((field) => [field]);
  return [...compound, ...singles];
};
