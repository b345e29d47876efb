import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInt, formatLocalDate } from '../../../shared/format';
import { ErrorMessage, Loading } from '../../../shared/ui/ErrorMessage';
import type { SimTier } from '../simulation';
import { useSimulation } from '../hooks/useSimulation';
import { MigrationMatrix } from './MigrationMatrix';
import { MoversTable } from './MoversTable';
import { TierTotalsTable } from './TierTotalsTable';

/** A dry run of the policy over every client: nothing is written. */
export function SimulationPanel({ policyId, draftTiers }: { policyId: string; draftTiers: readonly SimTier[] }) {
  const { t } = useTranslation();
  const [asOfText, setAsOfText] = useState('');
  const [asOf, setAsOf] = useState<string | null>(null);
  const { simulation, fetching, error, rerun } = useSimulation(policyId, asOf);
  // Each new summary (a save, "run again", another day) asks for the movers afresh and from
  // page one. Asking only after the summary also keeps a page of movers from being computed
  // on tiers a save is replacing at that moment.
  const revision = useRef({ of: simulation, n: 0 });
  if (simulation !== revision.current.of) revision.current = { of: simulation, n: revision.current.n + 1 };

  function apply() {
    const next = asOfText || null;
    if (next === asOf) rerun();
    else setAsOf(next);
  }

  return (
    <section className="card" aria-labelledby="simulation-title" data-testid="simulation">
      <div className="card-title card-title-row">
        <h2 id="simulation-title">{t('policies.sim.title')}</h2>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <label className="field field-inline">
            <span className="field-label">{t('policies.sim.asOf')}</span>
            <input type="date" name="asOf" value={asOfText} title={t('policies.sim.asOfHint')} onChange={(e) => setAsOfText(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-small" disabled={fetching}>
            {fetching ? t('policies.sim.running') : t('policies.sim.run')}
          </button>
        </form>
      </div>
      {error && !simulation ? (
        <ErrorMessage error={error} onRetry={rerun} />
      ) : !simulation ? (
        <Loading />
      ) : (
        <div className={`sim-body${fetching ? ' is-stale' : ''}`}>
          <p className="muted" data-testid="simulation-summary">
            {t('policies.sim.summary', { clients: formatInt(simulation.clientsReviewed), day: formatLocalDate(simulation.asOf) })}
          </p>
          <section aria-labelledby="matrix-title" className="sim-section">
            <h3 id="matrix-title" className="section-title">
              {t('policies.sim.matrix')}
            </h3>
            <p className="field-hint">{t('policies.sim.matrixHint')}</p>
            <MigrationMatrix simulation={simulation} draftTiers={draftTiers} />
          </section>
          <section aria-labelledby="totals-title" className="sim-section">
            <h3 id="totals-title" className="section-title">
              {t('policies.sim.totals')}
            </h3>
            <TierTotalsTable simulation={simulation} />
          </section>
          <MoversTable key={`${asOf ?? ''}#${revision.current.n}`} policyId={policyId} asOf={asOf} />
        </div>
      )}
    </section>
  );
}
