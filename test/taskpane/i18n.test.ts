import { dictionaries, format, langFromDisplayLanguage, severityLabel, stringsFor } from "../../src/taskpane/i18n";
import { pseudoLocalize } from "./pseudo";

const placeholders = (s: string) => (s.match(/\{\{\s*(\w+)\s*\}\}/g) ?? []).map((p) => p.replace(/[{}\s]/g, "")).sort();

describe("i18n", () => {
  test("zh and en have exactly the same keys", () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.zh).sort());
  });

  test("every string is non-empty and has the same placeholders in both languages", () => {
    for (const key of Object.keys(dictionaries.zh) as (keyof typeof dictionaries.zh)[]) {
      expect([key, dictionaries.zh[key].trim().length > 0]).toEqual([key, true]);
      expect([key, dictionaries.en[key].trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(dictionaries.en[key])]).toEqual([key, placeholders(dictionaries.zh[key])]);
    }
  });

  test("the Chinese dictionary is Chinese (strings that are only placeholders and punctuation aside)", () => {
    const han = /\p{Script=Han}/u;
    const words = (v: string) => /[\p{L}]/u.test(v.replace(/\{\{\s*\w+\s*\}\}/g, ""));
    const notHan = Object.entries(dictionaries.zh).filter(([, v]) => words(v) && !han.test(v));
    expect(notHan).toEqual([]);
    // ...and the English one has no Chinese except where it quotes the table's own labels.
    const quotesLabels = ["intro", "emptyHint"];
    expect(Object.entries(dictionaries.en).filter(([k, v]) => han.test(v) && !quotesLabels.includes(k))).toEqual([]);
  });

  test("Chinese first; English when Office's display language is English", () => {
    expect(langFromDisplayLanguage("zh-CN")).toBe("zh");
    expect(langFromDisplayLanguage("zh-TW")).toBe("zh");
    expect(langFromDisplayLanguage("en-US")).toBe("en");
    expect(langFromDisplayLanguage("en-GB")).toBe("en");
    expect(langFromDisplayLanguage("EN")).toBe("en");
    expect(langFromDisplayLanguage("fr-FR")).toBe("zh");
    expect(langFromDisplayLanguage(undefined)).toBe("zh");
    expect(langFromDisplayLanguage("")).toBe("zh");
  });

  test("format fills placeholders; severities have words", () => {
    expect(format(stringsFor("zh"), "reading", { done: 2, total: 5 })).toBe("正在读取工作表 2/5");
    expect(format(stringsFor("en"), "reading", { done: 2, total: 5 })).toBe("Reading sheet 2 of 5");
    expect(["error", "warning", "info"].map((s) => severityLabel(stringsFor("zh"), s as "error"))).toEqual(["错误", "警告", "提示"]);
  });

  test("pseudo-localised strings are at least three times as long and keep their placeholders", () => {
    const p = pseudoLocalize(dictionaries.zh);
    for (const key of Object.keys(p) as (keyof typeof p)[]) {
      expect(placeholders(p[key])).toEqual(placeholders(dictionaries.zh[key]));
      const bare = (s: string) => s.replace(/\{\{\s*\w+\s*\}\}/g, "");
      expect(bare(p[key]).length).toBeGreaterThanOrEqual(3 * bare(dictionaries.zh[key]).length);
    }
  });
});
