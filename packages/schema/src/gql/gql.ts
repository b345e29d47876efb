/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      staff {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query ActiveTiers {\n    activeTiers {\n      id\n      code\n      rank\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.ActiveTiersDocument,
    "\n  query Book($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          accountNo\n          status\n          latestTotalAssets\n          latestMetricsOn\n          lastContactAt\n          daysSinceLastContact\n          currentTier {\n            id\n            code\n            rank\n            nameZh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.BookDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      accountNo\n      idNumberMasked\n      phoneMasked\n      status\n      riskLevel\n      investmentStyle\n      segment\n      preferredChannels\n      watchSectors\n      openedOn\n      latestTotalAssets\n      latestMetricsOn\n      lastContactAt\n      daysSinceLastContact\n      branch {\n        id\n        name\n        city\n      }\n      adviser {\n        id\n        name\n      }\n      currentTier {\n        id\n        code\n        rank\n        nameZh\n        nameEn\n      }\n      tierHistory {\n        id\n        effectiveOn\n        reason\n        policyVersion\n        note\n        overrideUntil\n        changedBy {\n          id\n          name\n        }\n        fromTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        toTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        figures {\n          asOf\n          avgAssets\n          commission12m\n          points\n          windowDays\n        }\n      }\n      serviceLogs(first: 50) {\n        id\n        occurredAt\n        channel\n        kind\n        summary\n        outcome\n        sentiment\n        followUpOn\n        adviser {\n          id\n          name\n        }\n        offering {\n          id\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.ClientDetailDocument,
    "\n  query ClientAssets($id: ID!, $days: Int!) {\n    client(id: $id) {\n      id\n      assetHistory(days: $days) {\n        day\n        totalAssets\n      }\n    }\n  }\n": typeof types.ClientAssetsDocument,
    "\n  query ServiceOfferings {\n    serviceOfferings {\n      id\n      code\n      category\n      channel\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.ServiceOfferingsDocument,
    "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      occurredAt\n      summary\n    }\n  }\n": typeof types.LogContactDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      staff {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query ActiveTiers {\n    activeTiers {\n      id\n      code\n      rank\n      nameZh\n      nameEn\n    }\n  }\n": types.ActiveTiersDocument,
    "\n  query Book($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          accountNo\n          status\n          latestTotalAssets\n          latestMetricsOn\n          lastContactAt\n          daysSinceLastContact\n          currentTier {\n            id\n            code\n            rank\n            nameZh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.BookDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      accountNo\n      idNumberMasked\n      phoneMasked\n      status\n      riskLevel\n      investmentStyle\n      segment\n      preferredChannels\n      watchSectors\n      openedOn\n      latestTotalAssets\n      latestMetricsOn\n      lastContactAt\n      daysSinceLastContact\n      branch {\n        id\n        name\n        city\n      }\n      adviser {\n        id\n        name\n      }\n      currentTier {\n        id\n        code\n        rank\n        nameZh\n        nameEn\n      }\n      tierHistory {\n        id\n        effectiveOn\n        reason\n        policyVersion\n        note\n        overrideUntil\n        changedBy {\n          id\n          name\n        }\n        fromTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        toTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        figures {\n          asOf\n          avgAssets\n          commission12m\n          points\n          windowDays\n        }\n      }\n      serviceLogs(first: 50) {\n        id\n        occurredAt\n        channel\n        kind\n        summary\n        outcome\n        sentiment\n        followUpOn\n        adviser {\n          id\n          name\n        }\n        offering {\n          id\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": types.ClientDetailDocument,
    "\n  query ClientAssets($id: ID!, $days: Int!) {\n    client(id: $id) {\n      id\n      assetHistory(days: $days) {\n        day\n        totalAssets\n      }\n    }\n  }\n": types.ClientAssetsDocument,
    "\n  query ServiceOfferings {\n    serviceOfferings {\n      id\n      code\n      category\n      channel\n      nameZh\n      nameEn\n    }\n  }\n": types.ServiceOfferingsDocument,
    "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      occurredAt\n      summary\n    }\n  }\n": types.LogContactDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      staff {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      staff {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveTiers {\n    activeTiers {\n      id\n      code\n      rank\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query ActiveTiers {\n    activeTiers {\n      id\n      code\n      rank\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Book($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          accountNo\n          status\n          latestTotalAssets\n          latestMetricsOn\n          lastContactAt\n          daysSinceLastContact\n          currentTier {\n            id\n            code\n            rank\n            nameZh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Book($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder!) {\n    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          accountNo\n          status\n          latestTotalAssets\n          latestMetricsOn\n          lastContactAt\n          daysSinceLastContact\n          currentTier {\n            id\n            code\n            rank\n            nameZh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      accountNo\n      idNumberMasked\n      phoneMasked\n      status\n      riskLevel\n      investmentStyle\n      segment\n      preferredChannels\n      watchSectors\n      openedOn\n      latestTotalAssets\n      latestMetricsOn\n      lastContactAt\n      daysSinceLastContact\n      branch {\n        id\n        name\n        city\n      }\n      adviser {\n        id\n        name\n      }\n      currentTier {\n        id\n        code\n        rank\n        nameZh\n        nameEn\n      }\n      tierHistory {\n        id\n        effectiveOn\n        reason\n        policyVersion\n        note\n        overrideUntil\n        changedBy {\n          id\n          name\n        }\n        fromTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        toTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        figures {\n          asOf\n          avgAssets\n          commission12m\n          points\n          windowDays\n        }\n      }\n      serviceLogs(first: 50) {\n        id\n        occurredAt\n        channel\n        kind\n        summary\n        outcome\n        sentiment\n        followUpOn\n        adviser {\n          id\n          name\n        }\n        offering {\n          id\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      accountNo\n      idNumberMasked\n      phoneMasked\n      status\n      riskLevel\n      investmentStyle\n      segment\n      preferredChannels\n      watchSectors\n      openedOn\n      latestTotalAssets\n      latestMetricsOn\n      lastContactAt\n      daysSinceLastContact\n      branch {\n        id\n        name\n        city\n      }\n      adviser {\n        id\n        name\n      }\n      currentTier {\n        id\n        code\n        rank\n        nameZh\n        nameEn\n      }\n      tierHistory {\n        id\n        effectiveOn\n        reason\n        policyVersion\n        note\n        overrideUntil\n        changedBy {\n          id\n          name\n        }\n        fromTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        toTier {\n          id\n          code\n          rank\n          nameZh\n          nameEn\n        }\n        figures {\n          asOf\n          avgAssets\n          commission12m\n          points\n          windowDays\n        }\n      }\n      serviceLogs(first: 50) {\n        id\n        occurredAt\n        channel\n        kind\n        summary\n        outcome\n        sentiment\n        followUpOn\n        adviser {\n          id\n          name\n        }\n        offering {\n          id\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAssets($id: ID!, $days: Int!) {\n    client(id: $id) {\n      id\n      assetHistory(days: $days) {\n        day\n        totalAssets\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAssets($id: ID!, $days: Int!) {\n    client(id: $id) {\n      id\n      assetHistory(days: $days) {\n        day\n        totalAssets\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceOfferings {\n    serviceOfferings {\n      id\n      code\n      category\n      channel\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query ServiceOfferings {\n    serviceOfferings {\n      id\n      code\n      category\n      channel\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      occurredAt\n      summary\n    }\n  }\n"): (typeof documents)["\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      occurredAt\n      summary\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;