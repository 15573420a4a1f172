import * as React from "react";
import { Tab, TabList, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ExcelPort } from "../../excel/port";
import { Finding, Lang } from "../../engine/rule";
import { Engine, PaneState, defaultEngine } from "../session";
import { usePaneSession } from "../use-pane-session";
import { ALL_FINDINGS, FindingFilter, TableGroup, countBySeverity, filterFindings, groupFindings, rulesIn } from "../findings";
import { Strings, format, stringsFor } from "../i18n";
import { ActionBar } from "./ActionBar";
import { ReadProgressBar } from "./ReadProgressBar";
import { StatusBars } from "./StatusBars";
import { ResultSummary } from "./ResultSummary";
import { FindingFilters } from "./FindingFilters";
import { FindingsList } from "./FindingsList";
import { EmptyState } from "./EmptyState";
import { SettingsDrawer } from "./SettingsDrawer";
import { LiveRegion } from "./LiveRegion";
import { Wizard } from "./wizard/Wizard";
import { useWizardSession } from "../wizard/use-wizard-session";
import type { WizardState } from "../wizard/session";
import { useSelfEvalAction } from "../self-eval-action";
import { ConfirmDialog } from "./ConfirmDialog";
import { SelfEvalButton } from "./SelfEvalButton";
import { useFillHelper } from "../fill-helper-action";
import { FillHelperPanel } from "./FillHelperPanel";
import { tableName } from "../../engine/runner";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  title: {
    margin: "0",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    overflowWrap: "anywhere",
  },
  intro: { margin: "0", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  noFindings: { margin: "0", color: tokens.colorNeutralForeground2 },
  note: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Findings listed at first, and added by each 再显示 (a long list stays quick to render). */
const LIST_PAGE = 300;

export interface AppProps {
  /** Everything the pane asks of Excel. */
  port: ExcelPort;
  /** UI language; finding messages come from the engine in the same language. */
  lang: Lang;
  /** Override the dictionary (pseudo-localisation tests). */
  strings?: Strings;
  /** The rules and the check function (default: the registry and checkWorkbook). */
  engine?: Engine;
  /** Quiet time after an edit before the sheet is re-checked (default 600 ms). */
  debounceMs?: number;
  /** The wizard's default budget year (default: this year). */
  year?: number;
  /** The tab shown first (default 检查). */
  initialTab?: PaneTab;
}

export type PaneTab = "check" | "new";

function announcementText(s: Strings, state: PaneState | WizardState): string {
  const a = state.announcement;
  return a ? format(s, a.key, a.data) : "";
}

/**
 * The task pane, in two tabs: 检查 (check, summary, filters, findings, settings) and 新建项目表 (the
 * project wizard). All Excel work goes through `port`; both tabs keep their state when switched.
 */
export default function App(props: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { port, lang } = props;
  const engine = props.engine ?? defaultEngine;
  const s = props.strings ?? stringsFor(lang);
  const [state, session] = usePaneSession(port, lang, engine, props.debounceMs);
  const [filter, setFilter] = React.useState<FindingFilter>(ALL_FINDINGS);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const settingsButton = React.useRef<HTMLButtonElement>(null);
  const closeSettings = React.useCallback(() => {
    setSettingsOpen(false);
    // Back to the button that opened the settings (after the drawer has gone).
    setTimeout(() => settingsButton.current?.focus(), 0);
  }, []);
  const titleId = useId("app-title");
  const [tab, setTab] = React.useState<PaneTab>(props.initialTab ?? "check");
  const [listLimit, setListLimit] = React.useState(LIST_PAGE);
  const [wizardState, wizard] = useWizardSession(port, lang, props.year);
  // the wizard checks with the checker's settings, so that both count the same findings
  React.useEffect(() => wizard.setCheckConfig(state.config), [wizard, state.config]);
  const tabIds = { check: useId("tab-check"), new: useId("tab-new") };

  const result = state.result;
  const findings = result?.findings ?? [];
  const counts = countBySeverity(findings);
  const sheetOrder = React.useMemo(() => state.workbook?.sheets.map((x) => x.name) ?? [], [state.workbook]);
  const ruleName = React.useCallback(
    (id: string) => {
      const r = engine.rules.find((x) => x.meta.id === id);
      return r ? r.meta.name[lang] || id : id;
    },
    [engine, lang],
  );
  const ruleChoices = rulesIn(findings).map((id) => ({ id, name: ruleName(id) }));
  // A rule filter whose rule no longer has findings falls back to every rule.
  const effectiveFilter = filter.rule && !ruleChoices.some((r) => r.id === filter.rule) ? { ...filter, rule: "" } : filter;
  const shown = filterFindings(findings, effectiveFilter);
  const recheck = React.useCallback(() => void session.checkWorkbook(), [session]);
  const selfEval = useSelfEvalAction(port, result, s, recheck);
  const fillHelper = useFillHelper(port, result, s, recheck);
  // tables with a 生成自评表 button or a 填写助手 keep their group when none of their findings is listed
  const actionTables = React.useMemo(
    () =>
      (result?.tables ?? [])
        .filter((t) => selfEval.projects.has(t.index) || fillHelper.tables.has(t.index))
        .map((t) => ({ sheet: t.sheet, table: tableName(t), tableIndex: t.index, kind: t.kind })),
    [result, selfEval.projects, fillHelper.tables],
  );
  const groups = groupFindings(shown, sheetOrder, actionTables);

  const busy = state.activity !== "idle";
  const wizardBusy = wizardState.activity !== "idle";
  const sheets = state.workbook?.sheets.map((x) => x.name) ?? [];
  const allProtected = sheets.length > 0 && sheets.every((n) => state.protectedSheets.includes(n)) ? sheets : null;
  const showProgress = state.activity === "reading" || (state.activity === "checking" && !result);

  const statusBars = (
    <StatusBars
      strings={s}
      notices={state.notices}
      onDismiss={(id) => session.dismissNotice(id)}
      allProtected={allProtected}
      unmarkedSheets={state.marks?.skippedSheets ?? []}
      skipped={state.skipped}
      noNotes={!!state.marks && !state.marks.notes && findings.length > 0 && !allProtected}
    />
  );

  const onSelect = React.useCallback((f: Finding) => void session.select(f.sheet, f.cell), [session]);
  const tableAction = (t: TableGroup, headingId: string) =>
    selfEval.projects.has(t.tableIndex) ? (
      <SelfEvalButton strings={s} table={t.table} tableIndex={t.tableIndex} headingId={headingId} action={selfEval} busy={busy} />
    ) : null;
  const tableTools = (t: TableGroup) => {
    const helper = fillHelper.tables.get(t.tableIndex);
    const note = selfEval.notes.get(t.tableIndex);
    return (
      <>
        {helper && <FillHelperPanel strings={s} table={t.table} tableIndex={t.tableIndex} helper={helper} action={fillHelper} busy={busy} />}
        {note && (
          <p className={styles.note} role="status">
            {note}
          </p>
        )}
      </>
    );
  };

  return (
    <main className={styles.root} aria-labelledby={titleId} aria-busy={busy || wizardBusy} lang={lang === "zh" ? "zh-CN" : "en"}>
      <h1 id={titleId} className={styles.title}>
        {s.appTitle}
      </h1>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)} aria-label={s.tabsLabel} size="small">
        <Tab id={tabIds.check} value="check" aria-controls={`${tabIds.check}-panel`}>
          {s.tabCheck}
        </Tab>
        <Tab id={tabIds.new} value="new" aria-controls={`${tabIds.new}-panel`} data-testid="tab-new">
          {s.tabNew}
        </Tab>
      </TabList>
      {tab === "new" ? (
        <div role="tabpanel" id={`${tabIds.new}-panel`} aria-labelledby={tabIds.new}>
          <Wizard strings={s} state={wizardState} session={wizard} />
        </div>
      ) : (
        <div role="tabpanel" id={`${tabIds.check}-panel`} aria-labelledby={tabIds.check} className={styles.panel}>
          {settingsOpen ? (
            <>
              {statusBars}
              <SettingsDrawer
                strings={s}
                lang={lang}
                rules={engine.rules}
                config={state.config}
                busy={busy}
                onSave={(config) => session.saveSettings(config)}
                onClose={closeSettings}
              />
            </>
          ) : (
            <>
              <ActionBar
                strings={s}
                busy={busy}
                settingsReady={state.settingsReady}
                checked={!!result}
                // a reopened workbook can carry marks from an earlier session: clearing needs no check first
                canClear={true}
                canExport={!!result && result.tables.length > 0}
                settingsRef={settingsButton}
                onCheck={() => void session.checkWorkbook()}
                onClear={() => void session.clearMarks()}
                onExport={() => void session.exportReport()}
                onSettings={() => setSettingsOpen(true)}
              />
              {showProgress && <ReadProgressBar strings={s} progress={state.progress} checking={state.activity === "checking"} />}
              {statusBars}
              {!result && !showProgress && (
                <>
                  <p className={styles.intro}>{s.intro}</p>
                  <p className={styles.intro}>{s.liveHint}</p>
                </>
              )}
              {result && result.tables.length === 0 && <EmptyState strings={s} blank={(state.workbook?.sheets ?? []).every((x) => x.values.length === 0)} />}
              {result && result.tables.length > 0 && (
                <>
                  <ResultSummary strings={s} tables={result.tables.length} counts={counts} />
                  {findings.length === 0 ? (
                    <p className={styles.noFindings}>{s.noFindings}</p>
                  ) : (
                    <>
                      <FindingFilters
                        strings={s}
                        filter={effectiveFilter}
                        counts={counts}
                        rules={ruleChoices}
                        shown={Math.min(shown.length, listLimit)}
                        total={findings.length}
                        onChange={setFilter}
                      />
                      {shown.length === 0 && <p className={styles.noFindings}>{s.noMatch}</p>}
                    </>
                  )}
                  {groups.length > 0 && (
                    <FindingsList
                      strings={s}
                      groups={groups}
                      ruleName={ruleName}
                      onSelect={onSelect}
                      onSheet={(sheet) => void session.showSheet(sheet)}
                      limit={listLimit}
                      onLimit={setListLimit}
                      tableAction={tableAction}
                      tableTools={tableTools}
                    />
                  )}
                </>
              )}
            </>
          )}
        </div>
      )}
      <ConfirmDialog
        open={state.replaceReport !== null}
        title={s.reportReplaceTitle}
        body={format(s, "reportReplaceBody", { sheet: state.replaceReport ?? "" })}
        confirm={s.reportReplaceYes}
        cancel={s.cancel}
        testId="report-replace"
        onConfirm={() => void session.confirmReplaceReport()}
        onCancel={() => session.cancelReplaceReport()}
      />
      <LiveRegion text={announcementText(s, tab === "new" ? wizardState : state)} />
    </main>
  );
}
