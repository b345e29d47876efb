import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../shared/graphql';
import { formatDateTime, formatInt } from '../../shared/format';
import { localName } from '../../shared/languages';
import { Badge } from '../../shared/ui/Badge';
import { Loading } from '../../shared/ui/ErrorMessage';
import { ServiceOfferingsQuery } from '../service-logs/service-logs.graphql';
import { FieldError, invalidProps } from '../../shared/ui/FieldError';
import { ClientPointsQuery } from './points.graphql';
import { useRedeemPoints } from './useRedeemPoints';

type Entry = ResultOf<typeof ClientPointsQuery>['client']['points']['history'][number];

// A client with no entries yet holds no PointsEntry; naming it lets a redemption refetch.
const CONTEXT = { additionalTypenames: ['PointsEntry'] };

/** Balance, the ledger (newest first) and, for staff who may write, redeeming an offering. */
export function PointsCard({ clientId, canRedeem }: { clientId: string; canRedeem: boolean }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: ClientPointsQuery, variables: { id: clientId }, context: CONTEXT });
  const points = data?.client.points;

  return (
    <section className="card" aria-labelledby="points-title">
      <h2 id="points-title" className="card-title">
        {t('points.title')}
      </h2>
      {error && !points ? (
        <p className="muted">{t('common.errorGeneric')}</p>
      ) : !points ? (
        <Loading />
      ) : (
        <>
          <div className="points-balance">
            <span className="muted">{t('points.balance')}</span>
            <span className="points-balance-value num" data-testid="points-balance" data-balance={points.balance}>
              {formatInt(points.balance)}
            </span>
          </div>
          {canRedeem && <RedeemForm clientId={clientId} balance={points.balance} />}
          <h3 className="section-title">{t('points.history')}</h3>
          {points.history.length === 0 ? (
            <p className="muted">{t('points.historyEmpty')}</p>
          ) : (
            <ol className="points-history" data-testid="points-history">
              {points.history.map((e) => (
                <PointsLine key={e.id} entry={e} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

function PointsLine({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const detail = [entry.offering ? localName(entry.offering, i18n.resolvedLanguage) : null, entry.period, entry.note].filter(Boolean).join(' · ');
  return (
    <li data-kind={entry.kind}>
      <span className={`num points-delta ${entry.delta >= 0 ? 'delta-up' : 'delta-down'}`}>{entry.delta >= 0 ? `+${formatInt(entry.delta)}` : `−${formatInt(-entry.delta)}`}</span>
      <span className="points-line-body">
        <Badge tone={entry.kind === 'REDEEM' ? 'warn' : 'neutral'}>{t(`enums.pointsKind.${entry.kind}`)}</Badge>
        {detail && <span className="small">{detail}</span>}
      </span>
      <time className="num muted small" dateTime={entry.occurredAt}>
        {formatDateTime(entry.occurredAt)}
      </time>
    </li>
  );
}

function RedeemForm({ clientId, balance }: { clientId: string; balance: number }) {
  const { t, i18n } = useTranslation();
  const [{ data: catalogue }] = useQuery({ query: ServiceOfferingsQuery });
  const { offeringId, setOfferingId, errors, formError, redeemed, submitting, submit } = useRedeemPoints(clientId);
  const redeemable = (catalogue?.serviceOfferings ?? []).filter((o) => o.pointsCost != null).sort((a, b) => (a.pointsCost ?? 0) - (b.pointsCost ?? 0));
  const redeemedName = redeemed && catalogue?.serviceOfferings.find((o) => o.id === redeemed.offeringId);
  const otherErrors = Object.keys(errors).filter((f) => f !== 'offeringId');

  if (catalogue && redeemable.length === 0) return <p className="muted small">{t('points.noRedeemable')}</p>;

  return (
    <form data-testid="redeem-form" className="redeem-form" onSubmit={submit} noValidate>
      <div className={`field${errors.offeringId ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor="redeem-offeringId">
          {t('points.redeem')}
        </label>
        <div className="inline-form">
          <select id="redeem-offeringId" name="offeringId" value={offeringId} onChange={(e) => setOfferingId(e.target.value)} {...invalidProps('offeringId', errors)}>
            <option value="">{t('points.chooseOffering')}</option>
            {redeemable.map((o) => (
              <option key={o.id} value={o.id}>
                {localName(o, i18n.resolvedLanguage)} · {t('points.cost', { count: o.pointsCost ?? 0 })}
                {(o.pointsCost ?? 0) > balance ? ` (${t('points.notEnough')})` : ''}
              </option>
            ))}
          </select>
          <button type="submit" className="btn" disabled={submitting}>
            {submitting ? t('points.submitting') : t('points.submit')}
          </button>
        </div>
        <FieldError path="offeringId" errors={errors} />
        {otherErrors.map((f) => (
          <FieldError key={f} path={f} errors={errors} />
        ))}
      </div>
      {redeemed && (
        <p className="form-saved" role="status">
          {t('points.redeemed', { name: redeemedName ? localName(redeemedName, i18n.resolvedLanguage) : '', points: formatInt(redeemed.points) })}
        </p>
      )}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}
