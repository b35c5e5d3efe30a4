import type { ScreeningView } from '../screening-actions';
import { dataOf, errorOf, snapshotAll, type As } from '@tests/support/dispatch-kit';
import { FIXED_NOW, type TestStack } from '@tests/support/temp-sqlite-store';
import { eachTestOnStack, type Send } from '@tests/support/handler-test';
import { completedVisit } from '@tests/support/project-fixture';
import { screeningRejections } from '@core/projects';
import type { ScreeningAnswer } from '../screening';
import { insertUpload, UNCLAIMED_PURGE_AT } from '@tests/support/upload-fixture';
import { uploadFileId } from '@core/tickets';

let stack: TestStack;
let send: Send;
eachTestOnStack((opened, sender) => ([stack, send] = [opened, sender]));
beforeEach(async () => {
  // Each screener's own uploaded evidence, and the staff's minutes; 'left-over' belongs to the enterprise.
  for (const who of SCREENERS) await insertUpload(stack, `evidence-${who}`, `u-demo-${who}`);
  await insertUpload(stack, 'minutes-staff', 'u-demo-staff');
  await insertUpload(stack, 'not-mine-01', 'u-demo-enterprise');
});

const SCREENERS = ['staff', 'leader', 'admin'] as const;
const evidenceOf = (who: (typeof SCREENERS)[number]) => [
  { fileId: uploadFileId(`evidence-${who}`), name: '环保意见.pdf' },
];
const MINUTES = [{ fileId: uploadFileId('minutes-staff'), name: '评审会纪要.pdf' }];

/** Every item answered `answer` except those named in `except` (by text); `who`'s evidence wherever it is required. */
const answersFor = (
  view: ScreeningView,
  answer: ScreeningAnswer,
  except: Record<string, ScreeningAnswer> = {},
  who: (typeof SCREENERS)[number] = 'leader',
) =>
  view.items.map((i) => ({
    itemId: i.id,
    itemVersion: i.version,
    answer: except[i.text] ?? answer,
    evidence: i.needsEvidence ? evidenceOf(who) : [],
  }));

/** 张专员 turns the completed visit into a lead: the lead is his, so someone else screens it. */
const newLead = async () => {
  const visitId = await completedVisit(stack, send);
  return dataOf(await send('staff', 'projects.leadFromVisit', { visitId })).id;
};
const leadSubject = (id: string) => ({ kind: 'lead' as const, id });
const formOf = async (as: As, subject: { kind: 'lead' | 'project'; id: string }) =>
  dataOf(await send(as, 'projects.screening.get', { subject }));

describe('screening a lead', () => {
  it('passes when every item is met, refuses the lead’s own creator, and carries the verdict to the project', async () => {
    const leadId = await newLead();
    const form = await formOf('leader', leadSubject(leadId));
    expect(form.items).toHaveLength(12);
    expect(form).toMatchObject({
      canScreen: true,
      screening: null,
      subject: { kind: 'lead', name: '北京某某科技有限公司' },
    });
    expect((await formOf('staff', leadSubject(leadId))).canScreen).toBe(false);

    const input = { subject: leadSubject(leadId), answers: answersFor(form, 'meets') };
    const before = await snapshotAll(stack);
    expect(errorOf(await send('staff', 'projects.screening.submit', input)).code).toBe('FORBIDDEN');
    expect(await snapshotAll(stack)).toEqual(before);

    const done = dataOf(await send('leader', 'projects.screening.submit', input));
    expect(done.screening).toMatchObject({
      outcome: 'passed',
      reviewerName: '赵主任（演示）',
      decidedAt: stack.deps.clock.now(),
    });
    const again = { ...input, answers: answersFor(form, 'meets', {}, 'admin') };
    expect(errorOf(await send('admin', 'projects.screening.submit', again)).code).toBe('CONFLICT');

    const converted = dataOf(await send('admin', 'projects.fromLead', { leadId }));
    expect(converted.project).toMatchObject({ screening: 'passed', screeningLabel: '通过' });
    // The project reads the lead's screening.
    const asProject = await formOf('admin', { kind: 'project', id: converted.project!.id });
    expect(asProject.screening?.id).toBe(done.screening!.id);
  });

  it('rejects on a failed veto item and counts the rejection with its planned investment', async () => {
    const leadId = await newLead();
    const form = await formOf('leader', leadSubject(leadId));
    const input = {
      subject: leadSubject(leadId),
      answers: answersFor(form, 'meets', { 不属于高耗能项目: 'fails' }),
      investmentWan: 12000,
    };
    const done = dataOf(await send('leader', 'projects.screening.submit', input));
    expect(done.screening).toMatchObject({ outcome: 'rejected', investmentWan: 12000 });
    expect(await screeningRejections(stack.store)).toEqual({ count: 1, investmentWan: 12000, withoutInvestment: 0 });
    expect(await screeningRejections(stack.store, { from: stack.deps.clock.now() + 1 })).toEqual({
      count: 0,
      investmentWan: 0,
      withoutInvestment: 0,
    });
  });

  it('needs evidence where the item asks for it, and writes nothing without it', async () => {
    const leadId = await newLead();
    const form = await formOf('leader', leadSubject(leadId));
    const answers = answersFor(form, 'meets');
    const index = form.items.findIndex((i) => i.needsEvidence);
    answers[index] = { ...answers[index]!, evidence: [] };
    const before = await snapshotAll(stack);
    const error = errorOf(await send('leader', 'projects.screening.submit', { subject: leadSubject(leadId), answers }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: `answers.${index}.evidence` });
    expect(await snapshotAll(stack)).toEqual(before);
    const missing = errorOf(
      await send('leader', 'projects.screening.submit', {
        subject: leadSubject(leadId),
        answers: answersFor(form, 'meets').slice(1),
      }),
    );
    expect(missing).toMatchObject({ code: 'INVALID_INPUT', field: 'answers', message: '还有1项未填写' });
  });

  it('refuses evidence that is someone else’s upload or no upload at all, writing and claiming nothing', async () => {
    const leadId = await newLead();
    const form = await formOf('leader', leadSubject(leadId));
    const index = form.items.findIndex((i) => i.needsEvidence);
    const before = await snapshotAll(stack);
    for (const fileId of [uploadFileId('not-mine-01'), uploadFileId('no-such-file')]) {
      const answers = answersFor(form, 'meets');
      answers[index] = { ...answers[index]!, evidence: [...evidenceOf('leader'), { fileId, name: '意见.pdf' }] };
      const error = errorOf(
        await send('leader', 'projects.screening.submit', { subject: leadSubject(leadId), answers }),
      );
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field: `answers.${index}.evidence.1.fileId` });
    }
    expect(await snapshotAll(stack)).toEqual(before);
    expect(await stack.store.get('uploads', 'evidence-leader')).toMatchObject({ purgeAt: UNCLAIMED_PURGE_AT });

    dataOf(
      await send('leader', 'projects.screening.submit', {
        subject: leadSubject(leadId),
        answers: answersFor(form, 'meets'),
      }),
    );
    expect(await stack.store.get('uploads', 'evidence-leader')).toMatchObject({ purgeAt: null });
    expect(await stack.store.get('uploads', 'not-mine-01')).toMatchObject({ purgeAt: UNCLAIMED_PURGE_AT });
  });
});

describe('the office edits the checklist', () => {
  it('refuses answers given against an item changed since, and a finished screening keeps the text it was answered against', async () => {
    const first = await newLead();
    const form = await formOf('leader', leadSubject(first));
    dataOf(
      await send('leader', 'projects.screening.submit', {
        subject: leadSubject(first),
        answers: answersFor(form, 'meets'),
      }),
    );

    const item = form.items[0]!;
    const { text, category, isVeto, needsEvidence, isActive, order, source, isSettled } = item;
    const fields = { text, category, isVeto, needsEvidence, isActive, order, source, isSettled };
    const edited = dataOf(
      await send('admin', 'projects.screening.saveItem', {
        ...fields,
        itemId: item.id,
        text: '不属于高耗水项目（单位产品取水量超标）',
        isSettled: true,
      }),
    );
    expect(edited).toMatchObject({ version: 2, isSettled: true });
    const audit = (await stack.store.find('audit_log', { limit: 100 })).items;
    expect(audit.some((a) => JSON.stringify(a).includes(`screening_items/${item.id}`))).toBe(true);

    const stale = await send('admin', 'projects.screening.submit', {
      subject: { kind: 'project', id: 'demo-precision-parts' },
      answers: answersFor(form, 'meets', {}, 'admin'),
    });
    expect(errorOf(stale).code).toBe('CONFLICT');
    const kept = await formOf('admin', leadSubject(first));
    expect(kept.screening!.items[0]).toMatchObject({ text: '不属于高耗水项目', itemVersion: 1 });
    expect(kept.items[0]).toMatchObject({ text: '不属于高耗水项目（单位产品取水量超标）', version: 2 });

    dataOf(await send('admin', 'projects.screening.saveItem', { ...fields, itemId: item.id, isActive: false }));
    expect((await formOf('admin', leadSubject(first))).items).toHaveLength(11);
    expect(dataOf(await send('admin', 'projects.screening.items', { includeInactive: true }))).toHaveLength(12);
  });
});

describe('a project entered directly', () => {
  const SUBJECT = { kind: 'project' as const, id: '5g-charging' };

  it('goes to the 评审会 when an item is unverified, cannot sign meanwhile, and takes the meeting’s decision with its minutes', async () => {
    const form = await formOf('staff', SUBJECT);
    const answers = answersFor(
      form,
      'meets',
      { '不属于两高行业，或已按山东省两高项目管理规定办理': 'unverified' },
      'staff',
    );
    const sent = dataOf(await send('staff', 'projects.screening.submit', { subject: SUBJECT, answers }));
    expect(sent.screening).toMatchObject({ outcome: 'review', decidedAt: null });
    expect((await stack.store.get('projects', '5g-charging'))!.screening).toBe('review');

    const decide = {
      subject: SUBJECT,
      minutes: MINUTES,
      heldOn: '2026-11-26',
      decision: 'conditional',
      conditions: [{ text: '取得两高项目节能审查意见', durationWd: 10, beforeKey: 'permit' }],
    };
    const noMinutes = errorOf(await send('staff', 'projects.screening.decide', { ...decide, minutes: [] }));
    expect(noMinutes).toMatchObject({ code: 'INVALID_INPUT', field: 'minutes' });
    const beforeDecide = await snapshotAll(stack);
    for (const fileId of [uploadFileId('not-mine-01'), 'upload:no-such-file']) {
      const minutes = [...MINUTES, { fileId, name: '纪要附件.pdf' }];
      const foreign = errorOf(await send('staff', 'projects.screening.decide', { ...decide, minutes }));
      expect(foreign).toMatchObject({ code: 'INVALID_INPUT', field: 'minutes.1.fileId' });
    }
    expect(await snapshotAll(stack)).toEqual(beforeDecide);
    expect(
      errorOf(await send('staff', 'projects.screening.decide', { ...decide, heldOn: '2026-11-28' })),
    ).toMatchObject({ field: 'heldOn' });
    const decided = dataOf(await send('staff', 'projects.screening.decide', decide));
    expect(decided.screening).toMatchObject({
      outcome: 'conditional',
      meeting: { heldOn: '2026-11-26', minutes: MINUTES },
      decidedAt: FIXED_NOW,
    });
    expect((await stack.store.get('projects', '5g-charging'))!.screening).toBe('conditional');
    expect(await stack.store.get('uploads', 'minutes-staff')).toMatchObject({ purgeAt: null });

    // The condition is a node of the plan, due before 施工许可.
    const plan = dataOf(await send('staff', 'projects.plan', { projectId: '5g-charging', target: '2028-06-30' }));
    const condition = plan.nodes.find((n) => n.key === 'screening-condition-1')!;
    const permit = plan.nodes.find((n) => n.key === 'permit')!;
    expect(condition).toMatchObject({ name: '筛查条件：取得两高项目节能审查意见', durationWd: 10 });
    expect(permit.predecessors).toContain('screening-condition-1');
    expect(condition.latestFinish! < permit.latestStart!).toBe(true);
    // Committed, the condition is owned, deadlined work like every other node.
    const committed = dataOf(
      await send('staff', 'projects.commitPlan', { projectId: '5g-charging', target: '2028-06-30' }),
    );
    const committedCondition = committed.plan!.nodes.find((n) => n.key === 'screening-condition-1')!;
    expect(committedCondition).toMatchObject({ latestFinish: condition.latestFinish });
    expect(committedCondition.workItemId).not.toBeNull();

    const timeline = dataOf(
      await send('staff', 'projects.timeline', { projectId: '5g-charging', cursor: '[9e15,"~"]' }),
    );
    expect(timeline.items.map((l) => l.text)).toEqual(
      expect.arrayContaining(['绿色招商筛查：提交评审会', '评审会（2026-11-26）结论：有条件通过，已上传纪要']),
    );
  });
});
