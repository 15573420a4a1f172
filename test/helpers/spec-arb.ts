import * as fc from "fast-check";
import type { ProjectSpec, SpecIndicator } from "../../src/engine/spec";
import type { FrameworkId } from "../../src/engine/model";

/**
 * Random VALID project specs that deserve no finding at all: Chinese names and texts, budget parts
 * that add up, cumulative plans ending at 100% with money spent before the last milestone, goals,
 * and indicators from the framework's tree with values of the right kind.
 *
 * Texts are drawn from characters that never spell a field label, a footer word (注, 说明…), a
 * milestone or a bounded rate, so that the table reads back exactly.
 */
const CHARS = "城乡社区建设教育卫生文化体育农业水利交通科技环保养老就业扶持补助服务管理改造维修采购信息化平台运行维护公共安全应急保障人才培训示范推广";
const PUNCT = "，、";

const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...CHARS), { minLength: min, maxLength: max }).map((a) => a.join(""));

const sentence = fc
  .array(word(3, 12), { minLength: 1, maxLength: 4 })
  .chain((ws) => fc.constantFrom(...PUNCT).map((p) => `${ws.join(p)}。`));

const PART_LABELS = ["财政资金", "其他资金", "上年结转", "自筹资金"];

const amount = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }).map((c) => c / 100), fc.integer({ min: 1, max: 5000 }));

const parts = fc
  .shuffledSubarray(PART_LABELS, { minLength: 1, maxLength: 4 })
  .chain((labels) => fc.tuple(...labels.map((label) => fc.option(amount, { nil: null, freq: 4 }).map((a) => ({ label, amount: a })))))
  .filter((ps) => ps.some((p) => p.amount !== null))
  .map((ps) => ps.map((p, i) => (i === 0 && p.amount === null ? { ...p, amount: 1 } : p)));

const MILESTONE_SETS: string[][] = [
  ["3月底", "6月底", "9月底", "12月底"],
  ["3月底", "6月底", "10月底", "12月底"],
  ["6月底", "12月底"],
  ["3月底", "6月底", "9月底", "11月底", "12月底"],
  Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
  ["第一季度", "第二季度", "第三季度", "第四季度"],
];

/** Cumulative percentages, non-decreasing, the last 100, the first above 0 (not back-loaded). */
const plan = fc.constantFrom(...MILESTONE_SETS).chain((labels) =>
  fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: labels.length - 1, maxLength: labels.length - 1 })
    .chain((raw) =>
      fc.boolean().map((decimals) => {
        const sorted = raw.map((x) => (decimals ? x / 10 : Math.round(x / 10))).sort((a, b) => a - b);
        if (sorted.length > 0 && sorted[0] === 0) sorted[0] = decimals ? 0.5 : 1;
        for (let i = 1; i < sorted.length; i++) if (sorted[i] < sorted[i - 1]) sorted[i] = sorted[i - 1];
        const percents = [...sorted, 100];
        return labels.map((label, i) => ({ label, percent: percents[i] }));
      }),
    ),
);

type Kind = "quantity" | "quality" | "timeliness" | "cost" | "qualitativeCost" | "benefit" | "satisfaction";

function valueArb(kind: Kind, year: number): fc.Arbitrary<string> {
  switch (kind) {
    case "quantity":
      return fc.tuple(fc.constantFrom("≥", "≤", "", "不少于"), fc.integer({ min: 1, max: 999 }), fc.constantFrom("人", "次", "家", "个", "场", "项", "人次", "平方米")).map(([c, n, u]) => `${c}${n}${u}`);
    case "quality":
      return fc.oneof(fc.integer({ min: 80, max: 100 }).map((n) => `≥${n}%`), fc.constantFrom("合格", "达标", "优"));
    case "timeliness":
      return fc.constantFrom("12月31日前", `${year}年12月31日前`, "≤30个工作日", "年底前", `${year}年6月30日前`);
    case "cost":
      return fc.integer({ min: 1, max: 9999 }).map((n) => `≤${n}万元`);
    case "qualitativeCost":
      return fc.constantFrom("无明显负面影响", "较低");
    case "benefit":
      return fc.constantFrom("有所提升", "明显提升", "提高", "是");
    case "satisfaction":
      return fc.integer({ min: 80, max: 100 }).map((n) => `≥${n}%`);
  }
}

function kindOf(framework: FrameworkId, l1: string, l2: string): Kind {
  if (l1 === "满意度指标") return "satisfaction";
  if (l2 === "数量指标") return "quantity";
  if (l2 === "质量指标") return "quality";
  if (l2 === "时效指标") return "timeliness";
  if (l2 === "成本指标" || l2 === "经济成本指标") return "cost";
  if (l1 === "成本指标") return framework === "2021" ? "qualitativeCost" : "cost";
  return "benefit";
}

const TREES: Record<FrameworkId, [string, string[]][]> = {
  legacy: [
    ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ],
  "2021": [
    ["成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]],
    ["产出指标", ["数量指标", "质量指标", "时效指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ],
};

function indicatorsArb(framework: FrameworkId, year: number): fc.Arbitrary<SpecIndicator[]> {
  // the required ones (every 一级; 产出 with 数量, 质量, 时效) plus a few more, grouped by 一级
  const slots: fc.Arbitrary<[string, string][]>[] = TREES[framework].map(([l1, l2s]) => {
    const required = l1 === "产出指标" ? ["数量指标", "质量指标", "时效指标"] : [l2s[0]];
    return fc.array(fc.constantFrom(...l2s), { maxLength: 2 }).map((extra) => [...required, ...extra].map((l2) => [l1, l2] as [string, string]));
  });
  return fc.tuple(...slots).chain((groups) => {
    const pairs = groups.flat();
    return fc.tuple(
      ...pairs.map(([l1, l2], i) =>
        fc
          .record({
            name: word(2, 10),
            description: fc.option(sentence, { nil: null }),
            value: valueArb(kindOf(framework, l1, l2), year),
            basis: fc.constantFrom("工作计划", "工作经验", "行业标准", "计划标准", "历史标准"),
          })
          .map((r) => ({ level1: l1, level2: l2, ...r, name: `${r.name}${i + 1}` })),
      ),
    );
  });
}

export const specArb: fc.Arbitrary<ProjectSpec> = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    code: fc.option(fc.integer({ min: 100000, max: 99999999 }).map((n) => `${n}`), { nil: null }),
    name: word(2, 12),
    department: fc.option(word(2, 8).map((w) => `${w}局`), { nil: null }),
    implementer: fc.option(word(2, 8).map((w) => `${w}中心`), { nil: null }),
    unit: fc.constantFrom("万元" as const, "元" as const),
    parts,
    totalGiven: fc.boolean(),
    purpose: sentence,
    plan,
    goals: fc.uniqueArray(sentence, { minLength: 1, maxLength: 4 }),
    framework: fc.constantFrom("legacy" as const, "2021" as const),
  })
  .chain((r) =>
    indicatorsArb(r.framework, r.year).map((indicators) => {
      const sum = r.parts.reduce((s, p) => s + Math.round((p.amount ?? 0) * 10000), 0) / 10000;
      const spec: ProjectSpec = {
        year: r.year,
        code: r.code,
        name: r.name,
        department: r.department,
        implementer: r.implementer,
        unit: r.unit,
        budget: r.totalGiven ? { total: sum, parts: r.parts } : { parts: r.parts },
        purpose: r.purpose,
        plan: r.plan,
        goals: r.goals,
        framework: r.framework,
        indicators,
      };
      return spec;
    }),
  );

/** The source document's 招商引资 table as a spec (cli.md's example, completed). */
export const SEED_SPEC: ProjectSpec = {
  year: 2023,
  code: null,
  name: "招商引资",
  title: "招商引资项目绩效目标表",
  department: null,
  unit: "万元",
  budget: { total: 50, parts: [{ label: "财政资金", amount: 50 }, { label: "其他资金", amount: null }] },
  purpose: "主要用于组织实施招商引资活动，接待客商来访，参加投资贸易洽谈会等活动。",
  plan: [
    { label: "3月底", percent: 0 },
    { label: "6月底", percent: 0 },
    { label: "10月底", percent: 0 },
    { label: "12月底", percent: 100 },
  ],
  goals: ["瞄准重点区域、重点客商和商务机构，加强企业对接、园区对接、项目对接，宣传推介高新区投资环境。", "接待客商来访考察，推介高新区情况，推动项目发展。"],
  framework: "legacy",
  indicators: [
    { level1: "产出指标", level2: "数量指标", name: "接待客商人数", description: "专项推介、专题对接、现场考察的客商人数", value: "≥20人", basis: "工作计划" },
    { level1: "产出指标", level2: "质量指标", name: "开展招商活动（次）", description: "参加各种会议、拜访相关团体组织企事业单位", value: "≥10次", basis: "工作经验" },
    { level1: "产出指标", level2: "时效指标", name: "项目完成时效", description: "招商引资任务完成时间", value: "12月31日前", basis: "工作经验" },
    { level1: "产出指标", level2: "成本指标", name: "举办/参加活动场次", description: "恳谈会、推介会等开办场次", value: "≥1场", basis: "工作经验" },
    { level1: "效果指标", level2: "经济效益指标", name: "企业对高新区了解度", description: "企业对高新区了解度是否提升", value: "提升", basis: "工作经验" },
    { level1: "满意度指标", level2: "服务对象满意度指标", name: "受益人满意度", description: "受益人对招商工作的满意度", value: "≥90%", basis: "工作经验" },
  ],
};

/** The seed spec without its two defects (back-loaded plan, a 成本 value that is not money). */
export const CLEAN_SPEC: ProjectSpec = {
  ...SEED_SPEC,
  plan: [
    { label: "3月底", percent: 20 },
    { label: "6月底", percent: 50 },
    { label: "10月底", percent: 80 },
    { label: "12月底", percent: 100 },
  ],
  indicators: SEED_SPEC.indicators.map((i) => (i.level2 === "成本指标" ? { ...i, name: "活动经费", description: "恳谈会、推介会等活动经费", value: "≤50万元" } : i)),
};
