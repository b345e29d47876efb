import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_ORDERS, CLIENT_STATUSES } from '../../../shared/enums';
import { localName } from '../../../shared/languages';
import type { ActiveTier, BookFilters as Filters } from '../hooks/useBook';

const SEARCH_DELAY_MS = 300;

interface Props {
  filters: Filters;
  tiers: ActiveTier[];
  onChange: (patch: Partial<Filters>) => void;
}

/** Search, tier, status and sort controls; search is applied once typing pauses. */
export function BookFilters({ filters, tiers, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState(filters.search);

  useEffect(() => {
    if (search === filters.search) return;
    const timer = window.setTimeout(() => onChange({ search }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, filters.search, onChange]);

  return (
    <div className="filters" role="search">
      <label className="field field-inline field-grow">
        <span className="field-label">{t('book.search')}</span>
        <input
          name="search"
          type="search"
          value={search}
          placeholder={t('book.searchPlaceholder')}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onChange({ search })}
        />
      </label>
      <label className="field field-inline">
        <span className="field-label">{t('book.tier')}</span>
        <select name="tier" value={filters.tierCode} onChange={(e) => onChange({ tierCode: e.target.value })}>
          <option value="">{t('book.allTiers')}</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.code}>
              {localName(tier, i18n.resolvedLanguage)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span className="field-label">{t('book.status')}</span>
        <select name="status" value={filters.status} onChange={(e) => onChange({ status: e.target.value as Filters['status'] })}>
          <option value="">{t('book.allStatuses')}</option>
          {CLIENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enums.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span className="field-label">{t('book.orderBy')}</span>
        <select name="orderBy" value={filters.orderBy} onChange={(e) => onChange({ orderBy: e.target.value as Filters['orderBy'] })}>
          {CLIENT_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`book.order.${o}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
