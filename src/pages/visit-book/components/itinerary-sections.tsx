import { Text } from '@tarojs/components';
import { Section } from '@/components/section';
import { SlotPicker } from '@/components/slot-picker';
import { StateView } from '@/components/state-view';
import { useParkList } from '@/stores/catalog-stores';
import { visitStores } from '@/stores/visit-stores';
import { fieldAnchorId } from '@/utils/reveal-first-error';
import type { VisitBook } from '../use-visit-book';
import { ParkChoice } from './park-choice';

/** 选择园区: up to three parks, in the order they are visited. */
export function ParkSection({ book }: { book: VisitBook }) {
  const parks = useParkList();
  const { draft, errors } = book.flow;
  return (
    <Section title="选择园区">
      <Text className="muted visit-book__hint">可选1–3个园区，同一天按顺序考察；第一个园区的接待组负责全程接待。</Text>
      <StateView
        status={parks.status}
        error={parks.error}
        isEmpty={parks.items.length === 0}
        emptyText="暂无园区"
        onRetry={() => void parks.reload()}
      >
        <ParkChoice parks={parks.items} chosen={draft.parkIds} onToggle={book.flow.togglePark} />
      </StateView>
      {errors.parkIds && (
        <Text className="visit-book__error" id={fieldAnchorId('parkIds')}>
          {errors.parkIds}
        </Text>
      )}
    </Section>
  );
}

/** 选择日期和时段: the itinerary's real availability, once parks are chosen. */
export function SlotSection({ book }: { book: VisitBook }) {
  const { flow, key, slots } = book;
  const { draft, errors } = flow;
  return (
    <Section title="选择日期和时段">
      {key ? (
        <SlotPicker
          status={slots?.status ?? 'loading'}
          data={slots?.data ?? null}
          error={slots?.error ?? null}
          date={draft.date}
          halfDay={draft.halfDay}
          onPick={(date, halfDay) => flow.update({ date, halfDay })}
          onRetry={() => void visitStores.availability.getState().load(key)}
        />
      ) : (
        <Text className="muted">请先选择园区，再查看可预约的日期。</Text>
      )}
      {(errors.date ?? errors.halfDay) && (
        <Text className="visit-book__error" id={fieldAnchorId(errors.date ? 'date' : 'halfDay')}>
          {errors.date ?? errors.halfDay}
        </Text>
      )}
    </Section>
  );
}
