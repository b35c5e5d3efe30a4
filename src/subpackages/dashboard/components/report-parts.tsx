import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { COLUMN_HEADER, TABLE_CELL } from '@/utils/a11y';

const TICKET_DETAIL = '/subpackages/staff/pages/tickets/detail/index';

/** A titled card of a report; a wide one spans the whole row at desktop width. */
export function Card({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <View className={`dash-card ${wide ? 'dash-card--wide' : ''}`}>
      <Text className="dash-card__title">{title}</Text>
      {children}
    </View>
  );
}

/** A report row that opens `page?id=…`, marked `data-<kind>-id` for the tests. */
function LinkRow(props: {
  page: string;
  kind: 'ticket' | 'round';
  id: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <View
      className={props.className}
      {...{ [`data-${props.kind}-id`]: props.id, role: 'link' }}
      onClick={() => void Taro.navigateTo({ url: `${props.page}?id=${encodeURIComponent(props.id)}` })}
    >
      {props.children}
    </View>
  );
}

/** A row of a report that opens its ticket in the staff ticket page. */
export function TicketLink(props: { ticketId: string; className: string; children: ReactNode }) {
  return (
    <LinkRow page={TICKET_DETAIL} kind="ticket" id={props.ticketId} className={props.className}>
      {props.children}
    </LinkRow>
  );
}

const ROUND_RESULTS = '/subpackages/evaluation/pages/results/index';

/** A ledger row of a 现场评议 round: opens the round's published results. */
export function RoundLink(props: { roundId: string; className: string; children: ReactNode }) {
  return (
    <LinkRow page={ROUND_RESULTS} kind="round" id={props.roundId} className={props.className}>
      {props.children}
    </LinkRow>
  );
}

/** A table with a head row; the 名称 column is the wide one. */
export function DataTable(props: {
  head: readonly string[];
  rows: readonly { key: string; cells: readonly (string | number)[] }[];
}) {
  const nameAt = props.head.indexOf('名称');
  const cellClass = (i: number) => `table__cell ${i === nameAt ? 'table__cell--name' : ''}`;
  return (
    // A tab stop of its own: at phone width the table scrolls sideways, which a keyboard can then do.
    <View className="table" {...{ role: 'table', tabIndex: 0 }}>
      <View className="table__row table__row--head" {...{ role: 'row' }}>
        {props.head.map((h, i) => (
          <Text {...COLUMN_HEADER} key={h} className={cellClass(i)}>
            {h}
          </Text>
        ))}
      </View>
      {props.rows.map((r) => (
        <View key={r.key} className="table__row" {...{ role: 'row' }}>
          {r.cells.map((c, i) => (
            <Text {...TABLE_CELL} key={i} className={cellClass(i)}>
              {String(c)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
