import { Text, View } from '@tarojs/components';

/** The classes of a caller's own block for each part of a row (the caller's stylesheet draws them). */
export interface FactRowClasses {
  row: string;
  label: string;
  value: string;
}

/** Label–value rows: a record's facts, a glossary's terms. */
export function FactRows({ rows, classes }: { rows: readonly (readonly [string, string])[]; classes: FactRowClasses }) {
  return (
    <>
      {rows.map(([label, value]) => (
        <View key={label} className={classes.row}>
          <Text className={classes.label}>{label}</Text>
          <Text className={classes.value}>{value}</Text>
        </View>
      ))}
    </>
  );
}
