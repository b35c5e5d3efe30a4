import { validBooking } from '@tests/support/visit-booking-fixture';
import { pdf, validTicket } from '@tests/support/ticket-fixture';
import { parseInput } from '@core/kernel/validation/parse-input';
import { ACTIONS } from './actions';

const problemField = (action: keyof typeof ACTIONS, input: unknown) => {
  const parsed = parseInput(ACTIONS[action].input, input);
  return parsed.ok ? null : parsed.problems[0]?.field;
};

const HIDDEN = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200e', '\u202e', '\u2066', '\u061c'];

describe('names reject NUL, control and bidi-override characters', () => {
  it.each(HIDDEN.map((c) => [`U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`, c]))('%s', (_label, c) => {
    expect(problemField('visits.book', validBooking({ company: `演示${c}公司` }))).toBe('company');
    expect(problemField('visits.book', validBooking({ contactName: `李${c}四` }))).toBe('contactName');
    expect(problemField('tickets.create', validTicket({ enterpriseName: `德知${c}航创` }))).toBe('enterpriseName');
    expect(problemField('tickets.create', validTicket({ contactName: `王${c}经理` }))).toBe('contactName');
    expect(
      problemField('tickets.create', validTicket({ attachments: [pdf('upload:abcdefgh', { name: `a${c}.pdf` })] })),
    ).toBe('attachments.0.name');
    expect(
      problemField('tickets.recordFollowUp', { followUpId: 'f-1', who: `王${c}经理`, at: 1, said: '电话回访' }),
    ).toBe('who');
  });

  it('keeps ordinary names, with their Chinese, Latin and punctuation', () => {
    expect(
      problemField('visits.book', validBooking({ company: 'ACME（北京）科技·有限公司', contactName: 'Anna-Lee 李' })),
    ).toBeNull();
    expect(problemField('tickets.create', validTicket({ enterpriseName: '北京德知航创科技有限公司' }))).toBeNull();
  });
});
