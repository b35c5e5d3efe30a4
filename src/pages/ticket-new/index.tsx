import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { HALF_DAY_LABELS, HALF_DAYS } from '@core/visits/visit';
import { checkCreditCode } from '@core/kernel/validation/credit-code';
import { localDate } from '@core/kernel/calendar/local-time';
import { AttachmentPicker } from '../../components/attachment-picker';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { taroStorage } from '../../services/local-storage';
import { newRequestId } from '../../services/request-id';
import { call } from '../../services/transport';
import { createTicketForm } from '../../stores/ticket-form-store';
import { ticketStores, useMyProjects, useServiceCatalog } from '../../stores/ticket-stores';
import { fieldAnchorId, revealFirstError } from '../../utils/reveal-first-error';
import { TICKET_FIELD_ORDER, type TicketDraftField } from './ticket-draft';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';

const form = createTicketForm(call, taroStorage, newRequestId);

/** The row is the checkbox (the whole line is the 44 px target); the box inside only shows its state. */
function CheckMark({ isOn }: { isOn: boolean }) {
  return <Text className={`form__box ${isOn ? 'form__box--on' : ''}`}>{isOn ? '✓' : ''}</Text>;
}

function FieldError({ text }: { text?: string }) {
  return text ? <Text className="field-error">{text}</Text> : null;
}

/** 发起申请: the request form. The draft is kept on the device; one requestId per draft makes submit idempotent. */
export default function TicketNewPage() {
  const categoryId = useRouter().params.categoryId ?? '';
  const state = useStore(form);
  const catalog = useServiceCatalog();
  const projects = useMyProjects();
  const { draft, errors } = state;

  useEffect(() => {
    if (categoryId) form.getState().startWith(categoryId);
    if (ticketStores.catalog.getState().status === 'idle') void ticketStores.catalog.getState().reload();
    void ticketStores.projects.getState().load();
  }, [categoryId]);

  useEffect(() => {
    // An enterprise with one project files for it: on a fresh draft, preselect it and its company name.
    const only = projects.data?.length === 1 ? projects.data[0] : undefined;
    const { draft: current, update } = form.getState();
    if (only && current.projectId === null && current.enterpriseName === '') {
      update({ projectId: only.id, enterpriseName: only.enterpriseName ?? '' });
    }
  }, [projects.data]);

  const category = catalog.items.find((c) => c.id === draft.categoryId) ?? null;
  const projectList = projects.data ?? [];
  const codeFails =
    draft.creditCode.trim().length === 18 && checkCreditCode(draft.creditCode.trim().toUpperCase()) !== 'valid';
  const text = (field: TicketDraftField & keyof typeof draft) => (e: { detail: { value: string } }) =>
    state.update({ [field]: e.detail.value });

  const submit = async () => {
    const created = await form.getState().submit(category?.isOnSite ?? false);
    if (created) {
      void ticketStores.mine.getState().reload();
      void Taro.redirectTo({ url: `/pages/ticket-detail/index?id=${encodeURIComponent(created.id)}` });
    } else if (form.getState().submitError) {
      void Taro.showToast({ title: form.getState().submitError?.message ?? '提交失败', icon: 'none' });
    } else {
      // Brought into view and focused, with its message under it (no toast over it).
      revealFirstError(TICKET_FIELD_ORDER, form.getState().errors);
    }
  };

  return (
    <View className="page ticket-new">
      <StateView
        status={catalog.status}
        error={catalog.error}
        isEmpty={catalog.items.length === 0}
        emptyText="暂无服务事项"
        onRetry={() => void catalog.reload()}
      >
        <Section title="服务事项">
          <Picker
            mode="selector"
            range={catalog.items.map((c) => c.name)}
            value={Math.max(
              0,
              catalog.items.findIndex((c) => c.id === draft.categoryId),
            )}
            onChange={(e) => state.update({ categoryId: catalog.items[Number(e.detail.value)]?.id ?? '' })}
          >
            <View className="form__picker" data-field="categoryId" id={fieldAnchorId('categoryId')}>
              {category?.name ?? '请选择服务事项'} ›
            </View>
          </Picker>
          <FieldError text={errors.categoryId} />
          {category && (
            <View className="form__materials">
              <Text className="muted">需准备的材料（一次性告知）：</Text>
              {category.materials.map((m, i) => (
                <Text key={m} className="form__material">
                  {i + 1}. {m}
                </Text>
              ))}
            </View>
          )}
        </Section>

        <Section title="企业信息">
          <Text className="form__label">关联项目</Text>
          <Picker
            mode="selector"
            range={['不关联项目', ...projectList.map((p) => p.name)]}
            value={Math.max(0, projectList.findIndex((p) => p.id === draft.projectId) + 1)}
            onChange={(e) => state.update({ projectId: projectList[Number(e.detail.value) - 1]?.id ?? null })}
          >
            <View className="form__picker" data-field="projectId" id={fieldAnchorId('projectId')}>
              {projectList.find((p) => p.id === draft.projectId)?.name ?? '不关联项目'} ›
            </View>
          </Picker>
          <FieldError text={errors.projectId} />
          <Text className="form__label">企业名称</Text>
          <Input
            className="form__input"
            data-field="enterpriseName"
            id={fieldAnchorId('enterpriseName')}
            value={draft.enterpriseName}
            maxlength={60}
            placeholder="营业执照上的企业名称"
            onInput={text('enterpriseName')}
          />
          <FieldError text={errors.enterpriseName} />
          <Text className="form__label">统一社会信用代码</Text>
          <Input
            className="form__input"
            data-field="creditCode"
            id={fieldAnchorId('creditCode')}
            value={draft.creditCode}
            maxlength={18}
            placeholder="18位，见营业执照"
            onInput={text('creditCode')}
          />
          <FieldError text={errors.creditCode} />
          {codeFails && (
            <View
              className="form__check"
              role="checkbox"
              aria-checked={draft.creditCodeManualReview}
              onClick={() => state.update({ creditCodeManualReview: !draft.creditCodeManualReview })}
            >
              <CheckMark isOn={draft.creditCodeManualReview} />
              <Text>代码校验未通过，我确认无误，请人工核验</Text>
            </View>
          )}
          <Text className="form__label">联系人</Text>
          <Input
            className="form__input"
            data-field="contactName"
            id={fieldAnchorId('contactName')}
            value={draft.contactName}
            maxlength={20}
            placeholder="联系人姓名"
            onInput={text('contactName')}
          />
          <FieldError text={errors.contactName} />
          <Text className="form__label">手机号</Text>
          <Input
            className="form__input"
            data-field="contactPhone"
            id={fieldAnchorId('contactPhone')}
            type="number"
            value={draft.contactPhone}
            maxlength={11}
            placeholder="11位手机号"
            onInput={text('contactPhone')}
          />
          <FieldError text={errors.contactPhone} />
        </Section>

        <Section title="需求说明">
          <Textarea
            className="form__textarea"
            data-field="description"
            id={fieldAnchorId('description')}
            value={draft.description}
            maxlength={1000}
            placeholder="请说明需要办理的事项和进展"
            onInput={text('description')}
          />
          <FieldError text={errors.description} />
          {category?.isOnSite && (
            <>
              <Text className="form__label">希望上门时间</Text>
              <Picker
                mode="date"
                value={draft.onSiteDate ?? ''}
                start={localDate(Date.now())}
                onChange={(e) => state.update({ onSiteDate: e.detail.value })}
              >
                <View className="form__picker" id={fieldAnchorId('onSiteDate')}>
                  {draft.onSiteDate ?? '请选择日期'} ›
                </View>
              </Picker>
              <View className="form__chips">
                {HALF_DAYS.map((h) => (
                  <Text
                    {...TEXT_BUTTON}
                    key={h}
                    className={`chip ${draft.onSiteHalfDay === h ? 'chip--on' : ''}`}
                    onClick={() => state.update({ onSiteHalfDay: h })}
                  >
                    {HALF_DAY_LABELS[h]}
                  </Text>
                ))}
              </View>
              <FieldError text={errors.onSiteDate} />
            </>
          )}
          <Text className="form__label" id={fieldAnchorId('attachments')}>
            附件
          </Text>
          <AttachmentPicker
            files={draft.attachments}
            onAdd={state.addAttachment}
            onRemove={state.removeAttachment}
            error={errors.attachments}
          />
        </Section>

        <View
          className="form__check form__consent"
          id={fieldAnchorId('privacyConsent')}
          role="checkbox"
          aria-checked={draft.privacyConsent}
          onClick={() => state.update({ privacyConsent: !draft.privacyConsent })}
        >
          <CheckMark isOn={draft.privacyConsent} />
          <Text>同意开发区为办理本事项收集、使用上述信息；手机号和信用代码仅经办人可见完整内容</Text>
        </View>
        <View className="form__consent-error">
          <FieldError text={errors.privacyConsent} />
        </View>
        <Button
          className="form__submit"
          loading={state.isSubmitting}
          disabled={state.isSubmitting}
          onClick={() => void submit()}
        >
          提交申请
        </Button>
        <Text className="muted form__note">草稿会自动保存，离开后再回来可继续填写</Text>
      </StateView>
    </View>
  );
}
