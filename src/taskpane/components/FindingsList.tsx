import * as React from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { DocumentTable16Regular, TableSimple16Regular } from "@fluentui/react-icons";
import { Finding } from "../../engine/rule";
import { SheetGroup, TableGroup, findingKey, kindLabel } from "../findings";
import { Strings, format } from "../i18n";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  instructions: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  sheetHeading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: "0",
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  table: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalS },
  tableHeader: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  clean: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  tableHeading: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: "0",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, flexShrink: 0 },
  counts: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", columnGap: tokens.spacingHorizontalS },
  sheetButton: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minWidth: 0,
    padding: "0",
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { color: tokens.colorBrandForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  kind: { fontWeight: tokens.fontWeightRegular, color: tokens.colorBrandForeground1, flexShrink: 0 },
  grow: { minWidth: 0 },
});

export interface FindingsListProps {
  strings: Strings;
  groups: SheetGroup[];
  ruleName(id: string): string;
  /** How many findings are listed (controlled); absent: the list keeps its own, starting at pageSize. */
  limit?: number;
  onLimit?(limit: number): void;
  onSelect(f: Finding): void;
  /** A sheet's heading was clicked: show that sheet. */
  onSheet?(sheet: string): void;
  /** Findings beyond this many are behind a "show more" button (large workbooks). */
  pageSize?: number;
  /** A control in a table group's header, beside its heading (生成自评表); `nameId` is the element holding the table's name. */
  tableAction?(group: TableGroup, nameId: string): React.ReactNode;
  /** What a table group offers between its header and its findings (填写助手). */
  tableTools?(group: TableGroup): React.ReactNode;
}

const NAV_KEYS = new Set(["ArrowDown", "ArrowUp", "Home", "End"]);

/** "1 个错误", "2 个警告" (and infos), the non-zero ones; a sheet of infos only still says so. */
function sheetCounts(s: Strings, g: SheetGroup): string[] {
  const c = g.severities;
  const out: string[] = [];
  if (c.error) out.push(format(s, "sheetGroupErrors", { count: c.error }));
  if (c.warning) out.push(format(s, "sheetGroupWarnings", { count: c.warning }));
  if (c.info) out.push(format(s, "sheetGroupInfos", { count: c.info }));
  return out;
}

/**
 * Findings grouped by sheet, then by table, as nested lists with headings. One Tab stop for the
 * whole list (roving tab index); arrow keys, Home and End move between findings; Enter or Space
 * selects the finding's cell.
 */
export function FindingsList(p: FindingsListProps): React.JSX.Element {
  const styles = useStyles();
  const s = p.strings;
  const headingId = useId("findings-heading");
  const helpId = useId("findings-help");
  const pageSize = p.pageSize ?? 300;
  const [ownLimit, setOwnLimit] = React.useState(pageSize);
  // the pane may hold the limit, so that its count says how many are listed ("显示 300/862")
  const limit = p.limit ?? ownLimit;
  const setLimit = p.onLimit ?? setOwnLimit;
  const [current, setCurrent] = React.useState<string | null>(null);
  const container = React.useRef<HTMLDivElement>(null);

  const total = p.groups.reduce((n, g) => n + g.count, 0);
  // Cut the groups at `limit` findings.
  const visible: SheetGroup[] = [];
  let left = limit;
  for (const g of p.groups) {
    if (left <= 0) break;
    const tables = [];
    for (const t of g.tables) {
      if (left <= 0) break;
      const findings = t.findings.slice(0, left);
      left -= findings.length;
      tables.push({ ...t, findings });
    }
    visible.push({ ...g, tables });
  }
  const keys = visible.flatMap((g) => g.tables.flatMap((t) => t.findings.map(findingKey)));
  const active = current !== null && keys.includes(current) ? current : (keys[0] ?? null);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!NAV_KEYS.has(e.key)) return;
    const buttons = Array.from(container.current?.querySelectorAll<HTMLButtonElement>("button[data-finding]") ?? []);
    if (buttons.length === 0) return;
    const i = buttons.findIndex((b) => b === document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : e.key === "ArrowDown" ? Math.min(buttons.length - 1, i + 1) : Math.max(0, i - 1);
    buttons[next].focus();
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.findingsHeading}
      </h2>
      <p id={helpId} className={styles.instructions}>
        {s.findingsList}
      </p>
      <div ref={container} onKeyDown={onKeyDown}>
        <ul role="list" className={styles.list} aria-labelledby={headingId} aria-describedby={helpId}>
          {visible.map((g) => (
            <li key={g.sheet} className={styles.sheet} data-sheet-group={g.sheet}>
              <h3 className={styles.sheetHeading}>
                {/* Out of the Tab order (the list is one Tab stop): from the keyboard, a finding goes to its sheet too. */}
                <button
                  type="button"
                  className={styles.sheetButton}
                  tabIndex={-1}
                  data-sheet-button={g.sheet}
                  // the visible text is the name (heading and counts); what a click does is its description
                  title={s.sheetGroupGo}
                  onClick={() => p.onSheet?.(g.sheet)}
                >
                  <TableSimple16Regular aria-hidden="true" />
                  <span className={styles.grow}>{format(s, "sheetGroup", { sheet: g.sheet })}</span>
                  <span className={styles.counts}>
                    {sheetCounts(s, g).map((text, i) => (
                      <span key={i} className={styles.count}>
                        {` ${text}`}
                      </span>
                    ))}
                  </span>
                </button>
              </h3>
              <ul role="list" className={styles.list} aria-label={format(s, "sheetGroup", { sheet: g.sheet })}>
                {g.tables.map((t) => (
                  <li key={t.tableIndex} className={styles.table} data-table-group={t.table} data-table-kind={t.kind}>
                    <div className={styles.tableHeader}>
                      <h4 className={styles.tableHeading}>
                        <DocumentTable16Regular aria-hidden="true" />
                        <span className={styles.kind}>{kindLabel(s, t.kind)}</span>
                        <span id={`${headingId}-t${t.tableIndex}`} className={styles.grow}>
                          {format(s, "tableGroup", { table: t.table })}
                        </span>
                        <span className={styles.count}>{format(s, "groupCount", { count: t.findings.length })}</span>
                      </h4>
                      {p.tableAction?.(t, `${headingId}-t${t.tableIndex}`)}
                    </div>
                    {p.tableTools?.(t)}
                    {t.findings.length === 0 && <p className={styles.clean}>{s.tableClean}</p>}
                    <ul role="list" className={styles.list} aria-label={t.table}>
                      {t.findings.map((f) => {
                        const key = findingKey(f);
                        return (
                          <li key={key} role="listitem">
                            <FindingItem
                              finding={f}
                              strings={s}
                              itemKey={key}
                              ruleName={p.ruleName(f.rule)}
                              current={key === active}
                              onSelect={p.onSelect}
                              onFocus={() => setCurrent(key)}
                            />
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
      {total > limit && (
        <Button appearance="secondary" onClick={() => setLimit(limit + pageSize)}>
          {format(s, "showMore", { count: Math.min(pageSize, total - limit), total })}
        </Button>
      )}
    </section>
  );
}
