import { Picker, Text, View } from '@tarojs/components';
import type { ProjectRef } from '@core/app/contract';
import { checkCreditCode } from '@core/kernel/validation/credit-code';
import { Section } from '@/components/section';
import { fieldAnchorId } from '@/utils/reveal-first-error';
import { CheckMark, FieldError, TextRow, type FormPart } from './form-bits';

/** 企业信息: the project it is for, the company, its credit code (with 请人工核验 when the check fails) and a contact. */
export function EnterpriseSection(props: FormPart & { projects: ProjectRef[] }) {
  const { projects, draft, update } = props;
  const code = draft.creditCode.trim();
  const codeFails = code.length === 18 && checkCreditCode(code.toUpperCase()) !== 'valid';
  return (
    <Section title="企业信息">
      <Text className="form__label">关联项目</Text>
      <Picker
        mode="selector"
        range={['不关联项目', ...projects.map((p) => p.name)]}
        value={Math.max(0, projects.findIndex((p) => p.id === draft.projectId) + 1)}
        onChange={(e) => update({ projectId: projects[Number(e.detail.value) - 1]?.id ?? null })}
      >
        <View className="form__picker" data-field="projectId" id={fieldAnchorId('projectId')}>
          {projects.find((p) => p.id === draft.projectId)?.name ?? '不关联项目'} ›
        </View>
      </Picker>
      <FieldError text={props.errors.projectId} />
      <TextRow {...props} field="enterpriseName" label="企业名称" maxlength={60} placeholder="营业执照上的企业名称" />
      <TextRow {...props} field="creditCode" label="统一社会信用代码" maxlength={18} placeholder="18位，见营业执照" />
      {codeFails && (
        <View
          className="form__check"
          role="checkbox"
          aria-checked={draft.creditCodeManualReview}
          onClick={() => update({ creditCodeManualReview: !draft.creditCodeManualReview })}
        >
          <CheckMark isOn={draft.creditCodeManualReview} />
          <Text>代码校验未通过，我确认无误，请人工核验</Text>
        </View>
      )}
      <TextRow {...props} field="contactName" label="联系人" maxlength={20} placeholder="联系人姓名" />
      <TextRow {...props} field="contactPhone" label="手机号" maxlength={11} placeholder="11位手机号" isNumber />
    </Section>
  );
}
