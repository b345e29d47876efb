import { useTranslation } from 'react-i18next';
import { SERVICE_LEVEL_TONE } from '../../shared/enums';
import { Badge } from '../../shared/ui/Badge';

type Status = keyof typeof SERVICE_LEVEL_TONE;

/** OVERDUE in red with how late, DUE in amber, ON_TRACK in green. */
export function ServiceLevelBadge({ status, daysOverdue }: { status: Status; daysOverdue: number }) {
  const { t } = useTranslation();
  return (
    <span data-testid="service-level-status" data-status={status}>
      <Badge tone={SERVICE_LEVEL_TONE[status]}>{status === 'OVERDUE' ? t('service.overdueDays', { count: daysOverdue }) : t(`service.status.${status}`)}</Badge>
    </span>
  );
}
