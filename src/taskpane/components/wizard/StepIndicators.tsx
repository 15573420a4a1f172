import * as React from "react";
import {
  Button,
  Field,
  Input,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  useId,
} from "@fluentui/react-components";
import { Add20Regular, Delete20Regular, Library20Regular, Wand20Regular } from "@fluentui/react-icons";
import { FRAMEWORKS, Level1, canonLevel1, canonLevel2, level1Label, level2Label } from "../../../engine/frameworks";
import { PROJECT_CLASSES, ProjectClass, libraryFor } from "../../../engine/indicator-library";
import { TYPICAL_UNITS, composeValue, defaultComparison, splitValue } from "../../../engine/value-compose";
import { ValuePartsFields } from "../ValuePartsFields";
import type { DraftIndicator } from "../../wizard/draft";
import { Strings, format } from "../../i18n";
import { GroupMessages, StepProps, fieldValidation, useStepStyles } from "./common";

const BASES = ["工作计划", "历史标准", "行业标准", "计划标准", "预算标准", "部门预算批复", "工作经验"];
const BASIS_LIST = "wz-basis-list";

/** Focus the first field of the row with this key once it is rendered. */
function focusRow(key: number): void {
  setTimeout(() => document.querySelector<HTMLElement>(`[data-row-key="${key}"] input`)?.focus(), 0);
}

/** Quick picks for values that are not "comparison + number + unit". */
function quickValues(level1: string, level2: string, year: string): string[] {
  const l1 = canonLevel1(level1);
  const l2 = canonLevel2(level2);
  if (l2 === "时效") return [`${year}年12月31日前`, `${year}年6月30日前`, "≤30个工作日"];
  if (l2 === "质量") return ["合格", "达标", "=100%"];
  if (l1 === "效益") return ["有所提升", "明显提升", "达标", "是"];
  return [];
}

interface ValueHelperProps {
  strings: Strings;
  row: DraftIndicator;
  index: number;
  year: string;
  onApply(value: string): void;
}

/** 指标值助手: comparison, number and unit composed into the 指标值 text (or a quick pick). */
function ValueHelper({ strings: s, row, index, year, onApply }: ValueHelperProps): React.JSX.Element {
  const [open, setOpen] = React.useState(false);
  const start = () =>
    splitValue(row.value) ?? {
      comparison: defaultComparison(row.level1, row.level2),
      number: "",
      unit: TYPICAL_UNITS[canonLevel2(row.level2) ?? ""]?.[0] ?? "",
    };
  const [parts, setParts] = React.useState(start);
  const composed = composeValue(parts);
  const units = TYPICAL_UNITS[canonLevel2(row.level2) ?? ""] ?? [];
  const titleId = useId("value-helper");
  const numberRef = React.useRef<HTMLInputElement>(null);
  // into the helper when it opens: its number field, the one thing to type
  React.useEffect(() => {
    if (!open) return;
    const t = setTimeout(() => numberRef.current?.focus(), 0);
    return () => clearTimeout(t);
  }, [open]);
  const apply = (v: string) => {
    onApply(v);
    setOpen(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => {
        if (data.open) setParts(start());
        setOpen(data.open);
      }}
      trapFocus
      positioning="below-end"
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button icon={<Wand20Regular />} appearance="subtle" aria-label={format(s, "wzValueHelperFor", { n: index + 1 })} title={s.wzValueHelper} />
      </PopoverTrigger>
      <PopoverSurface aria-labelledby={titleId} data-testid="value-helper">
        <div style={{ display: "flex", flexDirection: "column", gap: "8px", maxWidth: "260px" }}>
          <strong id={titleId}>{s.wzValueHelper}</strong>
          <div style={{ display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "flex-end" }}>
            <ValuePartsFields strings={s} parts={parts} onChange={setParts} numberRef={numberRef} />
          </div>
          {units.length > 0 && (
            <div role="group" aria-label={s.wzTypicalUnits} style={{ display: "flex", gap: "4px", flexWrap: "wrap" }}>
              {units.map((u) => (
                <Button
                  key={u}
                  size="small"
                  appearance={u === parts.unit ? "primary" : "secondary"}
                  aria-pressed={u === parts.unit}
                  onClick={() => setParts({ ...parts, unit: u })}
                >
                  {u}
                </Button>
              ))}
            </div>
          )}
          <span aria-live="polite">{composed ? format(s, "wzComposed", { value: composed }) : s.wzComposeHint}</span>
          <Button appearance="primary" disabledFocusable={!composed} onClick={() => composed && apply(composed)}>
            {s.wzApplyValue}
          </Button>
          {quickValues(row.level1, row.level2, year).length > 0 && (
            <div role="group" aria-label={s.wzQuickValues} style={{ display: "flex", gap: "4px", flexWrap: "wrap" }}>
              {quickValues(row.level1, row.level2, year).map((v) => (
                <Button key={v} size="small" onClick={() => apply(v)}>
                  {v}
                </Button>
              ))}
            </div>
          )}
        </div>
      </PopoverSurface>
    </Popover>
  );
}

interface RowProps extends StepProps {
  row: DraftIndicator;
  index: number;
  /** Position within its 二级 (1-based), for the legend. */
  n: number;
}

function IndicatorRow({ strings: s, state, session, row, index, n }: RowProps): React.JSX.Element {
  const styles = useStepStyles();
  const p = (f: string) => `indicators[${index}].${f}`;
  const input = (field: "name" | "value" | "basis", label: string, extra: Partial<React.ComponentProps<typeof Input>> = {}) => (
    <Field className={styles.grow} label={label} required={field !== "basis"} {...fieldValidation(state, session, p(field))}>
      <Input
        data-path={p(field)}
        value={row[field]}
        onChange={(_, d) => session.setIndicator(row.key, { [field]: d.value })}
        onBlur={() => session.touch(p(field))}
        {...extra}
      />
    </Field>
  );
  return (
    <fieldset className={styles.card} data-testid={`indicator-${index}`} data-row-key={row.key} data-path={`indicators[${index}]`} tabIndex={-1}>
      <legend className={styles.legend}>{format(s, "wzIndicatorLegend", { level2: row.level2 || "—", n, name: row.name.trim() || s.wzUnnamed })}</legend>
      <GroupMessages state={state} session={session} paths={[`indicators[${index}]`, p("level1"), p("level2")]} />
      {input("name", s.wzIndicatorName)}
      <Field label={s.wzIndicatorDescription} {...fieldValidation(state, session, p("description"))}>
        <Textarea
          data-path={p("description")}
          resize="vertical"
          value={row.description}
          onChange={(_, d) => session.setIndicator(row.key, { description: d.value })}
          onBlur={() => session.touch(p("description"))}
        />
      </Field>
      <div className={styles.row}>
        {input("value", s.wzIndicatorValue, { placeholder: "≥20人" })}
        <ValueHelper strings={s} row={row} index={index} year={state.draft.year} onApply={(value) => session.setIndicator(row.key, { value })} />
      </div>
      <div className={styles.row}>
        {input("basis", s.wzIndicatorBasis, { list: BASIS_LIST })}
        <Button
          aria-label={format(s, "wzRemoveIndicator", { name: row.name.trim() || `${row.level2} ${n}` })}
          title={s.wzRemove}
          icon={<Delete20Regular />}
          appearance="subtle"
          onClick={() => session.removeIndicator(row.key)}
        />
      </div>
    </fieldset>
  );
}

interface GroupProps extends StepProps {
  level1: string;
  level2: string;
  rows: { row: DraftIndicator; index: number }[];
  required: boolean;
}

/** One 二级 of the tree: its rows, 添加指标 and the library's entries for it. */
function Level2Group(props: GroupProps): React.JSX.Element {
  const { strings: s, state, session, level1, level2, rows } = props;
  const styles = useStepStyles();
  const headingId = useId("l2");
  const entries = libraryFor(state.draft.framework, { level2, projectClass: state.draft.projectClass });
  const known = !!canonLevel2(level2);
  return (
    <div role="group" aria-labelledby={headingId} className={styles.stack} data-level2={level2}>
      <h4 id={headingId} className={styles.h4}>
        {level2}
        {props.required && rows.length === 0 ? ` ${s.wzRecommended}` : ""}
      </h4>
      {rows.map(({ row, index }, k) => (
        <IndicatorRow key={row.key} {...props} row={row} index={index} n={k + 1} />
      ))}
      {known && (
        <div className={styles.row}>
          <Button
            size="small"
            icon={<Add20Regular />}
            data-add-indicator={level2}
            aria-label={format(s, "wzAddIndicatorTo", { level2 })}
            onClick={() => focusRow(session.addIndicator(level1, level2))}
          >
            {s.wzAddIndicator}
          </Button>
          {entries.length > 0 && (
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton size="small" icon={<Library20Regular />} data-library={level2} aria-label={format(s, "wzFromLibraryFor", { level2 })}>
                  {s.wzFromLibrary}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {entries.map((e) => (
                    <MenuItem key={e.id} data-entry={e.id} onClick={() => focusRow(session.addIndicator(e.level1, e.level2, e.id))}>
                      {`${e.name}（${e.value.replace("{year}", state.draft.year)}）`}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
        </div>
      )}
    </div>
  );
}

/** 绩效指标: the framework, the project class (for the library), and the 一级 → 二级 tree of rows. */
export function StepIndicators(props: StepProps): React.JSX.Element {
  const { strings: s, state, session } = props;
  const styles = useStepStyles();
  const d = state.draft;
  const tree = FRAMEWORKS[d.framework].tree;
  const l1s = Object.keys(tree) as Level1[];
  const indexed = d.indicators.map((row, index) => ({ row, index }));
  const rowsOf = (l1: Level1 | undefined, l2?: string) =>
    indexed.filter(({ row }) => canonLevel1(row.level1) === l1 && (l2 === undefined ? true : canonLevel2(row.level2) === l2));
  const required = new Set(["数量", "质量", "时效"]);
  const others = indexed.filter(({ row }) => {
    const c1 = canonLevel1(row.level1);
    return !c1 || !tree[c1];
  });
  return (
    <div className={styles.stack}>
      <Field label={s.wzFramework} {...fieldValidation(state, session, "framework")}>
        <RadioGroup value={d.framework} onChange={(_, data) => session.setFramework(data.value as "legacy" | "2021")}>
          <Radio value="legacy" label={s.wzFrameworkLegacy} />
          <Radio value="2021" label={s.wzFramework2021} />
        </RadioGroup>
      </Field>
      <Field label={s.wzProjectClass} hint={s.wzProjectClassHint}>
        <Select value={d.projectClass} onChange={(_, data) => session.setProjectClass(data.value as ProjectClass | "")}>
          <option value="">{s.wzProjectClassAny}</option>
          {PROJECT_CLASSES.map((c) => (
            <option key={c.id} value={c.id}>
              {c[session.lang === "en" ? "en" : "zh"]}
            </option>
          ))}
        </Select>
      </Field>
      <GroupMessages state={state} session={session} paths={["indicators"]} />
      <datalist id={BASIS_LIST}>
        {BASES.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
      {l1s.map((l1) => {
        const label = level1Label(l1);
        const l2s = tree[l1] ?? [];
        const unknownL2 = rowsOf(l1).filter(({ row }) => {
          const c2 = canonLevel2(row.level2);
          return !c2 || !l2s.includes(c2);
        });
        return (
          <section key={l1} aria-label={label} className={styles.stack} data-level1={label}>
            <h3 className={styles.h3}>{label}</h3>
            {l2s.map((l2) => (
              <Level2Group key={l2} {...props} level1={label} level2={level2Label(l2)} rows={rowsOf(l1, l2)} required={l1 === "产出" && required.has(l2)} />
            ))}
            {unknownL2.length > 0 && <Level2Group {...props} level1={label} level2={s.wzOtherLevel2} rows={unknownL2} required={false} />}
          </section>
        );
      })}
      {others.length > 0 && (
        <section aria-label={s.wzOtherLevel1} className={styles.stack}>
          <h3 className={styles.h3}>{s.wzOtherLevel1}</h3>
          <Level2Group {...props} level1="" level2={s.wzOtherLevel2} rows={others} required={false} />
        </section>
      )}
    </div>
  );
}
