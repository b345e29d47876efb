import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { useSignedInViewer } from '../auth/RequireAuth';
import { can } from '../auth/permissions';
import { PointsCard } from '../points/PointsCard';
import { NextBestContactCard } from '../service/NextBestContactCard';
import { ServiceLevelsCard } from '../service/ServiceLevelsCard';
import { useClientService } from '../service/useClientService';
import { LogContactForm } from '../service-logs/LogContactForm';
import { LogContactJump } from '../service-logs/LogContactJump';
import { OverrideTierForm } from '../tiers/OverrideTierForm';
import { Badge } from '../../shared/ui/Badge';
import { formatLocalDate } from '../../shared/format';
import { isServed } from '../../shared/enums';
import { StatusBadge, TierBadge } from './components/ClientBadges';
import { ProfileCard } from './components/ProfileCard';
import { ServiceTimeline } from './components/ServiceTimeline';
import { FollowUpsCard } from './components/FollowUpsCard';
import { TierHistory } from './components/TierHistory';
import { useClientDetail } from './hooks/useClientDetail';

// recharts is most of the bundle's weight; the book never needs it
const AssetsChart = lazy(() => import('./components/AssetsChart').then((m) => ({ default: m.AssetsChart })));

/** One client: who they are, how their tier moved, every contact, and logging a new one. */
export function ClientPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const { client, error, absent, retry } = useClientDetail(id);
  const { service, error: serviceError } = useClientService(id);
  // ?completeFollowUp=<id>: the adviser came (from the worklist) to complete that follow-up
  const [search, setSearch] = useSearchParams();
  const completingId = search.get('completeFollowUp');
  const setCompleting = (followUpId: string | null) =>
    setSearch((s) => {
      const next = new URLSearchParams(s);
      if (followUpId) next.set('completeFollowUp', followUpId);
      else next.delete('completeFollowUp');
      return next;
    }, { replace: true });

  const back = (
    <Link to="/clients" className="back-link">
      ← {t('common.backToBook')}
    </Link>
  );

  if (absent) {
    return (
      <section className="page">
        {back}
        <div className="empty-state" data-testid="client-not-found" role="alert">
          {t('client.notFound')}
        </div>
      </section>
    );
  }
  if (!client) {
    return <section className="page">{error ? <ErrorMessage error={error} onRetry={retry} /> : <Loading />}</section>;
  }

  return (
    <section className="page">
      {back}
      <div className="page-head client-head">
        <h1 data-testid="client-name">{client.name}</h1>
        <span className="num muted">{client.accountNo}</span>
        <TierBadge tier={client.currentTier} status={client.status} />
        <StatusBadge status={client.status} />
        {client.overrideUntil && (
          <span data-testid="override-until" data-until={client.overrideUntil}>
            <Badge tone="warn">{t('client.overrideUntil', { day: formatLocalDate(client.overrideUntil) })}</Badge>
          </span>
        )}
      </div>
      <div className="client-grid">
        <div className="client-side">
          <ProfileCard client={client} />
          {/* a closed or transferred-out client is not served: no next contact, no redemption */}
          {isServed(client.status) && <NextBestContactCard contact={service?.nextBestContact} failed={!!serviceError && !service} />}
          <PointsCard clientId={client.id} canRedeem={can.writeClient(viewer.role) && isServed(client.status)} />
          {can.overrideTier(viewer.role) && isServed(client.status) && <OverrideTierForm key={client.id} clientId={client.id} />}
          <TierHistory changes={client.tierHistory} />
        </div>
        <div className="client-main">
          <Suspense fallback={<Loading />}>
            <AssetsChart clientId={client.id} />
          </Suspense>
          <ServiceLevelsCard levels={service?.serviceLevels} failed={!!serviceError && !service} served={isServed(client.status)} />
          <FollowUpsCard followUps={client.followUps} onComplete={can.writeClient(viewer.role) ? (f) => setCompleting(f.id) : undefined} />
          {viewer.role === 'COMPLIANCE' ? (
            <div className="notice">{t('form.readOnly')}</div>
          ) : (
            <LogContactForm
              key={client.id}
              clientId={client.id}
              completing={client.followUps.find((f) => f.id === completingId) ?? null}
              onUnlink={() => setCompleting(null)}
            />
          )}
          <ServiceTimeline clientId={client.id} />
        </div>
      </div>
      {viewer.role !== 'COMPLIANCE' && <LogContactJump key={client.id} />}
    </section>
  );
}
