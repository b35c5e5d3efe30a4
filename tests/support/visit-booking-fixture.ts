import type { ActionInput } from '@core/app/contract/actions';
import type { BookingDraft } from '@/stores/booking-draft';

/** A valid booking of 京德智造产业园 on Monday 2026-11-30 afternoon (the seeded clock is Friday 11-27). */
export const validBooking = (over: Partial<ActionInput<'visits.book'>> = {}): ActionInput<'visits.book'> => ({
  parkIds: ['jingde-smart'],
  date: '2026-11-30',
  halfDay: 'pm',
  company: '北京某某科技有限公司',
  contactName: '李四',
  contactPhone: '13912345678',
  partySize: 3,
  industryIds: ['high-end-equipment'],
  investmentBand: '50m_200m',
  factoryNeeds: { areaM2: 5000, floorLoadKn: 30, craneTons: 10, powerKva: 1250, environmentCategory: 'report_form' },
  notes: '希望看定制厂房',
  privacyConsent: true,
  ...over,
});

/** The same booking as the booking form holds it (numbers as typed text), its required fields only. */
export const requiredDraftFields = (): Partial<BookingDraft> => {
  const { parkIds, date, halfDay, company, contactName, contactPhone, partySize } = validBooking();
  return {
    parkIds,
    date,
    halfDay,
    company,
    contactName,
    contactPhone,
    partySize: String(partySize),
    investmentBand: 'undecided',
    privacyConsent: true,
  };
};
