import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { MessageView } from '@core/app/contract';
import { PagedListView } from '../../components/state-view';
import { useMessages, visitStores } from '../../stores/visit-stores';
import { formatMoment } from '../../utils/visit-format';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';
import { usePagedListEvents } from '../../utils/page-events';

/** 消息: the in-app message centre; the same news WeChat subscribe messages carry, whatever was answered there. */
export default function MessagesPage() {
  const list = useMessages();
  useDidShow(() => void visitStores.messages.getState().reload());
  usePagedListEvents(list);

  const open = (message: MessageView) => {
    if (!message.isRead) void visitStores.markRead([message.id]);
    if (message.page) void Taro.navigateTo({ url: message.page });
  };
  const hasUnread = list.items.some((m) => !m.isRead);

  return (
    <View className="page messages">
      <PagedListView list={list} emptyText="暂无消息">
        {hasUnread && (
          <Text {...TEXT_BUTTON} className="link messages__all" onClick={() => void visitStores.markRead('all')}>
            全部标为已读
          </Text>
        )}
        {list.items.map((message) => (
          <View
            role="button"
            key={message.id}
            className={`message ${message.isRead ? '' : 'message--unread'}`}
            onClick={() => open(message)}
          >
            <View className="message__head">
              <Text className="message__title">{message.title}</Text>
              <Text className="message__time">{formatMoment(message.createdAt)}</Text>
            </View>
            <Text className="message__body">{message.body}</Text>
          </View>
        ))}
      </PagedListView>
    </View>
  );
}
