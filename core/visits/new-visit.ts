import type { InputOf } from '@core/kernel/define-action';
import type { visitActions } from './visit-actions';
import type { Park } from '@core/catalog';
import type { Visit } from './visit';
import type { VisitSettings } from '@core/settings';
import { slotStartsAt } from './booking-window';
import type { VisitRouting } from './route-visit';

export interface NewVisitContext {
  id: string;
  ownerUserId: string;
  parks: readonly Park[];
  routing: VisitRouting;
  settings: VisitSettings;
  now: number;
}

/** The visit document a valid booking creates: pending, or confirmed when the office auto-confirms. */
export const newVisit = (input: InputOf<(typeof visitActions)['visits.book']>, c: NewVisitContext): Visit => ({
  id: c.id,
  version: 1,
  ownerUserId: c.ownerUserId,
  parkIds: input.parkIds,
  parkNames: c.parks.map((p) => p.name),
  date: input.date,
  halfDay: input.halfDay,
  startsAt: slotStartsAt(input.date, input.halfDay, c.settings),
  status: c.settings.isAutoConfirm ? 'confirmed' : 'pending',
  company: input.company,
  contactName: input.contactName,
  contactPhone: input.contactPhone,
  partySize: input.partySize,
  industryIds: input.industryIds,
  investmentBand: input.investmentBand,
  factoryNeeds: input.factoryNeeds,
  notes: input.notes,
  host: c.routing.host,
  hostUserId: c.routing.host?.userId ?? null,
  teamIds: c.routing.teamIds,
  closingReason: null,
  remindedAt: null,
  createdAt: c.now,
  updatedAt: c.now,
});
