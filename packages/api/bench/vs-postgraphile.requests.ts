/**
 * The requests of the benchmark: for each, our document (as the web app asks it, signed in) and the
 * equivalent PostGraphile 4 document (same rows, same fields where PostGraphile has them), and how to
 * read the ids out of each answer so the bench can check once that both sides return the same rows.
 *
 * Fields left out on both sides because PostGraphile has no counterpart without custom code:
 * daysSinceLastContact, overrideUntil, followUps' dueStatus, the worklist's nextBestContact.
 * Ours masks idNumber and phone (idNumberMasked, phoneMasked); PostGraphile returns the raw columns.
 */

/** What the bench looked up in the database before the run. */
export interface Fixture {
  adviserId: string;
  branchId: string;
  /** The adviser's client with the most assets: the client page. */
  clientId: string;
  /** Part of a Chinese name present in the manager's branch. */
  search: string;
  /** Today in Asia/Shanghai: the worklist's as-of day on both sides. */
  asOf: string;
}

export type Who = 'adviser' | 'manager';

export interface BenchRequest {
  name: string;
  what: string;
  /** Whose session our side sends. */
  as: Who;
  ours: (f: Fixture) => { query: string; variables: Record<string, unknown> };
  theirs: (f: Fixture) => { query: string; variables: Record<string, unknown> };
  /** The ids that must match, in order. */
  oursIds: (data: any) => string[];
  theirsIds: (data: any) => string[];
}

const TIER = 'id code rank nameZh nameEn';
const BOOK_NODE = `id name accountNo status latestTotalAssets latestMetricsOn lastContactAt`;

const ourBook = (extra = '') => `
  query Book($first: Int!, $filter: ClientFilter) {
    clients(first: $first, filter: $filter, orderBy: LATEST_ASSETS_DESC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${BOOK_NODE} currentTier { ${TIER} } ${extra} } }
    }
  }`;

const theirBookNode = (extra = '') => `
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${BOOK_NODE} tierByCurrentTierId { ${TIER} } ${extra} } }`;

const ourBookIds = (d: any) => d.clients.edges.map((e: any) => e.node.id);

export const REQUESTS: BenchRequest[] = [
  {
    name: 'adviser-book',
    what: "the adviser's book: 50 clients with tier, latest assets desc, with the total",
    as: 'adviser',
    ours: () => ({ query: ourBook(), variables: { first: 50 } }),
    theirs: (f) => ({
      query: `query Book($adviserId: UUID!) {
        allClients(first: 50, condition: { adviserId: $adviserId }, orderBy: [LATEST_TOTAL_ASSETS_DESC, ID_ASC]) { ${theirBookNode()} }
      }`,
      variables: { adviserId: f.adviserId },
    }),
    oursIds: ourBookIds,
    theirsIds: (d) => d.allClients.edges.map((e: any) => e.node.id),
  },
  {
    name: 'branch-book',
    what: "the manager's branch: 50 clients with adviser and tier, latest assets desc, with the total",
    as: 'manager',
    ours: () => ({ query: ourBook('adviser { id name }'), variables: { first: 50 } }),
    theirs: (f) => ({
      query: `query Book($branchId: UUID!) {
        allClients(first: 50, condition: { branchId: $branchId }, orderBy: [LATEST_TOTAL_ASSETS_DESC, ID_ASC]) {
          ${theirBookNode('staffByAdviserId { id name }')}
        }
      }`,
      variables: { branchId: f.branchId },
    }),
    oursIds: ourBookIds,
    theirsIds: (d) => d.allClients.edges.map((e: any) => e.node.id),
  },
  {
    name: 'name-search',
    what: "the manager's branch searched by part of a name: first 50 with tier, with the total",
    as: 'manager',
    ours: (f) => ({ query: ourBook(), variables: { first: 50, filter: { search: f.search } } }),
    theirs: (f) => ({
      query: `query Search($search: String!, $branchId: UUID!) {
        searchClients(search: $search, first: 50, condition: { branchId: $branchId }, orderBy: [LATEST_TOTAL_ASSETS_DESC, ID_ASC]) {
          ${theirBookNode()}
        }
      }`,
      variables: { search: f.search, branchId: f.branchId },
    }),
    oursIds: ourBookIds,
    theirsIds: (d) => d.searchClients.edges.map((e: any) => e.node.id),
  },
  {
    name: 'client-page',
    what: 'one client (the adviser\'s largest): profile, tier history, 50 newest service logs, 365 days of assets',
    as: 'adviser',
    ours: (f) => ({
      query: `query ClientPage($id: ID!) {
        client(id: $id) {
          id name accountNo idNumberMasked phoneMasked status riskLevel investmentStyle segment
          preferredChannels watchSectors openedOn latestTotalAssets latestMetricsOn lastContactAt
          branch { id name city }
          adviser { id name }
          currentTier { ${TIER} }
          tierHistory {
            id effectiveOn reason policyVersion note overrideUntil
            changedBy { id name }
            fromTier { ${TIER} }
            toTier { ${TIER} }
            figures { asOf avgAssets commission12m points windowDays }
          }
          serviceLogsConnection(first: 50) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node {
              id occurredAt channel kind summary outcome sentiment followUpOn
              adviser { id name }
              offering { id code nameZh nameEn }
            } }
          }
          assetHistory(days: 365) { day totalAssets }
        }
      }`,
      variables: { id: f.clientId },
    }),
    theirs: (f) => ({
      query: `query ClientPage($id: UUID!) {
        clientById(id: $id) {
          id name accountNo idNumber phone status riskLevel investmentStyle segment
          preferredChannels watchSectors openedOn latestTotalAssets latestMetricsOn lastContactAt
          branchByBranchId { id name city }
          staffByAdviserId { id name }
          tierByCurrentTierId { ${TIER} }
          tierChangesByClientId(orderBy: [EFFECTIVE_ON_DESC, CHANGED_AT_DESC]) {
            nodes {
              id effectiveOn reason note overrideUntil figures
              tierPolicyByPolicyId { version }
              staffByChangedBy { id name }
              tierByFromTierId { ${TIER} }
              tierByToTierId { ${TIER} }
            }
          }
          serviceLogsByClientId(first: 50, orderBy: [OCCURRED_AT_DESC, ID_DESC]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node {
              id occurredAt channel kind summary outcome sentiment followUpOn
              staffByAdviserId { id name }
              serviceOfferingByOfferingId { id code nameZh nameEn }
            } }
          }
        }
        clientAssetHistory(clientId: $id, days: 365) { nodes { day totalAssets } }
      }`,
      variables: { id: f.clientId },
    }),
    oursIds: (d) => [
      d.client.id,
      ...d.client.tierHistory.map((t: any) => `tier:${t.id}`),
      ...d.client.serviceLogsConnection.edges.map((e: any) => `log:${e.node.id}`),
      ...d.client.assetHistory.map((p: any) => `day:${p.day}`),
    ],
    theirsIds: (d) => [
      d.clientById.id,
      ...d.clientById.tierChangesByClientId.nodes.map((t: any) => `tier:${t.id}`),
      ...d.clientById.serviceLogsByClientId.edges.map((e: any) => `log:${e.node.id}`),
      ...d.clientAssetHistory.nodes.map((p: any) => `day:${p.day}`),
    ],
  },
  {
    name: 'worklist',
    what: "the adviser's worklist: first 50 due and overdue entitlements and follow-ups, with the total",
    as: 'adviser',
    ours: (f) => ({
      query: `query Worklist($asOf: LocalDate, $first: Int!) {
        worklist(asOf: $asOf, first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node {
            kind dueOn status daysOverdue
            client { id name accountNo latestTotalAssets latestMetricsOn currentTier { ${TIER} } }
            followUp { id dueOn serviceLog { id occurredAt summary } }
            serviceLevel { everyDays dueOn status daysOverdue lastDeliveredAt offering { id code nameZh nameEn } }
          } }
        }
      }`,
      variables: { asOf: f.asOf, first: 50 },
    }),
    theirs: (f) => ({
      query: `query Worklist($asOf: Date!, $adviserId: UUID!) {
        benchWorklist(asOf: $asOf, adviserId: $adviserId, lim: 51, first: 50) {
          nodes {
            total kind dueOn status daysOverdue everyDays lastAt
            clientByClientId { id name accountNo latestTotalAssets latestMetricsOn tierByCurrentTierId { ${TIER} } }
            followUpByFollowUpId { id dueOn }
            serviceLogByServiceLogId { id occurredAt summary }
            serviceOfferingByOfferingId { id code nameZh nameEn }
          }
        }
      }`,
      variables: { asOf: f.asOf, adviserId: f.adviserId },
    }),
    oursIds: (d) => [
      `total:${d.worklist.totalCount}`,
      ...d.worklist.edges.map((e: any) => `${e.node.kind}:${e.node.client.id}:${e.node.followUp?.id ?? e.node.serviceLevel.offering.id}`),
    ],
    theirsIds: (d) => [
      `total:${d.benchWorklist.nodes[0]?.total ?? 0}`,
      ...d.benchWorklist.nodes.map((n: any) => `${n.kind}:${n.clientByClientId.id}:${n.followUpByFollowUpId?.id ?? n.serviceOfferingByOfferingId.id}`),
    ],
  },
];
