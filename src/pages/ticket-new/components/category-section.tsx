import { Picker, Text, View } from '@tarojs/components';
import type { ServiceCategoryView } from '@core/app/contract';
import { Section } from '@/components/section';
import { fieldAnchorId } from '@/utils/reveal-first-error';
import { FieldError, type FormPart } from './form-bits';
import { materialText } from '@core/tickets/service-category';

/** 服务事项: the category picker, then the materials to prepare (一次性告知). */
export function CategorySection(props: FormPart & { categories: ServiceCategoryView[] }) {
  const { categories, draft } = props;
  const category = categories.find((c) => c.id === draft.categoryId) ?? null;
  return (
    <Section title="服务事项">
      <Picker
        mode="selector"
        range={categories.map((c) => c.name)}
        value={Math.max(
          0,
          categories.findIndex((c) => c.id === draft.categoryId),
        )}
        onChange={(e) => props.update({ categoryId: categories[Number(e.detail.value)]?.id ?? '' })}
      >
        <View className="form__picker" data-field="categoryId" id={fieldAnchorId('categoryId')}>
          {category?.name ?? '请选择服务事项'} ›
        </View>
      </Picker>
      <FieldError text={props.errors.categoryId} />
      {category && (
        <View className="form__materials">
          <Text className="muted">需准备的材料（一次性告知）：</Text>
          {category.materials.map((m, i) => (
            <Text key={m.name} className="form__material">
              {i + 1}. {materialText(m)}
            </Text>
          ))}
        </View>
      )}
    </Section>
  );
}
