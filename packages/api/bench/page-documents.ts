/**
 * The documents of the pages people use most, as the web app asks them (the client page's
 * queries as one document): shared by bench:http (over HTTP) and bench:rls (in-process, with and
 * without row-level security).
 */
export const BOOK = `query Book($first: Int!) {
  clients(first: $first, orderBy: LATEST_ASSETS_DESC) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name accountNo status latestTotalAssets latestMetricsOn lastContactAt daysSinceLastContact
      currentTier { id code rank nameZh nameEn } } }
  }
}`;

const TIER = 'id code rank nameZh nameEn';
const OFFERING = 'id code nameZh nameEn';
export const CLIENT_PAGE = `query ClientPage($id: ID!) {
  client(id: $id) {
    id name accountNo idNumberMasked phoneMasked status riskLevel investmentStyle segment preferredChannels watchSectors
    openedOn latestTotalAssets latestMetricsOn lastContactAt daysSinceLastContact overrideUntil
    branch { id name city } adviser { id name } currentTier { ${TIER} }
    tierHistory { id effectiveOn reason policyVersion note overrideUntil changedBy { id name } fromTier { ${TIER} } toTier { ${TIER} }
      figures { asOf avgAssets commission12m points windowDays } }
    followUps { id dueOn dueStatus daysOverdue serviceLog { id occurredAt summary } }
    assetHistory(days: 365) { day totalAssets }
    serviceLogsConnection(first: 50) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id occurredAt channel kind summary outcome sentiment followUpOn adviser { id name } offering { ${OFFERING} } } } }
    points { balance history(first: 50) { id occurredAt delta kind period note offering { ${OFFERING} } } }
    serviceLevels { everyDays lastDeliveredAt deliveredInPeriod dueOn status daysOverdue offering { id code category nameZh nameEn } }
    nextBestContact { channel reasonCode reasonParams { tierCode tierRank topRank assets preferredChannel } watchSectors offering { ${OFFERING} } }
  }
}`;

export const WORKLIST = `query Worklist($first: Int!) {
  worklist(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { kind dueOn status daysOverdue
      client { id name accountNo latestTotalAssets latestMetricsOn currentTier { ${TIER} }
        nextBestContact { channel reasonCode reason watchSectors offering { ${OFFERING} } } }
      followUp { id dueOn serviceLog { id occurredAt summary } }
      serviceLevel { everyDays dueOn status daysOverdue lastDeliveredAt offering { ${OFFERING} } } } }
  }
}`;
