import { CellInfo } from "../sheet";

/** Units of money the engine understands; amounts are compared in 万元. */
export type MoneyUnit = "万元" | "元";

export type AmountReading =
  | { kind: "blank" }
  | {
      kind: "amount";
      /** in the unit it was written in */ value: number;
      unit: MoneyUnit;
      /** where the unit came from */ unitSource: "cell" | "label" | "assumed";
      wan: number;
    }
  | { kind: "invalid"; reason: string };

export type PercentReading = { kind: "blank" } | { kind: "percent"; /** 0–100 scale: 50 means 50% */ value: number } | { kind: "invalid"; reason: string };

export type Comparison = ">=" | "<=" | ">" | "<" | "=";

/** What a 指标值 says. */
export type IndicatorValue =
  | { kind: "blank" }
  | { kind: "placeholder"; text: string }
  | {
      kind: "quantity";
      comparison?: Comparison;
      value: number;
      /** Whatever follows the number ("人", "万元", "%", "人次"); "" when nothing does. */
      unit: string;
      isPercent: boolean;
      isMoney: boolean;
      /** The amount in 万元 when isMoney. */
      wan?: number;
    }
  | { kind: "qualitative"; text: string }
  | { kind: "deadline"; year?: number; month?: number; day?: number; text: string }
  | { kind: "duration"; comparison?: Comparison; value: number; unit: string }
  | { kind: "unknown"; text: string };

export type { CellInfo };
