import { dataOf, errorOf, snapshotAll } from '@tests/support/dispatch-kit';
import { type TestStack } from '@tests/support/temp-sqlite-store';
import { eachTestOnStack, type Send } from '@tests/support/handler-test';
import {
  assignLeaderAndTeam,
  completedVisit,
  projectFromVisit,
  SIGNED_PROJECT_ID,
} from '@tests/support/project-fixture';
import { validBooking } from '@tests/support/visit-booking-fixture';
import { uploadFileId } from '@core/tickets';
import { insertUpload, UNCLAIMED_PURGE_AT } from '@tests/support/upload-fixture';

let stack: TestStack;
let send: Send;
eachTestOnStack((opened, sender) => ([stack, send] = [opened, sender]));

const stored = async (id: string) => (await stack.store.get('projects', id))!;
const count = async (collection: 'leads' | 'projects') =>
  (await stack.store.find(collection, { limit: 1000 })).items.length;
/** Only the seed may set screening until the screening form exists (issue 11 item 4). */
const passScreening = async (id: string) => {
  const p = await stored(id);
  await stack.store.update('projects', id, p.version, { screening: 'passed' });
};

describe('visit → lead → project', () => {
  it('turns a completed visit into a lead that keeps it, and the lead into a project that keeps the lead, once each', async () => {
    const visitId = await completedVisit(stack, send);
    const lead = dataOf(await send('staff', 'projects.leadFromVisit', { visitId }));
    expect(lead).toMatchObject({ visitId, company: '北京某某科技有限公司', contactName: '李四', status: 'open' });
    expect(dataOf(await send('leader', 'projects.leadFromVisit', { visitId })).id).toBe(lead.id);
    expect(await count('leads')).toBe(1);

    const projectsBefore = await count('projects');
    const first = dataOf(await send('staff', 'projects.fromLead', { leadId: lead.id }));
    expect(first.match).toBeNull();
    expect(first.project).toMatchObject({
      leadId: lead.id,
      stage: 'negotiating',
      enterpriseName: '北京某某科技有限公司',
    });
    const again = dataOf(await send('admin', 'projects.fromLead', { leadId: lead.id }));
    expect(again.project!.id).toBe(first.project!.id);
    expect(await count('projects')).toBe(projectsBefore + 1);

    // The investor who booked is the enterprise contact: they read it among their own projects.
    const investorId = (await stored(first.project!.id)).ownerUserId;
    expect(investorId).toBe('u-demo-investor');
    const mine = dataOf(await send('investor', 'projects.mine', {}));
    expect(mine.items.map((p) => p.id)).toEqual([first.project!.id]);
    expect(dataOf(await send('staff', 'projects.leads', {})).items).toEqual([]);
    const leadDoc = await stack.store.get('leads', lead.id);
    expect(leadDoc).toMatchObject({ projectId: first.project!.id, status: 'converted' });
  });

  it('refuses a visit that has not been completed', async () => {
    // Booked but not yet held: 转为线索 waits for the visit.
    const book = await send('investor', 'visits.book', validBooking());
    const before = await snapshotAll(stack);
    expect(errorOf(await send('staff', 'projects.leadFromVisit', { visitId: dataOf(book).id })).code).toBe('CONFLICT');
    expect(await snapshotAll(stack)).toEqual(before);
  });

  it('shows the converter a duplicate on the credit code before the exact name, and writes nothing until told', async () => {
    const visitId = await completedVisit(stack, send);
    const leadId = dataOf(await send('staff', 'projects.leadFromVisit', { visitId })).id;
    const byName = dataOf(
      await send('staff', 'projects.create', { name: '同名企业的另一个项目', enterpriseName: '北京某某科技有限公司' }),
    );
    const byCode = dataOf(
      await send('staff', 'projects.create', {
        name: '同一信用代码的项目',
        enterpriseName: '北京某某科技股份有限公司',
        creditCode: '91371400MA3N8RT562',
      }),
    );

    // The dispatcher keeps each mutation's answer (requests); the project data is what must stay put.
    const projectData = async () => ({ ...(await snapshotAll(stack)), requests: [] });
    const before = await projectData();
    const asked = dataOf(await send('staff', 'projects.fromLead', { leadId, creditCode: '91371400MA3N8RT562' }));
    expect(asked).toEqual({
      project: null,
      match: expect.objectContaining({ projectId: byCode.id, matchedOn: 'creditCode' }),
    });
    const askedByName = dataOf(await send('staff', 'projects.fromLead', { leadId }));
    expect(askedByName.match).toMatchObject({ projectId: byName.id, matchedOn: 'enterpriseName' });
    expect(await projectData()).toEqual(before);

    const linked = dataOf(await send('staff', 'projects.fromLead', { leadId, onDuplicate: 'link' }));
    expect(linked.project!.id).toBe(byName.id);
    expect((await stored(byName.id)).ownerUserId).toBe('u-demo-investor');
    // Linked once: asking again returns the same project, no new match.
    expect(dataOf(await send('staff', 'projects.fromLead', { leadId })).project!.id).toBe(byName.id);
  });

  it('creates a new project despite a duplicate when told to', async () => {
    const visitId = await completedVisit(stack, send);
    const leadId = dataOf(await send('staff', 'projects.leadFromVisit', { visitId })).id;
    const other = dataOf(
      await send('staff', 'projects.create', { name: '已有项目', enterpriseName: '北京某某科技有限公司' }),
    );
    const made = dataOf(await send('staff', 'projects.fromLead', { leadId, onDuplicate: 'create' }));
    expect(made.match).toMatchObject({ projectId: other.id });
    expect(made.project!.id).not.toBe(other.id);
  });
});

describe('stages move forward only, each with its evidence', () => {
  it('refuses 签约 until a leader, a team and screening are set, then moves on with each piece of evidence', async () => {
    const { projectId } = await projectFromVisit(stack, send);
    const sign = { to: 'signed', date: '2026-11-30', agreementFileId: 'file-agreement-1' };
    expect(errorOf(await send('staff', 'projects.advance', { projectId, move: sign })).message).toContain('一位领导');
    dataOf(
      await send('staff', 'projects.edit', {
        projectId,
        leaderUserId: 'u-demo-leader',
        teamId: 'svc-project-dezhi-hangchuang',
        investmentWan: 12000,
        landMu: 45.5,
      }),
    );
    const refused = errorOf(await send('staff', 'projects.advance', { projectId, move: sign }));
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toContain('筛查');
    await passScreening(projectId);

    const signed = dataOf(await send('staff', 'projects.advance', { projectId, move: sign }));
    expect(signed).toMatchObject({ stage: 'signed', evidence: { signed: { date: '2026-11-30' } } });
    // Backwards, again, or skipping a stage: refused.
    expect(errorOf(await send('staff', 'projects.advance', { projectId, move: sign })).code).toBe('CONFLICT');
    expect(
      errorOf(await send('staff', 'projects.advance', { projectId, move: { to: 'production', date: '2026-11-30' } }))
        .message,
    ).toContain('开工');
    const built = dataOf(
      await send('leader', 'projects.advance', {
        projectId,
        move: { to: 'construction', date: '2026-11-30', sitePhotoFileId: 'file-site-1' },
      }),
    );
    expect(built.evidence.construction).toEqual({ date: '2026-11-30', permitNo: null, sitePhotoFileId: 'file-site-1' });
    const done = dataOf(
      await send('staff', 'projects.advance', {
        projectId,
        move: { to: 'completed', acceptanceFiledOn: '2026-11-30' },
      }),
    );
    expect(done.stage).toBe('completed');
    const producing = dataOf(
      await send('staff', 'projects.advance', { projectId, move: { to: 'production', date: '2026-11-30' } }),
    );
    expect(producing).toMatchObject({ stage: 'production', status: 'production' });
    // Each move is a timeline line naming who made it.
    const moves = producing.timeline.filter((l) => l.text.startsWith('推进到'));
    expect(moves.map((l) => [l.actorName, l.text.slice(0, 5)])).toEqual([
      ['张专员（演示）', '推进到签约'],
      ['赵主任（演示）', '推进到开工'],
      ['张专员（演示）', '推进到竣工'],
      ['张专员（演示）', '推进到投产'],
    ]);
    expect(errorOf(await send('staff', 'projects.terminate', { projectId, reason: '企业撤资' })).code).toBe('CONFLICT');
  });

  it('refuses a move whose evidence file is unknown or someone else’s upload, writing nothing', async () => {
    await insertUpload(stack, 'agreement-01', 'u-demo-staff');
    await insertUpload(stack, 'not-mine-01', 'u-demo-enterprise');
    const { projectId } = await projectFromVisit(stack, send);
    await assignLeaderAndTeam(send, projectId);
    await passScreening(projectId);

    const before = await snapshotAll(stack);
    for (const fileId of ['upload:no-such-file', uploadFileId('not-mine-01')]) {
      const move = { to: 'signed', date: '2026-11-27', agreementFileId: fileId };
      const refused = errorOf(await send('staff', 'projects.advance', { projectId, move }));
      expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'move.agreementFileId' });
    }
    expect(await snapshotAll(stack)).toEqual(before);
    // Someone else's photo on the 开工 move of a seeded project: refused on its own field.
    const photo = { to: 'construction', date: '2026-11-27', sitePhotoFileId: uploadFileId('not-mine-01') };
    expect(
      errorOf(await send('staff', 'projects.advance', { projectId: SIGNED_PROJECT_ID, move: photo })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'move.sitePhotoFileId',
    });

    // Refused moves claim nothing: the uploads are still due for the purge.
    expect(await stack.store.get('uploads', 'agreement-01')).toMatchObject({ purgeAt: UNCLAIMED_PURGE_AT });
  });

  it('refuses a date after today or before the previous stage, writing nothing', async () => {
    const before = await snapshotAll(stack);
    const late = await send('staff', 'projects.advance', {
      projectId: SIGNED_PROJECT_ID,
      move: { to: 'construction', date: '2026-12-25', permitNo: '371426202612250001' },
    });
    expect(errorOf(late)).toMatchObject({ code: 'INVALID_INPUT', field: 'move.date' });
    expect(await snapshotAll(stack)).toEqual(before);
  });

  it('terminates with a reason, after which nothing moves', async () => {
    const terminated = dataOf(
      await send('staff', 'projects.terminate', { projectId: SIGNED_PROJECT_ID, reason: '企业战略调整' }),
    );
    expect(terminated).toMatchObject({ status: 'terminated', stage: 'signed', terminatedReason: '企业战略调整' });
    expect(terminated.timeline.at(-1)).toMatchObject({
      actorName: '张专员（演示）',
      text: '终止（签约阶段）：企业战略调整',
    });
    const move = { to: 'construction', date: '2026-11-27', permitNo: '371426202611270001' };
    expect(errorOf(await send('staff', 'projects.advance', { projectId: SIGNED_PROJECT_ID, move })).code).toBe(
      'CONFLICT',
    );
    const list = dataOf(await send('staff', 'projects.list', { status: 'terminated' }));
    expect(list.items.map((p) => p.id)).toEqual([SIGNED_PROJECT_ID]);
  });
});

describe('what each reader sees', () => {
  it('shows the enterprise contact its own project with phones masked and no internal lines', async () => {
    dataOf(await send('staff', 'projects.edit', { projectId: SIGNED_PROJECT_ID, landMu: 30 }));
    const staffView = dataOf(await send('staff', 'projects.get', { projectId: SIGNED_PROJECT_ID }));
    expect(staffView.leader).toEqual({ userId: 'u-demo-leader', name: '赵主任（演示）', phone: '13800138004' });
    expect(staffView.timeline.map((l) => l.isInternal)).toEqual([true]);

    const own = dataOf(await send('enterprise', 'projects.get', { projectId: SIGNED_PROJECT_ID }));
    expect(own).toMatchObject({ viewer: 'contact', screening: null, investmentNote: null, timeline: [] });
    expect(own.leader!.phone).toBe('138****8004');
    expect(own.team!.members.map((m) => m.phone)).toEqual(['138****8003', null]);
    expect(errorOf(await send('investor', 'projects.get', { projectId: SIGNED_PROJECT_ID })).code).toBe('NOT_FOUND');
  });

  it('lists projects by stage, newest change first', async () => {
    const negotiating = dataOf(await send('leader', 'projects.list', { status: 'negotiating' }));
    expect(negotiating.items.map((p) => p.stage)).toEqual(['negotiating', 'negotiating', 'negotiating']);
    const all = dataOf(await send('admin', 'projects.list', {}));
    expect(all.items[0]!.id).toBe('demo-precision-parts');
  });

  it('plans a project backwards from its target on the seeded default template', async () => {
    const planned = dataOf(
      await send('staff', 'projects.plan', { projectId: SIGNED_PROJECT_ID, target: '2027-12-31' }),
    );
    expect(planned).toMatchObject({ templateId: 'industrial-default', today: '2026-11-27', status: 'feasible' });
    expect(planned.nodes.at(-1)).toMatchObject({ name: '投产', latestStart: '2027-12-24', latestFinish: '2027-12-30' });
    const tooSoon = dataOf(
      await send('staff', 'projects.plan', { projectId: SIGNED_PROJECT_ID, target: '2027-01-29' }),
    );
    expect(tooSoon.status).toBe('infeasible');
    expect(tooSoon.shortfallWd).toBeGreaterThan(0);
    expect(dataOf(await send('staff', 'projects.templates', {})).map((t) => t.id)).toEqual(['industrial-default']);
  });

  it('plans with the editor’s changes to durations and 区域评估已覆盖 without storing them', async () => {
    const base = { projectId: SIGNED_PROJECT_ID, target: '2027-12-31' };
    const plain = dataOf(await send('staff', 'projects.plan', base));
    const before = await snapshotAll(stack);
    const edited = dataOf(
      await send('staff', 'projects.plan', {
        ...base,
        overrides: [
          { key: 'production', durationWd: 10, predecessors: ['acceptance'], coveredByZoneAssessment: false },
          { key: 'eia', durationWd: 7, predecessors: ['filing'], coveredByZoneAssessment: true },
        ],
      }),
    );
    const node = (plan: typeof plain, key: string) => plan.nodes.find((n) => n.key === key)!;
    expect(node(edited, 'production')).toMatchObject({ durationWd: 10, latestFinish: '2027-12-30' });
    expect(node(edited, 'production').latestStart! < node(plain, 'production').latestStart!).toBe(true);
    expect(node(edited, 'eia')).toMatchObject({ covered: true, latestStart: null });
    expect(await snapshotAll(stack)).toEqual(before);
  });
});

describe('a visit’s project link', () => {
  it('shows staff the lead and project, the booker only the project, and nobody else anything', async () => {
    const { visitId, leadId, projectId } = await projectFromVisit(stack, send);
    expect(dataOf(await send('staff', 'projects.forVisit', { visitId }))).toEqual({
      leadId,
      leadStatus: 'converted',
      projectId,
    });
    expect(dataOf(await send('investor', 'projects.forVisit', { visitId }))).toEqual({
      leadId: null,
      leadStatus: null,
      projectId,
    });
    expect(errorOf(await send('enterprise', 'projects.forVisit', { visitId })).code).toBe('NOT_FOUND');
  });
});
