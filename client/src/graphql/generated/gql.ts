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
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n": typeof types.DisableMfaDocument,
    "\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n": typeof types.ManualReplyDocument,
    "\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n": typeof types.SwitchToManualReplyDocument,
    "\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n": typeof types.RecordManualReplyDocument,
    "\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n": typeof types.MonthlyReportSummaryFieldsFragmentDoc,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n": typeof types.MonthlyReportFieldsFragmentDoc,
    "\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MonthlyReportsDocument,
    "\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.MonthlyReportDocument,
    "\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.GenerateMonthlyReportDraftDocument,
    "\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.UpdateMonthlyReportDraftDocument,
    "\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.RefreshMonthlyReportFiguresDocument,
    "\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n": typeof types.DiscardMonthlyReportDraftDocument,
    "\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.FinalizeMonthlyReportDocument,
    "\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n": typeof types.PublishBulletinDocument,
    "\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BulletinsDocument,
    "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n": typeof types.DurationFieldsFragmentDoc,
    "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n": typeof types.StatisticsDashboardDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n": types.DisableMfaDocument,
    "\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n": types.ManualReplyDocument,
    "\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n": types.SwitchToManualReplyDocument,
    "\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n": types.RecordManualReplyDocument,
    "\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n": types.MonthlyReportSummaryFieldsFragmentDoc,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n": types.MonthlyReportFieldsFragmentDoc,
    "\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MonthlyReportsDocument,
    "\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n": types.MonthlyReportDocument,
    "\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n": types.GenerateMonthlyReportDraftDocument,
    "\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n": types.UpdateMonthlyReportDraftDocument,
    "\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": types.RefreshMonthlyReportFiguresDocument,
    "\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n": types.DiscardMonthlyReportDraftDocument,
    "\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n": types.FinalizeMonthlyReportDocument,
    "\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n": types.PublishBulletinDocument,
    "\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BulletinsDocument,
    "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n": types.DurationFieldsFragmentDoc,
    "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n": types.StatisticsDashboardDocument,
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
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n      mfaEnabled\n      mfaRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      step\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n"): (typeof documents)["\n  mutation DisableMfa($password: String!) {\n    disableMfa(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n"): (typeof documents)["\n  query ManualReply($caseId: ID!, $audience: Audience!, $categories: [Category!]!, $caseNumber: Int!) {\n    manualReply(caseId: $caseId) {\n      caseId\n      text\n      intentUrl\n      postUrl\n    }\n    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {\n      text\n      weightedLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchToManualReply($caseId: ID!, $expectedVersion: Int!) {\n    switchToManualReply(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      replyChannel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RecordManualReply($caseId: ID!, $expectedVersion: Int!, $replyUrl: String!) {\n    recordManualReply(caseId: $caseId, expectedVersion: $expectedVersion, replyUrl: $replyUrl) {\n      id\n      status\n      version\n      manualReplyUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on StatisticsRow {\n    category\n    audience\n    source\n    unitId\n    unitName\n    reports\n    cases\n    warned\n    deletedWithin7DaysShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MonthlyReportSummaryFields on MonthlyReport {\n    id\n    month\n    version\n    status\n    revision\n    createdAt\n    finalizedAt\n    bulletin {\n      id\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MonthlyReportFields on MonthlyReport {\n    ...MonthlyReportSummaryFields\n    remarks\n    figuresGeneratedAt\n    updatedAt\n    suggestedBulletinTitle\n    suggestedBulletinBody\n    createdBy {\n      id\n      displayName\n    }\n    finalizedBy {\n      id\n      displayName\n    }\n    figures {\n      from\n      to\n      total {\n        ...ReportRowFields\n      }\n      byCategory {\n        ...ReportRowFields\n      }\n      byUnit {\n        ...ReportRowFields\n      }\n      bySource {\n        ...ReportRowFields\n      }\n      byAudience {\n        ...ReportRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthlyReports($first: Int!) {\n    monthlyReports(first: $first) {\n      nodes {\n        ...MonthlyReportSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  query MonthlyReport($id: ID!) {\n    monthlyReport(id: $id) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateMonthlyReportDraft($month: String!) {\n    generateMonthlyReportDraft(month: $month) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMonthlyReportDraft($input: UpdateMonthlyReportDraftInput!) {\n    updateMonthlyReportDraft(input: $input) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshMonthlyReportFigures($id: ID!, $expectedRevision: Int!) {\n    refreshMonthlyReportFigures(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n"): (typeof documents)["\n  mutation DiscardMonthlyReportDraft($id: ID!, $expectedRevision: Int!) {\n    discardMonthlyReportDraft(id: $id, expectedRevision: $expectedRevision)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeMonthlyReport($id: ID!, $expectedRevision: Int!) {\n    finalizeMonthlyReport(id: $id, expectedRevision: $expectedRevision) {\n      ...MonthlyReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishBulletin($input: PublishBulletinInput!) {\n    publishBulletin(input: $input) {\n      id\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bulletins($first: Int!) {\n    bulletins(first: $first) {\n      nodes {\n        id\n        month\n        reportVersion\n        title\n        body\n        publishedAt\n        publishedBy {\n          id\n          displayName\n        }\n        figures {\n          total {\n            reports\n            cases\n            warned\n            deletedWithin7DaysShare\n          }\n          byCategory {\n            category\n            cases\n            warned\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n"): (typeof documents)["\n  fragment DurationFields on DurationSummary {\n    count\n    p50Seconds\n    p90Seconds\n    maxSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsDashboard($byMonth: StatisticsInput!, $byCategory: StatisticsInput!) {\n    byMonth: statistics(input: $byMonth) {\n      from\n      to\n      generatedAt\n      totals {\n        reports\n        cases\n        screened\n        warned\n        reportedToChief\n        acknowledged\n        recheckedAfter1Day\n        deletedWithin1Day\n        recheckedWithin7Days\n        deletedWithin7Days\n        deletedWithin1DayShare\n        deletedWithin7DaysShare\n        timeToReply {\n          ...DurationFields\n        }\n        timeToDecision {\n          ...DurationFields\n        }\n      }\n      rows {\n        month\n        reports\n        cases\n        warned\n      }\n      funnel {\n        stage\n        count\n        shareOfPrevious\n      }\n    }\n    byCategory: statistics(input: $byCategory) {\n      rows {\n        category\n        cases\n        warned\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;