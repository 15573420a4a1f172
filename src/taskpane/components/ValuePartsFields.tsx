import * as React from "react";
import { Field, Input, Select } from "@fluentui/react-components";
import { VALUE_COMPARISONS, ValueComparison, ValueParts } from "../../engine/value-compose";
import type { Strings } from "../i18n";

/**
 * The value helper's three fields — comparison, number, unit — shared by the wizard's 指标值助手
 * and the 填写助手 of a 监控表 / 自评表. `numberRef` lets the caller focus the number, the one thing to type.
 */
export function ValuePartsFields(p: {
  strings: Strings;
  parts: ValueParts;
  onChange(parts: ValueParts): void;
  numberRef?: React.Ref<HTMLInputElement>;
}): React.JSX.Element {
  const { strings: s, parts, onChange } = p;
  return (
    <>
      <Field label={s.wzComparison} style={{ width: "6.5em" }}>
        <Select value={parts.comparison} onChange={(_, d) => onChange({ ...parts, comparison: d.value as ValueComparison })}>
          {VALUE_COMPARISONS.map((c) => (
            <option key={c} value={c}>
              {c === "" ? s.wzNoComparison : c}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.wzNumber} style={{ width: "6em" }}>
        <Input ref={p.numberRef} inputMode="decimal" value={parts.number} onChange={(_, d) => onChange({ ...parts, number: d.value })} />
      </Field>
      <Field label={s.wzUnitOfValue} style={{ width: "6em" }}>
        <Input value={parts.unit} onChange={(_, d) => onChange({ ...parts, unit: d.value })} />
      </Field>
    </>
  );
}
