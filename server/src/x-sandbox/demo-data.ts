/**
 * Demo posts and accounts for the X sandbox: the kind of posts the cyber patrol looks for
 * (vocabulary from /work/shared/DOMAIN.md, Kumamoto place names), written for this project.
 * IDs are fixed so that demos, e2e tests and docs can refer to them; each post ID is a real
 * snowflake whose timestamp equals `createdAt` (checked by a test).
 */

export interface SeedUser {
  id: string;
  username: string;
  name: string;
  /** Profile text (X's `description`). */
  description: string;
  location?: string;
  protected: boolean;
  createdAt: string;
}

export interface SeedPost {
  id: string;
  text: string;
  authorId: string;
  createdAt: string;
  deleted?: boolean;
}

export const OFFICIAL_USER_ID = '1700000000000000001';
export const OFFICIAL_USERNAME = 'kmt_police_sk';
export const OFFICIAL_DISPLAY_NAME = '熊本県警察 生活安全企画課';

export function officialUser(id = OFFICIAL_USER_ID, username = OFFICIAL_USERNAME): SeedUser {
  return {
    id,
    username,
    name: OFFICIAL_DISPLAY_NAME,
    description:
      '熊本県警察本部生活安全企画課（肥後っ子サポートセンター）の公式アカウントです。子どもを性被害から守るため、SNS上の不適切な書き込みに注意喚起・警告を行っています。',
    location: '熊本県',
    protected: false,
    createdAt: '2023-10-02T00:00:00.000Z',
  };
}

export const DEMO_USERS: readonly SeedUser[] = [
  { id: '1801000000000000101', username: 'momo_kmm_07', name: 'もも', description: '熊本市東区 / 高1 / 人見知りです', location: '熊本', protected: false, createdAt: '2025-04-03T09:00:00.000Z' },
  { id: '1801000000000000102', username: 'ren_jk2_kmm', name: 'れん🌸', description: 'JK2 熊本 下通によくいる', location: '熊本市中央区', protected: false, createdAt: '2025-06-11T12:00:00.000Z' },
  { id: '1801000000000000103', username: 'hiro_kikuyo', name: 'ひろ', description: '40代 会社員 菊陽町 車あり', location: '菊陽町', protected: false, createdAt: '2024-01-20T03:00:00.000Z' },
  { id: '1801000000000000104', username: 'yatsushiro_heya', name: '宿あります', description: '八代市で一人暮らし。困ってる子の力になりたい', location: '八代', protected: false, createdAt: '2025-09-01T10:00:00.000Z' },
  { id: '1801000000000000105', username: 'mi_ura_amakusa', name: 'み', description: '中3 天草 裏垢 DMのみ', protected: false, createdAt: '2026-08-15T08:00:00.000Z' },
  { id: '1801000000000000106', username: 'kmm_baito_job', name: '高収入バイト紹介【熊本】', description: '日払い・送迎あり 熊本市中央区 未経験歓迎', location: '熊本市', protected: false, createdAt: '2026-02-02T02:00:00.000Z' },
  { id: '1801000000000000107', username: 'hakata_nights30', name: 'はかた', description: '福岡市中央区 30代', location: '福岡', protected: false, createdAt: '2023-05-05T05:00:00.000Z' },
  { id: '1801000000000000108', username: 'aso_kagi_17', name: 'ゆい', description: '阿蘇 高2 鍵垢', protected: true, createdAt: '2025-12-24T12:00:00.000Z' },
  { id: '1801000000000000109', username: 'kmm_mama_minami', name: '熊本のママ', description: '熊本市南区 二児の母', location: '熊本市南区', protected: false, createdAt: '2022-03-03T03:00:00.000Z' },
  { id: '1801000000000000110', username: 'arao_jc3_x', name: 'さき', description: 'JC3 荒尾', protected: false, createdAt: '2026-10-10T10:00:00.000Z' },
];

export const DEMO_POSTS: readonly SeedPost[] = [
  // C2, poster is a child (高1), Kumamoto
  { id: '2125223156904886373', authorId: '1801000000000000101', createdAt: '2026-11-24T13:41:00.000Z',
    text: '高1です。家出してきて今熊本駅にいます。今夜だけ泊めてくれる人いませんか…女の人だとうれしいです #家出 #神待ち' },
  // C1, poster is a child (JK2), 下通
  { id: '2125351754265526374', authorId: '1801000000000000102', createdAt: '2026-11-24T22:12:00.000Z',
    text: 'JK2です🌸 今日下通で会える人いたらDMください。お小遣いくれる人優先🍓 #P活 #熊本' },
  // C1, an adult targets children, 光の森
  { id: '2125431781585846375', authorId: '1801000000000000103', createdAt: '2026-11-25T03:30:00.000Z',
    text: '光の森周辺で会えるJC・JKの子募集。ホ別イチゴで交通費も出します。興味ある子はDMで' },
  // C2, an adult offers lodging to minors, 八代
  { id: '2125531186590646376', authorId: '1801000000000000104', createdAt: '2026-11-25T10:05:00.000Z',
    text: '家出中の子、泊まる場所提供します。八代駅まで車で迎えに行けます。未成年でも大丈夫、ご飯もあるよ。うちに来ない？' },
  // C4, poster is a child (中3), 天草
  { id: '2125609955619766377', authorId: '1801000000000000105', createdAt: '2026-11-25T15:18:00.000Z',
    text: '中3の裏垢女子です。自画撮り売ってます、制服もあります。天草住み、詳しくはDMで' },
  // C3, harmful work offered to 16–17 year olds, 上通
  { id: '2125753149158326378', authorId: '1801000000000000106', createdAt: '2026-11-26T00:47:00.000Z',
    text: '【熊本・上通】16歳・17歳でもOKの高収入バイト紹介します！日払い・送迎あり、体験入店歓迎。気になる子はDMへ' },
  // out of region (Fukuoka): does not qualify
  { id: '2125836951352246379', authorId: '1801000000000000107', createdAt: '2026-11-26T06:20:00.000Z',
    text: '博多駅の近くで今日会えるJKいたら連絡ください。割り切りで。' },
  // protected author (lookups are refused, replies too)
  { id: '2126089112908726380', authorId: '1801000000000000108', createdAt: '2026-11-26T23:02:00.000Z',
    text: '阿蘇住みの高2だけど家出したい。誰か泊めてくれないかな' },
  // mentions the official account: the one post an ordinary X app may still reply to in 2026
  { id: '2126278108246966381', authorId: '1801000000000000109', createdAt: '2026-11-27T11:33:00.000Z',
    text: `@${OFFICIAL_USERNAME} 娘の同級生くらいの子が「熊本市内で泊めてください」と投稿しているのを見つけました。確認していただけますか。` },
  // already deleted by its author (case closes as "post deleted")
  { id: '2126347817579446382', authorId: '1801000000000000110', createdAt: '2026-11-27T16:10:00.000Z', deleted: true,
    text: 'JC3 荒尾住み、今日会える人探してます #援' },
];
