import type { FollowUp, TicketRating } from './rating';
import type { ServiceCategory } from './service-category';
import type { AssessmentEntry, SupervisionItem } from './supervision';
import type { Ticket, TicketEvent } from './ticket';
import type { UploadQuota, UploadRecord } from './upload';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    tickets: Ticket;
    ticket_events: TicketEvent;
    uploads: UploadRecord;
    upload_quotas: UploadQuota;
    ratings: TicketRating;
    assessment_ledger: AssessmentEntry;
    supervision_items: SupervisionItem;
    follow_ups: FollowUp;
    service_categories: ServiceCategory;
  }
}
