import { addDays, daysBetween, type LocalDate } from '@core/kernel/calendar/local-date';
import type { Park } from '@core/catalog';
import type { StaffMember, Team } from '@core/identity';
import type { Caller } from '@core/kernel/caller';
import { forbidden, invalidInput } from '@core/kernel/errors';
import { PERIOD_PRESET_LABELS, periodOf, presetPeriod, type Period, type PeriodPreset } from './period';
import type { ScopeFilter, ScopeKind } from './scope';

export interface DashboardFilters {
  preset: PeriodPreset;
  fromDate?: LocalDate | undefined;
  toDate?: LocalDate | undefined;
  scope: ScopeKind;
  scopeId?: string | undefined;
}

/** The longest custom period: a year and a day, so a whole leap year fits. */
const MAX_DAYS = 366;

/** The period asked for; `toDate` in the input is the last day (inclusive). */
export const resolvePeriod = (f: DashboardFilters, now: number): Period => {
  if (f.preset !== 'custom') {
    if (f.fromDate !== undefined) throw invalidInput('fromDate', '选择自定义时间范围后才能填写日期');
    if (f.toDate !== undefined) throw invalidInput('toDate', '选择自定义时间范围后才能填写日期');
    return presetPeriod(f.preset, now);
  }
  if (f.fromDate === undefined) throw invalidInput('fromDate', '请选择开始日期');
  if (f.toDate === undefined) throw invalidInput('toDate', '请选择结束日期');
  if (f.toDate < f.fromDate) throw invalidInput('toDate', '结束日期不能早于开始日期');
  if (daysBetween(f.fromDate, f.toDate) >= MAX_DAYS) throw invalidInput('toDate', '时间范围不超过一年');
  return periodOf(f.fromDate, addDays(f.toDate, 1));
};

/** Names of everyone a dashboard may mention, read once per answer (teams, staff and parks are small). */
export interface Directory {
  teams: Team[];
  staff: StaffMember[];
  parks: Park[];
}

export const directoryNames = (d: Directory) => {
  const teams = new Map(d.teams.map((t) => [t.id, t.name]));
  const people = new Map(d.staff.map((s) => [s.userId, s.name]));
  const parks = new Map(d.parks.map((p) => [p.id, p.name]));
  return {
    team: (id: string) => teams.get(id) ?? id,
    person: (id: string) => people.get(id) ?? id,
    park: (id: string) => parks.get(id) ?? id,
  };
};

export interface ScopeChoices {
  park: { id: string; name: string }[];
  team: { id: string; name: string }[];
  person: { id: string; name: string }[];
}

export interface ResolvedScope {
  filter: ScopeFilter;
  /** What the caller may narrow to: for the page's pickers. */
  choices: ScopeChoices;
  label: string;
  /** What a leader may see in the ledger; null for the office (everything). */
  allowed: { teamIds: ReadonlySet<string>; userIds: ReadonlySet<string> } | null;
}

const unknownTarget = (isAdmin: boolean) =>
  isAdmin ? invalidInput('scopeId', '统计对象不存在') : forbidden('只能查看本人负责的园区、团队和人员');

/**
 * Who may see what: the office (admin) everything; a leader the teams they lead, those teams' parks
 * and members, and nothing else (FORBIDDEN, not hinting whether the target exists).
 */
export const resolveScope = (f: DashboardFilters, caller: Caller, d: Directory): ResolvedScope => {
  const userId = caller.user?.id;
  if (!userId) throw forbidden();
  if (f.scope === 'all' && f.scopeId !== undefined) throw invalidInput('scopeId', '统计全部时不选统计对象');
  if (f.scope !== 'all' && f.scopeId === undefined) throw invalidInput('scopeId', '请选择统计对象');
  const isAdmin = caller.roles.includes('admin');
  const led = d.teams.filter((t) => t.leaderUserId === userId);
  const allowed = isAdmin
    ? null
    : {
        teamIds: new Set(led.map((t) => t.id)),
        userIds: new Set([userId, ...led.flatMap((t) => t.memberIds)]),
      };
  const id = f.scopeId ?? '';
  const names = directoryNames(d);
  const choices: ScopeChoices = {
    park: d.parks
      .filter((p) => !allowed || led.some((t) => t.parkId === p.id))
      .map((p) => ({ id: p.id, name: p.name })),
    team: d.teams.filter((t) => !allowed || allowed.teamIds.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
    person: d.staff
      .filter((m) => m.isActive && (!allowed || allowed.userIds.has(m.userId)))
      .map((m) => ({ id: m.userId, name: m.name })),
  };
  const resolved = (filter: ScopeFilter, label: string): ResolvedScope => ({ filter, label, allowed, choices });
  if (f.scope === 'all') {
    return allowed ? resolved({ teamIds: allowed.teamIds }, '本人负责的团队') : resolved({}, '全部');
  }
  if (f.scope === 'park') {
    const park = d.parks.find((p) => p.id === id);
    if (!park || (allowed && !led.some((t) => t.parkId === id))) throw unknownTarget(isAdmin);
    return resolved({ parkId: id }, `园区：${park.name}`);
  }
  if (f.scope === 'team') {
    if (!d.teams.some((t) => t.id === id) || (allowed && !allowed.teamIds.has(id))) throw unknownTarget(isAdmin);
    return resolved({ teamIds: new Set([id]) }, `团队：${names.team(id)}`);
  }
  if (!d.staff.some((s) => s.userId === id) || (allowed && !allowed.userIds.has(id))) throw unknownTarget(isAdmin);
  return resolved({ userId: id }, `个人：${names.person(id)}`);
};

export const filterText = (f: DashboardFilters, p: Period, scopeLabel: string): string =>
  `${PERIOD_PRESET_LABELS[f.preset]} · ${p.fromDate} 至 ${addDays(p.toDate, -1)} · ${scopeLabel}`;
