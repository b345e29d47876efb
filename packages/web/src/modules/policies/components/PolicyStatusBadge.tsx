import { useTranslation } from 'react-i18next';
import { POLICY_STATUS_TONE } from '../../../shared/enums';
import { Badge } from '../../../shared/ui/Badge';
import type { PolicyStatus } from '../hooks/usePolicy';

export function PolicyStatusBadge({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return (
    <span data-testid="policy-status" data-status={status}>
      <Badge tone={POLICY_STATUS_TONE[status]}>{t(`enums.policyStatus.${status}`)}</Badge>
    </span>
  );
}
