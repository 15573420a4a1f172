/**
 * Sheet tabs coloured where the findings are (red errors, yellow warnings only), only where the user
 * has no tab colour of their own, recorded in the workbook so that 清除标记 — in this session or
 * after a reopen — gives back exactly "automatic", and leaves a colour the user changed since alone.
 * Against the strict host, whose tabColor reads as Microsoft documents ("" automatic, null hidden).
 */
import { ExcelHost, WorkbookModel as HostWorkbook } from "../../src/demo/host";
import type { Finding } from "../../src/engine/rule";
import { createOfficePort } from "../../src/excel/office-workbook";
import { TABS_SETTING, TAB_COLOR, planTabs, tabColorFor } from "../../src/excel/tab-colors";
import { install } from "./host-from-sheets";
import { findingAt } from "../helpers/finding";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const finding = (sheet: string, cell: string, severity: Finding["severity"]): Finding => findingAt(sheet, cell, { severity });

const workbook = (): HostWorkbook => ({
  sheets: [
    { name: "错误表", cells: { A1: { value: 1 } } },
    { name: "警告表", cells: { A1: { value: 1 } } },
    { name: "提示表", cells: { A1: { value: 1 } } },
    { name: "用户色", cells: { A1: { value: 1 } }, tabColor: "#00B050" },
    { name: "干净表", cells: { A1: { value: 1 } } },
  ],
  settings: {},
});
const FINDINGS = [
  finding("错误表", "A1", "warning"),
  finding("错误表", "B2", "error"),
  finding("警告表", "A1", "warning"),
  finding("提示表", "A1", "info"),
  finding("用户色", "A1", "error"),
];
const tabs = () => Object.fromEntries(host.workbook.sheets.map((s) => [s.name, s.tabColor ?? ""]));
const ALL = ["错误表", "警告表", "提示表", "用户色", "干净表"];

it("colours the tabs with errors red and with warnings only yellow, never a tab the user coloured; clear gives back automatic", async () => {
  ({ host, uninstall } = install(workbook()));
  const port = createOfficePort();
  host.resetStats();
  await port.applyHighlights(FINDINGS, ALL);
  expect(host.stats.syncCalls).toBeLessThanOrEqual(3);
  expect(tabs()).toEqual({ 错误表: TAB_COLOR.error, 警告表: TAB_COLOR.warning, 提示表: "", 用户色: "#00B050", 干净表: "" });
  expect(Object.keys(JSON.parse(String(host.workbook.settings![TABS_SETTING]))).length).toBe(2);

  await port.clearHighlights();
  expect(tabs()).toEqual({ 错误表: "", 警告表: "", 提示表: "", 用户色: "#00B050", 干净表: "" });
  expect(host.workbook.settings![TABS_SETTING]).toBeUndefined();
});

it("a re-check follows the findings: a sheet without errors any more turns yellow, then back to automatic", async () => {
  ({ host, uninstall } = install(workbook()));
  const port = createOfficePort();
  await port.applyHighlights(FINDINGS, ALL);
  await port.applyHighlights([finding("错误表", "A1", "warning")], ["错误表"]);
  expect(tabs()["错误表"]).toBe(TAB_COLOR.warning);
  expect(tabs()["警告表"]).toBe(TAB_COLOR.warning); // not among the sheets re-marked
  await port.applyHighlights([], ["错误表", "警告表"]);
  expect(tabs()["错误表"]).toBe("");
  expect(tabs()["警告表"]).toBe("");
});

it("after a reopen (a new pane, the record read from the workbook), clear restores; a colour the user changed since stays", async () => {
  ({ host, uninstall } = install(workbook()));
  await createOfficePort().applyHighlights(FINDINGS, ALL);
  // the user recolours one of the add-in's tabs, and the file is saved and reopened
  host.workbook.sheets.find((s) => s.name === "警告表")!.tabColor = "#7030A0";
  const saved = host.snapshot();
  uninstall();
  ({ host, uninstall } = install(saved));
  const again = createOfficePort();
  await again.clearHighlights();
  expect(tabs()).toEqual({ 错误表: "", 警告表: "#7030A0", 提示表: "", 用户色: "#00B050", 干净表: "" });
  // and a later check leaves the user's purple alone
  await again.applyHighlights(FINDINGS, ALL);
  expect(tabs()["警告表"]).toBe("#7030A0");
});

it("hidden and protected sheets keep their tabs", async () => {
  const wb = workbook();
  wb.sheets[0].visibility = "Hidden";
  wb.sheets[1].protected = true;
  ({ host, uninstall } = install(wb));
  await createOfficePort().applyHighlights(FINDINGS, ALL);
  expect(tabs()["错误表"]).toBe("");
  expect(tabs()["警告表"]).toBe("");
});

test("planning: severities to a colour, and a record keyed by id that follows a renamed sheet", () => {
  expect([tabColorFor(["info", "warning"]), tabColorFor(["warning", "error"]), tabColorFor(["info"]), tabColorFor([])]).toEqual([
    TAB_COLOR.warning,
    TAB_COLOR.error,
    undefined,
    undefined,
  ]);
  const record = { id1: { name: "旧名", color: TAB_COLOR.error! } };
  // renamed, still red: ours; no findings now → automatic, and the record is emptied
  const plan = planTabs([{ id: "id1", name: "新名", color: TAB_COLOR.error!.toLowerCase() }], new Map(), record);
  expect(plan).toEqual({ set: [{ id: "id1", color: "" }], record: {}, changed: true });
  // same name, another id (a reopened file): found by name
  const byName = planTabs([{ id: "id9", name: "旧名", color: TAB_COLOR.error! }], new Map([["旧名", TAB_COLOR.warning!]]), record);
  expect(byName).toEqual({ set: [{ id: "id9", color: TAB_COLOR.warning }], record: { id9: { name: "旧名", color: TAB_COLOR.warning } }, changed: true });
});
