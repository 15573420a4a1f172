/**
 * The project wizard's state and everything it does with the port, outside React (as PaneSession
 * is for the checker): one object per pane, subscribed to with useSyncExternalStore. Port
 * operations run one at a time, in order.
 *
 * Decisions:
 * - Every change re-checks the draft with the checker's rules (draft.ts). A field shows its
 *   messages once touched, or once its step has been left (下一步, the step list) — a fresh form is
 *   not covered in red. The preview and 生成 steps show everything.
 * - 生成 is refused while any error-level message remains (validateSpec errors, and the checker's
 *   error findings on the table the spec lays out); warnings do not block.
 * - Targets: a new sheet named after the project (made unique), or — only when the active sheet
 *   holds a blank 绩效目标表 (a detected table whose 项目名称 cell is blank) — filling that template
 *   in place. Filling never overwrites: planFill's conflicts (a cell holding something else, a part
 *   of the spec the template has no room for) are listed in a dialog with two choices, 取消 (write
 *   nothing) or 只填空白单元格 (write the blank cells, leave the listed ones as they are). Between the
 *   plan and the write the port re-reads the target cells and refuses if any stopped being blank.
 * - 更新当前表 (only after a table was loaded from the active sheet): the same planFill over that
 *   table read again (same sheet, same top-left, else refused with the reason), with `overwrite`:
 *   cells holding another value get their write too. Always confirmed first: the dialog lists each
 *   change old → new as the sheet shows them and how many blank cells are filled; a cell holding a
 *   formula the user wrote is listed apart and kept unless the user ticks 用新值替换这些公式. What fill refuses (no room, rows the form
 *   dropped, another year) refuses the update the same way; updateCells writes only if every cell
 *   still shows what the plan saw.
 * - After writing, the written sheet is read back through the port and checked; the result says
 *   how many findings the table has.
 * - Batch: a project list from a sheet of the workbook or from a .xlsx/.csv file; rows with
 *   problems are listed and left out, every other row becomes one sheet, all in one write.
 */
import type { ExcelPort, FillCellsResult, PlanFeature } from "../../excel/port";
import type { CheckConfig, Lang } from "../../engine/rule";
import type { FrameworkId, TableModel } from "../../engine/model";
import type { PlanCell } from "../../engine/sheet-plan";
import type { SheetModel, WorkbookModel } from "../../engine/sheet";
import { checkWorkbook, parseWorkbook } from "../../engine/check";
import { layoutSpec } from "../../engine/layout";
import { FillConflict, TemplateFacts, isBlocking, planFill, templateFacts } from "../../engine/fill";
import { RowInsert, planRowInserts } from "../../engine/fill-rows";
import { NormalSpec, specFromTable } from "../../engine/spec";
import { rangeA1, toA1 } from "../../engine/address";
import { ListRowResult, readProjectList } from "../../engine/project-list";
import { safeSheetName } from "../../engine/sheet-names";
import { INDICATOR_LIBRARY, ProjectClass, indicatorFromEntry } from "../../engine/indicator-library";
import type { StringKey } from "../i18n";
import {
  Draft,
  DraftCheck,
  DraftIndicator,
  DraftPart,
  MilestoneSet,
  STEPS,
  Step,
  checkDraft,
  draftFromSpec,
  draftFromStored,
  emptyDraft,
  milestoneKey,
  milestoneSetOf,
  newKey,
  sortIndicators,
  stepOfPath,
  withMilestoneSet,
  withMilestones,
} from "./draft";
import { ListFileError, fileBytes, sheetsFromFile } from "./list-file";

type Data = Record<string, string | number>;

export type WizardActivity = "idle" | "detecting" | "loading" | "writing" | "reading-list";

export interface WizardResult {
  kind: "new" | "fill" | "update" | "batch";
  sheets: string[];
  /** Findings on the written table(s), read back through the port. */
  errors: number;
  warnings: number;
  infos: number;
  /** Parts of the plan this Excel did not take (new sheets only). */
  skipped: PlanFeature[];
  /** Fill and update: cells written; fill: listed conflicts left as they were. */
  cells?: number;
  leftOut?: number;
}

export interface TemplateInfo {
  sheet: string;
  /** The table's range, "A1:G18". */
  range: string;
  protected: boolean;
  /** What the template asks for: its year and its milestones (the wizard's plan takes them). */
  facts: TemplateFacts;
}

export interface PendingFill {
  /** New for every dialog (the dialog is keyed by it, so each opening is a fresh one). */
  id: number;
  sheet: string;
  writes: PlanCell[];
  conflicts: FillConflict[];
  /** Some conflict refuses the fill (no place, a year clash, template parts left empty): only 取消 is offered. */
  blocking: boolean;
  /** The only thing refusing the fill is indicators without a row: these inserts give them one (插入行后填写). */
  inserts?: RowInsert[];
  /** 更新当前表: the writes replace values (the "differs" conflicts are the changes to confirm). */
  update?: boolean;
}

/** What 确定更新 writes: every planned write, but over a user's formula only when they chose to replace it. */
export function updateWrites(writes: PlanCell[], replaceFormulas: boolean): PlanCell[] {
  return replaceFormulas ? writes : writes.filter((w) => w.overFormula === undefined);
}

/** The table the form was loaded from (更新当前表 finds it again by sheet and top-left). */
export interface LoadedTable {
  sheet: string;
  top: number;
  left: number;
  /** "A3:H24", as loaded. */
  range: string;
}

export interface WizardNotice {
  intent: "error" | "warning" | "info" | "success";
  key: StringKey;
  data?: Data;
}

export interface BatchState {
  source: "sheet" | "file";
  /** The workbook's visible sheets (for the sheet choice). */
  sheets: string[];
  sheet: string;
  fileName: string;
  framework: FrameworkId;
  /** The budget year for rows without a 年度, as typed. */
  year: string;
  /** The list read, with each row's spec or problems. */
  list: { origin: string; rows: ListRowResult[]; ignored: string[] } | null;
}

export interface WizardState {
  mode: "steps" | "batch";
  draft: Draft;
  check: DraftCheck;
  step: Step;
  touched: ReadonlySet<string>;
  /** Steps whose messages are all shown (left at least once). */
  revealed: ReadonlySet<Step>;
  target: Target;
  /** The table last loaded from the active sheet, for 更新当前表 (null: none, or the form was reset). */
  loaded: LoadedTable | null;
  /** A new sheet's layout: 手工表格 (the source document's) or 一体化导出格式 (split 指标值 columns). */
  layoutStyle: "manual" | "integrated";
  /** The blank template on the active sheet, if the last detection found one. */
  template: TemplateInfo | null;
  /** The active sheet's name at the last detection ("" before any). */
  activeSheet: string;
  activity: WizardActivity;
  pendingFill: PendingFill | null;
  result: WizardResult | null;
  notice: WizardNotice | null;
  announcement: { id: number; key: StringKey; data?: Data } | null;
  /** 重新开始 asks first: the confirmation is open. */
  confirmReset: boolean;
  /** Tables on the active sheet to prefill from, when there are several. */
  prefillChoices: { index: number; label: string }[] | null;
  batch: BatchState;
}

export type Target = "new" | "fill" | "update";

export interface WizardOptions {
  lang: Lang;
  /** The default budget year (default: next year, the year budgets are drawn up for). */
  year?: number;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return typeof e === "string" ? e : String(e);
}

/** A blank template: a detected table whose 项目名称 cell is blank (what `jixiao fill` fills). */
function blankTemplates(parsed: ReturnType<typeof parseWorkbook>): TableModel[] {
  return parsed.tables.filter((t) => !t.name || parsed.grids.get(t.sheet)!.isBlank(t.name.row, t.name.col));
}

function sameMilestones(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => milestoneKey(x) === milestoneKey(b[i]));
}

function countFindings(findings: { severity: string }[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

export class WizardSession {
  private state: WizardState;
  private listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private disposed = false;
  readonly lang: Lang;
  readonly year: number;
  /** The checker's saved settings (rules, severities, year, framework): the wizard checks with them too. */
  private checkConfig: CheckConfig = {};
  /** The active sheet as last read, for prefill and fill. */
  private activeRead: { sheet: SheetModel; protected: boolean } | null = null;

  constructor(
    readonly port: ExcelPort,
    options: WizardOptions,
  ) {
    this.lang = options.lang;
    // budgets are drawn up in the year before the one they are for
    this.year = options.year ?? new Date().getFullYear() + 1;
    const draft = emptyDraft(this.year);
    this.state = {
      mode: "steps",
      draft,
      check: checkDraft(draft, this.lang),
      step: "basics",
      touched: new Set(),
      revealed: new Set(),
      confirmReset: false,
      target: "new",
      loaded: null,
      layoutStyle: "manual",
      template: null,
      activeSheet: "",
      activity: "idle",
      pendingFill: null,
      result: null,
      notice: null,
      announcement: null,
      prefillChoices: null,
      batch: { source: "sheet", sheets: [], sheet: "", fileName: "", framework: "legacy", year: String(this.year), list: null },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Store

  getState = (): WizardState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<WizardState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  /** (Re)start after a dispose: React's StrictMode unmounts and mounts every effect once in development. */
  start(): void {
    this.disposed = false;
    if (!this.restoreAsked) {
      this.restoreAsked = true;
      void this.restoreDraft();
    }
  }

  private restoreAsked = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;

  /** A draft kept in the workbook (the pane was reloaded): back into the form, unless typing began. */
  private async restoreDraft(): Promise<void> {
    if (!this.port.loadDraft) return;
    try {
      const draft = draftFromStored(await this.port.loadDraft());
      if (!draft || this.dirty || this.disposed) return;
      this.set({ draft, check: this.checked(draft), revealed: new Set() });
      this.notify("info", "wzDraftRestored", { name: draft.name.trim() || "—" });
    } catch {
      // no settings API: nothing to restore
    }
  }

  /** Keep the draft in the workbook a moment after the last change (a reload loses nothing). */
  private scheduleSave(draft: Draft | null): void {
    if (!this.port.saveDraft) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.port.saveDraft?.(draft ? { ...draft } : null).catch(() => undefined);
    }, 500);
  }

  dispose(): void {
    this.disposed = true;
  }

  /** Once the project is written, or the form cleared, the kept draft goes. */
  private dropSavedDraft(): void {
    this.scheduleSave(null);
  }

  private announce(key: StringKey, data?: Data): void {
    this.set({ announcement: { id: this.nextId++, key, data } });
  }

  private notify(intent: WizardNotice["intent"], key: StringKey, data?: Data): void {
    this.set({ notice: { intent, key, data } });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every queued operation has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  // -------------------------------------------------------------------------------------------
  // The draft

  /** Change the draft; `paths` are the fields touched by the change (their messages show). */
  update(change: (d: Draft) => Draft, paths: string[] = []): void {
    const draft = change(this.state.draft);
    const touched = paths.length > 0 ? new Set([...this.state.touched, ...paths]) : this.state.touched;
    this.dirty = true;
    this.set({ draft, check: this.checked(draft), touched, result: null });
    this.scheduleSave(draft);
  }

  private checked(draft: Draft): DraftCheck {
    return checkDraft(draft, this.lang, this.checkConfig);
  }

  /** The checker's settings changed (loaded, saved): check the draft as the checker will check the table. */
  setCheckConfig(config: CheckConfig): void {
    if (JSON.stringify(config) === JSON.stringify(this.checkConfig)) return;
    this.checkConfig = config;
    this.set({ check: this.checked(this.state.draft) });
  }

  /** Mark a field as touched (on blur), so its messages show. */
  touch(path: string): void {
    if (this.state.touched.has(path)) return;
    this.set({ touched: new Set([...this.state.touched, path]) });
  }

  setText(field: "year" | "code" | "name" | "title" | "department" | "implementer" | "purpose", value: string): void {
    this.update((d) => ({ ...d, [field]: value }), [field]);
  }

  setUnit(unit: Draft["unit"]): void {
    this.update((d) => ({ ...d, unit }), ["unit"]);
  }

  addPart(): void {
    this.update((d) => {
      const used = new Set(d.parts.map((p) => p.label));
      const label = ["财政资金", "其他资金", "上年结转", "自筹资金"].find((l) => !used.has(l)) ?? "";
      return { ...d, parts: [...d.parts, { key: newKey(), label, amount: "" }] };
    });
    this.announce("wzPartAdded", { n: this.state.draft.parts.length });
  }

  removePart(key: number): void {
    this.update((d) => ({ ...d, parts: d.parts.filter((p) => p.key !== key) }), ["budget.parts"]);
    this.announce("wzRowRemoved");
  }

  setPart(key: number, patch: Partial<Omit<DraftPart, "key">>): void {
    const i = this.state.draft.parts.findIndex((p) => p.key === key);
    this.update(
      (d) => ({ ...d, parts: d.parts.map((p) => (p.key === key ? { ...p, ...patch } : p)) }),
      Object.keys(patch).map((k) => `budget.parts[${i}].${k}`),
    );
  }

  setMilestoneSet(set: Exclude<MilestoneSet, "custom">): void {
    this.update((d) => ({ ...d, milestoneSet: set, plan: withMilestoneSet(d.plan, set) }), ["plan"]);
  }

  setMilestone(index: number, percent: string): void {
    this.update((d) => ({ ...d, plan: d.plan.map((m, i) => (i === index ? { ...m, percent } : m)) }), [`plan[${index}].percent`]);
  }

  addGoal(): void {
    this.update((d) => ({ ...d, goals: [...d.goals, { key: newKey(), text: "" }] }));
    this.announce("wzGoalAdded", { n: this.state.draft.goals.length });
  }

  removeGoal(key: number): void {
    this.update((d) => ({ ...d, goals: d.goals.filter((g) => g.key !== key) }), ["goals"]);
    this.announce("wzRowRemoved");
  }

  setGoal(key: number, text: string): void {
    const i = this.state.draft.goals.findIndex((g) => g.key === key);
    this.update((d) => ({ ...d, goals: d.goals.map((g) => (g.key === key ? { ...g, text } : g)) }), [`goals[${i}]`]);
  }

  setFramework(framework: FrameworkId): void {
    this.update((d) => ({ ...d, framework, indicators: sortIndicators(d.indicators, framework) }), ["framework"]);
  }

  setProjectClass(projectClass: ProjectClass | ""): void {
    this.update((d) => ({ ...d, projectClass }));
  }

  /** Add a row under 一级/二级, blank or from a library entry; returns its key. */
  addIndicator(level1: string, level2: string, entryId?: string): number {
    const key = newKey();
    const entry = entryId ? INDICATOR_LIBRARY.find((e) => e.id === entryId) : undefined;
    const year = Number(this.state.draft.year) || this.year;
    const from = entry ? indicatorFromEntry(entry, this.state.draft.framework, year) : undefined;
    const row: DraftIndicator = from
      ? { key, ...from, description: from.description ?? "", basis: from.basis ?? "" }
      : { key, level1, level2, name: "", description: "", value: "", basis: "" };
    this.update((d) => ({ ...d, indicators: sortIndicators([...d.indicators, row], d.framework) }));
    this.announce(entry ? "wzIndicatorFromLibrary" : "wzIndicatorAdded", { level2: row.level2, name: row.name });
    return key;
  }

  removeIndicator(key: number): void {
    this.update((d) => ({ ...d, indicators: d.indicators.filter((x) => x.key !== key) }), ["indicators"]);
    this.announce("wzRowRemoved");
  }

  setIndicator(key: number, patch: Partial<Omit<DraftIndicator, "key">>): void {
    const i = this.state.draft.indicators.findIndex((x) => x.key === key);
    this.update(
      (d) => ({ ...d, indicators: d.indicators.map((x) => (x.key === key ? { ...x, ...patch } : x)) }),
      Object.keys(patch).map((k) => `indicators[${i}].${k}`),
    );
  }

  /** 重新开始: ask first (what was typed would be lost). */
  askReset(): void {
    this.set({ confirmReset: true });
  }

  cancelReset(): void {
    this.set({ confirmReset: false });
  }

  /** Start again with an empty form. */
  reset(): void {
    const draft = emptyDraft(this.year);
    this.set({
      confirmReset: false,
      draft,
      check: this.checked(draft),
      step: "basics",
      touched: new Set(),
      revealed: new Set(),
      result: null,
      notice: null,
      pendingFill: null,
      loaded: null,
      target: this.state.target === "update" ? "new" : this.state.target,
    });
    this.dropSavedDraft();
    this.announce("wzResetDone");
  }

  // -------------------------------------------------------------------------------------------
  // Steps

  goTo(step: Step): void {
    if (step === this.state.step) return;
    const revealed = new Set(this.state.revealed);
    revealed.add(this.state.step);
    if (step === "preview" || step === "generate") for (const s of STEPS) revealed.add(s);
    // the pane focuses the new step's heading, which screen readers read out
    this.set({ step, revealed });
    if (step === "generate") void this.detectTemplate();
  }

  next(): void {
    const i = STEPS.indexOf(this.state.step);
    if (i < STEPS.length - 1) this.goTo(STEPS[i + 1]);
  }

  back(): void {
    const i = STEPS.indexOf(this.state.step);
    if (i > 0) this.goTo(STEPS[i - 1]);
  }

  /** Is this path's message shown now? */
  shows(path: string): boolean {
    return this.state.touched.has(path) || this.state.revealed.has(stepOfPath(path)) || this.state.step === "preview" || this.state.step === "generate";
  }

  // -------------------------------------------------------------------------------------------
  // The active sheet: blank template detection and prefill

  private async readActive(): Promise<{ name: string; sheet: SheetModel | undefined; protected: boolean }> {
    const name = await this.port.activeSheetName();
    const read = await this.port.readSheet(name);
    const sheet = read.workbook.sheets.find((s) => s.name === name);
    this.activeRead = sheet ? { sheet, protected: read.protectedSheets.includes(name) } : null;
    return { name, sheet, protected: read.protectedSheets.includes(name) };
  }

  /** Look for a blank 绩效目标表 on the active sheet (the 填写空白模板 target). */
  detectTemplate(): Promise<void> {
    // busy at once, not when the queue gets to it: the pane must not look idle in between
    if (this.state.activity === "idle") this.set({ activity: "detecting" });
    return this.enqueue(async () => {
      this.set({ activity: "detecting" });
      try {
        const active = await this.readActive();
        let template: TemplateInfo | null = null;
        if (active.sheet) {
          const t = blankTemplates(parseWorkbook({ sheets: [active.sheet] }))[0];
          if (t) template = { sheet: active.name, range: rangeA1(t.range), protected: active.protected, facts: templateFacts(t) };
        }
        const keep = this.state.target === "update" || (this.state.target === "fill" && !!template && !template.protected);
        this.set({ template, activeSheet: active.name, target: keep ? this.state.target : "new" });
      } catch (e) {
        this.set({ template: null, target: this.state.target === "update" ? "update" : "new" });
        this.notify("error", "wzErrorRead", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  setLayoutStyle(layoutStyle: "manual" | "integrated"): void {
    this.set({ layoutStyle, result: null });
  }

  setTarget(target: Target): void {
    this.set({ target, result: null });
    if (target === "fill") this.takeTemplatePlan();
  }

  /**
   * Filling a template: the plan takes the template's milestones (a 2023 template with 9月底 gets
   * 9月底, not the wizard's 10月底). Percentages typed for milestones both have are kept; the
   * others are to be entered, and the notice names them.
   */
  private takeTemplatePlan(): void {
    const t = this.state.template;
    const labels = t?.facts.milestones ?? [];
    if (
      !t ||
      labels.length === 0 ||
      sameMilestones(
        labels,
        this.state.draft.plan.map((m) => m.label),
      )
    )
      return;
    const plan = withMilestones(this.state.draft.plan, labels);
    const toFill = plan.filter((m) => m.percent.trim() === "").map((m) => m.label);
    this.update((d) => ({ ...d, milestoneSet: milestoneSetOf(labels), plan }), ["plan"]);
    this.notify("warning", toFill.length > 0 ? "wzPlanTakenFill" : "wzPlanTaken", { milestones: labels.join("、"), missing: toFill.join("、") });
  }

  /** The year-clash notice's action: the project takes the template's year. */
  useTemplateYear(): void {
    const y = this.state.template?.facts.year;
    if (y === undefined) return;
    this.setText("year", String(y));
    this.set({ notice: null });
  }

  /** Prefill the wizard from a table on the active sheet (one table: at once; several: offer a choice). */
  loadFromActiveSheet(): Promise<void> {
    return this.enqueue(async () => {
      this.set({ activity: "loading", prefillChoices: null });
      try {
        const active = await this.readActive();
        const tables = active.sheet ? parseWorkbook({ sheets: [active.sheet] }).tables : [];
        if (tables.length === 0) this.notify("warning", "wzNoTableOnSheet", { sheet: active.name });
        else if (tables.length === 1) this.applyTable(tables[0]);
        else
          this.set({
            prefillChoices: tables.map((t, i) => ({
              index: i,
              label: `${t.name?.cell.text.trim() || t.title?.cell.text.trim() || `#${i + 1}`}（${rangeA1(t.range)}）`,
            })),
          });
      } catch (e) {
        this.notify("error", "wzErrorRead", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /** Prefill from the index-th table of the active sheet as last read. */
  chooseTable(index: number): void {
    const sheet = this.activeRead?.sheet;
    if (!sheet) return;
    const t = parseWorkbook({ sheets: [sheet] }).tables[index];
    if (t) this.applyTable(t);
    this.set({ prefillChoices: null });
  }

  cancelChoice(): void {
    this.set({ prefillChoices: null });
  }

  private applyTable(table: TableModel): void {
    const spec: NormalSpec = specFromTable(table, { year: this.year });
    const draft = draftFromSpec(spec);
    const loaded = { sheet: table.sheet, top: table.range.top, left: table.range.left, range: rangeA1(table.range) };
    this.set({ draft, check: this.checked(draft), step: "basics", touched: new Set(), revealed: new Set(STEPS), result: null, loaded });
    this.notify("success", "wzLoaded", { sheet: table.sheet, name: spec.name || table.sheet });
  }

  // -------------------------------------------------------------------------------------------
  // Generating

  /**
   * The check after writing: the checker's own settings, so that 生成's counts are the ones 检查工作簿
   * shows next. Without a year in the settings the checker reads the table's (the year line the
   * layout writes, or the template's title, which must agree with the spec's before filling).
   */
  private config(): CheckConfig {
    return { ...this.checkConfig, lang: this.lang };
  }

  /** 生成: write the table to a new sheet, or fill the blank template (asking first about conflicts). */
  generate(): Promise<void> {
    return this.enqueue(async () => {
      const { check, target } = this.state;
      if (check.blocking > 0 || !check.spec) {
        this.set({ revealed: new Set(STEPS) });
        this.notify("error", "wzBlocked", { count: Math.max(1, check.blocking) });
        this.announce("wzBlocked", { count: Math.max(1, check.blocking) });
        return;
      }
      const spec = check.spec;
      this.set({ activity: "writing", result: null, notice: null });
      try {
        if (target === "new") await this.writeNew(spec);
        else if (target === "update") await this.planUpdate(spec);
        else await this.planTemplateFill(spec);
      } catch (e) {
        this.notify("error", "wzErrorWrite", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  private async writeNew(spec: NormalSpec): Promise<void> {
    const plan = layoutSpec(spec, { style: this.state.layoutStyle });
    const written = await this.port.writePlan(plan);
    const read = await this.port.readSheet(written.sheet);
    const result = checkWorkbook(read.workbook, this.config());
    const c = countFindings(result.findings.filter((f) => f.sheet === written.sheet));
    this.finish({ kind: "new", sheets: [written.sheet], ...c, skipped: written.skipped });
  }

  private finish(result: WizardResult): void {
    this.set({ result });
    if (result.kind !== "batch") this.dropSavedDraft();
    const key: StringKey =
      result.kind === "fill"
        ? "wzFilledAnnounce"
        : result.kind === "update"
          ? "wzUpdatedAnnounce"
          : result.kind === "batch"
            ? "wzBatchAnnounce"
            : "wzWrittenAnnounce";
    this.announce(key, {
      sheet: result.sheets.join("、"),
      count: result.sheets.length,
      errors: result.errors,
      warnings: result.warnings,
      cells: result.cells ?? 0,
    });
  }

  /** Re-read the template, plan the fill; conflicts go to the dialog, else write at once. */
  private async planTemplateFill(spec: NormalSpec): Promise<void> {
    const active = await this.readActive();
    if (!active.sheet) {
      this.notify("error", "wzTemplateGone", { sheet: active.name });
      return;
    }
    if (active.protected) {
      this.set({ template: this.state.template ? { ...this.state.template, protected: true } : null });
      this.notify("error", "wzProtected", { sheet: active.name });
      return;
    }
    const parsed = parseWorkbook({ sheets: [active.sheet] });
    const table = blankTemplates(parsed)[0];
    if (!table) {
      this.set({ template: null, target: "new" });
      this.notify("error", "wzTemplateGone", { sheet: active.name });
      return;
    }
    const fill = planFill(parsed.grids.get(table.sheet)!, table, spec);
    if (fill.conflicts.length > 0) {
      const blocking = fill.conflicts.some(isBlocking);
      // the blocking problems first: they are why nothing can be written
      const conflicts = [...fill.conflicts.filter(isBlocking), ...fill.conflicts.filter((c) => !isBlocking(c))];
      const inserts = blocking ? planRowInserts(parsed.grids.get(table.sheet)!, table, fill.conflicts) : undefined;
      this.set({ pendingFill: { id: this.nextId++, sheet: table.sheet, writes: fill.writes, conflicts, blocking, ...(inserts ? { inserts } : {}) } });
      this.announce("wzConflictsAnnounce", { count: fill.conflicts.length });
      return;
    }
    await this.writeFill(spec, table.sheet, fill.writes, 0);
  }

  /**
   * 更新当前表: read the loaded table's sheet again, find the table at the same top-left, plan the
   * fill over it with overwrite; the dialog always confirms (or names what refuses the update).
   */
  private async planUpdate(spec: NormalSpec): Promise<void> {
    const loaded = this.state.loaded;
    if (!loaded) return;
    // with the formulas: a formula the user wrote is listed apart and kept unless they choose otherwise
    const read = await this.port.readSheet(loaded.sheet, { formulas: true });
    const sheet = read.workbook.sheets.find((x) => x.name === loaded.sheet);
    if (!sheet) {
      this.notify("error", "wzUpdateSheetGone", { sheet: loaded.sheet });
      return;
    }
    if (read.protectedSheets.includes(sheet.name)) {
      this.notify("error", "wzProtected", { sheet: sheet.name });
      return;
    }
    const parsed = parseWorkbook({ sheets: [sheet] });
    const table = parsed.tables.find((t) => t.range.top === loaded.top && t.range.left === loaded.left);
    if (!table) {
      this.notify("error", "wzUpdateTableMoved", { sheet: sheet.name, cell: loaded.range.split(":")[0] });
      return;
    }
    const grid = parsed.grids.get(table.sheet)!;
    const fill = planFill(grid, table, spec, { overwrite: true });
    const blocking = fill.conflicts.some(isBlocking);
    // a "differs" the plan could not write (no write carries its cell) is not a change: leave it out
    const changed = new Set(fill.writes.filter((w) => w.was !== undefined).map((w) => toA1(w.row, w.col)));
    const conflicts = blocking ? [...fill.conflicts.filter(isBlocking)] : fill.conflicts.filter((c) => changed.has(c.cell));
    if (!blocking && fill.writes.length === 0) {
      this.notify("info", "wzUpdateNothing", { sheet: sheet.name });
      return;
    }
    const inserts = blocking ? planRowInserts(grid, table, fill.conflicts) : undefined;
    this.set({
      pendingFill: { id: this.nextId++, sheet: table.sheet, writes: fill.writes, conflicts, blocking, update: true, ...(inserts ? { inserts } : {}) },
    });
    this.announce("wzUpdateAnnounce", { count: conflicts.filter((c) => !c.formula).length });
  }

  private async writeFill(spec: NormalSpec, sheet: string, writes: PlanCell[], leftOut: number, update = false): Promise<void> {
    const r: FillCellsResult = update ? await this.port.updateCells(sheet, writes) : await this.port.fillCells(sheet, writes);
    if (r.status === "protected") {
      this.notify("error", "wzProtected", { sheet });
      return;
    }
    if (r.status === "missing") {
      this.notify("error", update ? "wzUpdateSheetGone" : "wzTemplateGone", { sheet });
      return;
    }
    if (r.status === "changed") {
      this.notify("error", update ? "wzUpdateChanged" : "wzChanged", { sheet, cells: r.cells.map((c) => c.cell).join("、") });
      return;
    }
    const read = await this.port.readSheet(sheet);
    const result = checkWorkbook(read.workbook, this.config());
    const c = countFindings(result.findings.filter((f) => f.sheet === sheet));
    this.finish({ kind: update ? "update" : "fill", sheets: [sheet], ...c, skipped: [], cells: r.cells, leftOut });
  }

  /**
   * The conflict dialog's 只填空白单元格 (write the blank cells only), or 确定更新. An update keeps
   * the user's formulas unless `replaceFormulas` (the dialog's checkbox) says to replace them.
   */
  confirmFill(replaceFormulas = false): Promise<void> {
    return this.enqueue(async () => {
      const p = this.state.pendingFill;
      const spec = this.state.check.spec;
      this.set({ pendingFill: null });
      if (!p || !spec || p.blocking) return;
      this.set({ activity: "writing" });
      try {
        if (p.update) await this.writeFill(spec, p.sheet, updateWrites(p.writes, replaceFormulas), 0, true);
        else await this.writeFill(spec, p.sheet, p.writes, p.conflicts.length);
      } catch (e) {
        this.notify("error", "wzErrorWrite", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /**
   * The conflict dialog's 插入行后填写: the rows inserted in the template's style, then the template
   * read and the fill planned again, as 生成 does (what still stands in the way goes back to the dialog).
   */
  insertRowsAndFill(): Promise<void> {
    return this.enqueue(async () => {
      const p = this.state.pendingFill;
      const spec = this.state.check.spec;
      this.set({ pendingFill: null });
      if (!p?.inserts || !spec) return;
      this.set({ activity: "writing" });
      try {
        const r = await this.port.insertRows(p.sheet, p.inserts);
        if (r.status === "protected") this.notify("error", "wzProtected", { sheet: p.sheet });
        else if (r.status === "missing") this.notify("error", "wzTemplateGone", { sheet: p.sheet });
        else if (p.update) await this.planUpdate(spec);
        else await this.planTemplateFill(spec);
      } catch (e) {
        this.notify("error", "wzErrorWrite", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /** The conflict dialog's 取消: nothing is written. */
  cancelFill(): void {
    this.set({ pendingFill: null });
    this.announce("wzFillCancelled");
  }

  // -------------------------------------------------------------------------------------------
  // Batch

  openBatch(): Promise<void> {
    this.set({ mode: "batch", result: null, notice: null });
    return this.enqueue(async () => {
      try {
        const sheets = await this.port.sheetNames();
        const b = this.state.batch;
        this.set({ batch: { ...b, sheets, sheet: sheets.includes(b.sheet) ? b.sheet : (sheets[0] ?? "") } });
      } catch (e) {
        this.notify("error", "wzErrorRead", { message: messageOf(e) });
      }
    });
  }

  closeBatch(): void {
    this.set({ mode: "steps", notice: null, result: null });
  }

  setBatch(patch: Partial<Pick<BatchState, "source" | "sheet" | "framework" | "year">>): void {
    this.set({ batch: { ...this.state.batch, ...patch, list: null }, result: null });
  }

  private listOptions() {
    const y = Number(this.state.batch.year);
    return {
      framework: this.state.batch.framework,
      lang: this.lang,
      year: Number.isInteger(y) && y >= 1900 && y <= 2999 ? y : this.year,
      config: this.checkConfig,
    };
  }

  private takeList(origin: string, sheets: SheetModel[]): void {
    for (const s of sheets) {
      const list = readProjectList(s, this.listOptions());
      if (list) {
        this.set({
          batch: { ...this.state.batch, list: { origin: s.name === origin ? origin : `${origin} › ${s.name}`, rows: list.rows, ignored: list.ignored } },
        });
        const ok = list.rows.filter((r) => r.spec).length;
        this.announce("wzListRead", { count: list.rows.length, ok, bad: list.rows.length - ok });
        return;
      }
    }
    this.set({ batch: { ...this.state.batch, list: null } });
    this.notify("error", "wzNoList", { origin });
  }

  /** Read the project list on the chosen sheet of the workbook. */
  readListFromSheet(): Promise<void> {
    return this.enqueue(async () => {
      const name = this.state.batch.sheet;
      if (!name) return;
      this.set({ activity: "reading-list", notice: null, result: null });
      try {
        const read = await this.port.readSheet(name);
        this.takeList(
          name,
          read.workbook.sheets.filter((s) => s.name === name),
        );
      } catch (e) {
        this.notify("error", "wzErrorRead", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /** Read a project list from a picked .xlsx or .csv file. */
  readListFromFile(file: File): Promise<void> {
    return this.enqueue(async () => {
      this.set({ activity: "reading-list", notice: null, result: null, batch: { ...this.state.batch, fileName: file.name, list: null } });
      try {
        const sheets = await sheetsFromFile(file.name, await fileBytes(file));
        this.takeList(file.name, sheets);
      } catch (e) {
        if (e instanceof ListFileError && e.problem === "type") this.notify("error", "wzFileType", { file: file.name });
        else this.notify("error", "wzFileUnreadable", { file: file.name });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /** One sheet per valid row of the list, in one write; then read back and checked. */
  generateBatch(): Promise<void> {
    return this.enqueue(async () => {
      const list = this.state.batch.list;
      const specs = (list?.rows ?? []).map((r) => r.spec).filter((s): s is NormalSpec => !!s);
      if (specs.length === 0) return;
      this.set({ activity: "writing", notice: null, result: null });
      try {
        const names: string[] = [];
        const plans = specs.map((s) => {
          const plan = layoutSpec(s, { sheetName: safeSheetName(s.name, names) });
          names.push(plan.sheetName);
          return plan;
        });
        const written = await this.port.writePlans(plans);
        const sheets = written.map((w) => w.sheet);
        const read = await this.port.readWorkbook();
        const wb: WorkbookModel = read.workbook;
        const result = checkWorkbook(wb, this.config());
        const c = countFindings(result.findings.filter((f) => sheets.includes(f.sheet)));
        this.finish({ kind: "batch", sheets, ...c, skipped: [...new Set(written.flatMap((w) => w.skipped))] });
      } catch (e) {
        this.notify("error", "wzErrorWrite", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }
}
