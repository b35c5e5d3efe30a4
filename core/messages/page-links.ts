/** Pages messages link to, declared once so the message and the app agree on the paths. */
export const PAGE_LINKS = {
  investorVisit: (visitId: string) => `/pages/visit-detail/index?id=${encodeURIComponent(visitId)}`,
  staffVisit: (visitId: string) => `/subpackages/staff/pages/visit/index?id=${encodeURIComponent(visitId)}`,
};
