import type { AdminHandler } from '../admin-actions';
import type { CategoryAdminView } from '../category-admin-actions';
import type { Team } from '@core/identity';
import { staffRepo } from '@core/identity';
import type { CheckedCategory, RoutingRules, ServiceCategory, ServiceRuleVersion } from '@core/tickets';
import {
  categoryProblemText,
  checkCategory,
  ruleVersionState,
  serviceCatalogRepo,
  serviceCatalogWrites,
} from '@core/tickets';
import { invalidInput, notFound } from '@core/kernel/errors';
import { addDays } from '@core/kernel/calendar/local-date';
import { localDate } from '@core/kernel/calendar/local-time';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { noteAudit, type HandlerContext } from '@core/kernel/deps';
import type { DocStore } from '@core/kernel/store/doc-store';

/** A new version may be scheduled at most this far ahead. */
const MAX_DAYS_AHEAD = 366;

const toView = (
  { category: c, problem }: CheckedCategory,
  teams: ReadonlyMap<string, Team>,
  now: number,
): CategoryAdminView => ({
  id: c.id,
  name: c.name,
  summary: c.summary,
  skill: c.skill,
  order: c.order,
  isOnSite: c.isOnSite,
  isActive: c.isActive,
  materials: c.materials,
  deskTeamId: c.deskTeamId,
  deskTeamName: teams.get(c.deskTeamId)?.name ?? null,
  rules: [...c.rules]
    .sort((a, b) => b.effectiveAt - a.effectiveAt)
    .map((r) => ({
      ...r,
      state: ruleVersionState(c.rules, r, now),
      fallbackTeamName: r.routing.fallbackTeamId ? (teams.get(r.routing.fallbackTeamId)?.name ?? null) : null,
    })),
  problem: problem ? categoryProblemText(c.name, problem) : null,
});

const views = async (store: DocStore, checked: readonly CheckedCategory[], now: number) => {
  const teamIds = checked.flatMap(({ category: c }) => [
    c.deskTeamId,
    ...c.rules.flatMap((r) => (r.routing.fallbackTeamId ? [r.routing.fallbackTeamId] : [])),
  ]);
  const teams = new Map((await staffRepo(store).teamsByIds(teamIds)).map((t) => [t.id, t]));
  return checked.map((c) => toView(c, teams, now));
};

export const listCategories: AdminHandler<'admin.categories.list'> = async ({ query, limit, cursor }, { deps }) => {
  const page = await serviceCatalogRepo(deps.store).search(query, { limit, cursor: cursor ?? null });
  return { items: await views(deps.store, page.items, deps.clock.now()), next: page.next };
};

const requireTeam = async (
  store: DocStore,
  field: string,
  id: string,
  kinds: readonly Team['kind'][],
  label: string,
) => {
  const team = await staffRepo(store).teamById(id);
  if (!team || !kinds.includes(team.kind)) throw invalidInput(field, `${label}不存在或类型不符`);
  return team;
};

const checkRouting = async (store: DocStore, field: string, routing: RoutingRules) => {
  if (routing.fallbackTeamId)
    await requireTeam(
      store,
      `${field}.fallbackTeamId`,
      routing.fallbackTeamId,
      ['duty_desk', 'category_desk'],
      '兜底窗口',
    );
};

const savedView = async (ctx: HandlerContext, id: string): Promise<CategoryAdminView> => {
  const { store, clock } = ctx.deps;
  const saved = (await serviceCatalogRepo(store).stored(id)) as ServiceCategory;
  const [view] = await views(store, [checkCategory(saved)], clock.now());
  return view as CategoryAdminView;
};

/** Creates a category (with its first rules, in force at once: no ticket can have used it yet) or changes its own fields. */
export const saveCategory: AdminHandler<'admin.categories.save'> = async (input, ctx) => {
  const { store, ids, clock } = ctx.deps;
  const { categoryId, initialRules, ...fields } = input;
  const existing = categoryId ? await serviceCatalogRepo(store).stored(categoryId) : null;
  if (categoryId && !existing) throw notFound('服务事项不存在');
  if (existing && initialRules) throw invalidInput('initialRules', '已有事项的时限与派单规则请新增版本');
  if (!existing && !initialRules) throw invalidInput('initialRules', '请填写时限与派单规则');
  await requireTeam(store, 'deskTeamId', fields.deskTeamId, ['category_desk'], '业务窗口');
  if (initialRules) await checkRouting(store, 'initialRules.routing', initialRules.routing);
  const now = clock.now();
  const id = existing?.id ?? `svc-${ids.newId()}`;
  const first: ServiceRuleVersion[] = initialRules
    ? [
        {
          number: 1,
          effectiveFrom: localDate(now),
          effectiveAt: now,
          targets: { ...initialRules.targets, isDefaultPendingZone: false },
          routing: initialRules.routing,
          createdAt: now,
          createdByUserId: ctx.caller.user?.id ?? null,
        },
      ]
    : [];
  noteAudit(ctx, {
    target: `service_categories/${id}`,
    before: existing,
    after: { ...fields, ...(existing ? {} : { rules: first }) },
  });
  await store.transaction(async (tx) => {
    const catalog = serviceCatalogWrites(tx);
    if (existing) await catalog.update(existing.id, existing.version, fields);
    else await catalog.insert({ id, version: 1, ...fields, rules: first });
  });
  return savedView(ctx, id);
};

const storedOrFail = async (store: DocStore, id: string): Promise<ServiceCategory> => {
  const found = await serviceCatalogRepo(store).stored(id);
  if (!found) throw invalidInput('categoryId', '服务事项不存在');
  return found;
};

/** Schedules a new version from a future local date. Versions in force are never edited: this only appends. */
export const addRules: AdminHandler<'admin.categories.addRules'> = async (input, ctx) => {
  const { store, clock } = ctx.deps;
  const now = clock.now();
  const today = localDate(now);
  if (input.effectiveFrom <= today) throw invalidInput('effectiveFrom', '生效日期须晚于今天');
  if (input.effectiveFrom > addDays(today, MAX_DAYS_AHEAD))
    throw invalidInput('effectiveFrom', '生效日期不能晚于一年后');
  const stored = await storedOrFail(store, input.categoryId);
  const { rules } = checkCategory(stored).category;
  if (rules.some((r) => r.effectiveFrom === input.effectiveFrom))
    throw invalidInput('effectiveFrom', '该日期已有规则版本');
  await checkRouting(store, 'routing', input.routing);
  const added: ServiceRuleVersion = {
    number: Math.max(0, ...rules.map((r) => r.number)) + 1,
    effectiveFrom: input.effectiveFrom,
    effectiveAt: utcMsAt(input.effectiveFrom, 0),
    targets: { ...input.targets, isDefaultPendingZone: false },
    routing: input.routing,
    createdAt: now,
    createdByUserId: ctx.caller.user?.id ?? null,
  };
  noteAudit(ctx, {
    target: `service_categories/${stored.id}`,
    before: { rules: stored.rules },
    after: { rules: [...rules, added] },
  });
  await store.transaction((tx) =>
    serviceCatalogWrites(tx).update(stored.id, stored.version, { rules: [...rules, added] }),
  );
  return savedView(ctx, stored.id);
};

export const withdrawRules: AdminHandler<'admin.categories.withdrawRules'> = async ({ categoryId, number }, ctx) => {
  const { store, clock } = ctx.deps;
  const stored = await storedOrFail(store, categoryId);
  const { rules } = checkCategory(stored).category;
  const version = rules.find((r) => r.number === number);
  if (!version || ruleVersionState(rules, version, clock.now()) !== 'scheduled')
    throw invalidInput('number', '只能撤回尚未生效的版本');
  const kept = rules.filter((r) => r.number !== number);
  noteAudit(ctx, {
    target: `service_categories/${stored.id}`,
    before: { rules: stored.rules },
    after: { rules: kept },
  });
  await store.transaction((tx) => serviceCatalogWrites(tx).update(stored.id, stored.version, { rules: kept }));
  return savedView(ctx, stored.id);
};
