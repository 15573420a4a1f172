import { FrameworkId } from "./model";
import { normalizeLabel } from "./normalize";
import { stripQualifier } from "./labels";
import { memoString } from "./memo";

/**
 * The two indicator frameworks (table-format.md): which 二级 belong under which 一级.
 * Names are canonical short forms; real labels are matched as synonyms through canon*().
 */
export type Level1 = "产出" | "效益" | "满意度" | "成本";

export const FRAMEWORKS: Record<FrameworkId, { name: { zh: string; en: string }; tree: Partial<Record<Level1, string[]>> }> = {
  legacy: {
    name: { zh: "传统框架（产出/效益/满意度）", en: "legacy (output/benefit/satisfaction)" },
    tree: {
      产出: ["数量", "质量", "时效", "成本"],
      效益: ["经济效益", "社会效益", "生态效益", "可持续影响"],
      满意度: ["服务对象满意度"],
    },
  },
  "2021": {
    name: { zh: "2021年核心指标框架（财预〔2021〕101号）", en: "2021 central guidance (Cai Yu [2021] No. 101)" },
    tree: {
      成本: ["经济成本", "社会成本", "生态环境成本"],
      产出: ["数量", "质量", "时效"],
      效益: ["经济效益", "社会效益", "生态效益", "可持续影响"],
      满意度: ["服务对象满意度"],
    },
  },
};

/** Display names for canonical forms (what the wizard writes and the reports show). */
export function level1Label(l1: Level1): string {
  return `${l1}指标`;
}
export function level2Label(l2: string): string {
  return `${l2}指标`;
}

// "产出指标(50分)" → "产出", "效果\n指标" → "效果", "1.数量指标" → "数量"
const bare = memoString((raw: string): string =>
  stripQualifier(normalizeLabel(raw))
    .replace(/^[0-9一二三四五六七八九十]+[.、．]/, "")
    .replace(/[0-9.]+分$/, "")
    .replace(/指标$/, ""),
);

export function canonLevel1(raw: string): Level1 | undefined {
  const b = bare(raw);
  if (b === "产出") return "产出";
  if (b === "效益" || b === "效果") return "效益";
  if (b === "满意度") return "满意度";
  if (b === "成本") return "成本";
  return undefined;
}

const LEVEL2_SYNONYMS: Record<string, string> = {
  数量: "数量",
  质量: "质量",
  时效: "时效",
  成本: "成本",
  经济效益: "经济效益",
  经济效果: "经济效益",
  社会效益: "社会效益",
  社会效果: "社会效益",
  生态效益: "生态效益",
  环境效益: "生态效益",
  生态环境效益: "生态效益",
  生态效果: "生态效益",
  可持续影响: "可持续影响",
  可持续发展影响: "可持续影响",
  服务对象满意度: "服务对象满意度",
  社会公众或服务对象满意度: "服务对象满意度",
  满意度: "服务对象满意度",
  受益对象满意度: "服务对象满意度",
  经济成本: "经济成本",
  社会成本: "社会成本",
  生态环境成本: "生态环境成本",
  环境成本: "生态环境成本",
  生态成本: "生态环境成本",
};

export function canonLevel2(raw: string): string | undefined {
  return LEVEL2_SYNONYMS[bare(raw)];
}

/** A 一级 row "成本指标" means the 2021 framework. */
export function recogniseFramework(level1Texts: string[]): FrameworkId {
  return level1Texts.some((t) => canonLevel1(t) === "成本") ? "2021" : "legacy";
}

/** Does this 二级 belong under this 一级 in this framework? */
export function belongs(framework: FrameworkId, l1: Level1, l2: string): boolean {
  return (FRAMEWORKS[framework].tree[l1] ?? []).includes(l2);
}

export function requiredLevel1(framework: FrameworkId): Level1[] {
  return Object.keys(FRAMEWORKS[framework].tree) as Level1[];
}

/** What kind of target an indicator is, for the value rules. */
export type IndicatorKind = "quantity" | "quality" | "timeliness" | "cost" | "benefit" | "satisfaction" | "unknown";

export function indicatorKind(framework: FrameworkId, level1: string, level2: string): IndicatorKind {
  const l1 = canonLevel1(level1);
  const l2 = canonLevel2(level2);
  if (l1 === "满意度" || l2 === "服务对象满意度") return "satisfaction";
  if (l2 === "数量") return "quantity";
  if (l2 === "质量") return "quality";
  if (l2 === "时效") return "timeliness";
  if (l2 === "成本" || l2 === "经济成本") return "cost";
  if (l1 === "成本") return framework === "2021" ? "benefit" : "cost";
  if (l1 === "效益") return "benefit";
  return "unknown";
}
