import type { VisitCard } from '@core/app/contract';

export interface DayGroup {
  date: string;
  visits: VisitCard[];
}

/** Visits (already soonest first) under one heading per day. */
export const groupByDay = (visits: readonly VisitCard[]): DayGroup[] => {
  const groups: DayGroup[] = [];
  for (const visit of visits) {
    const last = groups[groups.length - 1];
    if (last && last.date === visit.date) last.visits.push(visit);
    else groups.push({ date: visit.date, visits: [visit] });
  }
  return groups;
};
