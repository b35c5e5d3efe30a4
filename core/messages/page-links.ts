/** Pages messages link to, declared once so the message and the app agree on the paths. */
export const PAGE_LINKS = {
  investorVisit: (visitId: string) => `/pages/visit-detail/index?id=${encodeURIComponent(visitId)}`,
  enterpriseTicket: (ticketId: string) => `/pages/ticket-detail/index?id=${encodeURIComponent(ticketId)}`,
  staffTicket: (ticketId: string) => `/subpackages/staff/pages/tickets/detail/index?id=${encodeURIComponent(ticketId)}`,
  staffVisit: (visitId: string) => `/subpackages/staff/pages/visit/index?id=${encodeURIComponent(visitId)}`,
};
