import { useEffect, useState } from 'react';
import type { PageOf } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';

export interface EarlierTimeline<L> {
  /** Earlier pages loaded so far, then the view's latest events: oldest first. */
  lines: L[];
  hasEarlier: boolean;
  isLoading: boolean;
  error: string | null;
  loadEarlier: () => Promise<void>;
}

/**
 * A view brings the latest page of its timeline and a cursor; "加载更早的记录" fetches the pages
 * before it on demand. A fresh view (after an action or a refresh) starts over from its own page.
 */
export function useEarlierTimeline<L extends { id: string }>(
  latest: { timeline: L[]; timelineEarlier: string | null } | null,
  load: (cursor: string) => Promise<Envelope<PageOf<L>>>,
): EarlierTimeline<L> {
  const [earlier, setEarlier] = useState<L[]>([]);
  const [cursor, setCursor] = useState<string | null>(latest?.timelineEarlier ?? null);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setEarlier([]);
    setCursor(latest?.timelineEarlier ?? null);
    setError(null);
  }, [latest]);

  const loadEarlier = async () => {
    if (!cursor || isLoading) return;
    setIsLoading(true);
    setError(null);
    const answer = await load(cursor);
    setIsLoading(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setEarlier((lines) => [...answer.data.items, ...lines]);
    setCursor(answer.data.next);
  };

  const shown = new Set((latest?.timeline ?? []).map((l) => l.id));
  return {
    lines: [...earlier.filter((l) => !shown.has(l.id)), ...(latest?.timeline ?? [])],
    hasEarlier: cursor !== null,
    isLoading,
    error,
    loadEarlier,
  };
}
