/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import * as fs from "fs";
import * as path from "path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellModel, WorkbookModel as HostWorkbook } from "../../src/demo/host";
import { checkWorkbook } from "../../src/engine/check";
import { specFromTable } from "../../src/engine/spec";
import { readProjectList, csvToSheet } from "../../src/engine/project-list";
import { toA1 } from "../../src/engine/address";
import { GENERIC_NOTE } from "../../src/engine/default-indicators";
import { NOTE_MARKER } from "../../src/engine/marks";
import type { ExcelPort } from "../../src/excel/port";
import { wizardHost, renderWizard, settled, YEAR } from "./wizard-helpers";

const CSV = fs.readFileSync(path.join(__dirname, "../../samples/项目清单.csv"), "utf8");

/** The sample list as a sheet of the workbook, typed as in Excel: amounts and years numbers, plans percentages. */
function listSheetCells(...extraRows: (string | number | null)[][]): Record<string, CellModel> {
  const rows = CSV.trim()
    .split(/\r?\n/)
    .map((l) => l.split(","));
  for (const extraRow of extraRows) rows.push(extraRow.map((v) => (v === null ? "" : String(v))));
  const cells: Record<string, CellModel> = {};
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "") return;
      const pct = /^(\d+)%$/.exec(v);
      if (r > 0 && pct) cells[toA1(r, c)] = { value: Number(pct[1]) / 100, numberFormat: "0%" };
      else if (r > 0 && /^\d+(\.\d+)?$/.test(v)) cells[toA1(r, c)] = { value: Number(v) };
      else cells[toA1(r, c)] = { value: v };
    }),
  );
  return cells;
}

function model(...extraRows: (string | number | null)[][]): HostWorkbook {
  return {
    name: "商务局2024.xlsx",
    sheets: [
      { name: "说明", cells: { A1: { value: "2024年项目清单见下一张表" } } },
      { name: "项目清单", cells: listSheetCells(...extraRows) },
    ],
    settings: {},
  };
}

async function openBatch(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "批量生成" }));
  await screen.findByRole("heading", { level: 2, name: "批量生成" });
  await settled();
}

/** The specs the list gives (what each generated sheet must read back as). */
function listSpecs() {
  return readProjectList(csvToSheet(CSV), { year: YEAR })!.rows.map((r) => r.spec!);
}

/**
 * Each generated sheet reads back as its spec and checks clean but for one info per generated
 * default indicator (the list has none of its own), at the 指标值 cell that carries the generator's note.
 */
async function expectSheetsCheckClean(port: ExcelPort, names: string[], host: HostWithNotes) {
  const result = checkWorkbook((await port.readWorkbook()).workbook);
  const specs = listSpecs();
  names.forEach((name, i) => {
    const tables = result.tables.filter((t) => t.sheet === name);
    expect(tables).toHaveLength(1);
    const findings = result.findings.filter((f) => f.sheet === name);
    expect(findings.filter((f) => f.rule !== "indicator/generic-default").map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    expect(findings.map((f) => f.severity)).toEqual(specs[i].indicators.map(() => "info"));
    const notes = host.workbook.sheets.find((s) => s.name === name)!.notes ?? {};
    expect(Object.keys(notes).sort()).toEqual(findings.map((f) => f.cell).sort());
    expect(Object.values(notes).every((n) => n.content === NOTE_MARKER + GENERIC_NOTE)).toBe(true);
    expect(specFromTable(tables[0])).toEqual(specs[i]);
  });
}

type HostWithNotes = { workbook: { sheets: { name: string; notes?: Record<string, { content: string }> }[] } };

describe("批量生成", () => {
  test("from a list on a sheet of the workbook: one sheet per project, in one write, each checking clean", async () => {
    const { host, port } = wizardHost(model());
    const before = host.snapshot();
    const user = userEvent.setup();
    await renderWizard(port);
    await openBatch(user);
    const panel = screen.getByTestId("batch-panel");
    await user.selectOptions(within(panel).getByRole("combobox", { name: "清单所在工作表" }), "项目清单");
    await user.click(within(panel).getByRole("button", { name: "读取清单" }));
    expect(await screen.findByTestId("list-summary")).toHaveTextContent("项目清单：3 个项目，3 个可以生成，0 个有问题。");
    expect(within(screen.getByTestId("list-rows")).getAllByRole("row")).toHaveLength(4);
    host.resetStats();
    await user.click(screen.getByRole("button", { name: "生成 3 个工作表" }));
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent("已生成 3 个工作表：“外贸企业培育”、“电商直播基地运营”、“消费券发放”。");
    expect(result).toHaveTextContent("0 个错误，0 个警告");
    // writePlans: 2 syncs for the three sheets; the read-back: 3
    expect(host.stats.syncCalls).toBe(5);
    const after = host.snapshot();
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(after.sheets.map((s) => s.name)).toEqual(["说明", "项目清单", "外贸企业培育", "电商直播基地运营", "消费券发放"]);
    await expectSheetsCheckClean(port, ["外贸企业培育", "电商直播基地运营", "消费券发放"], host);
  });

  test("rows with problems are listed and left out; the others are generated", async () => {
    const { host, port } = wizardHost(model(["坏数据项目", "X-1", "很多", null, "用途", "10%", "20%", "30%", "100%", 2024, "目标"]));
    const user = userEvent.setup();
    await renderWizard(port);
    await openBatch(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "清单所在工作表" }), "项目清单");
    await user.click(screen.getByRole("button", { name: "读取清单" }));
    expect(await screen.findByTestId("list-summary")).toHaveTextContent("4 个项目，3 个可以生成，1 个有问题");
    expect(screen.getByTestId("list-rows")).toHaveTextContent("财政资金：“很多”不是金额");
    await user.click(screen.getByRole("button", { name: "生成 3 个工作表" }));
    await screen.findByTestId("generate-result");
    expect(host.workbook.sheets.map((s) => s.name)).not.toContain("坏数据项目");
    expect(host.workbook.sheets).toHaveLength(5);
  });

  test("a row is checked as the wizard checks a project: a plan 20/60/40/100 is not ready, and every problem of a row is listed", async () => {
    const { host, port } = wizardHost(
      model(
        ["计划倒退项目", "X-2", 50, null, "用途", "20%", "60%", "40%", "100%", 2024, "目标"],
        ["问题很多项目", "X-3", "很多", null, null, "10%", "120%", "30%", "90%", 2024, "目标"],
      ),
    );
    const user = userEvent.setup();
    await renderWizard(port);
    await openBatch(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "清单所在工作表" }), "项目清单");
    await user.click(screen.getByRole("button", { name: "读取清单" }));
    expect(await screen.findByTestId("list-summary")).toHaveTextContent("5 个项目，3 个可以生成，2 个有问题");
    const rows = screen.getByTestId("list-rows");
    const rowOf = (name: string) => Array.from(rows.querySelectorAll("tr")).find((tr) => tr.textContent!.includes(name))!;
    expect(rowOf("计划倒退项目")).toHaveTextContent(/9月底：.*低于/);
    expect(rowOf("计划倒退项目")).not.toHaveTextContent("可以生成");
    const many = rowOf("问题很多项目");
    expect(many).toHaveTextContent("财政资金：“很多”不是金额");
    expect(many).toHaveTextContent(/6月底：/);
    expect(many).toHaveTextContent(/12月底：/);
    await user.click(screen.getByRole("button", { name: "生成 3 个工作表" }));
    await screen.findByTestId("generate-result");
    expect(host.workbook.sheets.map((s) => s.name)).not.toContain("计划倒退项目");
  });

  test("a sheet without a list says so", async () => {
    const { port } = wizardHost(model());
    const user = userEvent.setup();
    await renderWizard(port);
    await openBatch(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "清单所在工作表" }), "说明");
    await user.click(screen.getByRole("button", { name: "读取清单" }));
    expect(await screen.findByTestId("wz-notice-wzNoList")).toHaveTextContent("“说明”中没有找到项目清单");
    expect(screen.queryByRole("button", { name: /^生成 \d+ 个工作表$/ })).toBeNull();
  });

  test("from a .csv file picked with the file input (a name already taken gets the next free one)", async () => {
    const m = model();
    m.sheets.push({ name: "消费券发放", cells: { A1: { value: "旧" } } });
    const { host, port } = wizardHost(m);
    const user = userEvent.setup();
    await renderWizard(port);
    await openBatch(user);
    await user.click(screen.getByRole("radio", { name: "文件（.xlsx 或 .csv）" }));
    const input = screen.getByLabelText("选择清单文件（.xlsx 或 .csv）");
    await user.upload(input, new File([CSV], "项目清单.csv", { type: "text/csv" }));
    expect(await screen.findByTestId("list-summary")).toHaveTextContent("项目清单.csv：3 个项目，3 个可以生成");
    await user.click(screen.getByRole("button", { name: "生成 3 个工作表" }));
    await screen.findByTestId("generate-result");
    await waitFor(() => expect(host.workbook.sheets.map((s) => s.name)).toContain("消费券发放 (2)"));
    await expectSheetsCheckClean(port, ["外贸企业培育", "电商直播基地运营", "消费券发放 (2)"], host);
  });

  test("a file that is neither .xlsx nor .csv is refused with a message", async () => {
    const { port } = wizardHost(model());
    const user = userEvent.setup({ applyAccept: false });
    await renderWizard(port);
    await openBatch(user);
    await user.click(screen.getByRole("radio", { name: "文件（.xlsx 或 .csv）" }));
    await user.upload(screen.getByLabelText("选择清单文件（.xlsx 或 .csv）"), new File(["x"], "清单.docx"));
    expect(await screen.findByTestId("wz-notice-wzFileType")).toHaveTextContent("“清单.docx”不是 .xlsx 或 .csv 文件");
  });

  test("返回逐步填写 goes back to the steps", async () => {
    const { port } = wizardHost(model());
    const user = userEvent.setup();
    await renderWizard(port);
    await openBatch(user);
    await user.click(screen.getByRole("button", { name: "返回逐步填写" }));
    expect(await screen.findByRole("navigation", { name: "填写步骤" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: /第1步/ })).toHaveFocus();
  });
});

describe("the list file reader is browser-safe", () => {
  /** Every module list-file.ts reaches through relative imports, and the packages they name. */
  function importsFrom(entry: string): { files: string[]; packages: Set<string> } {
    const files: string[] = [];
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.includes(file)) return;
      files.push(file);
      const src = fs.readFileSync(file, "utf8");
      const specs = [...src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)|require\("([^"]+)"\)/g)].map(
        (m) => m[1] ?? m[2] ?? m[3],
      );
      for (const s of specs) {
        if (s.startsWith(".")) {
          const base = path.resolve(path.dirname(file), s);
          const next = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
          if (next) visit(next);
        } else packages.add(s);
      }
    };
    visit(entry);
    return { files, packages };
  }

  test("list-file.ts and everything it imports use no Node module (only exceljs and numfmt)", () => {
    const { files, packages } = importsFrom(path.join(__dirname, "../../src/taskpane/wizard/list-file.ts"));
    expect(files.map((f) => path.relative(path.join(__dirname, "../.."), f))).toEqual(
      expect.arrayContaining(["src/file/exceljs-model.ts", "src/file/numfmt.ts", "src/engine/project-list.ts"]),
    );
    expect([...packages].sort()).toEqual(["exceljs", "numfmt"]);
  });
});
