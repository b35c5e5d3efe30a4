import { addDays, createWorkingCalendar, localDateOf } from '@core/kernel/calendar';
import { DEFAULT_VISIT_SETTINGS, type VisitSettings } from '@core/settings/visit-settings';
import { visitSlotId, type HalfDay, type Visit, type VisitSlot, type VisitStatus } from '@core/visits/visit';
import { PARKS_SEED } from '@core/catalog/seed/parks-seed';
import { expectOk, type BenchStack } from './bench-stack';
import { measure, type Figures } from './measure';

const EXISTING_VISITS = 10_000;
const PARK_IDS = PARKS_SEED.map((p) => p.id);
const PAST: VisitStatus[] = ['completed', 'completed', 'completed', 'cancelled', 'no_show', 'declined'];

/** A deterministic pseudo-random sequence, so two bench runs book the same things. */
const sequence = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const pickParks = (random: () => number): string[] => {
  const count = 1 + Math.floor(random() * 3);
  const start = Math.floor(random() * PARK_IDS.length);
  return Array.from({ length: count }, (_, i) => PARK_IDS[(start + i * 2) % PARK_IDS.length] ?? 'jingde-smart');
};

/** 10 000 visits over the past year and the coming month, with their slot counters, written straight to the store. */
const seedVisits = async (stack: BenchStack, now: number): Promise<void> => {
  const random = sequence(42);
  const today = localDateOf(now);
  const counters = new Map<string, VisitSlot>();
  await stack.store.transaction(async (tx) => {
    for (let i = 0; i < EXISTING_VISITS; i += 1) {
      const isUpcoming = i % 20 === 0;
      const date = addDays(today, isUpcoming ? 2 + Math.floor(random() * 25) : -1 - Math.floor(random() * 365));
      const halfDay: HalfDay = random() < 0.5 ? 'am' : 'pm';
      const parkIds = pickParks(random);
      const status: VisitStatus = isUpcoming
        ? random() < 0.5
          ? 'pending'
          : 'confirmed'
        : (PAST[i % PAST.length] ?? 'completed');
      const visit: Visit = {
        id: `bench-visit-${i}`,
        version: 1,
        ownerUserId: `bench-user-${i % 3000}`,
        parkIds,
        parkNames: parkIds,
        date,
        halfDay,
        startsAt: now + (isUpcoming ? 1 : -1) * 86_400_000,
        status,
        company: `压测企业${i}`,
        contactName: '压测',
        contactPhone: '13800000000',
        partySize: 2,
        industryIds: [],
        investmentBand: 'undecided',
        factoryNeeds: null,
        notes: '',
        host: null,
        hostUserId: 'u-demo-staff',
        teamIds: [],
        closingReason: null,
        remindedAt: null,
        createdAt: now - i * 60_000,
        updatedAt: now - i * 60_000,
      };
      await tx.insert('visits', visit);
      if (!isUpcoming) continue;
      for (const parkId of parkIds) {
        const id = visitSlotId(parkId, date, halfDay);
        const counter = counters.get(id) ?? { id, version: 1, parkId, date, halfDay, used: 0 };
        counters.set(id, { ...counter, used: counter.used + 1 });
      }
    }
    for (const counter of counters.values()) await tx.insert('visit_slots', counter);
  });
};

/**
 * Availability and booking against the local stack holding 10 000 visits. Capacity is raised so that
 * every timed booking takes the full path (reserve all slots, route a host, write timeline and
 * messages) instead of stopping at 已约满.
 */
export const benchVisits = async (stack: BenchStack): Promise<Figures[]> => {
  const now = stack.deps.clock.now();
  await seedVisits(stack, now);
  const settings = await stack.store.get<'settings', VisitSettings>('settings', 'visits');
  if (settings)
    await stack.store.update<'settings', VisitSettings>('settings', 'visits', settings.version, {
      capacityPerSlot: 100_000,
    });
  else
    await stack.store.insert<'settings', VisitSettings>('settings', {
      ...DEFAULT_VISIT_SETTINGS,
      capacityPerSlot: 100_000,
    });

  const calendar = createWorkingCalendar();
  const from = calendar.addWorkingDays(localDateOf(now), 1);
  const to = addDays(localDateOf(now), 30);
  const bookableDays = Array.from({ length: 31 }, (_, i) => addDays(localDateOf(now), i)).filter(
    (d) => d >= from && d <= to && calendar.isWorkingDay(d),
  );
  const random = sequence(7);

  const availability = await measure('visits.availability 1–3 parks, 30 days (c=8)', 1000, 8, async () => {
    expectOk(
      await stack.post('visits', 'visits.availability', { parkIds: pickParks(random), from, to }),
      'availability',
    );
  });
  const booking = await measure('visits.book, new visitor each time (c=8)', 1000, 8, async (i) => {
    const answer = await stack.post(
      'visits',
      'visits.book',
      {
        parkIds: pickParks(random),
        date: bookableDays[i % bookableDays.length] ?? from,
        halfDay: i % 2 ? 'am' : 'pm',
        company: `压测投资${i}`,
        contactName: '压测',
        contactPhone: '13800138000',
        partySize: 2,
        investmentBand: 'undecided',
        privacyConsent: true,
      },
      { openid: `bench-visitor-${i}`, requestId: `bench-book-${String(i).padStart(6, '0')}` },
    );
    expectOk(answer, 'book');
  });
  return [availability, booking];
};
