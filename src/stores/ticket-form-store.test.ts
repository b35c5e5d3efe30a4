import { inProcessTransport } from '../../tests/support/in-process-transport';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';

import { demoOpenid } from '@core/app/seed';
import { memoryStorage } from '../../tests/support/memory-storage';
import { createTicketForm, TICKET_DRAFT_KEY } from './ticket-form-store';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
});
afterEach(() => stack.close());

let counter = 0;
const ids = () => `req-form-${(counter += 1)}`;

const fill = (form: ReturnType<typeof createTicketForm>) => {
  form.getState().startWith('environmental-impact');
  form.getState().update({
    projectId: 'dezhi-hangchuang',
    enterpriseName: '北京德知航创科技有限公司',
    creditCode: '91350100M000100Y43',
    contactName: '王经理',
    contactPhone: '13800138002',
    description: '一期厂房环评审批，请协助办理。',
    privacyConsent: true,
  });
};

const tickets = async () => (await stack.store.find('tickets', { limit: 100 })).items;

describe('发起申请 form', () => {
  it('shows every problem next to its field and sends nothing', async () => {
    const form = createTicketForm(inProcessTransport(stack.deps, demoOpenid('enterprise')), memoryStorage(), ids);
    form.getState().update({ contactPhone: '123', creditCode: '91350100M000100Y44' });
    expect(await form.getState().submit(false)).toBeNull();
    expect(form.getState().errors).toMatchObject({
      categoryId: '请选择服务事项',
      enterpriseName: expect.any(String),
      contactPhone: '请输入11位中国大陆手机号',
      description: expect.any(String),
      privacyConsent: '请阅读并同意个人信息收集与使用说明',
    });
    expect(await tickets()).toHaveLength(0);
  });

  it('asks for the 请人工核验 flag when the check digit fails, then submits', async () => {
    const form = createTicketForm(inProcessTransport(stack.deps, demoOpenid('enterprise')), memoryStorage(), ids);
    fill(form);
    form.getState().update({ creditCode: '91350100M000100Y44' });
    expect(await form.getState().submit(false)).toBeNull();
    expect(form.getState().errors.creditCode).toContain('请人工核验');
    form.getState().update({ creditCodeManualReview: true });
    expect((await form.getState().submit(false))?.creditCodeStatus).toBe('manual_review');
  });

  it('keeps the draft in storage, submits it once however often it is tapped, then starts afresh', async () => {
    const storage = memoryStorage();
    const transport = inProcessTransport(stack.deps, demoOpenid('enterprise'));
    fill(createTicketForm(transport, storage, ids));
    // Leaving the app and coming back: the draft, and its requestId, come from storage.
    const form = createTicketForm(transport, storage, ids);
    expect(form.getState().draft.enterpriseName).toBe('北京德知航创科技有限公司');
    const requestId = form.getState().draft.requestId;
    const [first, second] = await Promise.all([form.getState().submit(false), form.getState().submit(false)]);
    expect(first?.status).toBe('assigned');
    expect(second).toBeNull();
    expect(await tickets()).toHaveLength(1);
    expect(storage.data.has(TICKET_DRAFT_KEY)).toBe(false);
    expect(form.getState().draft.requestId).not.toBe(requestId);
  });

  it('asks 零距离上门 for a time next to the field', async () => {
    const form = createTicketForm(inProcessTransport(stack.deps, demoOpenid('enterprise')), memoryStorage(), ids);
    fill(form);
    form.getState().update({ categoryId: 'on-site' });
    expect(await form.getState().submit(true)).toBeNull();
    expect(form.getState().errors.onSiteDate).toBe('请选择希望上门的日期和时段');
    form.getState().update({ onSiteDate: '2026-11-30', onSiteHalfDay: 'am' });
    expect((await form.getState().submit(true))?.preferredOnSite).toEqual({ date: '2026-11-30', halfDay: 'am' });
  });
});

describe('发起申请 form: what drifted between the two forms', () => {
  it('revives a stored draft with wrongly typed fields field by field, and attachments still add', () => {
    const storage = memoryStorage();
    storage.set(TICKET_DRAFT_KEY, {
      categoryId: 'environmental-impact',
      attachments: {},
      projectId: 7,
      onSiteHalfDay: 'night',
      privacyConsent: 'true',
      requestId: 'req-stored-0002',
    });
    const form = createTicketForm(inProcessTransport(stack.deps, demoOpenid('enterprise')), storage, ids);
    expect(form.getState().draft).toMatchObject({
      categoryId: 'environmental-impact',
      attachments: [],
      projectId: null,
      onSiteHalfDay: null,
      privacyConsent: false,
      requestId: 'req-stored-0002',
    });
    form.getState().addAttachment({ fileId: 'upload:abcdefgh', name: '环评.pdf', size: 10, type: 'application/pdf' });
    expect(form.getState().draft.attachments.map((f) => f.fileId)).toEqual(['upload:abcdefgh']);
  });

  it('puts a field error next to its field whatever the code, and retries with the same requestId', async () => {
    // The server's answer for a project that ended meanwhile (not INVALID_INPUT, but it names the field).
    const real = inProcessTransport(stack.deps, demoOpenid('enterprise'));
    const sent: (string | undefined)[] = [];
    let isProjectGone = true;
    const transport: typeof real = async (action, input, options) => {
      sent.push(options?.requestId);
      if (!isProjectGone) return real(action, input, options);
      return { ok: false, error: { code: 'NOT_FOUND', message: '项目不存在或已结束', field: 'projectId' } };
    };
    const form = createTicketForm(transport, memoryStorage(), ids);
    fill(form);
    expect(await form.getState().submit(false)).toBeNull();
    expect(form.getState().errors.projectId).toBe('项目不存在或已结束');
    expect(form.getState().submitError).toBeNull();
    isProjectGone = false;
    form.getState().update({ projectId: null });
    expect((await form.getState().submit(false))?.status).toBe('assigned');
    expect(sent[1]).toBe(sent[0]);
    expect(await tickets()).toHaveLength(1);
  });
});
