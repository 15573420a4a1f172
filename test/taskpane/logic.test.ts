import { configFromForm, defaultsForm, formErrors, formFromConfig, numericOptions, optionValue, parseOption, parseYear } from "../../src/taskpane/settings";
import { rules } from "../../src/engine/rules";
import { dictionaries } from "../../src/taskpane/i18n";
import { ALL_FINDINGS, countBySeverity, filterFindings, groupFindings, rulesIn } from "../../src/taskpane/findings";
import { isDarkColor, themeFor } from "../../src/taskpane/theme";
import { replaceSheet } from "../../src/taskpane/session";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Finding } from "../../src/engine/rule";
import { TEST_RULES } from "./fixtures";

function f(sheet: string, cell: string, severity: Finding["severity"], rule: string, tableIndex: number, table = `表${tableIndex + 1}`): Finding {
  return { sheet, cell, severity, rule, tableIndex, table, row: 0, col: 0, message: "m" };
}

describe("settings form ⇄ CheckConfig", () => {
  test("defaults: every rule on at its own severity, numeric options only", () => {
    const form = formFromConfig({}, TEST_RULES);
    expect(form).toEqual({
      framework: "auto",
      year: "",
      rules: [
        { id: "test/name-empty", enabled: true, severity: "error", options: {} },
        { id: "test/basis-empty", enabled: true, severity: "warning", options: {} },
        { id: "test/value-long", enabled: true, severity: "info", options: { maxLength: "8" } },
      ],
    });
    expect(numericOptions(TEST_RULES[2])).toEqual([["maxLength", 8]]);
    expect(configFromForm(form, TEST_RULES)).toEqual({});
  });

  test("only what differs from the defaults is saved; unknown settings are kept", () => {
    const base = {
      requiredLevel2: ["数量"],
      lang: "en" as const,
      rules: { "gone/rule": "off" as const, "test/value-long": { options: { note: "x", maxLength: 3 } } },
    };
    const form = formFromConfig(base, TEST_RULES);
    expect(form.rules[2].options).toEqual({ maxLength: "3" });
    form.rules[0].enabled = false;
    form.rules[1].severity = "error";
    form.rules[2].options.maxLength = "8";
    form.framework = "legacy";
    form.year = " 2025 ";
    expect(configFromForm(form, TEST_RULES, base)).toEqual({
      requiredLevel2: ["数量"],
      framework: "legacy",
      year: 2025,
      rules: { "gone/rule": "off", "test/name-empty": "off", "test/basis-empty": "error", "test/value-long": { options: { note: "x" } } },
    });
  });

  test("a rule turned off keeps its changed options; a severity with options is an object", () => {
    const form = formFromConfig({}, TEST_RULES);
    form.rules[2] = { ...form.rules[2], enabled: false, options: { maxLength: "12" } };
    expect(configFromForm(form, TEST_RULES).rules).toEqual({ "test/value-long": { severity: "off", options: { maxLength: 12 } } });
    form.rules[2] = { ...form.rules[2], enabled: true, severity: "warning" };
    expect(configFromForm(form, TEST_RULES).rules).toEqual({ "test/value-long": { severity: "warning", options: { maxLength: 12 } } });
    expect(formFromConfig(configFromForm(form, TEST_RULES), TEST_RULES)).toEqual(form);
  });

  test("years and numbers are validated", () => {
    expect([parseYear(""), parseYear("2024"), parseYear("24"), parseYear("3000"), parseYear("20x4")]).toEqual([
      undefined,
      2024,
      "invalid",
      "invalid",
      "invalid",
    ]);
    expect([parseOption("1.5"), parseOption("-2"), parseOption(""), parseOption("1e3"), parseOption("abc"), parseOption("1,5")]).toEqual([
      1.5,
      -2,
      "invalid",
      1000,
      "invalid",
      "invalid",
    ]);
    const form = formFromConfig({}, TEST_RULES);
    form.year = "99";
    form.rules[2].options.maxLength = "x";
    expect([...formErrors(form)].sort()).toEqual(["test/value-long:maxLength", "year"]);
    expect(defaultsForm(TEST_RULES)).toEqual(formFromConfig({}, TEST_RULES));
  });

  test("a map option (plan/back-loaded's minimum per milestone) is one field per offered key, blank = not set", () => {
    const backLoaded = rules.filter((r) => r.meta.id === "plan/back-loaded");
    const base = { rules: { "plan/back-loaded": { options: { minimum: { "10月底": 80 } } } } };
    const form = formFromConfig(base, backLoaded);
    expect(form.rules[0].options).toEqual({ "minimum.3月底": "", "minimum.6月底": "", "minimum.9月底": "", "minimum.10月底": "80" });
    form.rules[0].options["minimum.6月底"] = "50";
    form.rules[0].options["minimum.10月底"] = "";
    expect(configFromForm(form, backLoaded, base)).toEqual({ rules: { "plan/back-loaded": { options: { minimum: { "6月底": 50 } } } } });
    form.rules[0].options["minimum.6月底"] = "";
    expect(configFromForm(form, backLoaded, base)).toEqual({});
    form.rules[0].options["minimum.9月底"] = "120";
    form.rules[0].options["minimum.3月底"] = "-1";
    expect([...formErrors(form)].sort()).toEqual(["plan/back-loaded:minimum.3月底", "plan/back-loaded:minimum.9月底"]);
    expect([optionValue("red", "-5"), optionValue("red", "150"), optionValue("minimum.6月底", "100"), optionValue("minimum.6月底", " ")]).toEqual([
      "invalid",
      150,
      100,
      undefined,
    ]);
  });

  test("every numeric option of every rule has a label in both languages", () => {
    const keys = rules.flatMap((r) => [...numericOptions(r).map(([k]) => k), ...Object.keys(r.meta.optionKeys ?? {})]);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(dictionaries.zh).toHaveProperty(`option_${k}`);
      expect(dictionaries.en).toHaveProperty(`option_${k}`);
    }
  });
});

describe("findings helpers", () => {
  const findings = [
    f("B", "A1", "error", "r1", 2),
    f("A", "C3", "warning", "r2", 0),
    f("A", "A9", "info", "r1", 1),
    f("A", "B2", "error", "r1", 0),
    f("C", "A1", "info", "r3", 3),
  ];
  test("counting and filtering", () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, info: 2 });
    expect(filterFindings(findings, ALL_FINDINGS)).toHaveLength(5);
    expect(filterFindings(findings, { severities: { error: false, warning: true, info: true }, rule: "r1" }).map((x) => x.cell)).toEqual(["A9"]);
    expect(rulesIn(findings)).toEqual(["r1", "r2", "r3"]);
  });
  test("grouping follows the sheet order, then table index; findings keep the engine's order", () => {
    const g = groupFindings(findings, ["A", "B"]);
    expect(g.map((x) => [x.sheet, x.count, x.tables.map((t) => [t.tableIndex, t.findings.map((y) => y.cell)])])).toEqual([
      [
        "A",
        3,
        [
          [0, ["C3", "B2"]],
          [1, ["A9"]],
        ],
      ],
      ["B", 1, [[2, ["A1"]]]],
      ["C", 1, [[3, ["A1"]]]],
    ]);
  });
  test("tables the pane offers something for are listed without findings, in their place", () => {
    const also = [
      { sheet: "B", table: "乙", tableIndex: 4, kind: "project" as const },
      { sheet: "D", table: "丁", tableIndex: 5, kind: "monitoring" as const },
      { sheet: "A", table: "甲", tableIndex: 0, kind: "project" as const },
    ];
    const g = groupFindings(findings, ["A", "B", "C", "D"], also);
    expect(g.map((x) => [x.sheet, x.count, x.tables.map((t) => [t.tableIndex, t.kind, t.findings.length])])).toEqual([
      [
        "A",
        3,
        [
          [0, "project", 2],
          [1, "project", 1],
        ],
      ],
      [
        "B",
        1,
        [
          [2, "project", 1],
          [4, "project", 0],
        ],
      ],
      ["C", 1, [[3, "project", 1]]],
      ["D", 0, [[5, "monitoring", 0]]],
    ]);
  });
});

describe("theme", () => {
  test("follows Office's body background", () => {
    expect(isDarkColor("#1F1F1F")).toBe(true);
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#E6E6E6")).toBe(false);
    expect(isDarkColor("nonsense")).toBe(false);
    expect(themeFor({ bodyBackgroundColor: "#212121" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#ffffff" })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});

describe("replaceSheet", () => {
  const s = (name: string) => ({ name, originRow: 0, originCol: 0, values: [[name]], merges: [] });
  test("replaces in place, appends new sheets, drops missing ones", () => {
    const wb = { name: "x", sheets: [s("a"), s("b")] };
    expect(replaceSheet(wb, "a", { ...s("a"), values: [["new"]] }).sheets.map((x) => x.values[0][0])).toEqual(["new", "b"]);
    expect(replaceSheet(wb, "c", s("c")).sheets.map((x) => x.name)).toEqual(["a", "b", "c"]);
    expect(replaceSheet(wb, "a", undefined).sheets.map((x) => x.name)).toEqual(["b"]);
    expect(wb.sheets.map((x) => x.name)).toEqual(["a", "b"]);
  });
});
