import * as React from "react";
import { Button, Field, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ChevronDown12Regular, ChevronRight12Regular } from "@fluentui/react-icons";
import type { ValueParts } from "../../engine/value-compose";
import { valueToWrite } from "../../engine/kinds/fill-helper";
import { ValuePartsFields } from "./ValuePartsFields";
import { toA1 } from "../../engine/address";
import { Strings, format, joinList } from "../i18n";
import type { FillHelperAction, FillHelperTable } from "../fill-helper-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalXXS} 0` },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "flex-end" },
  hint: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  note: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  toggle: { alignSelf: "flex-start" },
});

export interface FillHelperPanelProps {
  strings: Strings;
  table: string;
  tableIndex: number;
  helper: FillHelperTable;
  action: FillHelperAction;
  busy: boolean;
}

/**
 * 填写助手 in a 监控表's or 自评表's group, folded by default: 添加下拉列表 for the columns that lack
 * one, and the value helper for 实际完成值 / 全年预计完成情况 — pick an indicator, its target's
 * comparison and unit are filled in, type the number.
 */
export function FillHelperPanel(p: FillHelperPanelProps): React.JSX.Element {
  const styles = useStyles();
  const s = p.strings;
  const id = useId("fill-helper");
  const [open, setOpen] = React.useState(false);
  const h = p.helper;
  const disabled = p.busy || p.action.busy;
  const [pick, setPick] = React.useState(0);
  const target = h.targets[Math.min(pick, h.targets.length - 1)];
  const [parts, setParts] = React.useState<ValueParts | undefined>(target?.start);
  // a new pick (or a re-check that changed the list) starts again from that target
  const targetKey = target ? `${target.cell.row},${target.cell.col},${target.target}` : "";
  React.useEffect(() => setParts(target?.start), [targetKey]);
  const write = parts && target ? valueToWrite(target, parts, h.column) : undefined;
  const cell = target ? toA1(target.cell.row, target.cell.col) : "";
  const note = p.action.notes.get(p.tableIndex);
  const columns = joinList(
    s,
    h.dropdowns.map((d) => (d.column === "likelihood" ? s.columnLikelihood : s.columnReason)),
  );
  return (
    <div className={styles.root} data-fill-helper={p.table}>
      <Button
        className={styles.toggle}
        size="small"
        appearance="subtle"
        icon={open ? <ChevronDown12Regular /> : <ChevronRight12Regular />}
        aria-expanded={open}
        aria-controls={`${id}-body`}
        aria-label={format(s, "fillHelperFor", { table: p.table })}
        onClick={() => setOpen(!open)}
      >
        {s.fillHelper}
      </Button>
      {open && (
        <div id={`${id}-body`} className={styles.body} role="group" aria-label={format(s, "fillHelperFor", { table: p.table })}>
          {h.dropdowns.length > 0 && (
            <div className={styles.row}>
              <Button size="small" disabled={disabled} aria-describedby={`${id}-dd`} onClick={() => void p.action.addDropdowns(p.tableIndex)}>
                {s.addDropdowns}
              </Button>
              <p id={`${id}-dd`} className={styles.hint}>
                {format(s, "dropdownsWhat", { columns })}
              </p>
            </div>
          )}
          {target && parts && (
            <div className={styles.row} role="group" aria-label={h.column === "actual" ? s.valueActual : s.valueForecast}>
              <Field label={`${h.column === "actual" ? s.valueActual : s.valueForecast} · ${s.valueIndicator}`} style={{ flexBasis: "100%" }}>
                <Select value={String(h.targets.indexOf(target))} onChange={(_, d) => setPick(Number(d.value))}>
                  {h.targets.map((t, i) => (
                    <option key={`${t.cell.row},${t.cell.col}`} value={i}>
                      {format(s, "nameValue", { name: t.name, target: t.target })}
                    </option>
                  ))}
                </Select>
              </Field>
              <ValuePartsFields strings={s} parts={parts} onChange={setParts} />
              <Button
                size="small"
                appearance="primary"
                disabledFocusable={!write || disabled}
                onClick={() => write && !disabled && void p.action.writeValue(p.tableIndex, target, write)}
              >
                {format(s, "valueWrite", { cell })}
              </Button>
              <p className={styles.hint} aria-live="polite">
                {write ? format(s, "wzComposed", { value: write.shown }) : s.wzComposeHint}
              </p>
            </div>
          )}
        </div>
      )}
      {note && (
        <p className={styles.note} role="status">
          {note}
        </p>
      )}
    </div>
  );
}
