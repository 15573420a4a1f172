import { parseWorkbook } from "../src/engine/check";
import { buildTable, CLEAN, workbook } from "./helpers/layout";
import { toA1 } from "../src/engine/address";
const dump = (label: string, spec: any, cells?: any) => {
  const { sheet, at } = buildTable(spec, "S", { cells });
  const p = parseWorkbook(workbook(sheet));
  const t = p.tables[0];
  const f = (x: any) => x ? `${toA1(x.row, x.col)}=${JSON.stringify(x.cell.value)}|${x.cell.numberFormat}` : "-";
  console.log(label, JSON.stringify({ n: p.tables.length, first: t && toA1(t.first.row, t.first.col), name: f(t?.name), total: f(t?.budget?.total), unit: t?.budget?.unitFromLabel,
    parts: t?.budget?.parts.map((x) => x.name + ":" + f(x)), purpose: f(t?.budget?.purpose), plan: t?.plan?.milestones.map((m) => m.label + ":" + f(m.value)), pl: t?.plan?.percentLabel,
    goals: t?.goals?.goals.map((g) => (g.label ?? "") + ":" + f(g.text)), header: !!t?.header, at }, null, 0));
};
test("x", () => {
  dump("clean", CLEAN);
  dump("noname", { name: null });
  dump("nototal", { total: null });
  dump("wanlabel", { totalLabel: "预算数（万元）", total: 50, parts: [{ label: "其中：财政资金", value: 30 }, { label: "其他资金", value: 20 }] });
  dump("unitrow", { total: 50, parts: [{ label: "其中：财政资金", value: 30 }, { label: "其他资金", value: 20 }] }, { H3: "单位：万元" });
  dump("threeparts", { total: "50万元", parts: [{ label: "其中：当年财政拨款", value: "30万元" }, { label: "上年结转", value: "10万元" }, { label: "其他资金（体彩公益金）", value: "10万元" }] });
  dump("omitname", { omit: ["name"] });
  dump("omitall", { omit: ["budget", "plan"] });
  dump("omitgoals", { omit: ["goals"] });
  dump("goalsblank", { goals: [null, "x"] });
  dump("goalsnull", { goals: null });
  dump("noPurpose", { purpose: null });
  dump("plan3", { milestones: ["3月底", "6月底", "9月底", "12月底", "x"], plan: [0.1, 0.4, 0.7, 1] });
  dump("notitle", { title: null });
});
