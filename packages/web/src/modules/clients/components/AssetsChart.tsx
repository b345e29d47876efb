import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { compactAxis, formatMoney } from '../../../shared/format';
import { isChinese } from '../../../shared/languages';
import { Loading } from '../../../shared/ui/ErrorMessage';
import { useClientAssets } from '../hooks/useClientDetail';

interface Point {
  day: string;
  /** For plotting only: the y position. Never displayed. */
  value: number;
  /** The exact decimal string, which is what the tooltip shows. */
  exact: string;
}


// recharts renders this as a component (createElement), so hooks are fine inside
function ChartTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> }) {
  const { t } = useTranslation();
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <div className="muted small">{t('client.assetsOn', { day: point.day })}</div>
      <div className="num strong">{formatMoney(point.exact)}</div>
    </div>
  );
}

/** Daily total assets over the last 12 months. */
export function AssetsChart({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const zh = isChinese(i18n.resolvedLanguage);
  const { points, error } = useClientAssets(clientId);

  // Decimal strings become JS numbers here ONLY to place points on the chart; a float's
  // rounding is invisible at pixel scale. Every amount shown as text uses the exact string.
  const data: Point[] = useMemo(() => (points ?? []).map((p) => ({ day: p.day, value: Number(p.totalAssets), exact: p.totalAssets })), [points]);

  return (
    <section className="card" aria-labelledby="assets-chart-title">
      <h2 id="assets-chart-title" className="card-title">
        {t('client.assetsChart')}
      </h2>
      <div className="chart" data-testid="assets-chart">
        {error ? (
          <p className="muted">{t('common.errorGeneric')}</p>
        ) : !points ? (
          <Loading />
        ) : data.length === 0 ? (
          <p className="muted">{t('client.assetsChartEmpty')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
              <CartesianGrid stroke="#e6e8ec" vertical={false} />
              <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(0, 7)} minTickGap={48} tick={{ fontSize: 11 }} stroke="#8a919e" />
              <YAxis
                width={56}
                tickFormatter={(v: number) => compactAxis(v, zh)}
                tick={{ fontSize: 11 }}
                stroke="#8a919e"
                domain={['auto', 'auto']}
              />
              <Tooltip content={ChartTooltip} />
              <Line type="monotone" dataKey="value" stroke="#1f5fbf" strokeWidth={1.75} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </section>
  );
}
