import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Spinner, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowLeft20Regular, DocumentTable20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { format } from "../../i18n";
import { StepProps, useStepStyles } from "./common";
import { ResultBar } from "./ResultBar";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
    textAlign: "start",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** 批量生成: a project list from a sheet of this workbook or from a file → one new sheet per project. */
export function BatchPanel({ strings: s, state, session, onBack }: StepProps & { onBack(): void }): React.JSX.Element {
  const styles = useStepStyles();
  const own = useStyles();
  const b = state.batch;
  const busy = state.activity !== "idle";
  const fileId = useId("list-file");
  const ok = (b.list?.rows ?? []).filter((r) => r.spec).length;
  return (
    <div className={styles.stack} data-testid="batch-panel">
      <p className={styles.hint}>{s.wzBatchIntro}</p>
      <Field label={s.wzListSource}>
        <RadioGroup layout="horizontal" value={b.source} onChange={(_, d) => session.setBatch({ source: d.value as "sheet" | "file" })}>
          <Radio value="sheet" label={s.wzListFromSheet} />
          <Radio value="file" label={s.wzListFromFile} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field className={styles.grow} label={s.wzFramework}>
          <Select value={b.framework} onChange={(_, d) => session.setBatch({ framework: d.value as "legacy" | "2021" })}>
            <option value="legacy">{s.wzFrameworkLegacy}</option>
            <option value="2021">{s.wzFramework2021}</option>
          </Select>
        </Field>
        <Field className={styles.narrow} label={s.wzBatchYear} hint={s.wzBatchYearHint}>
          <Input inputMode="numeric" value={b.year} onChange={(_, d) => session.setBatch({ year: d.value })} />
        </Field>
      </div>
      {b.source === "sheet" ? (
        <div className={styles.row}>
          <Field className={styles.grow} label={s.wzListSheet}>
            <Select value={b.sheet} onChange={(_, d) => session.setBatch({ sheet: d.value })}>
              {b.sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <Button icon={<DocumentTable20Regular />} disabledFocusable={busy || !b.sheet} onClick={() => void session.readListFromSheet()}>
            {s.wzReadList}
          </Button>
        </div>
      ) : (
        <div className={styles.stack}>
          <label htmlFor={fileId}>{s.wzListFile}</label>
          <input
            id={fileId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void session.readListFromFile(f);
              e.target.value = "";
            }}
          />
        </div>
      )}
      {state.activity === "reading-list" && <Spinner size="tiny" label={s.wzReadingList} />}
      {b.list && (
        <section aria-label={s.wzListHeading} className={styles.stack}>
          <p data-testid="list-summary">{format(s, "wzListSummary", { origin: b.list.origin, count: b.list.rows.length, ok, bad: b.list.rows.length - ok })}</p>
          <table className={own.table} data-testid="list-rows">
            <thead>
              <tr>
                <th className={own.cell} scope="col">
                  {s.wzListRow}
                </th>
                <th className={own.cell} scope="col">
                  {s.wzName}
                </th>
                <th className={own.cell} scope="col">
                  {s.wzListStatus}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.list.rows.map((r) => (
                <tr key={r.row}>
                  <td className={own.cell}>{r.row}</td>
                  <td className={own.cell}>{r.spec?.name ?? r.name ?? "—"}</td>
                  <td className={`${own.cell} ${r.spec ? "" : own.bad}`}>
                    {r.spec ? s.wzListOk : r.errors.map((e) => `${e.column}：${e.message}`).join("；")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {b.list.ignored.length > 0 && <p className={styles.hint}>{format(s, "wzListIgnored", { columns: b.list.ignored.join(s.listSeparator) })}</p>}
          <p className={styles.hint}>{s.wzDefaultIndicators}</p>
          <Button
            appearance="primary"
            icon={<TableAdd20Regular />}
            disabledFocusable={busy || ok === 0}
            onClick={() => void session.generateBatch()}
            data-testid="generate-batch"
          >
            {format(s, "wzGenerateBatch", { count: ok })}
          </Button>
        </section>
      )}
      {state.result && <ResultBar strings={s} result={state.result} />}
      <div className={styles.row}>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          {s.wzBackToSteps}
        </Button>
      </div>
    </div>
  );
}
