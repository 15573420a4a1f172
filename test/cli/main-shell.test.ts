/**
 * The shell's own logic with the engine replaced by a stand-in: argument parsing, configuration,
 * exit codes, output shape, ordering, colour. (check.test.ts runs the real engine.)
 */
import * as fs from "fs";
import * as path from "path";
import type { Finding, CheckConfig } from "../../src/engine/rule";
import type { WorkbookModel } from "../../src/engine/sheet";
import type { TableSummary } from "../../src/engine/summary-types";
import { SEED, run, tmpDir } from "./helpers";

jest.mock("../../src/engine/check", () => ({ checkWorkbooks: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require("../../src/engine/check") as { checkWorkbooks: jest.Mock };

function summary(sheet: string, name: string, extra: Partial<TableSummary> = {}): TableSummary {
  return {
    sheet,
    range: "A1:G16",
    kind: "project",
    title: `${name}项目绩效目标表`,
    framework: "legacy",
    project: { code: null, name },
    budget: { unit: "万元", total: 50, parts: { 财政资金: 50, 其他资金: null }, purpose: null },
    plan: [],
    goals: [],
    indicators: [],
    year: 2023,
    notes: [],
    ...extra,
  };
}

function finding(tableIndex: number, sheet: string, row: number, col: number, rule: string, severity: Finding["severity"]): Finding {
  const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
  return { rule, severity, sheet, cell, row, col, message: `${rule} at ${cell}`, table: sheet, tableIndex };
}

/** Stand-in engine: one table per sheet; findings from `plan` keyed by workbook name. */
let plan: Record<string, Finding[]> = {};
let calls: { workbooks: WorkbookModel[]; config: CheckConfig; options: { acrossFiles?: boolean } }[] = [];

beforeEach(() => {
  plan = {};
  calls = [];
  engine.checkWorkbooks.mockReset();
  engine.checkWorkbooks.mockImplementation((workbooks: WorkbookModel[], config: CheckConfig, options: { acrossFiles?: boolean }) => {
    calls.push({ workbooks, config, options });
    return workbooks.map((wb) => ({
      name: wb.name,
      tables: [],
      summaries: wb.sheets.map((s) => summary(s.name, s.name)),
      findings: plan[wb.name ?? ""] ?? [],
    }));
  });
});

describe("exit status", () => {
  it("is 0 with warnings only and 1 with an error-level finding", async () => {
    plan["seed-2023.xlsx"] = [finding(1, "招商引资", 5, 1, "plan/back-loaded", "warning")];
    expect((await run(["check", SEED])).code).toBe(0);
    plan["seed-2023.xlsx"].push(finding(2, "项目扶持资金", 2, 2, "budget/sum-mismatch", "error"));
    const r = await run(["check", "--format", "json", SEED]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 1, tables: 3, errors: 1, warnings: 1, infos: 0 });
  });

  it("is 64 for bad usage, whatever else", async () => {
    for (const argv of [
      [],
      ["chek", SEED],
      ["check"],
      ["check", "--format", "xml", SEED],
      ["check", "--framework", "2019", SEED],
      ["check", "--year", "23", SEED],
      ["check", "--year", "twenty", SEED],
      ["check", "--lang", "fr", SEED],
      ["check", "--bogus", SEED],
      ["check", SEED, "--config"],
      ["--frobnicate"],
    ]) {
      const r = await run(argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 64 });
      expect(r.stderr).toMatch(/jixiao/);
      expect(r.stdout).toBe("");
    }
    expect(engine.checkWorkbooks).not.toHaveBeenCalled();
  });

  it("new and fill without what they need are usage errors (64)", async () => {
    const r = await run(["new", "-o", "out.xlsx"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/--spec/);
    const en = await run(["fill", "--lang", "en"]);
    expect(en.code).toBe(64);
    expect(en.stderr).toMatch(/template/);
    const noOut = await run(["new", "--spec", "p.json"]);
    expect(noOut.code).toBe(64);
    expect(noOut.stderr).toMatch(/-o OUT\.xlsx/);
  });

  it("--help and --version exit 0", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/jixiao check/);
    expect(help.stdout).toMatch(/--across-files/);
    expect((await run(["check", "--help"])).code).toBe(0);
    const en = await run(["--help", "--lang", "en"]);
    expect(en.stdout).toMatch(/Usage/);
    const v = await run(["--version"]);
    expect(v.code).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    expect(v.stdout.trim()).toBe(pkg.version);
  });
});

describe("usage messages", () => {
  it("say what is wrong in Chinese, or English with --lang en", async () => {
    expect((await run(["check", "--format", "xml", SEED])).stderr).toContain("--format 的值“xml”无效");
    expect((await run(["check", "--bogus", SEED])).stderr).toContain("未知的选项 --bogus");
    expect((await run(["check"])).stderr).toContain("请指定要检查的 .xlsx 文件或目录");
    expect((await run(["check", "--lang", "en", "--year", "99", SEED])).stderr).toContain('invalid value "99" for --year');
  });
});

describe("configuration", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmpDir();
  });
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("reaches the engine, flags overriding the file", async () => {
    const config = write(
      "ok.json",
      JSON.stringify({
        framework: "2021",
        year: 2022,
        lang: "en",
        rules: { "plan/back-loaded": "off", "indicator/satisfaction-low": { severity: "error", options: { threshold: 85 } } },
        requiredLevel2: ["数量指标", "质量指标"],
      }),
    );
    await run(["check", "--config", config, SEED]);
    expect(calls[0].config).toEqual({
      framework: "2021",
      year: 2022,
      lang: "en",
      rules: { "plan/back-loaded": "off", "indicator/satisfaction-low": { severity: "error", options: { threshold: 85 } } },
      requiredLevel2: ["数量指标", "质量指标"],
    });
    await run(["check", "--config", config, "--framework", "legacy", "--year", "2024", "--lang", "zh", SEED]);
    expect(calls[1].config).toMatchObject({ framework: "legacy", year: 2024, lang: "zh", requiredLevel2: ["数量指标", "质量指标"] });
    expect(calls[1].config.rules).toEqual(calls[0].config.rules);
  });

  it("accepts a UTF-8 BOM", async () => {
    const config = write("bom.json", "\uFEFF" + JSON.stringify({ rules: { "plan/back-loaded": "warning" } }));
    expect((await run(["check", "--config", config, SEED])).code).toBe(0);
  });

  it.each([
    ["not JSON", "{ rules: off }", /不是有效的 JSON/],
    ["an array", "[]", /应为一个 JSON 对象/],
    ["an unknown key", JSON.stringify({ rule: {} }), /rule 不是可用的设置项/],
    ["a bad framework", JSON.stringify({ framework: "2020" }), /framework 应为/],
    ["a bad year", JSON.stringify({ year: "2023" }), /year 应为四位年份/],
    ["a bad lang", JSON.stringify({ lang: "cn" }), /lang 应为/],
    ["a bad rule setting", JSON.stringify({ rules: { "plan/back-loaded": "disable" } }), /rules\["plan\/back-loaded"\] 应为/],
    ["a bad severity", JSON.stringify({ rules: { "plan/back-loaded": { severity: "fatal" } } }), /\.severity 应为/],
    ["a bad rule id", JSON.stringify({ rules: { backLoaded: "off" } }), /不是规则编号的写法/],
    ["an unknown rule", JSON.stringify({ rules: { "plan/back-loded": "off" } }), /rules\["plan\/back-loded"\] 不是已有的规则编号/],
    ["bad requiredLevel2", JSON.stringify({ requiredLevel2: "数量指标" }), /requiredLevel2 应为字符串数组/],
  ])("rejects %s with a clear message and 64", async (_what, text, message) => {
    const config = write(`bad-${Math.random().toString(36).slice(2)}.json`, text);
    const r = await run(["check", "--config", config, SEED]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(config);
    expect(engine.checkWorkbooks).not.toHaveBeenCalled();
  });

  it("a missing configuration file is bad usage (64)", async () => {
    const r = await run(["check", "--config", path.join(dir, "nope.json"), SEED]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/无法读取配置文件 .*nope\.json：找不到/);
  });
});

describe("checking", () => {
  it("checks files one by one, or all together with --across-files", async () => {
    const dir = tmpDir();
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    fs.copyFileSync(SEED, a);
    fs.copyFileSync(SEED, b);
    await run(["check", a, b]);
    expect(calls.map((c) => [c.workbooks.length, !!c.options.acrossFiles])).toEqual([
      [1, false],
      [1, false],
    ]);
    calls = [];
    await run(["check", "--across-files", a, b]);
    expect(calls.map((c) => [c.workbooks.map((w) => w.name), !!c.options.acrossFiles])).toEqual([[["a.xlsx", "b.xlsx"], true]]);
  });

  it("names each workbook after its file (the engine reads a year from it)", async () => {
    await run(["check", SEED]);
    expect(calls[0].workbooks[0].name).toBe("seed-2023.xlsx");
  });

  it("reports an engine failure on one file and goes on with the others", async () => {
    const dir = tmpDir();
    const a = path.join(dir, "a.xlsx");
    fs.copyFileSync(SEED, a);
    engine.checkWorkbooks.mockImplementationOnce(() => {
      throw new Error("boom");
    });
    const r = await run(["check", "--format", "json", a, SEED]);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].error).toMatch(/boom/);
    expect(doc.files[1].error).toBeNull();
    expect(doc.files[1].tables).toHaveLength(3);
    expect(r.code).toBe(2);
  });
});

describe("output", () => {
  beforeEach(() => {
    // deliberately out of order
    plan["seed-2023.xlsx"] = [
      finding(2, "项目扶持资金", 7, 2, "goal/duplicate-across-tables", "warning"),
      finding(1, "招商引资", 13, 4, "indicator/cost-not-monetary", "info"),
      finding(2, "项目扶持资金", 6, 2, "goal/duplicate-across-tables", "warning"),
      finding(1, "招商引资", 5, 1, "plan/back-loaded", "error"),
    ];
  });

  it("JSON: findings in reading order with exactly {rule, severity, sheet, cell, table, message}", async () => {
    const { stdout } = await run(["check", "--format", "json", SEED]);
    const doc = JSON.parse(stdout);
    expect(doc.files[0].findings).toEqual([
      { rule: "plan/back-loaded", severity: "error", sheet: "招商引资", cell: "B6", table: "招商引资", message: "plan/back-loaded at B6" },
      {
        rule: "indicator/cost-not-monetary",
        severity: "info",
        sheet: "招商引资",
        cell: "E14",
        table: "招商引资",
        message: "indicator/cost-not-monetary at E14",
      },
      {
        rule: "goal/duplicate-across-tables",
        severity: "warning",
        sheet: "项目扶持资金",
        cell: "C7",
        table: "项目扶持资金",
        message: "goal/duplicate-across-tables at C7",
      },
      {
        rule: "goal/duplicate-across-tables",
        severity: "warning",
        sheet: "项目扶持资金",
        cell: "C8",
        table: "项目扶持资金",
        message: "goal/duplicate-across-tables at C8",
      },
    ]);
    expect(doc.files[0].tables[1]).toEqual(summary("招商引资", "招商引资"));
    expect(doc.summary).toEqual({ files: 1, tables: 3, errors: 1, warnings: 2, infos: 1 });
  });

  it("text: findings under their table by position, severity words, closing line", async () => {
    const { stdout } = await run(["check", SEED]);
    const lines = stdout.split("\n");
    const idx = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect(idx(/表1.*部门整体绩效目标/)).toBeGreaterThan(-1);
    expect(idx(/表2.*招商引资/)).toBeLessThan(idx(/错误\s+B6/));
    expect(idx(/错误\s+B6/)).toBeLessThan(idx(/提示\s+E14/));
    expect(idx(/提示\s+E14/)).toBeLessThan(idx(/表3.*项目扶持资金/));
    expect(idx(/表3.*项目扶持资金/)).toBeLessThan(idx(/警告\s+C7/));
    expect(idx(/警告\s+C7/)).toBeLessThan(idx(/警告\s+C8/));
    expect(lines[idx(/表1/) + 1]).toMatch(/未发现问题/);
    expect(stdout).toMatch(/原指标体系/);
    expect(stdout.trim().split("\n").pop()).toBe("共检查 1 个文件、3 张表：错误 1 个，警告 2 个，提示 1 个");
  });

  it("text: table notes and hidden sheets are shown", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "hidden.xlsx");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require("exceljs") as typeof import("exceljs");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("藏起来", { state: "hidden" }).getCell("A1").value = "x";
    await wb.xlsx.writeFile(file);
    engine.checkWorkbooks.mockImplementationOnce((workbooks: WorkbookModel[]) =>
      workbooks.map((w) => ({ name: w.name, tables: [], summaries: [summary("藏起来", "x", { notes: ["未注明金额单位，按万元处理"] })], findings: [] })),
    );
    const { stdout } = await run(["check", file]);
    expect(stdout).toMatch(/表1.*藏起来.*（隐藏的工作表）/);
    expect(stdout).toMatch(/说明：未注明金额单位，按万元处理/);
  });

  it("text: a workbook without tables says so", async () => {
    engine.checkWorkbooks.mockImplementationOnce((workbooks: WorkbookModel[]) =>
      workbooks.map((w) => ({ name: w.name, tables: [], summaries: [], findings: [] })),
    );
    const { stdout, code } = await run(["check", SEED]);
    expect(stdout).toMatch(/未找到项目绩效目标表/);
    expect(code).toBe(0);
  });

  it("colour only on a terminal and without NO_COLOR", async () => {
    expect((await run(["check", SEED])).stdout).not.toContain("\x1b[");
    expect((await run(["check", SEED], { stdoutTTY: true })).stdout).toContain("\x1b[31m错误\x1b[0m");
    expect((await run(["check", SEED], { stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
    expect((await run(["check", "--format", "json", SEED], { stdoutTTY: true })).stdout).not.toContain("\x1b[");
  });

  it("a progress bar on a terminal for more than a few files, unreadable ones named after it", async () => {
    const dir = tmpDir();
    const files = ["a", "b", "c", "d"].map((n) => {
      const f = path.join(dir, `${n}.xlsx`);
      fs.copyFileSync(SEED, f);
      return f;
    });
    const missing = path.join(dir, "missing.xlsx");
    const r = await run(["check", ...files, missing], { stderrTTY: true, stdoutTTY: true });
    expect(r.stderr).toMatch(/检查中 \[[=-]+\] 5\/5/);
    // the reason comes after the bar is gone, on a line of its own
    expect(r.stderr.trimEnd().split("\n").pop()).toMatch(new RegExp(`无法读取 .*missing\\.xlsx：找不到`));
    expect(r.code).toBe(2);
    const few = await run(["check", ...files.slice(0, 3)], { stderrTTY: true, stdoutTTY: true });
    expect(few.stderr).toBe("");
  });

  it("no progress bar unless stderr is a terminal, or for JSON", async () => {
    const dir = tmpDir();
    const files = ["a", "b", "c", "d", "e"].map((n) => {
      const f = path.join(dir, `${n}.xlsx`);
      fs.copyFileSync(SEED, f);
      return f;
    });
    expect((await run(["check", ...files])).stderr).toBe("");
    expect((await run(["check", "--format", "json", ...files], { stderrTTY: true, stdoutTTY: true })).stderr).toBe("");
    expect((await run(["check", ...files], { stderrTTY: true })).stderr).toBe(""); // report piped
  });
});

describe("rule options against the rule's defaults", () => {
  const dir = tmpDir();
  const config = (options: unknown) => {
    const file = path.join(dir, `c${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, JSON.stringify({ rules: { "indicator/satisfaction-low": { options } } }));
    return file;
  };

  it("refuses a value of the wrong type and a misspelled option name (64), naming the field", async () => {
    const bad = await run(["check", "--config", config({ threshold: "abc" }), SEED]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('rules["indicator/satisfaction-low"].options.threshold');
    const typo = await run(["check", "--config", config({ threshhold: 85 }), SEED]);
    expect(typo.code).toBe(64);
    expect(typo.stderr).toContain("threshold");
    const ok = await run(["check", "--config", config({ threshold: 85 }), SEED]);
    expect(ok.code).not.toBe(64);
  });
});
