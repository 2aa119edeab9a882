/** The division and Kumamoto's 23 police stations (shared/DOMAIN.md; 2018 reorganisation). */
export const DIVISION = { code: 'HQ-SEIAN-KIKAKU', name: '生活安全企画課' } as const;

export const STATIONS: readonly { code: string; name: string }[] = [
  '熊本中央', '熊本東', '熊本南', '熊本北合志', '宇城', '上益城', '山都', '八代', '芦北', '水俣', '人吉', '多良木',
  '天草', '上天草', '牛深', '玉名', '荒尾', '山鹿', '菊池', '大津', '阿蘇', '小国', '高森',
].map((name, i) => ({ code: `ST${String(i + 1).padStart(2, '0')}`, name: `${name}警察署` }));
