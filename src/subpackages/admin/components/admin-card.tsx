import { Button, Text, View } from '@tarojs/components';
import { Fragment, type ReactNode } from 'react';

/** 新建… / 收起: the button above an office list that opens and closes its editor. */
export function NewToggle(props: { action: string; label: string; isOpen: boolean; onToggle: () => void }) {
  return (
    <Button className="admin-button" data-action={props.action} onClick={props.onToggle}>
      {props.isOpen ? '收起' : props.label}
    </Button>
  );
}

/** The 新建… / 收起 button and, while open, the editor for a new record (null) or the row being edited. */
export function EditorToggle<T extends { id: string }>(props: {
  action: string;
  label: string;
  editing: T | 'new' | null;
  setEditing: (editing: T | 'new' | null) => void;
  children: (record: T | null) => ReactNode;
}) {
  const { editing } = props;
  return (
    <>
      <NewToggle
        action={props.action}
        label={props.label}
        isOpen={editing !== null}
        onToggle={() => props.setEditing(editing ? null : 'new')}
      />
      {editing && (
        <Fragment key={editing === 'new' ? 'new' : editing.id}>
          {props.children(editing === 'new' ? null : editing)}
        </Fragment>
      )}
    </>
  );
}

/** One row of an office list: its name and tag, its lines, and 编辑 followed by any further actions. */
export function AdminCard(props: {
  attrs: Record<`data-${string}`, string>;
  name: ReactNode;
  tag: string;
  onEdit: () => void;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <View className="admin-card" {...props.attrs}>
      <View className="admin-card__head">
        <Text className="admin-card__name">{props.name}</Text>
        <Text className="admin-card__tag">{props.tag}</Text>
      </View>
      {props.children}
      <View className="admin-card__actions">
        <Button className="admin-button admin-button--plain" onClick={props.onEdit}>
          编辑
        </Button>
        {props.actions}
      </View>
    </View>
  );
}
