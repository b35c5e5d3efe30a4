import { conflict, forbidden, notFound } from '@core/kernel/errors';
import { readVisit } from '@core/visits';
import type { Lead, Project, ScreeningState } from '../project';
import { screeningIdOfLead } from '../screening/screening';
import { screeningTx } from '../screening/screening-repo';
import type { DuplicateMatch, ProjectHandler } from '../project-actions';
import { leadIdOfVisit, projectIdOfLead, projectRepo, projectTx } from '../project-repo';
import { toLeadView } from '../project-view';
import { actorOf, isManager, loadProjectView } from './project-access';

/** 转为线索: a completed visit becomes a lead that keeps it; again returns the same lead (its id is the visit's). */
export const leadFromVisit: ProjectHandler<'projects.leadFromVisit'> = async ({ visitId }, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) throw forbidden();
  const visit = await readVisit(deps.store, visitId);
  if (!visit) throw notFound('考察记录不存在');
  if (visit.status !== 'completed') throw conflict('考察完成后才能转为线索');
  const now = deps.clock.now();
  const lead = await deps.store.transaction(async (tx) => {
    const t = projectTx(tx, deps.ids);
    const existing = await t.getLead(leadIdOfVisit(visitId));
    if (existing) return existing;
    return t.insertLead({
      id: leadIdOfVisit(visitId),
      version: 1,
      visitId,
      company: visit.company,
      contactUserId: visit.ownerUserId,
      contactName: visit.contactName,
      contactPhone: visit.contactPhone,
      parkId: visit.parkIds[0] ?? null,
      industryId: visit.industryIds[0] ?? null,
      status: 'open',
      projectId: null,
      createdByUserId: userId,
      createdAt: now,
      updatedAt: now,
    });
  });
  return toLeadView(lead);
};

/** A visit's lead and project: for the zone's staff, and for the booker (only the project id, no lead details). */
export const forVisit: ProjectHandler<'projects.forVisit'> = async ({ visitId }, { caller, deps }) => {
  const visit = await readVisit(deps.store, visitId);
  const isStaff = isManager(caller);
  if (!visit || (!isStaff && visit.ownerUserId !== caller.user?.id)) throw notFound('考察记录不存在');
  const lead = await projectRepo(deps.store).getLead(leadIdOfVisit(visitId));
  if (!lead) return { leadId: null, leadStatus: null, projectId: null };
  return isStaff
    ? { leadId: lead.id, leadStatus: lead.status, projectId: lead.projectId }
    : { leadId: null, leadStatus: null, projectId: lead.projectId };
};

export const leads: ProjectHandler<'projects.leads'> = async ({ limit, cursor }, { deps }) => {
  const page = await projectRepo(deps.store).openLeads({ limit, cursor });
  return { items: page.items.map(toLeadView), next: page.next };
};

const newProjectOf = (
  lead: Lead,
  name: string | null,
  creditCode: string | null,
  screening: ScreeningState,
  now: number,
): Project => ({
  id: projectIdOfLead(lead.id),
  version: 1,
  name: name ?? `${lead.company}项目`,
  enterpriseName: lead.company,
  creditCode,
  // The investor who booked the visit is the project's enterprise contact.
  ownerUserId: lead.contactUserId,
  parkId: lead.parkId,
  industryId: lead.industryId,
  industryClass: null,
  stage: 'negotiating',
  status: 'negotiating',
  evidence: {},
  terminatedReason: null,
  investmentWan: null,
  landMu: null,
  investmentNote: null,
  leaderUserId: null,
  teamId: null,
  // The lead's screening is carried: the project's copy of its verdict.
  screening,
  leadId: lead.id,
  createdAt: now,
  updatedAt: now,
});

/**
 * Lead → project, keeping the lead. Idempotent by source: the lead records its project and the new
 * project's id is derived from the lead, both checked inside one transaction of single-document
 * operations. A project matching the credit code, else the exact company name, is shown to the
 * converter first ('ask' writes nothing); 'link' joins the lead to it, 'create' makes a new one.
 */
export const fromLead: ProjectHandler<'projects.fromLead'> = async (input, ctx) => {
  const { store, clock, ids } = ctx.deps;
  const repo = projectRepo(store);
  const lead = await repo.getLead(input.leadId);
  if (!lead) throw notFound('线索不存在');
  const found = lead.projectId
    ? null
    : await repo.findDuplicate(input.creditCode, lead.company, projectIdOfLead(lead.id));
  const match: DuplicateMatch | null = found
    ? {
        projectId: found.project.id,
        name: found.project.name,
        enterpriseName: found.project.enterpriseName,
        matchedOn: found.matchedOn,
      }
    : null;
  if (match && input.onDuplicate === 'ask') return { project: null, match };
  const now = clock.now();
  const actor = actorOf(ctx.caller);
  const project = await store.transaction(async (tx) => {
    const t = projectTx(tx, ids);
    const current = await t.getLead(lead.id);
    if (!current) throw notFound('线索不存在');
    const already = current.projectId ? await t.get(current.projectId) : await t.get(projectIdOfLead(lead.id));
    if (already) return already;
    if (match && input.onDuplicate === 'link') {
      const target = await t.get(match.projectId);
      if (!target) throw conflict('匹配到的项目已不存在，请重试');
      const linked = await t.update(target, {
        ownerUserId: target.ownerUserId ?? current.contactUserId,
        updatedAt: now,
      });
      await t.updateLead(current, { status: 'converted', projectId: linked.id, updatedAt: now });
      await t.appendEvents(linked, actor, now, [
        { kind: 'lead_linked', text: `关联线索：${current.company}（${current.contactName}）`, isInternal: true },
      ]);
      return linked;
    }
    const screened = await screeningTx(tx).get(screeningIdOfLead(current.id));
    const created = await t.insert(
      newProjectOf(current, input.name, input.creditCode, screened?.outcome ?? 'pending', now),
    );
    await t.updateLead(current, { status: 'converted', projectId: created.id, updatedAt: now });
    await t.appendEvents(created, actor, now, [
      { kind: 'from_lead', text: `由线索转为项目（洽谈）：${current.company}，联系人${current.contactName}` },
    ]);
    return created;
  });
  return { project: await loadProjectView(ctx, project, 'staff'), match };
};
