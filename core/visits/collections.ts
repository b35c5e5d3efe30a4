import type { BookingAllowance, Visit, VisitEvent, VisitSlot } from './visit';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    visits: Visit;
    visit_slots: VisitSlot;
    visit_allowances: BookingAllowance;
    visit_events: VisitEvent;
  }
}
