import { requiredDraftFields } from '../../tests/support/visit-booking-fixture';
import { emptyDraft, reviveDraft, toBookInput, validateDraft, type BookingDraft } from './booking-draft';

const filled = (over: Partial<BookingDraft> = {}): BookingDraft => ({
  ...emptyDraft('req-00000001'),
  ...requiredDraftFields(),
  ...over,
});

describe('booking draft', () => {
  it('is valid once the required fields are filled; factory needs stay optional', () => {
    expect(validateDraft(filled())).toEqual({});
    expect(toBookInput(filled()).factoryNeeds).toBeNull();
  });

  it('turns typed numbers into numbers and leaves blank needs out', () => {
    const input = toBookInput(filled({ areaM2: ' 5000 ', powerKva: '', environmentCategory: 'registration' }));
    expect(input.partySize).toBe(3);
    expect(input.factoryNeeds).toEqual({
      areaM2: 5000,
      floorLoadKn: null,
      craneTons: null,
      powerKva: null,
      environmentCategory: 'registration',
    });
  });

  it('puts every problem next to its own field, in Chinese', () => {
    const errors = validateDraft(
      filled({
        parkIds: [],
        date: null,
        contactPhone: '1381234567',
        partySize: '30',
        areaM2: '很大',
        privacyConsent: false,
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(
      ['areaM2', 'contactPhone', 'date', 'parkIds', 'partySize', 'privacyConsent'].sort(),
    );
    expect(errors.contactPhone).toBe('请输入11位中国大陆手机号');
    expect(errors.partySize).toBe('来访人数最多20人');
    expect(errors.parkIds).toBe('请至少选择一个园区');
    expect(errors.privacyConsent).toContain('同意');
    expect(errors.areaM2).toBe('面积应为数字');
  });

  it('revives a stored draft, dropping fields of the wrong type and keeping its request id', () => {
    const revived = reviveDraft(
      { company: '某公司', partySize: 5, requestId: 'req-stored-1', unknown: 1 },
      'req-new-0001',
    );
    expect(revived.company).toBe('某公司');
    expect(revived.partySize).toBe('');
    expect(revived.requestId).toBe('req-stored-1');
    expect('unknown' in revived).toBe(false);
    expect(reviveDraft('garbage', 'req-new-0001')).toEqual(emptyDraft('req-new-0001'));
  });
});
