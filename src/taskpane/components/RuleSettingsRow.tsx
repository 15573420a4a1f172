import * as React from "react";
import { Caption1, Field, Input, Select, Switch, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Lang, Rule, Severity } from "../../engine/rule";
import { RuleForm, SEVERITIES } from "../settings";
import { StringKey, Strings, format, severityLabel } from "../i18n";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  id: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  controls: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end", paddingLeft: tokens.spacingHorizontalXXL },
  severity: { minWidth: "96px" },
  option: { width: "120px" },
  label: { overflowWrap: "anywhere" },
  docs: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface RuleSettingsRowProps {
  rule: Rule;
  value: RuleForm;
  lang: Lang;
  strings: Strings;
  /** Option keys whose text does not parse. */
  badOptions: Set<string>;
  /** Show the rule's technical id (for support and configuration files), off by default. */
  showIds?: boolean;
  onChange(value: RuleForm): void;
}

/** A rule option's label in the user's words ("minimum.6月底": the map option's, with its key); an option without one keeps its key. */
function optionLabel(s: Strings, field: string): string {
  const [option, ...rest] = field.split(".");
  const k = `option_${option}` as StringKey;
  return k in s ? format(s, k, { key: rest.join(".") }) : field;
}

/** One rule: on/off, severity, and an input for each numeric default option. */
export function RuleSettingsRow(p: RuleSettingsRowProps): React.JSX.Element {
  const styles = useStyles();
  const s = p.strings;
  const idId = useId("rule-id");
  const name = p.rule.meta.name[p.lang] || p.rule.meta.id;
  const v = p.value;
  return (
    <div className={styles.row} role="group" aria-label={name} data-rule={v.id}>
      <Switch
        checked={v.enabled}
        label={<span className={styles.label}>{name}</span>}
        aria-describedby={idId}
        onChange={(_, d) => p.onChange({ ...v, enabled: d.checked })}
      />
      <Caption1 id={idId} className={styles.docs}>
        {p.rule.meta.docs[p.lang]}
        {p.showIds && (
          <>
            {" "}
            <span className={styles.id}>{v.id}</span>
          </>
        )}
      </Caption1>
      <div className={styles.controls}>
        <Field label={s.ruleSeverity} size="small">
          <Select
            className={styles.severity}
            size="small"
            value={v.severity}
            disabled={!v.enabled}
            aria-label={format(s, "ruleSeverityAria", { rule: name })}
            onChange={(_, d) => p.onChange({ ...v, severity: d.value as Severity })}
          >
            {SEVERITIES.map((sev) => (
              <option key={sev} value={sev}>
                {severityLabel(s, sev)}
              </option>
            ))}
          </Select>
        </Field>
        {Object.entries(v.options).map(([key, text]) => (
          <Field
            key={key}
            label={optionLabel(s, key)}
            size="small"
            validationState={p.badOptions.has(key) ? "error" : "none"}
            validationMessage={p.badOptions.has(key) ? s.optionInvalid : undefined}
          >
            <Input
              className={styles.option}
              size="small"
              inputMode="decimal"
              value={text}
              disabled={!v.enabled}
              aria-label={format(s, "ruleOptionAria", { rule: name, option: optionLabel(s, key) })}
              onChange={(_, d) => p.onChange({ ...v, options: { ...v.options, [key]: d.value } })}
            />
          </Field>
        ))}
      </div>
    </div>
  );
}
