import * as React from "react";
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  InlineDrawer,
  Input,
  Select,
  Switch,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Dismiss24Regular } from "@fluentui/react-icons";
import { CheckConfig, Lang, Rule } from "../../engine/rule";
import { FRAMEWORKS } from "../../engine/frameworks";
import { FrameworkChoice, SettingsForm, configFromForm, defaultsForm, formErrors, formFromConfig } from "../settings";
import { Strings, format } from "../i18n";
import { RuleSettingsRow } from "./RuleSettingsRow";

const useStyles = makeStyles({
  // no overflow of its own: the pane scrolls, and the sticky save bar sticks to the pane's bottom
  drawer: { width: "100%", maxWidth: "100%", height: "auto", minHeight: "0", backgroundColor: tokens.colorNeutralBackground1, overflow: "visible" },
  form: { display: "flex", flexDirection: "column", minWidth: 0, width: "100%" },
  // The pane already has its margins: no second inset inside the drawer.
  header: { paddingLeft: "0", paddingRight: "0" },
  title: { outlineStyle: "none" },
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `0 0 ${tokens.spacingVerticalM}`, minWidth: 0, overflow: "visible" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  general: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  year: { maxWidth: "160px" },
  // the save bar stays in view however long the rule list is (it was ~6,700 px down)
  footer: {
    position: "sticky",
    bottom: "0",
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    justifyContent: "flex-end",
    alignItems: "center",
    paddingLeft: "0",
    paddingRight: "0",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  reason: { flexBasis: "100%", margin: "0", color: tokens.colorPaletteRedForeground1 },
  empty: { color: tokens.colorNeutralForeground3, margin: "0" },
});

export interface SettingsDrawerProps {
  strings: Strings;
  lang: Lang;
  rules: Rule[];
  config: CheckConfig;
  busy: boolean;
  /** Resolves true when the settings were saved. */
  onSave(config: CheckConfig): Promise<boolean>;
  onClose(): void;
}

/**
 * Rule settings: framework, budget year and every rule (on/off, severity, numeric options). A drawer
 * that covers the pane (task panes are narrow), non-modal; Escape or 取消 closes it without saving.
 * Rendered only while open: it starts from the saved settings every time.
 */
export function SettingsDrawer(p: SettingsDrawerProps): React.JSX.Element {
  const styles = useStyles();
  const s = p.strings;
  const titleId = useId("settings-title");
  const titleRef = React.useRef<HTMLHeadingElement>(null);
  const [form, setForm] = React.useState<SettingsForm>(() => formFromConfig(p.config, p.rules));
  const [showIds, setShowIds] = React.useState(false);
  const reasonId = useId("save-reason");
  React.useEffect(() => titleRef.current?.focus(), []);
  const errors = formErrors(form);
  const valid = errors.size === 0;

  const save = async () => {
    if (!valid || p.busy) return;
    if (await p.onSave(configFromForm(form, p.rules, p.config))) p.onClose();
  };

  return (
    <InlineDrawer
      open
      position="end"
      className={styles.drawer}
      role="region"
      aria-labelledby={titleId}
      onKeyDown={(e: React.KeyboardEvent) => {
        if (e.key === "Escape") {
          e.preventDefault();
          p.onClose();
        }
      }}
    >
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DrawerHeader className={styles.header}>
          <DrawerHeaderTitle
            heading={{ id: titleId, ref: titleRef, tabIndex: -1, className: styles.title }}
            action={<Button appearance="subtle" aria-label={s.dismiss} icon={<Dismiss24Regular />} onClick={p.onClose} />}
          >
            {s.settingsTitle}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody className={styles.body}>
          <section className={styles.general} aria-label={s.settingsGeneral}>
            <Field label={s.framework}>
              <Select className={styles.select} value={form.framework} onChange={(_, d) => setForm((f) => ({ ...f, framework: d.value as FrameworkChoice }))}>
                <option value="auto">{s.frameworkAuto}</option>
                {(Object.keys(FRAMEWORKS) as (keyof typeof FRAMEWORKS)[]).map((id) => (
                  <option key={id} value={id}>
                    {FRAMEWORKS[id].name[p.lang]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={s.year}
              hint={s.yearHint}
              validationState={errors.has("year") ? "error" : "none"}
              validationMessage={errors.has("year") ? s.yearInvalid : undefined}
            >
              <Input className={styles.year} inputMode="numeric" value={form.year} onChange={(_, d) => setForm((f) => ({ ...f, year: d.value }))} />
            </Field>
          </section>
          <section aria-label={s.rulesHeading}>
            <h3 className={styles.heading}>{s.rulesHeading}</h3>
            <Switch checked={showIds} label={s.showRuleIds} onChange={(_, d) => setShowIds(d.checked)} />
            {p.rules.length === 0 && <p className={styles.empty}>{s.noRules}</p>}
            {p.rules.map((rule) => (
              <RuleSettingsRow
                key={rule.meta.id}
                rule={rule}
                value={form.rules.find((r) => r.id === rule.meta.id) ?? formFromConfig({}, [rule]).rules[0]}
                lang={p.lang}
                strings={s}
                showIds={showIds}
                badOptions={new Set([...errors].filter((k) => k.startsWith(`${rule.meta.id}:`)).map((k) => k.slice(rule.meta.id.length + 1)))}
                onChange={(row) => setForm((f) => ({ ...f, rules: [...f.rules.filter((r) => r.id !== row.id), row] }))}
              />
            ))}
          </section>
        </DrawerBody>
        <DrawerFooter className={styles.footer} data-sticky="">
          {(!valid || p.busy) && (
            <p id={reasonId} className={styles.reason} data-testid="save-reason">
              {!valid ? format(s, "saveBlockedInvalid", { count: errors.size }) : s.saveBlockedBusy}
            </p>
          )}
          <Button onClick={() => setForm(defaultsForm(p.rules))}>{s.restoreDefaults}</Button>
          <Button onClick={p.onClose}>{s.cancel}</Button>
          <Button type="submit" appearance="primary" disabledFocusable={!valid || p.busy} aria-describedby={!valid || p.busy ? reasonId : undefined}>
            {s.save}
          </Button>
        </DrawerFooter>
      </form>
    </InlineDrawer>
  );
}
