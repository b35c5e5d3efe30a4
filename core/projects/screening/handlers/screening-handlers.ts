import type { HandlerContext } from '@core/kernel/deps';
import { conflict, forbidden, invalidInput } from '@core/kernel/errors';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { claimUploads, verifyOwnUploads, type UploadClaim } from '@core/tickets';
import { SCREENING_LABELS } from '../../project';
import { projectRepo, projectTx } from '../../project-repo';
import { DEFAULT_INDUSTRIAL_TEMPLATE } from '../../project-template';
import { actorOf } from '../../handlers/project-access';
import { screeningOutcomeOf, type Screening, type ScreeningOutcome } from '../screening';
import type { ScreeningHandler, ScreeningView } from '../screening-actions';
import { answeredItems, checkConditions } from '../screening-check';
import { screeningRepo, screeningTx } from '../screening-repo';
import { callerMayScreen, resolveSubject, type ScreeningSubject } from '../screening-subject';

/** The nodes a condition may be due before: the zone's default template (as stored, else the built-in one). */
const planNodesOf = async (ctx: HandlerContext) => {
  const template =
    (await projectRepo(ctx.deps.store).template(DEFAULT_INDUSTRIAL_TEMPLATE.id)) ?? DEFAULT_INDUSTRIAL_TEMPLATE;
  return template.nodes.map((n) => ({ key: n.key, name: n.name }));
};

const viewOf = async (
  ctx: HandlerContext,
  subject: ScreeningSubject,
  screening?: Screening | null,
): Promise<ScreeningView> => {
  const repo = screeningRepo(ctx.deps.store);
  return {
    subject: { kind: subject.kind, id: subject.id, name: subject.name },
    screening: screening === undefined ? await repo.get(subject.screeningId) : screening,
    items: await repo.items(false),
    planNodes: await planNodesOf(ctx),
    canScreen: callerMayScreen(ctx.caller.user?.id ?? null, subject),
  };
};

export const get: ScreeningHandler<'projects.screening.get'> = async ({ subject }, ctx) =>
  viewOf(ctx, await resolveSubject(ctx, subject));

const requireScreener = (ctx: HandlerContext, subject: ScreeningSubject) => {
  if (!callerMayScreen(ctx.caller.user?.id ?? null, subject))
    throw forbidden('引入该线索的人员和项目领导不能筛查本项目，请由其他人员筛查');
};

/** The files a screening refers to, each with the input field it came in (evidence per answer, the minutes). */
const evidenceClaims = (answers: readonly { evidence: readonly { fileId: string }[] }[]): UploadClaim[] =>
  answers.flatMap((a, i) =>
    a.evidence.map((f, j) => ({ field: `answers.${i}.evidence.${j}.fileId`, fileId: f.fileId })),
  );
const minutesClaims = (minutes: readonly { fileId: string }[]): UploadClaim[] =>
  minutes.map((f, j) => ({ field: `minutes.${j}.fileId`, fileId: f.fileId }));

/**
 * Writes the screening and the project's copy of the verdict (with a timeline line) in one
 * transaction. The files it refers to must be the caller's own uploads (INVALID_INPUT on their
 * field, before anything is written) and are claimed in the same transaction, so the 24 h purge of
 * unclaimed uploads leaves them (as the stage evidence does).
 */
const saveVerdict = async (
  ctx: HandlerContext,
  subject: ScreeningSubject,
  uploads: readonly UploadClaim[],
  write: (
    current: Screening | null,
    t: ReturnType<typeof screeningTx>,
    by: { now: number; user: { id: string; name: string } },
  ) => Promise<Screening>,
  text: (outcome: ScreeningOutcome) => string,
): Promise<Screening> => {
  const { store, clock, ids } = ctx.deps;
  await verifyOwnUploads(store, ctx.caller.user?.id ?? '', uploads);
  const now = clock.now();
  return store.transaction(async (tx) => {
    const t = screeningTx(tx);
    const saved = await write(await t.get(subject.screeningId), t, { now, user: ctx.caller.user! });
    if (subject.project) {
      const project = await t.markProject(subject.project.id, saved.outcome, now);
      if (project)
        await projectTx(tx, ids).appendEvents(project, actorOf(ctx.caller), now, [
          { kind: 'screened', text: text(saved.outcome), isInternal: true },
        ]);
    }
    await claimUploads(
      tx,
      uploads.map((u) => u.fileId),
    );
    return saved;
  });
};

/** The checklist answered → its verdict. Once per subject: a finished screening is final; 提交评审会 waits for decide. */
export const submit: ScreeningHandler<'projects.screening.submit'> = async (input, ctx) => {
  const subject = await resolveSubject(ctx, input.subject);
  requireScreener(ctx, subject);
  const items = answeredItems(await screeningRepo(ctx.deps.store).items(false), input.answers);
  checkConditions(input.conditions, await planNodesOf(ctx));
  const outcome = screeningOutcomeOf(items, input.conditions.length);
  const saved = await saveVerdict(
    ctx,
    subject,
    evidenceClaims(input.answers),
    async (current, t, { now, user }) => {
      if (current) throw conflict(current.outcome === 'review' ? '已提交评审会，请录入评审会结论' : '该项目已完成筛查');
      return t.insert({
        id: subject.screeningId,
        version: 1,
        leadId: subject.kind === 'lead' ? subject.id : (subject.project?.leadId ?? null),
        projectId: subject.project?.id ?? null,
        subjectName: subject.name,
        investmentWan: input.investmentWan ?? subject.project?.investmentWan ?? null,
        items,
        conditions: input.conditions,
        note: input.note,
        outcome,
        reviewerUserId: user.id,
        reviewerName: user.name,
        submittedAt: now,
        meeting: null,
        decidedAt: outcome === 'review' ? null : now,
        createdAt: now,
        updatedAt: now,
      });
    },
    (o) => `绿色招商筛查：${SCREENING_LABELS[o]}`,
  );
  return viewOf(ctx, subject, saved);
};

/** The 评审会's decision on a screening sent to it: the minutes uploaded, the date it met, the verdict. */
export const decide: ScreeningHandler<'projects.screening.decide'> = async (input, ctx) => {
  const subject = await resolveSubject(ctx, input.subject);
  requireScreener(ctx, subject);
  if (input.heldOn > localDateOf(ctx.deps.clock.now())) throw invalidInput('heldOn', '评审会日期不能晚于今天');
  if (input.decision === 'conditional' && input.conditions.length === 0)
    throw invalidInput('conditions', '有条件通过须列出条件');
  if (input.decision !== 'conditional' && input.conditions.length > 0)
    throw invalidInput('conditions', '只有有条件通过才填写条件');
  checkConditions(input.conditions, await planNodesOf(ctx));
  const saved = await saveVerdict(
    ctx,
    subject,
    minutesClaims(input.minutes),
    async (current, t, { now, user }) => {
      if (!current) throw conflict('该项目尚未筛查，请先填写检查表');
      if (current.outcome !== 'review') throw conflict('该筛查已有结论，不能再录入评审会结论');
      return t.update(current, {
        outcome: input.decision,
        conditions: input.conditions,
        meeting: {
          minutes: input.minutes,
          heldOn: input.heldOn,
          decision: input.decision,
          note: input.note,
          recordedByUserId: user.id,
          recordedByName: user.name,
          recordedAt: now,
        },
        decidedAt: now,
        updatedAt: now,
      });
    },
    (o) => `评审会（${input.heldOn}）结论：${SCREENING_LABELS[o]}，已上传纪要`,
  );
  return viewOf(ctx, subject, saved);
};
