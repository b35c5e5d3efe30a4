/**
 * Picks one person for a piece of work, the same way for visits and for service tickets (C4):
 * people who can work now (active, not on leave); someone on leave is replaced by their named
 * backup (AB岗); with a required skill, those who have it; then the fewest open items; then the
 * longest since last assigned (round robin); then id, so the answer is deterministic.
 */
export interface RoutingCandidate {
  id: string;
  name: string;
  isActive: boolean;
  isOnLeave: boolean;
  backupId: string | null;
  skills: readonly string[];
  /** Open work now: upcoming visits to host, open tickets. */
  load: number;
  lastAssignedAt: number | null;
}

export interface PickOptions {
  /** How the reason names the load: "待接待考察", "在办工单". */
  loadLabel: string;
  /** Preferred skill; when nobody available has it, everyone available is considered and the reason says so. */
  skill?: string;
  /** People outside the pool who may stand in as somebody's backup. */
  backups?: readonly RoutingCandidate[];
}

export interface RoutingChoice {
  assignee: RoutingCandidate;
  /** Chinese, for the timeline: "分派给张专员：…". */
  reason: string;
}

const canWork = (c: RoutingCandidate): boolean => c.isActive && !c.isOnLeave;

const compare = (a: RoutingCandidate, b: RoutingCandidate): number =>
  a.load - b.load ||
  (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The available pool: everyone who can work, plus the backups of those who cannot. */
const availablePool = (candidates: readonly RoutingCandidate[], backups: readonly RoutingCandidate[]) => {
  const known = new Map([...backups, ...candidates].map((c) => [c.id, c]));
  const pool = new Map<string, RoutingCandidate>();
  const coverFor = new Map<string, string[]>();
  for (const c of candidates) {
    if (canWork(c)) {
      pool.set(c.id, c);
      continue;
    }
    const backup = c.backupId ? known.get(c.backupId) : undefined;
    if (c.isActive && backup && canWork(backup)) {
      pool.set(backup.id, backup);
      coverFor.set(backup.id, [...(coverFor.get(backup.id) ?? []), c.name]);
    }
  }
  return { pool: [...pool.values()], coverFor };
};

const tieBreakText = (chosen: RoutingCandidate, rivals: readonly RoutingCandidate[], loadLabel: string): string => {
  const sameLoad = rivals.filter((c) => c.load === chosen.load);
  if (sameLoad.length === 0) return `${loadLabel}最少（${chosen.load}）`;
  const sameIdle = sameLoad.filter((c) => (c.lastAssignedAt ?? null) === (chosen.lastAssignedAt ?? null));
  if (sameIdle.length === 0) return `${loadLabel}并列最少（${chosen.load}），距上次分派最久`;
  return `${loadLabel}与上次分派时间均相同（${chosen.load}），按编号顺序`;
};

export const pickAssignee = (candidates: readonly RoutingCandidate[], options: PickOptions): RoutingChoice | null => {
  const { pool, coverFor } = availablePool(candidates, options.backups ?? []);
  if (pool.length === 0) return null;
  const skilled = options.skill ? pool.filter((c) => c.skills.includes(options.skill ?? '')) : pool;
  const field = skilled.length > 0 ? skilled : pool;
  const [assignee, ...rest] = [...field].sort(compare);
  if (!assignee) return null;

  const parts: string[] = [];
  const covered = coverFor.get(assignee.id);
  if (covered) parts.push(`${covered.join('、')}休假，由AB岗${assignee.name}代岗`);
  if (options.skill)
    parts.push(
      skilled.length > 0
        ? `具备“${options.skill}”业务能力`
        : `无人具备“${options.skill}”业务能力，在全体在岗人员中分派`,
    );
  parts.push(rest.length === 0 ? '为唯一可分派人员' : tieBreakText(assignee, rest, options.loadLabel));
  return { assignee, reason: `分派给${assignee.name}：${parts.join('；')}` };
};
