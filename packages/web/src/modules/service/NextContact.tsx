import { useTranslation } from 'react-i18next';
import type { Channel } from '../../shared/enums';
import { Badge } from '../../shared/ui/Badge';
import type { ResultOf } from '../../shared/graphql';
import type { ClientServiceQuery } from './service.graphql';

export type NextBestContact = ResultOf<typeof ClientServiceQuery>['client']['nextBestContact'];
export type NextContactReason = NextBestContact['reasonCode'];

/** Channel and the reason in words, in the reader's language (reasonCode, not the API's English). */
export function NextContactInline({ channel, reasonCode }: { channel: Channel; reasonCode: NextContactReason }) {
  const { t } = useTranslation();
  return (
    <span className="next-contact" data-reason={reasonCode}>
      <Badge tone="info">{t(`enums.channel.${channel}`)}</Badge>
      <span className="next-contact-reason">{t(`service.reasons.${reasonCode}`)}</span>
    </span>
  );
}
