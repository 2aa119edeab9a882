/**
 * Japanese messages: the source of truth for the message keys. `en.ts` must provide the same
 * keys (the `Messages` type enforces it) and i18next's typed `t()` rejects unknown keys.
 */
const ja = {
  app: {
    name: 'パトロールデスク',
    loading: '読み込み中…',
    mainNavigation: '画面の切り替え',
  },
  language: {
    switchLabel: '表示言語の切り替え',
    ja: '日本語',
    en: 'English',
  },
  header: {
    signedInAs: 'ログイン中の職員',
    unit: '所属',
    role: '役割',
    logout: 'ログアウト',
  },
  role: {
    OFFICER: '警察職員',
    VOLUNTEER: '防犯ボランティア',
    OFFICER_IN_CHARGE: '実施担当者',
    CHIEF: '実施責任者',
  },
  login: {
    title: 'ログイン',
    lead: 'SNS上の児童の性被害につながる書き込みへの対応を管理します。',
    username: 'ユーザー名',
    password: 'パスワード',
    submit: 'ログイン',
    invalidCredentials: 'ユーザー名またはパスワードが正しくありません。',
    missingFields: 'ユーザー名とパスワードを入力してください。',
  },
  session: {
    loadFailed: 'ログイン状態を確認できませんでした。{{reason}}',
    retry: '再読み込み',
  },
  tabs: {
    review: '審査キュー',
    report: '発見報告',
  },
  report: {
    title: '発見報告',
    lead: 'サイバーパトロールで見つけたXの投稿のURLを報告してください。',
    url: '投稿のURL',
    urlDescription: 'x.com または twitter.com の投稿URL（…/status/数字）',
    note: 'メモ（任意）',
    noteDescription: '気付いた点があれば記入してください。',
    submit: '報告する',
    submitted: '報告を受け付けました。',
    duplicate: 'この投稿は既に報告されています。あなたの報告も記録しました。',
    caseStatus: '事案の状況',
    urlRequired: '投稿のURLを入力してください。',
    invalidUrl: 'Xの投稿URLとして認識できません。x.com または twitter.com の投稿URLを入力してください。',
  },
  unitReports: {
    title: '所属の報告一覧',
    empty: '報告はまだありません。',
    url: '投稿URL',
    note: 'メモ',
    reporter: '報告者',
    reportedAt: '報告日時',
    status: '状況',
    source: {
      OFFICER: '職員',
      VOLUNTEER: 'ボランティア',
    },
  },
  review: {
    queueTitle: '審査キュー',
    queueLead: '受付・審査中の事案です。3秒ごとに自動更新されます。',
    empty: '審査待ちの事案はありません。',
    post: '投稿',
    openPost: '投稿を開く（新しいタブ）',
    age: '経過',
    firstReportedAt: '初回報告',
    reportCount: '報告 {{count}} 件',
    claimedBy: '担当: {{name}}',
    take: '担当する',
    taken: '担当しました。審査を始めてください。',
  },
  warnForm: {
    title: '審査結果',
    categories: '該当する類型',
    categoriesDescription: '1つ以上選んでください。',
    audience: '返信の種類',
    submit: '送信',
    categoryRequired: '該当する類型を1つ以上選んでください。',
    audienceRequired: '返信の種類を選んでください。',
    queued: '返信の投稿を予約しました。',
  },
  recentWarnings: {
    title: '最近の警告・注意喚起',
    empty: '最近の警告・注意喚起はありません。',
    post: '投稿',
    audience: '種類',
    status: '状況',
    replyPostId: '返信ポストID',
    postedAt: '投稿日時',
    notPostedYet: '投稿待ち',
  },
  caseStatus: {
    RECEIVED: '受付',
    SCREENING: '審査中',
    AWAITING_APPROVAL: '承認待ち',
    WARNING_QUEUED: '投稿待ち',
    WARNING_POSTED: '投稿済み',
    WARNING_FAILED: '投稿失敗',
    REPORTED: '報告済み',
    CLOSED: '終結',
  },
  category: {
    C1_SEX_OR_MEETING: 'C1 性行為・面会の要求',
    C2_LODGING: 'C2 宿泊先の要求・提供',
    C3_HARMFUL_WORK: 'C3 有害業務の紹介',
    C4_CSAM_TRADE: 'C4 児童ポルノの取引',
    C5_CSAM_PRODUCTION: 'C5 児童ポルノ等の製造の助長',
    C6_OTHER_SEXUALISATION: 'C6 その他の性的対象化',
  },
  audience: {
    CHILD: '注意喚起（児童への注意喚起）',
    ADULT: '警告（大人への警告）',
  },
  audienceShort: {
    CHILD: '注意喚起',
    ADULT: '警告',
  },
  volunteer: {
    title: '情報提供',
    body: 'ボランティアの皆さまからの情報提供の機能は準備中です。もうしばらくお待ちください。',
  },
  errors: {
    UNAUTHENTICATED: 'ログインが必要です。もう一度ログインしてください。',
    FORBIDDEN: 'この操作を行う権限がありません。',
    NOT_FOUND: '対象が見つかりません。削除されたか、表示する権限がありません。',
    INVALID_INPUT: '入力内容に誤りがあります。確認してください。',
    INVALID_TRANSITION: 'この事案は現在の状況ではこの操作ができません。最新の状況を確認してください。',
    CONFLICT: '他の職員が先にこの事案を更新しました。最新の状況を確認してからやり直してください。',
    INTERNAL_SERVER_ERROR: 'サーバーでエラーが発生しました。しばらくしてからもう一度お試しください。',
    BAD_USER_INPUT: '入力の形式が正しくありません。',
    NETWORK: 'サーバーに接続できません。ネットワークの状態を確認してください。',
    UNKNOWN: 'エラーが発生しました。',
  },
  common: {
    none: '—',
  },
};

export type Messages = typeof ja;
export default ja;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. 'report.invalidUrl': lets code store a key and translate at render time. */
export type MessageKey = Leaves<Messages>;
