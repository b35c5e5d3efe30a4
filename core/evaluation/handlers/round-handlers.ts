import { invalidInput, notFound } from '@core/kernel/errors';
import { noteAudit, type IdSource } from '@core/kernel/deps';
import { CODE_DRAWS, drawFreeCode, renderCodeImage, type CodeImageKind } from '@core/identity';
import { projectRepo } from '@core/projects';
import { RATE_PAGE, type EvaluationRound } from '../evaluation';
import type { EvaluationHandler, RoundView } from '../evaluation-actions';
import { roundRepo, roundWrites, scoreRepo } from '../evaluation-repo';
import { roundFromForm } from '../round-form';

const ROUND_IMAGE: CodeImageKind = {
  collection: 'evaluation_rounds',
  page: RATE_PAGE,
  missingMessage: '评议不存在',
  endedMessage: '评议已结束，评议码不再有效',
  noImageMessage: '暂时无法生成二维码，请现场公布评议码文字',
};

export const toRoundView = ({ version: _version, scoreCount: _count, ...rest }: EvaluationRound): RoundView => rest;

/** A code no other round uses (the id source is random in production; a repeat is drawn again). */
const freshCode = async (rounds: ReturnType<typeof roundRepo>, ids: IdSource): Promise<string> => {
  const code = await drawFreeCode(ids, async (c) => Boolean(await rounds.byCode(c)));
  if (!code) throw new Error(`no free evaluation code after ${CODE_DRAWS} draws`);
  return code;
};

export const open: EvaluationHandler<'evaluation.open'> = async (input, ctx) => {
  const { deps, caller } = ctx;
  const fields = await roundFromForm(deps, input);
  const now = deps.clock.now();
  const round: EvaluationRound = {
    id: deps.ids.newId(),
    version: 1,
    ...fields,
    code: await freshCode(roundRepo(deps.store), deps.ids),
    status: 'open',
    createdByUserId: caller.user?.id ?? '',
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    results: null,
    scoreCount: 0,
  };
  noteAudit(ctx, {
    target: `evaluation_rounds/${round.id}`,
    after: { title: round.title, targets: round.targets.length },
  });
  await deps.store.transaction((tx) => roundWrites(tx).insert(round));
  return toRoundView(round);
};

export const edit: EvaluationHandler<'evaluation.edit'> = async ({ roundId, ...form }, ctx) => {
  const { deps } = ctx;
  const fields = await roundFromForm(deps, form);
  noteAudit(ctx, {
    target: `evaluation_rounds/${roundId}`,
    after: { title: fields.title, targets: fields.targets.length },
  });
  const updated = await deps.store.transaction(async (tx) => {
    const writes = roundWrites(tx);
    const round = await writes.get(roundId);
    if (!round) throw notFound('评议不存在');
    if (round.status !== 'open') throw invalidInput('roundId', '评议结果已公布，不能修改');
    // The round's own counter, read and written in this transaction: a score that lands first wins, the edit retries and is refused.
    if (round.scoreCount > 0) throw invalidInput('roundId', '已有评分，不能再修改评议');
    return writes.update(round, { ...fields, updatedAt: deps.clock.now() });
  });
  return toRoundView(updated);
};

export const rounds: EvaluationHandler<'evaluation.rounds'> = async ({ limit, cursor }, { deps }) => {
  const page = await roundRepo(deps.store).newestFirst(limit, cursor ?? null);
  return { items: page.items.map(toRoundView), next: page.next };
};

export const round: EvaluationHandler<'evaluation.round'> = async ({ roundId }, { deps }) => {
  const found = await roundRepo(deps.store).get(roundId);
  if (!found) throw notFound('评议不存在');
  const scores = scoreRepo(deps.store);
  const progress = await Promise.all(
    found.targets.map(async (t) => ({ key: t.key, submitted: await scores.countFor(roundId, t.key) })),
  );
  return { ...toRoundView(found), progress, submitted: progress.reduce((n, p) => n + p.submitted, 0) };
};

/** An open round's code as an image of the rating page (see renderCodeImage). */
export const qrCode: EvaluationHandler<'evaluation.qrcode'> = async ({ roundId }, ctx) => {
  const found = await roundRepo(ctx.deps.store).get(roundId);
  const { doc: shown, image } = await renderCodeImage(ctx, ROUND_IMAGE, roundId, found, (r) => r.closesAt);
  const path = `${RATE_PAGE}?code=${shown.code}`;
  return { roundId, code: shown.code, closesAt: shown.closesAt, path, image };
};

export const projects: EvaluationHandler<'evaluation.projects'> = async ({ query, limit, cursor }, { deps }) => {
  const page = await projectRepo(deps.store).searchByName(query, { limit, cursor: cursor ?? null });
  return {
    items: page.items.map((p) => ({ id: p.id, name: p.name, enterpriseName: p.enterpriseName })),
    next: page.next,
  };
};
