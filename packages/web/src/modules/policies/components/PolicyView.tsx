import { useTranslation } from 'react-i18next';
import { formatDateTime, formatInt, formatMoney } from '../../../shared/format';
import { isChinese, localName } from '../../../shared/languages';
import { TierBadge } from '../../clients/components/ClientBadges';
import { POINTS_FIELDS } from '../policyForm';
import type { PolicyDetail } from '../hooks/usePolicy';

/** A policy as it is: rules, tiers with thresholds, who is entitled to what, points. */
export function PolicyView({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <PolicyRules policy={policy} />
      <TiersTable policy={policy} />
      <EntitlementsGrid policy={policy} />
      <section className="card" aria-labelledby="points-rule-title">
        <h2 id="points-rule-title" className="card-title">
          {t('policies.pointsRule')}
        </h2>
        <dl className="dl" data-testid="points-rule">
          {POINTS_FIELDS.map((f) => (
            <div key={f} className="dl-row dl-row-wide">
              <dt>{t(`policies.points.${f}`)}</dt>
              <dd className="num">{t('policies.points.value', { count: policy.pointsRule[f] })}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

function PolicyRules({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="policy-rules-title">
      <h2 id="policy-rules-title" className="card-title">
        {t('policies.rules')}
      </h2>
      <dl className="dl">
        <div className="dl-row dl-row-wide">
          <dt>{t('policies.col.matchRule')}</dt>
          <dd data-testid="policy-match-rule">{t(`policies.matchRule.${policy.matchRule}`)}</dd>
        </div>
        <div className="dl-row dl-row-wide">
          <dt>{t('policies.windowDays')}</dt>
          <dd className="num">{t('policies.days', { count: policy.windowDays })}</dd>
        </div>
        <div className="dl-row dl-row-wide">
          <dt>{t('policies.downgradeAfter')}</dt>
          <dd>{t('policies.downgradeAfterValue', { count: policy.downgradeAfter })}</dd>
        </div>
        <div className="dl-row dl-row-wide">
          <dt>{t('policies.createdAt')}</dt>
          <dd className="num">{formatDateTime(policy.createdAt)}</dd>
        </div>
        {policy.activatedAt && (
          <div className="dl-row dl-row-wide">
            <dt>{t('policies.activatedAt')}</dt>
            <dd className="num">{formatDateTime(policy.activatedAt)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function TiersTable({ policy }: { policy: PolicyDetail }) {
  const { t, i18n } = useTranslation();
  const tiers = [...policy.tiers].sort((a, b) => a.rank - b.rank);
  return (
    <section className="card" aria-labelledby="policy-tiers-title">
      <h2 id="policy-tiers-title" className="card-title">
        {t('policies.tiers')}
      </h2>
      <p className="field-hint">{t('policies.tiersHint')}</p>
      <div className="table-wrap table-flat">
        <table className="data-table" data-testid="policy-tiers">
          <thead>
            <tr>
              <th scope="col">{t('policies.tier.rank')}</th>
              <th scope="col">{t('policies.tier.name')}</th>
              <th scope="col">{t('policies.tier.code')}</th>
              <th scope="col" className="align-right">
                {t('policies.tier.minAvgAssets')}
              </th>
              <th scope="col" className="align-right">
                {t('policies.tier.minCommission12m')}
              </th>
              <th scope="col" className="align-right">
                {t('policies.tier.minPoints')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier) => (
              <tr key={tier.id} data-code={tier.code}>
                <td className="num">{tier.rank}</td>
                <td>
                  <TierBadge tier={tier} />
                  {/* the name in the other language too: head office writes both */}
                  <span className="muted small">{isChinese(i18n.resolvedLanguage) ? tier.nameEn : tier.nameZh}</span>
                </td>
                <td className="mono">{tier.code}</td>
                <td className="num align-right">{formatMoney(tier.minAvgAssets)}</td>
                <td className="num align-right">{formatMoney(tier.minCommission12m)}</td>
                <td className="num align-right">{formatInt(tier.minPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Offerings down, tiers across (lowest first): each cell the promised frequency. */
function EntitlementsGrid({ policy }: { policy: PolicyDetail }) {
  const { t, i18n } = useTranslation();
  const tiers = [...policy.tiers].sort((a, b) => a.rank - b.rank);
  const offerings = [...new Map(policy.entitlements.map((e) => [e.offering.code, e.offering])).values()];
  const every = new Map(policy.entitlements.map((e) => [`${e.tier.code}|${e.offering.code}`, e.everyDays]));
  return (
    <section className="card" aria-labelledby="policy-entitlements-title">
      <h2 id="policy-entitlements-title" className="card-title">
        {t('policies.entitlements')}
      </h2>
      {offerings.length === 0 ? (
        <p className="muted">{t('policies.entitlementsEmpty')}</p>
      ) : (
        <div className="table-wrap table-flat">
          <table className="data-table entitlement-grid" data-testid="policy-entitlements">
            <thead>
              <tr>
                <th scope="col">{t('policies.offering')}</th>
                {tiers.map((tier) => (
                  <th key={tier.id} scope="col" className="align-center">
                    <TierBadge tier={tier} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {offerings.map((o) => (
                <tr key={o.code}>
                  <th scope="row">
                    {localName(o, i18n.resolvedLanguage)} <span className="muted small">{t(`enums.category.${o.category}`)}</span>
                  </th>
                  {tiers.map((tier) => {
                    const days = every.get(`${tier.code}|${o.code}`);
                    return (
                      <td key={tier.id} className={`align-center${days == null ? ' muted' : ''}`}>
                        {days == null ? '—' : t('policies.everyDays', { count: days })}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
