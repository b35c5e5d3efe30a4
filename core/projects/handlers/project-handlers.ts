import { localDateOf } from '@core/kernel/calendar/local-date';
import { conflict, invalidInput } from '@core/kernel/errors';
import type { DocStore } from '@core/kernel/store/doc-store';
import { staffRepo } from '@core/identity';
import type { UploadClaim } from '@core/tickets';
import {
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  screeningAllowsSigning,
  type Project,
  type ProjectStage,
  type StageEvidence,
} from '../project';
import type { ProjectHandler } from '../project-actions';
import type { StageMove } from '../project-fields';
import { coloursOf } from '../nodes/load-nodes';
import { projectRepo, projectTx } from '../project-repo';
import { toProjectCard, visibleLines } from '../project-view';
import { actorOf, assertOpen, changeProject, loadProjectView, requireProject } from './project-access';

export const list: ProjectHandler<'projects.list'> = async ({ status, limit, cursor }, { deps }) => {
  const page = await projectRepo(deps.store).list(status, { limit, cursor });
  const colours = await coloursOf(deps.store, page.items, deps.clock.now());
  return { items: page.items.map((p) => toProjectCard(p, colours.get(p.id))), next: page.next };
};

export const mine: ProjectHandler<'projects.mine'> = async ({ limit, cursor }, { caller, deps }) => {
  if (!caller.user) return { items: [], next: null };
  const page = await projectRepo(deps.store).listByOwner(caller.user.id, { limit, cursor });
  const colours = await coloursOf(deps.store, page.items, deps.clock.now());
  return { items: page.items.map((p) => toProjectCard(p, colours.get(p.id))), next: page.next };
};

export const get: ProjectHandler<'projects.get'> = async ({ projectId }, ctx) => {
  const { project, viewer } = await requireProject(ctx, projectId);
  return loadProjectView(ctx, project, viewer);
};

export const timeline: ProjectHandler<'projects.timeline'> = async ({ projectId, cursor }, ctx) => {
  const { viewer } = await requireProject(ctx, projectId);
  const page = await projectRepo(ctx.deps.store).events(projectId, cursor);
  return { items: visibleLines(page.items, viewer), next: page.earlier };
};

/** A leader must hold the leader role; a team must exist. Checked before anything is written. */
const checkPeople = async (
  store: DocStore,
  leaderUserId: string | null | undefined,
  teamId: string | null | undefined,
) => {
  const staff = staffRepo(store);
  if (leaderUserId) {
    const [leader] = await staff.usersByIds([leaderUserId]);
    if (!leader?.roles.includes('leader')) throw invalidInput('leaderUserId', '所选领导不存在或不是领导');
  }
  if (teamId && !(await staff.teamById(teamId))) throw invalidInput('teamId', '所选专班不存在');
};

export const create: ProjectHandler<'projects.create'> = async (input, ctx) => {
  const { store, clock, ids } = ctx.deps;
  await checkPeople(store, input.leaderUserId, input.teamId);
  const now = clock.now();
  const project: Project = {
    id: ids.newId(),
    version: 1,
    ...input,
    ownerUserId: null,
    stage: 'negotiating',
    status: 'negotiating',
    evidence: {},
    terminatedReason: null,
    investmentNote: null,
    screening: 'pending',
    leadId: null,
    createdAt: now,
    updatedAt: now,
  };
  const inserted = await store.transaction(async (tx) => {
    const t = projectTx(tx, ids);
    const doc = await t.insert(project);
    await t.appendEvents(doc, actorOf(ctx.caller), now, [{ kind: 'created', text: `登记项目（洽谈）：${doc.name}` }]);
    return doc;
  });
  return loadProjectView(ctx, inserted, 'staff');
};

const FIELD_LABELS: Record<string, string> = {
  name: '项目名称',
  enterpriseName: '企业名称',
  creditCode: '统一社会信用代码',
  parkId: '园区',
  industryId: '产业',
  industryClass: '行业分类',
  investmentWan: '计划投资（万元）',
  landMu: '用地（亩）',
  leaderUserId: '一位领导',
  teamId: '一套班子',
};

export const edit: ProjectHandler<'projects.edit'> = async ({ projectId, ...fields }, ctx) => {
  await checkPeople(ctx.deps.store, fields.leaderUserId, fields.teamId);
  const patch = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (Object.keys(patch).length === 0) throw invalidInput('projectId', '没有要修改的内容');
  return changeProject(ctx, projectId, (project) => {
    assertOpen(project);
    const changed = Object.keys(patch).filter((k) => patch[k] !== project[k as keyof Project]);
    return {
      patch,
      events: changed.length
        ? [{ kind: 'edited', text: `修改了${changed.map((k) => FIELD_LABELS[k] ?? k).join('、')}`, isInternal: true }]
        : [],
    };
  });
};

/** The date a stage's evidence carries, to keep the moves in order. */
const dateOf = (evidence: StageEvidence, stage: ProjectStage): string | null => {
  switch (stage) {
    case 'signed':
      return evidence.signed?.date ?? null;
    case 'construction':
      return evidence.construction?.date ?? null;
    case 'completed':
      return evidence.completed?.acceptanceFiledOn ?? null;
    case 'production':
      return evidence.production?.date ?? null;
    default:
      return null;
  }
};

const moveDate = (move: StageMove): { field: string; date: string } =>
  move.to === 'completed'
    ? { field: 'move.acceptanceFiledOn', date: move.acceptanceFiledOn }
    : { field: 'move.date', date: move.date };

const evidenceOf = (move: StageMove): { evidence: StageEvidence; text: string } => {
  switch (move.to) {
    case 'signed':
      return {
        evidence: { signed: { date: move.date, agreementFileId: move.agreementFileId } },
        text: `签约日期 ${move.date}，已上传投资协议`,
      };
    case 'construction':
      return {
        evidence: { construction: { date: move.date, permitNo: move.permitNo, sitePhotoFileId: move.sitePhotoFileId } },
        text: `开工日期 ${move.date}，${move.permitNo ? `施工许可证 ${move.permitNo}` : '已上传现场照片'}`,
      };
    case 'completed':
      return {
        evidence: { completed: { acceptanceFiledOn: move.acceptanceFiledOn } },
        text: `竣工验收备案日期 ${move.acceptanceFiledOn}`,
      };
    case 'production':
      return { evidence: { production: { date: move.date } }, text: `投产日期 ${move.date}` };
  }
};

/** The evidence files a move refers to, with their input fields: they are verified and claimed with the move. */
const evidenceFiles = (move: StageMove): UploadClaim[] => {
  if (move.to === 'signed') return [{ field: 'move.agreementFileId', fileId: move.agreementFileId }];
  if (move.to === 'construction' && move.sitePhotoFileId)
    return [{ field: 'move.sitePhotoFileId', fileId: move.sitePhotoFileId }];
  return [];
};

/** Stages move forward one at a time, each with its evidence; 签约 needs the 五个一 and screening. */
export const advance: ProjectHandler<'projects.advance'> = async ({ projectId, move }, ctx) => {
  const today = localDateOf(ctx.deps.clock.now());
  const { field, date } = moveDate(move);
  if (date > today) throw invalidInput(field, '日期不能晚于今天');
  return changeProject(
    ctx,
    projectId,
    (project) => {
      assertOpen(project);
      const at = PROJECT_STAGES.indexOf(project.stage);
      const to = PROJECT_STAGES.indexOf(move.to);
      if (to <= at) throw conflict(`项目已处于${PROJECT_STAGE_LABELS[project.stage]}阶段，阶段只能向前推进`);
      if (to > at + 1) throw conflict(`请先推进到${PROJECT_STAGE_LABELS[PROJECT_STAGES[at + 1]!]}`);
      if (move.to === 'signed') {
        if (!project.leaderUserId || !project.teamId) throw conflict('签约前须确定一位领导和一套班子');
        if (!screeningAllowsSigning(project.screening)) throw conflict('绿色招商筛查尚未通过，不能签约');
      }
      const previous = dateOf(project.evidence, project.stage);
      if (previous && date < previous)
        throw invalidInput(field, `日期不能早于${PROJECT_STAGE_LABELS[project.stage]}日期 ${previous}`);
      const { evidence, text } = evidenceOf(move);
      return {
        patch: { stage: move.to, status: move.to, evidence: { ...project.evidence, ...evidence } },
        events: [{ kind: 'moved', text: `推进到${PROJECT_STAGE_LABELS[move.to]}：${text}` }],
      };
    },
    evidenceFiles(move),
  );
};

export const terminate: ProjectHandler<'projects.terminate'> = async ({ projectId, reason }, ctx) =>
  changeProject(ctx, projectId, (project) => {
    assertOpen(project);
    if (project.stage === 'production') throw conflict('项目已投产，不能终止');
    return {
      patch: { status: 'terminated', terminatedReason: reason },
      events: [{ kind: 'terminated', text: `终止（${PROJECT_STAGE_LABELS[project.stage]}阶段）：${reason}` }],
    };
  });
