import type { SubscribeSettings } from '@core/settings';
import { dataOf, errorOf, setNow } from '../../tests/support/dispatch-kit';
import { validBooking } from '../../tests/support/visit-booking-fixture';
import { deliverOutbox, RETRY_MINUTES, type SendResult, type SubscribeSender } from './deliver-outbox';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

/** What WeChat would answer, scripted per call; records what was sent. The platform, not the code under test. */
const scriptedSender = (answers: SendResult[]) => {
  const sent: Parameters<SubscribeSender['send']>[0][] = [];
  const sender: SubscribeSender = {
    send: async (message) => {
      sent.push(message);
      return answers.shift() ?? { ok: true };
    },
  };
  return { sender, sent };
};

const configureTemplates = () =>
  kit.stack.store.insert<'settings', SubscribeSettings>('settings', {
    id: 'subscribe',
    version: 1,
    templateIds: { visit_result: 'TPL-RESULT', visit_reminder: 'TPL-REMIND' },
  });

const outbox = async () => (await kit.stack.store.find('outbox', { limit: 100 })).items;

/** The investor books, allows the result template, and the host confirms: one WeChat copy is queued. */
const bookAllowAndConfirm = async () => {
  const visit = dataOf(await kit.send('investor', 'visits.book', validBooking()));
  dataOf(await kit.send('investor', 'messages.subscribed', { accepted: ['visit_result'] }));
  dataOf(await kit.send('staff', 'visits.confirm', { visitId: visit.id }));
  return visit;
};

describe('WeChat subscribe messages through the outbox (C9)', () => {
  it('asks for nothing and queues nothing until the zone has set templates up', async () => {
    expect(dataOf(await kit.send(null, 'messages.subscribeTemplates', {}))).toEqual({ templates: [] });
    await bookAllowAndConfirm();
    expect(await outbox()).toEqual([]);
  });

  it('queues one copy per accepted prompt, with fields fitted to WeChat rules, and sends it on the tick', async () => {
    await configureTemplates();
    expect(dataOf(await kit.send(null, 'messages.subscribeTemplates', {})).templates.map((t) => t.id)).toEqual([
      'TPL-RESULT',
      'TPL-REMIND',
    ]);
    const visit = await bookAllowAndConfirm();
    const [item] = await outbox();
    expect(item).toMatchObject({ status: 'pending', template: 'visit_result', recipientUserId: 'u-demo-investor' });
    expect(item?.data.phrase3).toBe('已确认');
    expect([...(item?.data.thing1 ?? '')].length).toBeLessThanOrEqual(20);

    const { sender, sent } = scriptedSender([{ ok: true }]);
    expect(await deliverOutbox(sender)(kit.stack.deps)).toBe(1);
    expect(sent).toEqual([
      expect.objectContaining({
        openid: 'demo-investor',
        templateId: 'TPL-RESULT',
        page: expect.stringContaining(visit.id),
      }),
    ]);
    expect((await outbox())[0]).toMatchObject({ status: 'sent', attempts: 1 });
    // Delivered once: a second tick sends nothing.
    expect(await deliverOutbox(sender)(kit.stack.deps)).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('uses up the acceptance: a second change without a new 允许 gets the in-app message only', async () => {
    await configureTemplates();
    const visit = await bookAllowAndConfirm();
    dataOf(await kit.send('investor', 'visits.cancel', { visitId: visit.id, reason: '行程变化' }));
    const again = dataOf(await kit.send('investor', 'visits.book', validBooking({ halfDay: 'am' })));
    dataOf(await kit.send('staff', 'visits.decline', { visitId: again.id, reason: '当天园区检修' }));
    expect(await outbox()).toHaveLength(1);
  });

  it('records 43101 (no quota) without retrying, and retries other failures with backoff until it gives up', async () => {
    await configureTemplates();
    await bookAllowAndConfirm();
    const noQuota = scriptedSender([{ ok: false, errCode: 43101, errMsg: 'user refuse to accept the msg' }]);
    await deliverOutbox(noQuota.sender)(kit.stack.deps);
    expect((await outbox())[0]).toMatchObject({ status: 'no_quota', attempts: 1 });
    setNow(kit.stack, kit.stack.deps.clock.now() + 24 * 3_600_000);
    await deliverOutbox(noQuota.sender)(kit.stack.deps);
    expect(noQuota.sent).toHaveLength(1);
  });

  it('backs off after a passing failure and gives up after the last retry', async () => {
    await configureTemplates();
    await bookAllowAndConfirm();
    // One first attempt plus one retry per backoff step, every one failing.
    const flaky = scriptedSender(
      [0, ...RETRY_MINUTES].map(() => ({ ok: false as const, errCode: -1, errMsg: 'timeout' })),
    );
    const start = kit.stack.deps.clock.now();
    await deliverOutbox(flaky.sender)(kit.stack.deps);
    expect((await outbox())[0]).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: start + 60_000 });
    await deliverOutbox(flaky.sender)(kit.stack.deps); // not due yet
    expect(flaky.sent).toHaveLength(1);
    let now = start;
    for (const minutes of RETRY_MINUTES) {
      now += minutes * 60_000;
      setNow(kit.stack, now);
      await deliverOutbox(flaky.sender)(kit.stack.deps);
    }
    expect(flaky.sent).toHaveLength(RETRY_MINUTES.length + 1);
    expect((await outbox())[0]).toMatchObject({
      status: 'gave_up',
      attempts: RETRY_MINUTES.length + 1,
      lastError: '-1 timeout',
    });
  });

  it('lets only people with an account record an acceptance, and only known templates', async () => {
    expect(
      errorOf(await kit.send({ openid: 'o-stranger' }, 'messages.subscribed', { accepted: ['visit_result'] })).code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await kit.send('investor', 'messages.subscribed', { accepted: ['marketing'] }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'accepted.0',
    });
    expect(await kit.stack.store.get('subscriptions', 'u-demo-investor')).toBeNull();
  });
});
