import { useTranslation } from 'react-i18next';
import { Badge } from '../../../shared/ui/Badge';
import { localName } from '../../../shared/languages';
import { formatDayOf } from '../../../shared/format';
import { OVERDUE_CONTACT_DAYS, STATUS_TONE, isServed, type ClientStatus } from '../../../shared/enums';

type TierLike = { code: string; rank: number; nameZh: string; nameEn: string };

/** The client's tier; `status` explains a missing one (a client no longer served has none). */
export function TierBadge({ tier, status }: { tier: TierLike | null | undefined; status?: ClientStatus }) {
  const { t, i18n } = useTranslation();
  if (status && !isServed(status)) {
    return (
      <span className="muted" data-testid="tier-not-served" title={t('client.notServedHint')}>
        {t('client.notServed')}
      </span>
    );
  }
  if (!tier) return <span className="muted">{t('client.noTier')}</span>;
  return (
    <Badge tone="tier" rank={tier.rank} title={tier.code}>
      {localName(tier, i18n.resolvedLanguage)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`enums.status.${status}`)}</Badge>;
}

/** True when the client has waited too long for a contact (never contacted counts). */
export function isContactOverdue(daysSince: number | null | undefined): boolean {
  return daysSince == null || daysSince > OVERDUE_CONTACT_DAYS;
}

/** Last contact as a Beijing date plus "N days ago"; flagged when overdue. */
export function LastContact({ at, daysSince }: { at: string | null | undefined; daysSince: number | null | undefined }) {
  const { t } = useTranslation();
  const overdue = isContactOverdue(daysSince);
  const title = overdue ? t('book.overdueHint', { days: OVERDUE_CONTACT_DAYS }) : undefined;
  if (!at || daysSince == null) {
    return (
      <span className="last-contact overdue" title={title}>
        {t('common.noContactYet')}
      </span>
    );
  }
  return (
    <span className={`last-contact${overdue ? ' overdue' : ''}`} title={title}>
      <span className="num">{formatDayOf(at)}</span>
      <span className="last-contact-ago">{daysSince === 0 ? t('common.today') : t('common.daysAgo', { count: daysSince })}</span>
    </span>
  );
}
