import { WorkbookRule } from "../rule";
import { Goal, TableModel } from "../model";
import { normalizeProse } from "../normalize";
import { isEmptyText, tableLabel } from "./utils/text";

/**
 * goal/duplicate-across-tables: a goal text identical, after whitespace and punctuation are
 * dropped, to a goal of an earlier table of the workbook (or of the run, with --across-files).
 * Points at the goal text in the later table; tables are read in workbook order, then table
 * order. Blank goals and repeats inside one table are not this rule's business.
 */

interface Seen {
  table: TableModel;
  /** How messages name the goal ("目标1"). */
  name: string;
  workbook: number;
}

/** How messages in both languages name a goal: its label as written ("目标1"), else 绩效目标. */
const goalName = (g: Goal, i: number, many: boolean) => g.label?.trim() ?? (many ? `绩效目标（第${i + 1}条）` : "绩效目标");

/**
 * Details (the finer points users are not shown):
 * 绩效目标与同一工作簿（或同一批文件）中另一张表的目标相同（忽略空白和标点），多为照抄。
 */
const rule: WorkbookRule = {
  scope: "workbook",
  meta: {
    id: "goal/duplicate-across-tables",
    severity: "warning",
    name: { zh: "绩效目标与其他表相同", en: "Goal copied from another table" },
    docs: {
      zh: "绩效目标与另一张表的目标一字不差，多为照抄。",
      en: "A goal is identical to another table's goal, usually copied.",
    },
    messages: {
      zh: {
        duplicate: "{{label}}与“{{other}}”（工作表{{sheet}}）的{{otherLabel}}相同，请按本项目的实际内容填写绩效目标",
        duplicateInFile: "{{label}}与文件“{{file}}”中“{{other}}”（工作表{{sheet}}）的{{otherLabel}}相同，请按本项目的实际内容填写绩效目标",
      },
      en: {
        duplicate: '{{label}} is the same as {{otherLabel}} of "{{other}}" (sheet {{sheet}}); write this project\'s own goal',
        duplicateInFile: '{{label}} is the same as {{otherLabel}} of "{{other}}" (sheet {{sheet}}) in the file "{{file}}"; write this project\'s own goal',
      },
    },
  },
  check(ctx) {
    // The runner passes them in reading order already; sorting (stable) makes the rule not depend on it.
    const ordered = [...ctx.tables].sort((a, b) => a.workbook - b.workbook || a.table.index - b.table.index);
    const firstSeen = new Map<string, Seen>();
    for (const { table, workbook } of ordered) {
      const goals = table.goals?.goals ?? [];
      const many = goals.length > 1;
      const mine: [string, Seen][] = [];
      goals.forEach((goal, i) => {
        if (isEmptyText(goal.text)) return;
        const key = normalizeProse(goal.text.cell.text);
        if (key === "") return;
        const name = goalName(goal, i, many);
        const earlier = firstSeen.get(key);
        if (earlier) {
          // in another file of the run: name the file, the reviewer has many
          const file = earlier.workbook !== workbook ? ctx.fileName?.(earlier.workbook) : undefined;
          ctx.report(table.index, workbook, {
            row: goal.text.row,
            col: goal.text.col,
            messageId: file ? "duplicateInFile" : "duplicate",
            data: {
              label: name,
              other: tableLabel(earlier.table),
              sheet: earlier.table.sheet,
              otherLabel: earlier.name,
              ...(file ? { file } : {}),
            },
          });
        }
        mine.push([key, { table, name, workbook }]);
      });
      // Registered after the whole table is read, so that a goal repeated inside one table is no finding.
      for (const [key, seen] of mine) if (!firstSeen.has(key)) firstSeen.set(key, seen);
    }
  },
};

export default rule;
