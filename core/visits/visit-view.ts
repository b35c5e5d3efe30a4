import type { TimelinePage } from '@core/kernel/store/timeline-page';
import {
  isOpenVisit,
  type FactoryNeeds,
  type InvestmentBand,
  type Visit,
  type VisitEvent,
  type VisitEventKind,
  type VisitHost,
  type VisitStatus,
} from './visit';
import type { VisitSettings } from '@core/settings';
import { maskPhone } from '@core/kernel/mask';
import { changeDeadline } from './booking-window';
import type { VisitViewer } from './visit-access';

export interface TimelineLine {
  id: string;
  at: number;
  kind: VisitEventKind;
  actorName: string;
  text: string;
  isInternal: boolean;
}

export interface VisitCard extends Pick<
  Visit,
  'id' | 'parkNames' | 'date' | 'halfDay' | 'startsAt' | 'status' | 'company' | 'contactName' | 'partySize'
> {
  hostName: string | null;
}

export interface VisitView extends VisitCard {
  version: number;
  parkIds: string[];
  contactPhone: string;
  industryIds: string[];
  investmentBand: InvestmentBand;
  factoryNeeds: FactoryNeeds | null;
  notes: string;
  host: VisitHost | null;
  closingReason: string | null;
  createdAt: number;
  viewer: VisitViewer;
  /** Until when the owner may reschedule or cancel; after it, they contact the host. */
  changeDeadline: number;
  /** The owner may reschedule or cancel now. */
  canChange: boolean;
  /** The latest events, oldest first; earlier ones through visits.timeline with this cursor. */
  timeline: TimelineLine[];
  timelineEarlier: string | null;
}

/** The investor learns who hosts once the visit is confirmed; staff always see it. */
const SHOWS_HOST_TO_OWNER: readonly VisitStatus[] = ['confirmed', 'completed', 'no_show'];

const hostFor = (visit: Visit, viewer: VisitViewer): VisitHost | null =>
  viewer === 'owner' && !SHOWS_HOST_TO_OWNER.includes(visit.status) ? null : visit.host;

export const toVisitCard = (visit: Visit, viewer: VisitViewer): VisitCard => ({
  id: visit.id,
  parkNames: visit.parkNames,
  date: visit.date,
  halfDay: visit.halfDay,
  startsAt: visit.startsAt,
  status: visit.status,
  company: visit.company,
  contactName: visit.contactName,
  partySize: visit.partySize,
  hostName: hostFor(visit, viewer)?.name ?? null,
});

export const toVisitView = (
  visit: Visit,
  viewer: VisitViewer,
  events: TimelinePage<VisitEvent>,
  settings: VisitSettings,
  now: number,
): VisitView => {
  const deadline = changeDeadline(visit.startsAt, settings);
  return {
    ...toVisitCard(visit, viewer),
    version: visit.version,
    parkIds: visit.parkIds,
    // PIPL: the full number only to the person who gave it and the one who will call them.
    contactPhone: viewer === 'owner' || viewer === 'host' ? visit.contactPhone : (maskPhone(visit.contactPhone) ?? ''),
    industryIds: visit.industryIds,
    investmentBand: visit.investmentBand,
    factoryNeeds: visit.factoryNeeds,
    notes: visit.notes,
    host: hostFor(visit, viewer),
    closingReason: visit.closingReason,
    createdAt: visit.createdAt,
    viewer,
    changeDeadline: deadline,
    canChange: viewer === 'owner' && isOpenVisit(visit.status) && now < deadline,
    timeline: toVisitTimeline(events.items, viewer),
    timelineEarlier: events.earlier,
  };
};

/** The lines the viewer may see: routing reasons and internal notes never reach the investor. */
export const toVisitTimeline = (events: readonly VisitEvent[], viewer: VisitViewer): TimelineLine[] =>
  events
    .filter((e) => viewer !== 'owner' || !e.isInternal)
    .map(({ id, at, kind, actorName, text, isInternal }) => ({ id, at, kind, actorName, text, isInternal }));
