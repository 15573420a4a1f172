import * as React from "react";
import { tokens } from "@fluentui/react-components";

export interface PlanChartProps {
  /** Milestones with their cumulative percent (null: blank or not a number). */
  points: { label: string; percent: number | null }[];
  /** The chart's text alternative. */
  label: string;
}

const W = 300;
const H = 140;
const PAD = { left: 30, right: 8, top: 10, bottom: 24 };

/**
 * The spending plan as a small inline SVG: a bar per milestone (cumulative %, 0–100) and a line
 * through the bar tops, so a back-loaded plan shows as one tall bar at the end. No chart library.
 * One role="img" with a text alternative; the drawing itself is hidden from screen readers.
 */
export function PlanChart({ points, label }: PlanChartProps): React.JSX.Element {
  const n = Math.max(1, points.length);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / n;
  const barW = Math.max(4, slot * 0.6);
  const y = (p: number) => PAD.top + plotH - (Math.max(0, Math.min(100, p)) / 100) * plotH;
  const line = points
    .map((p, i) => (p.percent === null ? null : `${(PAD.left + slot * i + slot / 2).toFixed(1)},${y(p.percent).toFixed(1)}`))
    .filter((x): x is string => x !== null)
    .join(" ");
  const small = n > 6;
  return (
    <svg data-testid="plan-chart" role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: "420px", display: "block" }}>
      <title>{label}</title>
      <g aria-hidden="true" fontSize="9" fill={tokens.colorNeutralForeground2}>
        {[0, 50, 100].map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={tokens.colorNeutralStroke2} strokeWidth="0.5" />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end">
              {t}%
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          const blank = p.percent === null;
          const top = blank ? y(0) - 1 : y(p.percent!);
          const over = !blank && (p.percent! > 100 || p.percent! < 0);
          return (
            <g key={i} data-bar={p.label}>
              <rect
                x={x}
                y={top}
                width={barW}
                height={Math.max(1, y(0) - top)}
                fill={blank ? "none" : over ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground}
                stroke={blank ? tokens.colorNeutralStroke1 : "none"}
                strokeDasharray={blank ? "2 2" : undefined}
              />
              {(!small || i % 2 === 1 || i === points.length - 1) && (
                <text x={x + barW / 2} y={H - PAD.bottom + 12} textAnchor="middle">
                  {p.label}
                </text>
              )}
            </g>
          );
        })}
        {line && <polyline points={line} fill="none" stroke={tokens.colorNeutralForeground1} strokeWidth="1.2" />}
      </g>
    </svg>
  );
}
