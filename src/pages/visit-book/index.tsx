import { View } from '@tarojs/components';
import { Section } from '../../components/section';
import { useIndustries } from '../../stores/catalog-stores';
import { BookingFooter } from './components/booking-footer';
import { ContactFields } from './components/contact-fields';
import { FactoryNeedsFields } from './components/factory-needs-fields';
import { ParkSection, SlotSection } from './components/itinerary-sections';
import { useVisitBook } from './use-visit-book';
import './index.scss';

/** 预约考察: parks (up to 3), a half-day from real availability, then who is coming and what they need. */
export default function VisitBookPage() {
  const book = useVisitBook();
  const industries = useIndustries();
  const { draft, errors, update } = book.flow;
  return (
    <View className="page visit-book">
      <ParkSection book={book} />
      <SlotSection book={book} />
      <Section title="来访信息">
        <ContactFields draft={draft} errors={errors} industries={industries.data ?? []} onChange={update} />
      </Section>
      <Section title="厂房需求（选填）">
        <FactoryNeedsFields draft={draft} errors={errors} onChange={update} />
      </Section>
      <BookingFooter book={book} />
    </View>
  );
}
