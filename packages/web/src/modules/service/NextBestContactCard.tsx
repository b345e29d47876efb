import { useTranslation } from 'react-i18next';
import { localName } from '../../shared/languages';
import { Badge } from '../../shared/ui/Badge';
import { Loading } from '../../shared/ui/ErrorMessage';
import { formatMoney } from '../../shared/format';
import type { NextBestContact } from './NextContact';

/** The facts the API used (reasonParams), worded here so they follow the chosen language. */
function ReasonFacts({ params }: { params: NextBestContact['reasonParams'] }) {
  const { t } = useTranslation();
  const facts = [
    params.tierCode && params.tierRank != null && params.topRank != null
      ? t('service.reasonFacts.tier', { rank: params.tierRank, top: params.topRank })
      : null,
    params.assets ? t('service.reasonFacts.assets', { amount: formatMoney(params.assets, { symbol: true }) }) : null,
    params.preferredChannel ? t('service.reasonFacts.preferredChannel') : null,
  ].filter((f): f is string => !!f);
  return facts.length ? <span className="reason-facts muted small">{facts.join(' · ')}</span> : null;
}

/** The suggested channel and content for the next contact, and why (from style, tier, holdings). */
export function NextBestContactCard({ contact, failed }: { contact: NextBestContact | undefined; failed: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card card-accent" aria-labelledby="nbc-title" data-testid="next-best-contact" data-reason={contact?.reasonCode} data-channel={contact?.channel}>
      <h2 id="nbc-title" className="card-title">
        {t('service.nextBest')}
      </h2>
      {failed ? (
        <p className="muted">{t('common.errorGeneric')}</p>
      ) : !contact ? (
        <Loading />
      ) : (
        <dl className="dl">
          <div className="dl-row">
            <dt>{t('service.channel')}</dt>
            <dd>
              <Badge tone="info">{t(`enums.channel.${contact.channel}`)}</Badge>
            </dd>
          </div>
          {contact.offering && (
            <div className="dl-row">
              <dt>{t('service.offering')}</dt>
              <dd>{localName(contact.offering, i18n.resolvedLanguage)}</dd>
            </div>
          )}
          <div className="dl-row">
            <dt>{t('service.reason')}</dt>
            <dd data-testid="next-best-reason">
              {t(`service.reasons.${contact.reasonCode}`)}
              <ReasonFacts params={contact.reasonParams} />
            </dd>
          </div>
          {contact.watchSectors.length > 0 && (
            <div className="dl-row">
              <dt>{t('service.talkAbout')}</dt>
              <dd>
                {contact.watchSectors.map((s) => (
                  <Badge key={s}>{s}</Badge>
                ))}
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
