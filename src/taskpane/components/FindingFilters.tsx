import * as React from "react";
import { Field, Select, ToggleButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Checkmark16Filled, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { Severity } from "../../engine/rule";
import { FindingFilter, SeverityCounts } from "../findings";
import { Strings, format, severityLabel } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalXXS },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: "0" },
  off: { textDecorationLine: "line-through" },
  select: { minWidth: 0 },
});

const ICONS: Record<Severity, React.ReactElement> = {
  error: <ErrorCircle16Filled aria-hidden="true" />,
  warning: <Warning16Filled aria-hidden="true" />,
  info: <Info16Filled aria-hidden="true" />,
};

export interface FindingFiltersProps {
  strings: Strings;
  filter: FindingFilter;
  counts: SeverityCounts;
  /** Rule ids present in the findings, with their display names. */
  rules: { id: string; name: string }[];
  shown: number;
  total: number;
  onChange(filter: FindingFilter): void;
}

/** Severity toggles (pressed = shown) and a rule picker. */
export function FindingFilters(p: FindingFiltersProps): React.JSX.Element {
  const styles = useStyles();
  const s = p.strings;
  const legendId = useId("severity-filter");
  return (
    <section className={styles.root} aria-label={s.filtersHeading}>
      <div>
        <div id={legendId} className={styles.legend}>
          {s.filterSeverity}
        </div>
        <div role="group" aria-labelledby={legendId} className={styles.toggles}>
          {(["error", "warning", "info"] as Severity[]).map((sev) => (
            <ToggleButton
              key={sev}
              size="small"
              checked={p.filter.severities[sev]}
              // pressed or not is told by more than its shade: a check mark, and a struck-through label when hidden
              icon={p.filter.severities[sev] ? <Checkmark16Filled /> : ICONS[sev]}
              className={p.filter.severities[sev] ? undefined : styles.off}
              title={format(s, "filterSeverityToggle", { severity: severityLabel(s, sev), count: p.counts[sev] })}
              onClick={() => p.onChange({ ...p.filter, severities: { ...p.filter.severities, [sev]: !p.filter.severities[sev] } })}
              data-severity-filter={sev}
            >
              {`${severityLabel(s, sev)} ${p.counts[sev]}`}
            </ToggleButton>
          ))}
        </div>
      </div>
      <Field label={s.filterRule}>
        <Select className={styles.select} value={p.filter.rule} onChange={(_, d) => p.onChange({ ...p.filter, rule: d.value })}>
          <option value="">{s.filterAllRules}</option>
          {p.rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <p className={styles.count}>{format(s, "filterCount", { shown: p.shown, total: p.total })}</p>
    </section>
  );
}
