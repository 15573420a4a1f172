import { FrameworkId } from "./model";

/** A table as the command line's JSON shows it (cli.md): numbers in the table's unit, blanks null. */
export interface TableSummary {
  sheet: string;
  range: string;
  title: string | null;
  framework: FrameworkId;
  project: { code: string | null; name: string | null };
  budget: {
    unit: string;
    total: number | null;
    parts: Record<string, number | null>;
    purpose: string | null;
  };
  plan: { label: string; percent: number | null }[];
  goals: string[];
  indicators: {
    level1: string;
    level2: string;
    name: string;
    description: string | null;
    value: string;
    basis: string | null;
    cell: string;
  }[];
  year: number | null;
  notes: string[];
}
