import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { NormalSpec } from "../../../engine/spec";
import { layoutSpec, planToSheetModel } from "../../../engine/layout";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, minWidth: "100%" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 4px",
    verticalAlign: "middle",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    minWidth: "3em",
  },
  bare: { padding: "2px 4px", textAlign: "center", fontWeight: tokens.fontWeightSemibold },
  bold: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * 预览's table: the sheet the wizard will write, drawn from the very plan 生成 writes (layoutSpec →
 * the sheet model a host would read back), merges and shown texts included. It scrolls sideways
 * inside itself: a 7-column table does not fit 320 px, the pane must not.
 */
export function PlanPreview({ spec, label }: { spec: NormalSpec; label: string }): React.JSX.Element {
  const styles = useStyles();
  const plan = React.useMemo(() => layoutSpec(spec), [spec]);
  const sheet = React.useMemo(() => planToSheetModel(plan), [plan]);
  const styleOf = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c.style ?? ""]));
  const covered = new Set<string>();
  const spanAt = new Map<string, { rows: number; cols: number }>();
  for (const m of plan.merges) {
    spanAt.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const { top, left, bottom, right } = plan.range;
  const rows: React.JSX.Element[] = [];
  for (let r = top; r <= bottom; r++) {
    const cells: React.JSX.Element[] = [];
    for (let c = left; c <= right; c++) {
      const k = `${r},${c}`;
      if (covered.has(k)) continue;
      const span = spanAt.get(k);
      const style = styleOf.get(k) ?? "";
      const text = sheet.text?.[r - sheet.originRow]?.[c - sheet.originCol] ?? "";
      const bordered = style !== "title" && style !== "year";
      cells.push(
        <td
          key={k}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          className={`${bordered ? styles.cell : styles.bare} ${style === "label" || style === "header" ? styles.bold : ""}`}
          style={{ textAlign: style === "number" ? "right" : style === "text" ? "left" : "center" }}
        >
          {text}
        </td>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0} data-testid="preview-table">
      <table className={styles.table}>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
