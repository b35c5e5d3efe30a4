/**
 * Every collection and every queried field, declared once. The SQLite adapter creates an index per
 * entry; scripts/deploy reads the same list for the cloud database's index definitions. A query on a
 * field not listed here is a bug: the store's contract tests check that find() refuses it.
 */
export const COLLECTIONS = {
  parks: ['order', 'industryIds', 'name'],
  industries: ['order', 'isLeading'],
  factories: ['parkId', 'status'],
  articles: ['publishedAt', 'category', 'parkIds'],
  users: ['openid'],
  staff: ['userId'],
  teams: ['parkId', 'kind', 'memberIds', 'leaderUserId'],
  projects: ['ownerUserId'],
  /** The service catalog (服务事项) of C3. */
  service_categories: ['order'],
  visits: ['ownerUserId', 'createdAt', 'teamIds', 'startsAt', 'status', 'hostUserId', 'remindedAt'],
  visit_slots: ['parkId', 'date'],
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
  uploads: ['ownerUserId'],
  ratings: [],
  /** 督办 items: a leader's own, and the office's (leaderUserId null) for admins. */
  supervision_items: ['leaderUserId', 'level', 'createdAt'],
  /** 整改 follow-ups of bad ratings: a leader's own, open ones first. */
  follow_ups: ['leaderUserId', 'status', 'createdAt'],
  /** 内部考核: per person and per team, newest first. */
  assessment_ledger: ['subjectId', 'at'],
  /** The in-app message centre (消息): one document per recipient and message. */
  notifications: ['recipientUserId', 'createdAt', 'readAt'],
  audit_log: [],
  /** Dashboard roll-ups (C8): one document per filing day, read by how long its facts stay active. */
  dashboard_days: ['activeUntil'],
  settings: [],
  /** Sends still allowed per user and template (one per accepted subscribe prompt). */
  subscriptions: [],
  /** Subscribe messages waiting for the scheduler to deliver them (C9). */
  outbox: ['status', 'nextAttemptAt'],
  /** Idempotency records: one per (caller, requestId) of a mutation. */
  requests: ['createdAt'],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export const isIndexedField = (collection: string, field: string): boolean =>
  field === 'id' ||
  (collection in COLLECTIONS && (COLLECTIONS[collection as CollectionName] as readonly string[]).includes(field));
