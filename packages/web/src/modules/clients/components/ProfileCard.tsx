import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatMoney } from '../../../shared/format';
import { Badge } from '../../../shared/ui/Badge';
import type { ClientDetail } from '../hooks/useClientDetail';
import { LastContact, StatusBadge, TierBadge } from './ClientBadges';

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="dl-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who the client is. ID number and phone arrive masked from the API and stay so. */
export function ProfileCard({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title" className="card-title">
        {t('client.profile')}
      </h2>
      <dl className="dl">
        <Item label={t('client.accountNo')}>
          <span className="num">{client.accountNo}</span>
        </Item>
        <Item label={t('client.currentTier')}>
          <TierBadge tier={client.currentTier} status={client.status} />
        </Item>
        <Item label={t('client.status')}>
          <StatusBadge status={client.status} />
        </Item>
        <Item label={t('client.latestAssets')}>
          <span className="num strong">{formatMoney(client.latestTotalAssets)}</span>
          {client.latestMetricsOn && <span className="muted small"> {t('client.asOf', { day: formatLocalDate(client.latestMetricsOn) })}</span>}
        </Item>
        <Item label={t('client.lastContact')}>
          <LastContact at={client.lastContactAt} daysSince={client.daysSinceLastContact} />
        </Item>
        <Item label={t('client.idNumber')} testId="id-number">
          <span className="mono">{client.idNumberMasked}</span>
        </Item>
        <Item label={t('client.phone')} testId="phone">
          <span className="mono">{client.phoneMasked}</span>
        </Item>
        <Item label={t('client.branch')}>{client.branch.name}</Item>
        <Item label={t('client.adviser')}>{client.adviser?.name ?? <span className="muted">{t('client.unassigned')}</span>}</Item>
        <Item label={t('client.riskLevel')}>{t(`enums.risk.${client.riskLevel}`)}</Item>
        <Item label={t('client.investmentStyle')}>{t(`enums.style.${client.investmentStyle}`)}</Item>
        <Item label={t('client.segment')}>{t(`enums.segment.${client.segment}`)}</Item>
        <Item label={t('client.preferredChannels')}>
          {client.preferredChannels.length
            ? client.preferredChannels.map((c) => (
                <Badge key={c} tone="info">
                  {t(`enums.channel.${c}`)}
                </Badge>
              ))
            : none}
        </Item>
        <Item label={t('client.watchSectors')}>
          {client.watchSectors.length
            ? client.watchSectors.map((s) => (
                <Badge key={s} tone="neutral">
                  {s}
                </Badge>
              ))
            : none}
        </Item>
        <Item label={t('client.openedOn')}>
          <span className="num">{formatLocalDate(client.openedOn)}</span>
        </Item>
      </dl>
    </section>
  );
}
