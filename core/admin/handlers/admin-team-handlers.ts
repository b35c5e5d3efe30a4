import type { AdminHandler } from '../admin-actions';
import type { TeamAdminView } from '../admin-actions';

import { serviceCatalogRepo, serviceCatalogWrites } from '@core/tickets';
import { saveTeamFields, staffRepo, type Team } from '@core/identity';
import { catalogRepo } from '@core/catalog';
import { invalidInput, notFound } from '@core/kernel/errors';
import { adminRepo, toTeamAdminView } from '../admin-repo';
import type { DocStore } from '@core/kernel/store/doc-store';
import { noteAudit } from '@core/kernel/deps';

/** The catalog has a few dozen categories: one read serves a page of teams. */
const allCategories = (store: DocStore) => serviceCatalogRepo(store).all();

const teamViews = async (store: DocStore, teams: readonly Team[]): Promise<TeamAdminView[]> => {
  const people = await adminRepo(store).staffByIds(teams.flatMap((t) => [t.leaderUserId, ...t.memberIds]));
  const names = new Map(people.map((p) => [p.userId, p.name]));
  const categories = await allCategories(store);
  return teams.map((t) =>
    toTeamAdminView(
      t,
      names,
      categories.filter((c) => c.deskTeamId === t.id).map((c) => c.id),
    ),
  );
};

export const listTeams: AdminHandler<'admin.teams.list'> = async ({ query, limit, cursor }, { deps }) => {
  const page = await adminRepo(deps.store).teamsPage(query, { limit, cursor });
  return { items: await teamViews(deps.store, page.items), next: page.next };
};

/** Creates or changes a team; a category desk also becomes the desk of the categories it names. */
export const saveTeam: AdminHandler<'admin.teams.save'> = async (input, ctx) => {
  const { store, ids } = ctx.deps;
  const people = await adminRepo(store).staffByIds([input.leaderUserId, ...input.memberIds]);
  const known = new Set(people.filter((p) => p.status !== 'left').map((p) => p.userId));
  if (!known.has(input.leaderUserId)) throw invalidInput('leaderUserId', '负责人不存在或已离职');
  const stranger = input.memberIds.findIndex((id) => !known.has(id));
  if (stranger >= 0) throw invalidInput(`memberIds.${stranger}`, '成员不存在或已离职');
  if (input.parkId && !(await catalogRepo(store).getPark(input.parkId))) throw invalidInput('parkId', '园区不存在');
  if (input.kind === 'park_reception' && !input.parkId) throw invalidInput('parkId', '园区接待组须选择园区');
  const categories = await allCategories(store);
  const missing = input.categoryIds.findIndex((id) => !categories.some((c) => c.id === id));
  if (missing >= 0) throw invalidInput(`categoryIds.${missing}`, '服务事项不存在');
  if (input.categoryIds.length > 0 && input.kind !== 'category_desk') {
    throw invalidInput('categoryIds', '只有业务窗口可以承接服务事项');
  }

  const existing = input.teamId ? await staffRepo(store).teamById(input.teamId) : null;
  if (input.teamId && !existing) throw notFound('团队不存在');
  const [before] = existing ? await teamViews(store, [existing]) : [null];
  const teamId = existing?.id ?? `team-${ids.newId()}`;
  const fields = {
    name: input.name,
    kind: input.kind,
    parkId: input.parkId,
    leaderUserId: input.leaderUserId,
    memberIds: input.memberIds,
  };
  noteAudit(ctx, { target: `teams/${teamId}`, before, after: { ...fields, categoryIds: input.categoryIds } });
  await store.transaction(async (tx) => {
    await saveTeamFields(tx, existing, teamId, fields);
    const catalog = serviceCatalogWrites(tx);
    for (const id of input.categoryIds) {
      const category = await catalog.get(id);
      if (category && category.deskTeamId !== teamId)
        await catalog.update(id, category.version, { deskTeamId: teamId });
    }
  });
  const saved = (await staffRepo(store).teamById(teamId)) as Team;
  const [after] = await teamViews(store, [saved]);
  return after as TeamAdminView;
};
