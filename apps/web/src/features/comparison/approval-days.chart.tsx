import type { ApprovalBar } from './approval-bars';

const ROW = 30;
const LABEL = 120;
const PLOT = 360;
const TEXT = 220;

/**
 * Working days from submission to approval under each policy, as horizontal bars (plain SVG). A policy that sets no
 * period for its 立项 steps has no bar and says so.
 */
export function ApprovalDaysChart({ bars }: { bars: ReadonlyArray<ApprovalBar> }) {
  const max = Math.max(1, ...bars.map((bar) => bar.days ?? 0));
  const height = bars.length * ROW + 8;
  return (
    <svg
      role="img"
      aria-label="立项用时（工作日）对比"
      data-testid="approval-chart"
      viewBox={`0 0 ${LABEL + PLOT + TEXT} ${height}`}
      style={{ width: '100%', maxWidth: LABEL + PLOT + TEXT, height: 'auto', display: 'block' }}
    >
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const width = bar.days === null ? 0 : Math.max(2, (bar.days / max) * PLOT);
        return (
          <g key={bar.key} data-testid={`approval-bar-${bar.code}`}>
            <title>{`${bar.name}：${bar.text}`}</title>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize={13}>
              {bar.name}
            </text>
            {bar.days !== null && <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} rx={3} fill="#1f5fa8" />}
            {bar.days === null && <line x1={LABEL} x2={LABEL} y1={y + 4} y2={y + ROW - 4} stroke="#bfbfbf" />}
            <text x={LABEL + width + 8} y={y + ROW / 2} dominantBaseline="middle" fontSize={12} fill={bar.days === null ? '#8c8c8c' : '#262626'}>
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
