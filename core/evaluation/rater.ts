import type { HandlerContext } from '@core/kernel/deps';
import { forbidden, invalidInput } from '@core/kernel/errors';
import { staffRepo } from '@core/identity';
import { projectRepo } from '@core/projects';
import type { EvaluationRound, PanelKind } from './evaluation';
import { panelOf } from './evaluation-rules';

export interface Rater {
  userId: string;
  panel: PanelKind;
  /** One voice per person, and per enterprise however many of its contacts have accounts. */
  key: string;
  /** Teams the rater belongs to or leads: never theirs to rate. */
  ownTeamIds: ReadonlySet<string>;
}

/**
 * An enterprise rater is verified when the account is the enterprise contact (ownerUserId) of a
 * project the zone registered — the office or a visit's lead entered it, the enterprise did not —
 * and that project is not terminated. Its voice is the enterprise's: credit code, else name.
 */
const verifiedEnterpriseKey = async (ctx: HandlerContext, userId: string): Promise<string | null> => {
  const { items } = await projectRepo(ctx.deps.store).listByOwner(userId, { limit: 20 });
  const project = items.find((p) => p.status !== 'terminated');
  if (!project) return null;
  return `e:${project.creditCode ?? project.enterpriseName ?? project.id}`;
};

export const isInWindow = (round: EvaluationRound, now: number): boolean =>
  round.status === 'open' && round.opensAt <= now && now < round.closesAt;

/** Who the caller is to this round, or why they may not rate in it. `code` is what an enterprise typed or scanned. */
export const raterIn = async (
  ctx: HandlerContext,
  round: EvaluationRound,
  code: string | undefined,
): Promise<Rater> => {
  const userId = ctx.caller.user?.id;
  const panel = panelOf(ctx.caller.roles, round.panels);
  if (!userId || !panel) throw forbidden('您不在本轮评议的评议组中');
  if (panel === 'enterprise') {
    if (code !== round.code) throw invalidInput('code', '评议码不正确，请核对现场公布的评议码');
    const key = await verifiedEnterpriseKey(ctx, userId);
    if (!key) throw forbidden('仅限在开发区登记了项目的企业联系人参与评议');
    return { userId, panel, key, ownTeamIds: new Set() };
  }
  const teams = await staffRepo(ctx.deps.store).teamsOf(userId);
  return { userId, panel, key: `u:${userId}`, ownTeamIds: new Set(teams.map((t) => t.id)) };
};
